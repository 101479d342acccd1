# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from ..dunning_core import fees as core
from ..dunning_core.money import to_decimal


class AccountDunningCompensation(models.Model):
    """The fixed sum a business debtor owes per late invoice for recovery costs.

    Directive 2011/7/EU art. 6 and its national versions; the UK's sums by debt size are a scale
    in the Act (``dunning_core.fees.uk_fixed_sum``) and need no record.
    """

    _name = "account.dunning.compensation"
    _description = "Statutory Fixed Compensation"
    _inherit = ["account.dunning.legal.period.mixin"]
    _order = "country_id, valid_from desc"

    country_id = fields.Many2one(
        "res.country",
        help="Country of the law. Empty: the directive's default for EU member states without "
        "a value of their own.",
    )
    amount = fields.Monetary(required=True, help="Fixed sum per late invoice.")
    currency_id = fields.Many2one("res.currency", required=True, help="Currency of the sum.")
    replaces_fees = fields.Boolean(
        help="Claiming it rules out reminder and collection fees on the same invoice (Sweden).",
    )
    deducts_reminder_fees = fields.Boolean(
        help="Reminder fees already charged on the invoice are deducted from it (Norway).",
    )

    @api.model
    def _core_table(self):
        return tuple(
            core.StatutoryCompensation(
                row.country_id.code or "EU",
                row.currency_id.name,
                to_decimal(row.amount),
                row.legal_source,
                **row._validity(),
                replaces_fees=row.replaces_fees,
                deducts_reminder_fees=row.deducts_reminder_fees,
            )
            for row in self.search([])
        )
