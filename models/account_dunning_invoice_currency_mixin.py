# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class AccountDunningInvoiceCurrencyMixin(models.AbstractModel):
    """Records over a set of invoices (``move_ids``) whose amounts are in ``currency_id``: the
    invoices' own currency when they share one, else the company's (factoring sales, write-offs,
    agency cases, legal actions, promises, the Log Call wizard)."""

    _name = "account.dunning.invoice.currency.mixin"
    _description = "Dunning: Currency of a Set of Invoices"

    @api.depends("move_ids.currency_id", "company_id.currency_id")
    def _compute_currency_id(self):
        for record in self:
            record.currency_id = record.move_ids._dunning_common_currency() or (
                record.company_id.currency_id
            )
