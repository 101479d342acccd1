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

    # Set by each wizard: the field of the record the money is for (the case, the sale).
    _receipt_record_field = None

    @api.model
    def default_get(self, fields_list):
        """The record from the field or the active record; its company, the amount still
        expected (``_receipt_expected``) and the company's first bank journal."""
        values = super().default_get(fields_list)
        model = self._fields[self._receipt_record_field].comodel_name
        record = self.env[model].browse(
            values.get(self._receipt_record_field) or self.env.context.get("active_id")
        )
        if record:
            bank = self.env["account.journal"].search(
                [("type", "=", "bank"), ("company_id", "=", record.company_id.id)], limit=1
            )
            defaults = {
                self._receipt_record_field: record.id,
                "company_id": record.company_id.id,
                "currency_id": record.currency_id.id,
                "amount": self._receipt_expected(record),
                "journal_id": bank.id,
            }
            for key, value in defaults.items():
                values.setdefault(key, value)
        return values

    @api.model
    def _receipt_expected(self, record):
        """What ``record`` still expects to receive (the default amount)."""
        raise NotImplementedError
