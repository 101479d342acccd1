# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountDunningFactorPayment(models.TransientModel):
    _name = "account.dunning.factor.payment"
    _description = "Record Factor Payment"
    _inherit = ["account.dunning.receipt.mixin"]

    factoring_id = fields.Many2one(
        "account.dunning.factoring",
        required=True,
        help="Sale to the factor the payment belongs to.",
    )

    _receipt_record_field = "factoring_id"

    @api.model
    def _receipt_expected(self, record):
        """The advance the factor still owes."""
        return max(record.amount_advance - record.amount_received, 0)

    def action_record(self):
        self.ensure_one()
        self.factoring_id._record_factor_payment(self.amount, self.date, self.journal_id)
        return {"type": "ir.actions.act_window_close"}
