# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Values no form, wizard or RPC call may store: each refusal names the field and the fix."""

import re

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import format_date

from ..dunning_core import fees as core_fees

# The placeholders ``account.dunning.letter._body_html`` fills in.
LETTER_PLACEHOLDERS = ("contact", "customer", "total", "deadline", "company", "reference")
PLACEHOLDER_RE = re.compile(r"\{(\w*)\}")


class AccountDunningPolicy(models.Model):
    _inherit = "account.dunning.policy"

    is_company_default = fields.Boolean(copy=False)

    @api.constrains("is_company_default", "company_id", "active")
    def _check_one_company_default(self):
        for policy in self.filtered(lambda rec: rec.is_company_default and rec.active):
            other = self.search(
                [
                    ("id", "!=", policy.id),
                    ("company_id", "=", policy.company_id.id),
                    ("is_company_default", "=", True),
                ],
                limit=1,
            )
            if other:
                raise ValidationError(
                    self.env._(
                        "Policy %(other)s is already the Company Default of %(company)s: untick "
                        "Company Default on one of the two policies.",
                        other=other.name,
                        company=policy.company_id.name,
                    )
                )


class AccountDunningLevel(models.Model):
    _inherit = "account.dunning.level"

    @api.constrains(
        "letter_body", "letter_body_first", "letter_body_consumer", "letter_body_first_consumer"
    )
    def _check_placeholders(self):
        for level in self:
            for name in (
                "letter_body",
                "letter_body_first",
                "letter_body_consumer",
                "letter_body_first_consumer",
            ):
                unknown = sorted(
                    {
                        found
                        for found in PLACEHOLDER_RE.findall(str(level[name] or ""))
                        if found not in LETTER_PLACEHOLDERS
                    }
                )
                if unknown:
                    raise ValidationError(
                        self.env._(
                            "%(field)s of level %(level)s uses unknown placeholders "
                            "%(unknown)s: use only %(known)s.",
                            field=level._fields[name]._description_string(self.env),
                            level=level.name,
                            unknown=", ".join("{%s}" % found for found in unknown),
                            known=", ".join("{%s}" % known for known in LETTER_PLACEHOLDERS),
                        )
                    )


class AccountDunningFeeRule(models.Model):
    _inherit = "account.dunning.fee.rule"

    MAX_PERCENT = 100

    @api.constrains(
        "kind",
        "amount",
        "percent",
        "minimum",
        "maximum",
        "period",
        "period_days",
        "min_days_overdue",
        "max_fees_per_claim",
    )
    def _check_fee_values(self):
        for rule in self:
            if min(rule.amount, rule.minimum, rule.maximum) < 0:
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s: Amount, Minimum and Maximum cannot be negative.",
                        rule=rule.name,
                    )
                )
            if not 0 <= rule.percent <= self.MAX_PERCENT:
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s: Percent must be between 0 and %(max)s, not "
                        "%(percent)s.",
                        rule=rule.name,
                        max=self.MAX_PERCENT,
                        percent=rule.percent,
                    )
                )
            if rule.maximum and rule.minimum > rule.maximum:
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s: Minimum is above Maximum: lower the minimum or raise "
                        "the maximum.",
                        rule=rule.name,
                    )
                )
            if (
                rule.kind == core_fees.PER_PERIOD
                and rule.period == core_fees.PERIOD_DAYS
                and rule.period_days < 1
            ):
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s charges per period: Period Days must be at least 1.",
                        rule=rule.name,
                    )
                )
            if rule.min_days_overdue < 0 or rule.max_fees_per_claim < 0:
                raise ValidationError(
                    self.env._(
                        "Fee rule %(rule)s: Min Days Overdue and Max Fees Per Claim cannot be "
                        "negative (0: no limit).",
                        rule=rule.name,
                    )
                )


class AccountDunningLegalAction(models.Model):
    _inherit = "account.dunning.legal.action"

    @api.constrains("claim_amount", "costs", "amount_awarded", "date_filed", "date_judgment")
    def _check_claim_values(self):
        for action in self:
            if min(action.claim_amount, action.costs, action.amount_awarded) < 0:
                raise ValidationError(
                    self.env._(
                        "Legal action %(action)s: Claim Amount, Expected Costs and Amount "
                        "Awarded cannot be negative.",
                        action=action.name,
                    )
                )
            if (
                action.date_filed
                and action.date_judgment
                and action.date_judgment < action.date_filed
            ):
                raise ValidationError(
                    self.env._(
                        "Legal action %(action)s: the Date Judgment cannot come before the Date "
                        "Filed: correct one of the two dates.",
                        action=action.name,
                    )
                )


class AccountDunningWriteoff(models.Model):
    _inherit = "account.dunning.writeoff"

    @api.constrains("date", "move_ids", "company_id")
    def _check_writeoff_date(self):
        for record in self.filtered(lambda rec: rec.state == "draft"):
            early = record.move_ids.filtered(
                lambda m, day=record.date: (m.invoice_date or m.date) > day
            )
            if early:
                raise ValidationError(
                    self.env._(
                        "The write-off Date %(date)s is before invoice %(invoice)s of "
                        "%(invoice_date)s: date the write-off on or after its invoices.",
                        date=format_date(self.env, record.date),
                        invoice=early[0].name,
                        invoice_date=format_date(self.env, early[0].invoice_date or early[0].date),
                    )
                )
            lock = record.company_id._get_user_fiscal_lock_date(
                record.company_id._dunning_misc_journal()
            )
            if lock and record.date <= lock:
                raise ValidationError(
                    self.env._(
                        "The write-off Date %(date)s is in a locked period (locked up to "
                        "%(lock)s): choose a later date.",
                        date=format_date(self.env, record.date),
                        lock=format_date(self.env, lock),
                    )
                )
