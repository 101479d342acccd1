# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

CHARGE_KINDS = [
    ("fee", "Reminder Fee"),
    ("compensation", "Fixed Compensation"),
    ("interest", "Late-Payment Interest"),
]


class AccountDunningCharge(models.Model):
    """A fee, fixed compensation or interest amount a letter claims.

    The figures come from the pure domain package (``dunning_core``); this record keeps them, with
    the legal source they rest on, so the letter shows and later invoices exactly what was claimed.
    """

    _name = "account.dunning.charge"
    _description = "Dunning Charge"
    _order = "letter_id, sequence, id"

    letter_id = fields.Many2one(
        "account.dunning.letter",
        required=True,
        ondelete="cascade",
        index=True,
        help="Letter claiming this charge.",
    )
    letter_line_id = fields.Many2one(
        "account.dunning.letter.line",
        ondelete="cascade",
        index=True,
        help="Overdue item the charge relates to (interest and compensation are per invoice; "
        "a reminder fee is per letter and has none).",
    )
    move_id = fields.Many2one(
        related="letter_line_id.move_id",
        string="Invoice",
        help="Invoice the charge relates to.",
    )
    company_id = fields.Many2one(
        related="letter_id.company_id", store=True, index=True, help="Company of the letter."
    )
    sequence = fields.Integer(default=10, help="Order of the charges on the letter.")
    kind = fields.Selection(CHARGE_KINDS, required=True, help="What the amount is for.")
    name = fields.Char(
        string="Description", required=True, help="Description printed on the letter."
    )
    currency_id = fields.Many2one(
        "res.currency", required=True, help="Currency the charge is claimed in."
    )
    amount = fields.Monetary(help="Amount claimed, rounded to the currency.")
    legal_source = fields.Char(help="Statute or rule the charge rests on, printed on the letter.")
    waived = fields.Boolean(
        readonly=True,
        help="Dropped because the customer paid by the waiver date the letter offered.",
    )
    interest_line_ids = fields.One2many(
        "account.dunning.interest.line",
        "charge_id",
        string="Interest Breakdown",
        help="Periods of the interest computation: days, rate, base and amount.",
    )
