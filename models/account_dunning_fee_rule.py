# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..dunning_core import (
    fee_caps as core_caps,
    fees as core,
)
from ..dunning_core.money import to_decimal
from .account_dunning_fee_cap import FEE_TYPES


class AccountDunningFeeRule(models.Model):
    """What a letter costs the customer: a fixed fee, a fee per period late, or a percentage.

    The arithmetic is ``dunning_core.fees.compute_fee``; a rule for a country whose law caps the
    fee is checked against the caps on record and refused when it could exceed them.
    """

    _name = "account.dunning.fee.rule"
    _description = "Dunning Fee Rule"
    _inherit = ["mail.thread"]
    _order = "name"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True, help="Printed on the letter.")
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company charging the fee.",
    )
    active = fields.Boolean(default=True, help="Archive a rule no longer used.")
    kind = fields.Selection(
        [
            (core.FIXED, "Fixed fee per letter"),
            (core.PER_PERIOD, "Fee per started period late"),
            (core.PERCENT, "Percentage of the overdue amount"),
        ],
        required=True,
        default=core.FIXED,
        tracking=True,
        help="How the fee of one letter is computed.",
    )
    fee_type = fields.Selection(
        FEE_TYPES,
        required=True,
        default=core.REMINDER,
        help="Kind of fee, for the legal caps: a reminder, a collection demand or a plan fee.",
    )
    amount = fields.Monetary(
        tracking=True, help="Fee per letter (fixed) or per started period (per period)."
    )
    percent = fields.Float(
        digits=(16, 4), help="Percentage of the overdue amount (percentage rules)."
    )
    minimum = fields.Monetary(help="Lowest fee of one letter; 0: no minimum.")
    maximum = fields.Monetary(tracking=True, help="Highest fee of one letter; 0: no maximum.")
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: self.env.company.currency_id,
        help="Currency of the amounts; the fee is charged in it.",
    )
    period = fields.Selection(
        [(core.PERIOD_DAYS, "Days"), (core.PERIOD_MONTH, "Calendar months")],
        default=core.PERIOD_DAYS,
        required=True,
        help="Unit of the periods of a per-period fee.",
    )
    period_days = fields.Integer(default=30, help="Length of a period in days.")
    requires_agreement = fields.Boolean(
        help="Charge only customers who agreed to the fee (see Fee Agreement on the customer)."
    )
    min_days_overdue = fields.Integer(
        help="No fee on a letter sent earlier than this many days after the due date."
    )
    max_fees_per_claim = fields.Integer(
        help="At most this many letters per invoice carry the fee (0: no limit)."
    )
    country_id = fields.Many2one(
        "res.country",
        help="Country whose law the rule follows: its legal caps are enforced.",
    )
    legal_source = fields.Char(help="Contract clause or statute the fee rests on.")

    def _to_core(self):
        self.ensure_one()
        return core.FeeRule(
            kind=self.kind,
            amount=to_decimal(self.amount),
            percent=to_decimal(self.percent),
            minimum=to_decimal(self.minimum) if self.minimum else None,
            maximum=to_decimal(self.maximum) if self.maximum else None,
            currency=self.currency_id.name,
            requires_agreement=self.requires_agreement,
            min_days_overdue=self.min_days_overdue,
            max_fees_per_claim=self.max_fees_per_claim or None,
            period_days=self.period_days or 30,
            period=self.period,
        )

    @api.constrains(
        "kind",
        "amount",
        "percent",
        "minimum",
        "maximum",
        "currency_id",
        "requires_agreement",
        "min_days_overdue",
        "max_fees_per_claim",
        "period_days",
        "country_id",
        "fee_type",
    )
    def _check_legal_cap(self):
        today = fields.Date.context_today(self)
        for rule in self:
            try:
                spec = rule._to_core()
            except ValueError as error:
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s is not valid: %(error)s", rule=rule.name, error=error
                    )
                ) from error
            if not rule.country_id:
                continue
            caps = self.env["account.dunning.fee.cap"].search(
                [("country_id", "=", rule.country_id.id), ("fee_type", "=", rule.fee_type)]
            )
            try:
                core_caps.check_cap(
                    spec, rule.country_id.code, rule.fee_type, today, caps._to_core()
                )
            except core_caps.MissingCapPeriod as error:
                raise ValidationError(
                    self.env._(
                        "The law of %(country)s caps this fee, but no cap on record covers "
                        "%(date)s. Enter the cap in force (Configuration > Dunning > Legal Caps) "
                        "before using rule %(rule)s.",
                        country=rule.country_id.name,
                        date=today,
                        rule=rule.name,
                    )
                ) from error
            except core_caps.FeeCapExceeded as error:
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s can charge more than the legal cap of %(cap)s "
                        "%(currency)s per letter in %(country)s (%(law)s). Lower the Amount or "
                        "set a Maximum within the cap.",
                        rule=rule.name,
                        cap=error.cap.amount,
                        currency=error.cap.currency,
                        country=rule.country_id.name,
                        law=error.cap.legal_source,
                    )
                ) from error
            except core_caps.FeeConditionMissing as error:
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s lacks a condition the law of %(country)s puts on "
                        "the fee (%(law)s): Requires Agreement %(agreement)s, at least "
                        "%(days)s days overdue, at most %(count)s fees per invoice.",
                        rule=rule.name,
                        country=rule.country_id.name,
                        law=error.cap.legal_source,
                        agreement=self.env._("yes") if error.cap.requires_agreement else "-",
                        days=error.cap.min_days_overdue,
                        count=error.cap.max_fees_per_claim or "-",
                    )
                ) from error
            except core_caps.FeeRuleNotCompliant as error:
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s: set its Currency to the currency of the legal cap of "
                        "%(country)s to compare. (%(detail)s)",
                        rule=rule.name,
                        country=rule.country_id.name,
                        detail=error,
                    )
                ) from error
