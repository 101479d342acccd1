# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class AccountDunningNonpaymentReason(models.Model):
    _name = "account.dunning.nonpayment.reason"
    _description = "Reason for Non-Payment"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True, help="Reason given by the customer.")
    sequence = fields.Integer(default=10, help="Order in the list.")
    active = fields.Boolean(default=True, help="Archive a reason no longer offered.")
