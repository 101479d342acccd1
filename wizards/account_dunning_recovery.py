# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountDunningRecovery(models.TransientModel):
    _name = "account.dunning.recovery"
    _description = "Record Agency Recovery"
    _inherit = ["account.dunning.receipt.mixin"]

    case_id = fields.Many2one(
        "account.dunning.collection.case",
        required=True,
        help="Collection case the money was recovered on.",
    )

    _receipt_record_field = "case_id"

    @api.model
    def _receipt_expected(self, record):
        """What the case's invoices still owe."""
        return record.move_ids._dunning_open_amount(record.currency_id)

    def action_record(self):
        self.ensure_one()
        self.case_id._record_recovery(self.amount, self.date, self.journal_id)
        return {"type": "ir.actions.act_window_close"}
