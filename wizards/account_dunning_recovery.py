# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountDunningRecovery(models.TransientModel):
    _name = "account.dunning.recovery"
    _description = "Record Agency Recovery"

    case_id = fields.Many2one(
        "account.dunning.collection.case",
        required=True,
        help="Collection case the money was recovered on.",
    )
    company_id = fields.Many2one(related="case_id.company_id", help="Company of the case.")
    currency_id = fields.Many2one(related="case_id.currency_id", help="Company currency.")
    amount = fields.Monetary(required=True, help="Amount the agency recovered.")
    date = fields.Date(
        required=True, default=fields.Date.context_today, help="Date the money was received."
    )
    journal_id = fields.Many2one(
        "account.journal",
        required=True,
        domain="[('type', 'in', ('bank', 'cash')), ('company_id', '=', company_id)]",
        help="Bank journal the money came into.",
    )

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        case = self.env["account.dunning.collection.case"].browse(
            values.get("case_id") or self.env.context.get("active_id")
        )
        if case:
            values.setdefault("case_id", case.id)
            values.setdefault("amount", sum(case.move_ids.mapped("amount_residual")))
            bank = self.env["account.journal"].search(
                [("type", "=", "bank"), ("company_id", "=", case.company_id.id)], limit=1
            )
            values.setdefault("journal_id", bank.id)
        return values

    def action_record(self):
        self.ensure_one()
        self.case_id._record_recovery(self.amount, self.date, self.journal_id)
        return {"type": "ir.actions.act_window_close"}
