# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A collection agency case: the hand-over, what the agency recovers and its commission, the
close as uncollectible. The files the agency gets are in ``account_dunning_collection_case_export``.
"""

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount

from ..dunning_core.money import percent_of
from .account_move import CUSTOMER_OPEN_INVOICES_DOMAIN


class AccountDunningCollectionCase(models.Model):
    """Invoices handed to a collection agency, with what it recovers and its commission."""

    _name = "account.dunning.collection.case"
    _description = "Collection Agency Case"
    _inherit = ["mail.thread", "mail.activity.mixin", "account.dunning.invoice.currency.mixin"]
    _order = "date_handover desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference",
        required=True,
        default="/",
        copy=False,
        help="Reference of the case, quoted to the agency.",
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company handing the claim over.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_currency_id",
        store=True,
        help="Currency of the claim: the invoices' own currency (a case holds invoices of one "
        "currency); recoveries and the commission are booked in it.",
    )
    agency_id = fields.Many2one(
        "res.partner",
        string="Collection Agency",
        required=True,
        tracking=True,
        help="Agency collecting the claim.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Debtor",
        required=True,
        tracking=True,
        help="Customer whose invoices are handed over.",
    )
    move_ids = fields.Many2many(
        "account.move",
        string="Invoices",
        required=True,
        check_company=True,
        domain=CUSTOMER_OPEN_INVOICES_DOMAIN,
        help="Invoices handed over.",
    )
    commission_percent = fields.Float(
        default=15, tracking=True, help="Agency commission on what it recovers, in percent."
    )
    date_handover = fields.Date(
        string="Handed Over On",
        readonly=True,
        copy=False,
        help="Date the invoices went to the agency.",
    )
    amount_handed_over = fields.Monetary(
        readonly=True, copy=False, help="Open amount of the invoices at handover."
    )
    compensation_claimed = fields.Monetary(
        compute="_compute_compensation_claimed",
        help="Fixed compensation for recovery costs (such as the 40 EUR Pauschale) already "
        "claimed on these invoices: it counts towards the collection costs the agency charges "
        "the debtor (BGB § 288 Abs. 5 S. 3, Directive 2011/7/EU art. 6(3)); the export says it "
        "per invoice.",
    )
    amount_recovered = fields.Monetary(
        readonly=True, copy=False, help="What the agency has recovered so far."
    )
    amount_commission = fields.Monetary(
        readonly=True, copy=False, help="Commission booked on the recoveries."
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("handed_over", "Handed Over"),
            ("partly_recovered", "Partly Recovered"),
            ("recovered", "Recovered"),
            ("closed", "Closed Uncollectible"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        help="Where the case stands at the agency.",
    )

    @api.depends("move_ids", "currency_id")
    def _compute_compensation_claimed(self):
        for case in self:
            case.compensation_claimed = case.move_ids._dunning_compensation_claimed(
                case.currency_id
            )

    @api.constrains("move_ids", "state")
    def _check_invoices(self):
        for case in self.filtered(lambda rec: rec.state == "draft"):
            case.move_ids._dunning_check_open_invoices(self.env._("handed to an agency"))
            if len(case.move_ids.currency_id) > 1:
                raise ValidationError(
                    self.env._(
                        "A collection case holds invoices of one currency (now %(currencies)s), "
                        "so that the agency claims and recovers each in what it was invoiced "
                        "in: open a case per currency.",
                        currencies=", ".join(case.move_ids.currency_id.mapped("name")),
                    )
                )

    @api.constrains("commission_percent")
    def _check_commission(self):
        for case in self:
            if not 0 <= case.commission_percent < 100:
                raise ValidationError(
                    self.env._("The agency commission must be between 0 and 100 percent.")
                )

    def action_hand_over(self):
        for case in self.filtered(lambda rec: rec.state == "draft"):
            case._check_invoices()
            others = case.move_ids.filtered(
                lambda m, c=case: m.commercial_partner_id != c.partner_id.commercial_partner_id
            )
            if others or not case.move_ids:
                raise ValidationError(
                    self.env._(
                        "A case holds open invoices of its debtor only: check %(invoices)s.",
                        invoices=", ".join(others.mapped("name")) or "-",
                    )
                )
            today = fields.Date.context_today(self)
            min_days = case.company_id.dunning_agency_min_days
            early = case.move_ids.filtered(
                lambda m, t=today, n=min_days: not m.dunning_level_id.agency_eligible
                and (t - (m.invoice_date_due or t)).days < n
            )
            if early:
                raise ValidationError(
                    self.env._(
                        "%(invoices)s are less than %(days)s days overdue and not at a level "
                        "eligible for agency handoff: keep dunning them, or change Agency Handoff "
                        "After on the company.",
                        invoices=", ".join(early.mapped("name")),
                        days=min_days,
                    )
                )
            if case.name == "/":
                case.name = (
                    self.env["ir.sequence"].next_by_code("account.dunning.collection.case") or "/"
                )
            case.write(
                {
                    "state": "handed_over",
                    "date_handover": fields.Date.context_today(self),
                    "amount_handed_over": case.move_ids._dunning_open_amount(case.currency_id),
                }
            )
            case.move_ids._dunning_block(
                "agency", self.env._("Collection case %(case)s", case=case.name)
            )
        return True

    def _record_recovery(self, amount, date, journal):
        """Book what the agency recovered: a customer payment on the invoices, and its
        commission as an expense owed to the agency."""
        self.ensure_one()
        if self.state not in ("handed_over", "partly_recovered"):
            raise UserError(self.env._("Recoveries are recorded on cases at the agency."))
        currency = self.currency_id
        open_amount = self.move_ids._dunning_open_amount(currency)
        if not 0 < amount or currency.compare_amounts(amount, open_amount) > 0:
            raise ValidationError(
                self.env._(
                    "The recovered amount must be positive and at most the open amount %(open)s.",
                    open=format_amount(self.env, open_amount, currency),
                )
            )
        account = self.company_id.dunning_commission_account_id
        if self.commission_percent and not account:
            raise UserError(
                self.env._(
                    "Set the Agency Commission Account on company %(company)s (Dunning "
                    "tab) before recording recoveries.",
                    company=self.company_id.name,
                )
            )
        # Allocated invoice by invoice, oldest due first, each in its own currency (the case's):
        # one customer payment per invoice through Odoo's payment register.
        remaining = amount
        for move in self.move_ids.sorted(lambda m: (m.invoice_date_due or m.date, m.id)):
            if currency.is_zero(remaining):
                break
            part = min(remaining, move._dunning_open_amount(currency))
            if currency.compare_amounts(part, 0) <= 0:
                continue
            self.env["account.payment.register"].with_context(
                active_model="account.move", active_ids=move.ids
            ).create(
                {
                    "amount": part,
                    "currency_id": currency.id,
                    "payment_date": date,
                    "journal_id": journal.id,
                    "payment_difference_handling": "open",
                }
            )._create_payments()
            remaining = currency.round(remaining - part)
        commission = float(percent_of(amount, self.commission_percent, currency.decimal_places))
        if commission:
            payable = self.agency_id.with_company(self.company_id).property_account_payable_id
            Move = self.env["account.move"]
            expense = Move._dunning_line_vals(
                currency,
                commission,
                self.company_id,
                date,
                name=self.env._("Commission %(case)s", case=self.name),
                account_id=account.id,
                partner_id=self.agency_id.id,
            )
            entry = self.env["account.move"].create(
                {
                    "move_type": "entry",
                    "date": date,
                    "journal_id": journal.id,
                    "ref": self.env._("Agency commission %(case)s", case=self.name),
                    "line_ids": [
                        Command.create(expense),
                        Command.create(
                            {
                                **expense,
                                "account_id": payable.id,
                                "amount_currency": -commission,
                                "balance": -expense["balance"],
                            }
                        ),
                    ],
                }
            )
            entry.action_post()
        recovered = self.amount_recovered + amount
        self.write(
            {
                "amount_recovered": recovered,
                "amount_commission": self.amount_commission + commission,
                "state": "recovered"
                if self.currency_id.compare_amounts(recovered, self.amount_handed_over) >= 0
                else "partly_recovered",
            }
        )
        self.message_post(
            body=self.env._(
                "Recovered %(amount)s, commission %(commission)s.",
                amount=format_amount(self.env, amount, self.currency_id),
                commission=format_amount(self.env, commission, self.currency_id),
            )
        )

    def action_close_uncollectible(self):
        """The agency gave up: close the case and open the write-off of what is still owed."""
        self.ensure_one()
        if self.state not in ("handed_over", "partly_recovered"):
            raise UserError(self.env._("Only a case at the agency can be closed uncollectible."))
        self.state = "closed"
        open_moves = self.move_ids.filtered(
            lambda m: m.currency_id.compare_amounts(m._dunning_open_amount(m.currency_id), 0) > 0
        )
        if not open_moves:
            return True
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.dunning.writeoff",
            "view_mode": "form",
            "context": {
                "default_mode": "small_debts",
                "default_move_ids": [Command.set(open_moves.ids)],
                "default_threshold": max(
                    move._dunning_open_amount(self.currency_id) for move in open_moves
                ),
                "default_reason": self.env._(
                    "Uncollectible: collection case %(case)s closed by %(agency)s",
                    case=self.name,
                    agency=self.agency_id.name,
                ),
            },
        }

    @api.model
    def action_from_invoices(self, invoices):
        """A draft case for the selected invoices of one debtor."""
        if len(invoices.commercial_partner_id) != 1:
            raise UserError(self.env._("Select the invoices of one customer to open a case."))
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "view_mode": "form",
            "context": {
                "default_partner_id": invoices.commercial_partner_id.id,
                "default_move_ids": [Command.set(invoices.ids)],
            },
        }
