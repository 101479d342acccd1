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

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        case = self.env["account.dunning.collection.case"].browse(
            values.get("case_id") or self.env.context.get("active_id")
        )
        if case:
            values.setdefault("case_id", case.id)
            for key, value in self._receipt_defaults(
                case, case.move_ids._dunning_open_amount(case.currency_id)
            ).items():
                values.setdefault(key, value)
        return values

    def action_record(self):
        self.ensure_one()
        self.case_id._record_recovery(self.amount, self.date, self.journal_id)
        return {"type": "ir.actions.act_window_close"}
