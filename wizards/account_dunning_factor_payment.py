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

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        sale = self.env["account.dunning.factoring"].browse(
            values.get("factoring_id") or self.env.context.get("active_id")
        )
        if sale:
            values.setdefault("factoring_id", sale.id)
            for key, value in self._receipt_defaults(
                sale, max(sale.amount_advance - sale.amount_received, 0)
            ).items():
                values.setdefault(key, value)
        return values

    def action_record(self):
        self.ensure_one()
        self.factoring_id._record_factor_payment(self.amount, self.date, self.journal_id)
        return {"type": "ir.actions.act_window_close"}
