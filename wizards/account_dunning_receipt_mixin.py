# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountDunningReceiptMixin(models.AbstractModel):
    """Money received from a third party (an agency, a factor): amount, date, bank journal."""

    _name = "account.dunning.receipt.mixin"
    _description = "Money Received for a Dunning Record"

    company_id = fields.Many2one("res.company", required=True, help="Company receiving.")
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        help="Currency of the money received: the case's or the sale's, as the invoices.",
    )
    amount = fields.Monetary(required=True, help="Amount received.")
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
    def _receipt_defaults(self, record, amount):
        """Defaults for ``record`` (the case or sale): company, amount, its first bank journal."""
        bank = self.env["account.journal"].search(
            [("type", "=", "bank"), ("company_id", "=", record.company_id.id)], limit=1
        )
        return {
            "company_id": record.company_id.id,
            "currency_id": record.currency_id.id,
            "amount": amount,
            "journal_id": bank.id,
        }
