# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    dunning_fee_agreed_default = fields.Boolean(
        string="Terms Include Reminder Fees",
        help="The company's terms of sale include reminder fees: customers count as having "
        "agreed unless marked otherwise.",
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

    def _dunning_misc_journal(self):
        """Journal of write-offs and factoring entries: the one set, else the first general."""
        self.ensure_one()
        return self.dunning_writeoff_journal_id or self.env["account.journal"].search(
            [("type", "=", "general"), ("company_id", "=", self.id)], limit=1
        )
