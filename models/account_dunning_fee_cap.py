# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..dunning_core import (
    fee_caps as core_caps,
    fees as core,
)
from ..dunning_core.money import to_decimal

FEE_TYPES = [
    (core.REMINDER, "Reminder"),
    (core.COLLECTION, "Collection Demand"),
    (core.PAYMENT_PLAN, "Payment Plan"),
]


class AccountDunningFeeCap(models.Model):
    """The most the law of a country allows per letter for a kind of fee."""

    _name = "account.dunning.fee.cap"
    _description = "Legal Cap on Dunning Fees"
    _inherit = ["account.dunning.legal.period.mixin"]
    _order = "country_id, fee_type, valid_from desc"

    country_id = fields.Many2one("res.country", required=True, help="Country of the law.")
    fee_type = fields.Selection(
        FEE_TYPES, required=True, default=core.REMINDER, help="Kind of fee the cap limits."
    )
    amount = fields.Monetary(required=True, help="Most one letter may charge.")
    currency_id = fields.Many2one("res.currency", required=True, help="Currency of the cap.")
    requires_agreement = fields.Boolean(
        help="The fee is due only if the customer agreed to it at the latest when the debt arose.",
    )
    min_days_overdue = fields.Integer(
        help="A fee only on a letter sent at least this many days after the due date."
    )
    max_fees_per_claim = fields.Integer(
        help="At most this many letters per claim may carry the fee (0: no limit)."
    )

    @api.constrains("amount")
    def _check_amount(self):
        for cap in self:
            if cap.amount < 0:
                raise ValidationError(
                    self.env._(
                        "Legal cap %(cap)s: the amount cannot be negative.", cap=cap.display_name
                    )
                )

    @api.depends("country_id", "fee_type", "amount")
    def _compute_display_name(self):
        for cap in self:
            cap.display_name = f"{cap.country_id.code or ''} {cap.fee_type or ''} {cap.amount}"

    def _to_core(self):
        return tuple(
            core_caps.LegalCap(
                cap.country_id.code,
                cap.fee_type,
                cap.currency_id.name,
                to_decimal(cap.amount),
                cap.legal_source,
                **cap._validity(),
                requires_agreement=cap.requires_agreement,
                min_days_overdue=cap.min_days_overdue,
                max_fees_per_claim=cap.max_fees_per_claim or None,
            )
            for cap in self
        )
