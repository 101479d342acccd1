# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    dunning_fee_agreed_default = fields.Boolean(
        string="Terms Include Reminder Fees",
        help="The company's terms of sale include reminder fees: customers count as having "
        "agreed unless marked otherwise.",
    )
    dunning_business_law = fields.Selection(
        [
            ("company", "The company's own law"),
            ("customer", "The customer's country's law"),
        ],
        string="Law for Business Customers",
        default="company",
        required=True,
        help="Late-payment law (interest, fixed compensation, fees, deadlines, legal texts) of "
        "claims against business customers whose contract chose no law. Rome I Regulation "
        "(EC) 593/2008 art. 4(1)(a)/(b): a sale of goods or services is governed by the law of "
        "the seller's habitual residence, the company's own country (default). A choice of "
        "law in the contract (the customer's Governing Law) always applies (art. 3); "
        "consumers always keep their own country's law (art. 6).",
    )
    dunning_charge_journal_id = fields.Many2one(
        "account.journal",
        string="Dunning Charges Journal",
        domain="[('type', '=', 'sale'), ('company_id', '=', id)]",
        help="Sales journal of the dunning-charges invoices. Empty: the first sales journal.",
    )
    dunning_fee_account_id = fields.Many2one(
        "account.account",
        string="Reminder Fee Account",
        help="Income account of reminder fees and fixed compensation. Empty: the sales "
        "journal's default income account.",
    )
    dunning_interest_account_id = fields.Many2one(
        "account.account",
        string="Late Interest Account",
        help="Income account of late-payment interest. Empty: the sales journal's default "
        "income account.",
    )
    dunning_bad_debt_account_id = fields.Many2one(
        "account.account",
        string="Bad Debt Account",
        help="Expense account debts written off are booked to.",
    )
    dunning_writeoff_journal_id = fields.Many2one(
        "account.journal",
        string="Write-Off Journal",
        domain="[('type', '=', 'general'), ('company_id', '=', id)]",
        help="Miscellaneous journal of write-offs. Empty: the first miscellaneous journal.",
    )
    dunning_commission_account_id = fields.Many2one(
        "account.account",
        string="Agency Commission Account",
        help="Expense account of collection agency commissions.",
    )
    dunning_factoring_fee_account_id = fields.Many2one(
        "account.account",
        string="Factoring Fee Account",
        help="Expense account of factoring fees.",
    )
    dunning_agency_min_days = fields.Integer(
        string="Agency Handoff After (Days)",
        default=90,
        help="Invoices go to a collection agency only from this many days overdue, or once at "
        "a dunning level marked eligible for agency handoff.",
    )

    dunning_portal_promise_days = fields.Integer(
        string="Portal Promises Up To (Days)",
        default=30,
        help="A customer may promise in the portal to pay a letter up to this many days ahead; "
        "a later date waits for a collector's approval and holds no dunning until then.",
    )

    dunning_kpp = fields.Char(
        string="KPP",
        help="Russian tax registration reason code (КПП, 9 digits). The Russian pre-trial claim "
        "prints it after the INN (the company's Tax ID) in the creditor's payment details.",
    )

    @api.constrains("dunning_kpp")
    def _check_dunning_kpp(self):
        for company in self:
            if company.dunning_kpp and not re.fullmatch(r"\d{9}", company.dunning_kpp.strip()):
                raise ValidationError(
                    self.env._(
                        "KPP of %(company)s must be 9 digits (got %(value)s): correct it on the "
                        "company's Dunning tab or leave it empty.",
                        company=company.name,
                        value=company.dunning_kpp,
                    )
                )

    @api.constrains("dunning_portal_promise_days")
    def _check_dunning_days(self):
        for company in self:
            if company.dunning_portal_promise_days < 0:
                raise ValidationError(
                    self.env._(
                        "Portal Promises Up To (Days) cannot be negative: enter 0 to have "
                        "every portal promise approved by a collector."
                    )
                )

    def _dunning_managers(self):
        """Active internal dunning managers of the company (never OdooBot)."""
        self.ensure_one()
        group = self.env.ref("account_dunning.group_dunning_manager")
        return group.sudo().users.filtered(
            lambda u: u.active and not u.share and not u._is_superuser() and self in u.company_ids
        )

    def _dunning_report_margins(self):
        """Top margin and header spacing (mm) for the dunning documents.

        Odoo's standard paper formats leave 52 mm for the header; the standard layout with a logo
        and a four-line company address is taller, so on the second page of a long letter the
        header hid the first line of text (seen on a German final demand). The documents keep
        the company's paper size and add this much room.
        """
        paperformat = self.paperformat_id or self.env.ref(
            "base.paperformat_euro", raise_if_not_found=False
        )
        margin_top = (paperformat.margin_top if paperformat else 0) or 52
        spacing = (paperformat.header_spacing if paperformat else 0) or margin_top
        extra = 12
        return {"margin_top": margin_top + extra, "header_spacing": spacing + extra}

    def _dunning_misc_journal(self):
        """Journal of write-offs and factoring entries: the one set, else the first general."""
        self.ensure_one()
        return self.dunning_writeoff_journal_id or self.env["account.journal"].search(
            [("type", "=", "general"), ("company_id", "=", self.id)], limit=1
        )

    def _dunning_charges_invoice(self, partner, currency, charges, date, origin):
        """Post one customer invoice of dunning charges: ``charges`` are (label, kind, amount)
        with kind fee, compensation or interest. Used by letters and payment plans."""
        self.ensure_one()
        journal = self.dunning_charge_journal_id or self.env["account.journal"].search(
            [("type", "=", "sale"), ("company_id", "=", self.id)], limit=1
        )
        if not journal:
            raise UserError(
                self.env._(
                    "No sales journal for the dunning-charges invoice of %(letter)s: set "
                    "Dunning Charges Journal on company %(company)s.",
                    letter=origin,
                    company=self.name,
                )
            )
        lines = []
        for label, kind, amount in charges:
            account = (
                self.dunning_interest_account_id
                if kind == "interest"
                else self.dunning_fee_account_id
            ) or journal.default_account_id
            if not account:
                raise UserError(
                    self.env._(
                        "No income account for dunning charges: set Reminder Fee Account "
                        "and Late Interest Account on company %(company)s, or a default "
                        "account on journal %(journal)s.",
                        company=self.name,
                        journal=journal.name,
                    )
                )
            lines.append(
                Command.create(
                    {
                        "name": label,
                        "account_id": account.id,
                        "quantity": 1,
                        "price_unit": amount,
                        "tax_ids": [],
                    }
                )
            )
        move = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": partner.id,
                "journal_id": journal.id,
                "currency_id": currency.id,
                "invoice_date": date,
                "invoice_origin": origin,
                "ref": self.env._("Dunning charges %(letter)s", letter=origin),
                "dunning_is_charges": True,
                "invoice_line_ids": lines,
            }
        )
        # The customer may be on credit hold; these charges are not new sales (the hold lets
        # superuser mode through, which no user can switch on from outside).
        move.sudo().action_post()
        return move
