# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount

from ..dunning_core.factoring import sale_figures


class AccountDunningFactoring(models.Model):
    """Invoices sold to a factoring company.

    Posting moves each invoice's open receivable from the customer to the factor (reconciled on
    the invoice, so it leaves the customer's debt and dunning) and books the factor's fee as an
    expense. With recourse, an invoice the customer does not pay can be bought back: it is open on
    the customer again.
    """

    _name = "account.dunning.factoring"
    _description = "Factoring of Invoices"
    _inherit = ["mail.thread", "account.dunning.invoice.currency.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference",
        required=True,
        default="/",
        copy=False,
        help="Reference of the sale to the factor.",
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company selling the invoices.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_currency_id",
        store=True,
        help="Currency of the sale: the invoices' own currency (a sale holds invoices of one "
        "currency); the entry is booked in it, with the company value at the day's rate.",
    )
    factor_id = fields.Many2one(
        "res.partner",
        string="Factoring Company",
        required=True,
        domain="[('dunning_is_factor', '=', True)]",
        tracking=True,
        help="Factoring company buying the invoices.",
    )
    move_ids = fields.Many2many(
        "account.move",
        string="Invoices",
        required=True,
        check_company=True,
        domain="[('move_type', '=', 'out_invoice'), ('state', '=', 'posted'), "
        "('payment_state', 'in', ('not_paid', 'partial'))]",
        help="Posted customer invoices sold.",
    )
    date = fields.Date(required=True, default=fields.Date.context_today, help="Date of the sale.")
    advance_rate = fields.Float(
        string="Advance Rate (%)",
        default=80,
        help="Share of the invoices the factor pays in advance.",
    )
    fee_percent = fields.Float(
        string="Fee (%)", default=2, help="Factor's fee, in percent of the invoices sold."
    )
    with_recourse = fields.Boolean(
        default=True, help="Unpaid invoices can be handed back (bought back)."
    )
    amount_total = fields.Monetary(readonly=True, help="Open amount of the invoices sold.")
    amount_fee = fields.Monetary(readonly=True, help="Factor's fee.")
    amount_advance = fields.Monetary(readonly=True, help="Advance the factor owes now.")
    preview_fee = fields.Monetary(
        string="Expected Fee",
        compute="_compute_preview",
        help="The fee this sale will book, from the invoices' open amounts today.",
    )
    preview_advance = fields.Monetary(
        string="Expected Advance",
        compute="_compute_preview",
        help="What the factor will pay on the sale.",
    )
    preview_settlement = fields.Monetary(
        string="Expected Final Settlement",
        compute="_compute_preview",
        help="What the factor will pay when the invoices are settled: total less fee and advance.",
    )
    amount_received = fields.Monetary(
        readonly=True, help="Paid by the factor so far: the advance, then the final settlement."
    )
    entry_id = fields.Many2one(
        "account.move",
        string="Journal Entry",
        readonly=True,
        help="Entry moving the receivables to the factor.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("posted", "Posted")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        help="Draft or posted.",
    )

    @api.constrains("move_ids", "state")
    def _check_invoices(self):
        for record in self.filtered(lambda rec: rec.state == "draft"):
            record.move_ids._dunning_check_open_invoices(self.env._("sold to a factor"))
            if len(record.move_ids.currency_id) > 1:
                raise ValidationError(
                    self.env._(
                        "A sale to a factor holds invoices of one currency (now %(currencies)s): "
                        "sell the invoices of each currency in a sale of their own.",
                        currencies=", ".join(record.move_ids.currency_id.mapped("name")),
                    )
                )

    @api.onchange("factor_id")
    def _onchange_factor_id(self):
        if self.factor_id:
            self.advance_rate = self.factor_id.dunning_factor_advance_rate or self.advance_rate
            self.fee_percent = self.factor_id.dunning_factor_fee_percent or self.fee_percent

    def _figures(self):
        """The sale's figures from ``dunning_core.factoring`` (Decimal, rounded once)."""
        self.ensure_one()
        return sale_figures(
            [move._dunning_open_amount(self.currency_id) for move in self.move_ids],
            self.fee_percent,
            self.advance_rate,
            self.currency_id.decimal_places,
        )

    @api.depends("move_ids", "fee_percent", "advance_rate", "currency_id")
    def _compute_preview(self):
        for record in self:
            try:
                figures = record._figures()
            except ValueError:
                figures = None
            record.preview_fee = float(figures.fee) if figures else 0.0
            record.preview_advance = float(figures.advance) if figures else 0.0
            record.preview_settlement = float(figures.final_settlement) if figures else 0.0

    @api.constrains("advance_rate", "fee_percent")
    def _check_rates(self):
        for record in self:
            if not 0 < record.advance_rate <= 100 or not 0 <= record.fee_percent < 100:
                raise ValidationError(
                    self.env._(
                        "Advance Rate must be above 0 and at most 100 %%, Fee at least 0 and "
                        "below 100 %% (now %(advance)s %% and %(fee)s %%).",
                        advance=record.advance_rate,
                        fee=record.fee_percent,
                    )
                )
            if record.advance_rate + record.fee_percent > 100:
                raise ValidationError(
                    self.env._(
                        "Advance Rate plus Fee cannot exceed 100 %% (now %(advance)s %% + "
                        "%(fee)s %%): the factor cannot advance more than it owes after its fee. "
                        "Lower one of them.",
                        advance=record.advance_rate,
                        fee=record.fee_percent,
                    )
                )

    def action_post(self):
        for record in self.filtered(lambda rec: rec.state == "draft"):
            record._check_invoices()
            company = record.company_id
            fee_account = company.dunning_factoring_fee_account_id
            if not fee_account:
                raise UserError(
                    self.env._(
                        "Set the Factoring Fee Account on company %(company)s (Dunning "
                        "tab) before selling invoices.",
                        company=company.name,
                    )
                )
            factor_receivable = record.factor_id.with_company(
                company
            ).property_account_receivable_id
            journal = company._dunning_misc_journal()
            try:
                figures = record._figures()
            except ValueError as error:
                raise UserError(
                    self.env._(
                        "Cannot sell these invoices to %(factor)s: check Advance Rate, Fee and "
                        "the invoices' open amounts.",
                        factor=record.factor_id.name,
                    )
                ) from error
            # In the invoices' currency, each amount at the rate of the sale's date; the fee
            # takes the cent a conversion may leave, and Odoo books the exchange difference
            # against each invoice's own rate when reconciling.
            currency = record.currency_id
            Move = self.env["account.move"]
            settling = [
                (
                    move,
                    Move._dunning_line_vals(
                        currency,
                        -move._dunning_open_amount(currency),
                        company,
                        record.date,
                        name=self.env._(
                            "%(invoice)s sold to %(factor)s",
                            invoice=move.name,
                            factor=record.factor_id.name,
                        ),
                        account_id=move._dunning_open_items()[:1].account_id.id,
                        partner_id=move.commercial_partner_id.id,
                    ),
                )
                for move in record.move_ids
            ]
            receivable_vals = Move._dunning_line_vals(
                currency,
                float(figures.factor_receivable),
                company,
                record.date,
                name=self.env._("Receivable on %(factor)s", factor=record.factor_id.name),
                account_id=factor_receivable.id,
                partner_id=record.factor_id.id,
            )
            fee_vals = Move._dunning_line_vals(
                currency,
                float(figures.fee),
                company,
                record.date,
                name=self.env._("Factoring fee"),
                account_id=fee_account.id,
                partner_id=record.factor_id.id,
            )
            # The fee takes the cent the conversions may leave: the entry balances.
            fee_vals["balance"] = company.currency_id.round(
                -sum(vals["balance"] for _move, vals in settling) - receivable_vals["balance"]
            )
            entry, _credits = Move._dunning_post_settling_entry(
                journal, record.date, record.factor_id.name, settling, [receivable_vals, fee_vals]
            )
            record.move_ids._dunning_block(
                "factored", self.env._("Sold to %(factor)s", factor=record.factor_id.name)
            )
            record.write(
                {
                    "name": entry.name,
                    "entry_id": entry.id,
                    "state": "posted",
                    "amount_total": float(figures.total),
                    "amount_fee": float(figures.fee),
                    "amount_advance": float(figures.advance),
                }
            )
        return True

    def action_buy_back(self, invoice):
        """With recourse: take an unpaid invoice back from the factor; it is open on the
        customer again and the factor's receivable is reduced by the same amount."""
        self.ensure_one()
        if not self.with_recourse:
            raise UserError(
                self.env._("This sale was without recourse: nothing can be bought back.")
            )
        if invoice not in self.move_ids or self.state != "posted":
            raise UserError(
                self.env._(
                    "%(invoice)s was not sold in %(sale)s.",
                    invoice=invoice.display_name,
                    sale=self.name,
                )
            )
        # The sale's line that settled this invoice: found through the reconciliation.
        sold = invoice.line_ids.matched_credit_ids.credit_move_id.filtered(
            lambda line: line.move_id == self.entry_id
        )[:1]
        # Bought back for what was sold, in the sale's currency at today's rate; reconciling
        # with the sale's line leaves Odoo's exchange difference, not a residue.
        today = fields.Date.context_today(self)
        amount = -sold.amount_currency
        factor_receivable = self.factor_id.with_company(
            self.company_id
        ).property_account_receivable_id
        entry = self.env["account.move"].create(
            {
                "move_type": "entry",
                "journal_id": self.entry_id.journal_id.id,
                "date": today,
                "ref": self.env._("Buy-back of %(invoice)s", invoice=invoice.name),
                "line_ids": [
                    Command.create(
                        self.env["account.move"]._dunning_line_vals(
                            sold.currency_id,
                            -amount,
                            self.company_id,
                            today,
                            name=self.env._("Buy-back of %(invoice)s", invoice=invoice.name),
                            account_id=factor_receivable.id,
                            partner_id=self.factor_id.id,
                        )
                    ),
                    Command.create(
                        self.env["account.move"]._dunning_line_vals(
                            sold.currency_id,
                            amount,
                            self.company_id,
                            today,
                            name=self.env._("Buy-back of %(invoice)s", invoice=invoice.name),
                            account_id=sold.account_id.id,
                            partner_id=invoice.commercial_partner_id.id,
                        )
                    ),
                ],
            }
        )
        entry.action_post()
        # The invoice is open again on the customer: undo its reconciliation with the sale, and
        # settle the sale's customer line with the buy-back instead.
        sold.remove_move_reconcile()
        (
            sold
            | entry.line_ids.filtered(
                lambda line: line.account_id == sold.account_id
                and line.partner_id == invoice.commercial_partner_id
                and line.amount_currency > 0
            )
        ).reconcile()
        invoice._dunning_release()
        self.message_post(
            body=self.env._(
                "%(invoice)s bought back (%(entry)s).", invoice=invoice.name, entry=entry.name
            )
        )
        return entry

    def _record_factor_payment(self, amount, date, journal):
        """Money from the factor (the advance, later the settlement): a payment from the factor
        reconciled with its receivable."""
        self.ensure_one()
        if self.state != "posted":
            raise UserError(self.env._("Post the sale before recording the factor's payments."))
        factor_line = self.entry_id.line_ids.filtered(
            lambda line: line.partner_id == self.factor_id
            and line.account_type == "asset_receivable"
            and not line.reconciled
        )
        owed = sum(factor_line.mapped("amount_residual_currency"))
        if not factor_line or not 0 < amount or self.currency_id.compare_amounts(amount, owed) > 0:
            raise ValidationError(
                self.env._(
                    "The factor's payment must be positive and at most what it still owes "
                    "(%(owed)s).",
                    owed=format_amount(self.env, owed, self.currency_id),
                )
            )
        payment = self.env["account.payment"].create(
            {
                "payment_type": "inbound",
                "partner_type": "customer",
                "partner_id": self.factor_id.id,
                "amount": amount,
                "currency_id": self.currency_id.id,
                "date": date,
                "journal_id": journal.id,
                "memo": self.name,
            }
        )
        payment.action_post()
        (
            payment.move_id.line_ids.filtered(
                lambda line: line.account_id == factor_line.account_id
            )
            | factor_line
        ).reconcile()
        self.amount_received += amount
        self.message_post(
            body=self.env._(
                "Received %(amount)s from the factor.",
                amount=format_amount(self.env, amount, self.currency_id),
            )
        )
        return payment
