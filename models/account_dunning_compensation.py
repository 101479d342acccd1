# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..dunning_core import fees as core
from ..dunning_core.money import to_decimal


class AccountDunningCompensation(models.Model):
    """The fixed sum a business debtor owes per late invoice for recovery costs.

    Directive 2011/7/EU art. 6 and its national versions; the UK's sums by debt size are a scale
    in the Act (``dunning_core.fees.uk_fixed_sum``) and need no record.
    """

    _name = "account.dunning.compensation"
    _description = "Statutory Fixed Compensation"
    _order = "country_id, valid_from desc"

    country_id = fields.Many2one(
        "res.country",
        help="Country of the law. Empty: the directive's default for EU member states without "
        "a value of their own.",
    )
    amount = fields.Monetary(required=True, help="Fixed sum per late invoice.")
    currency_id = fields.Many2one("res.currency", required=True, help="Currency of the sum.")
    valid_from = fields.Date(help="First day the value applies; empty: in force, start unknown.")
    valid_to = fields.Date(help="Last day the value applies; empty: no end known.")
    replaces_fees = fields.Boolean(
        help="Claiming it rules out reminder and collection fees on the same invoice (Sweden).",
    )
    deducts_reminder_fees = fields.Boolean(
        help="Reminder fees already charged on the invoice are deducted from it (Norway).",
    )
    legal_source = fields.Char(required=True, help="Statute setting the sum.")

    @api.constrains("valid_from", "valid_to")
    def _check_period(self):
        for row in self:
            if row.valid_from and row.valid_to and row.valid_from > row.valid_to:
                raise ValidationError(
                    self.env._(
                        "Fixed compensation %(row)s: Valid From is after Valid To.",
                        row=row.legal_source,
                    )
                )

    @api.model
    def _core_table(self):
        return tuple(
            core.StatutoryCompensation(
                row.country_id.code or "EU",
                row.currency_id.name,
                to_decimal(row.amount),
                row.legal_source,
                valid_from=row.valid_from or None,
                valid_to=row.valid_to or None,
                replaces_fees=row.replaces_fees,
                deducts_reminder_fees=row.deducts_reminder_fees,
            )
            for row in self.search([])
        )
