# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountDunningFactorPayment(models.TransientModel):
    _name = "account.dunning.factor.payment"
    _description = "Record Factor Payment"

    factoring_id = fields.Many2one(
        "account.dunning.factoring",
        required=True,
        help="Sale to the factor the payment belongs to.",
    )
    company_id = fields.Many2one(related="factoring_id.company_id", help="Company of the sale.")
    currency_id = fields.Many2one(related="factoring_id.currency_id", help="Company currency.")
    amount = fields.Monetary(required=True, help="Amount received from the factor.")
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
        sale = self.env["account.dunning.factoring"].browse(
            values.get("factoring_id") or self.env.context.get("active_id")
        )
        if sale:
            values.setdefault("factoring_id", sale.id)
            values.setdefault("amount", max(sale.amount_advance - sale.amount_received, 0))
            bank = self.env["account.journal"].search(
                [("type", "=", "bank"), ("company_id", "=", sale.company_id.id)], limit=1
            )
            values.setdefault("journal_id", bank.id)
        return values

    def action_record(self):
        self.ensure_one()
        self.factoring_id._record_factor_payment(self.amount, self.date, self.journal_id)
        return {"type": "ir.actions.act_window_close"}
