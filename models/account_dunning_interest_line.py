# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class AccountDunningInterestLine(models.Model):
    """One period of an interest computation: a constant balance at a constant rate."""

    _name = "account.dunning.interest.line"
    _description = "Dunning Interest Period"
    _order = "charge_id, date_from, id"

    charge_id = fields.Many2one(
        "account.dunning.charge",
        required=True,
        ondelete="cascade",
        index=True,
        help="Interest charge this period belongs to.",
    )
    company_id = fields.Many2one(related="charge_id.company_id", help="Company of the letter.")
    currency_id = fields.Many2one(related="charge_id.currency_id", help="Currency of the base.")
    date_from = fields.Date(string="From", required=True, help="First day of the period.")
    date_to = fields.Date(string="To", required=True, help="Last day of the period (included).")
    days = fields.Integer(help="Days of interest in the period.")
    day_basis = fields.Integer(help="Days in the year the rate is divided by (365 or 366).")
    rate = fields.Float(
        string="Rate (%)", digits=(16, 4), help="Annual interest rate applied, in percent."
    )
    base = fields.Monetary(help="Overdue balance the interest runs on in the period.")
    amount = fields.Monetary(help="Interest of the period, before the total is rounded.")
