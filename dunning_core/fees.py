"""Reminder fees: what a configured fee rule charges on one letter, or why it charges nothing.

``compute_fee`` returns the amount and a machine ``reason`` code the model turns into translated
text. The statutory caps on fees are ``fee_caps``, the fixed compensation from business debtors
``compensation``, which fee the applicable law allows at letter time ``fee_law``.

Source of every number: /work/shared/legal/README.md, with the statute named next to it.
"""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from .money import HUNDRED, ZERO, round_money, to_decimal
from .schedule import add_months

# Fee rule kinds.
FIXED = "fixed"  # amount per letter
PER_PERIOD = "per_period"  # amount per started period of delay
PERCENT = "percent"  # percent of the overdue amount
KINDS = (FIXED, PER_PERIOD, PERCENT)

# Period units of a PER_PERIOD rule.
PERIOD_DAYS = "days"  # periods of ``period_days`` days counted from the due date
PERIOD_MONTH = "month"  # calendar months counted from the due date (same day, clamped)
PERIODS = (PERIOD_DAYS, PERIOD_MONTH)

# Why a fee was (not) charged; the model turns these codes into translated text.
FEE_OK = "ok"
FEE_NOT_AGREED = "not_agreed"
FEE_NOT_OVERDUE = "not_overdue"
FEE_TOO_EARLY = "too_early"
FEE_MAX_REACHED = "max_reached"
FEE_ZERO = "zero"

# Fee types a statutory cap applies to.
REMINDER = "reminder"
COLLECTION = "collection"
PAYMENT_PLAN = "payment_plan"
FEE_TYPES = (REMINDER, COLLECTION, PAYMENT_PLAN)


def _optional_decimal(value):
    return None if value is None else to_decimal(value)


# ---------------------------------------------------------------------------------------------
# Fee rules
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeeRule:
    """How much one letter costs the customer.

    ``minimum``/``maximum`` bound the fee of one letter whatever the kind (for a percent rule
    they are the usual floor and ceiling; on a per-period rule ``maximum`` stops the growth).
    ``min_days_overdue`` and ``max_fees_per_claim`` express conditions such as Norway's (a fee
    only from 14 days after the due date, on at most two letters): see ``norway_reminder_rule``.
    """

    kind: str
    amount: Decimal = ZERO
    percent: Decimal = ZERO
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    currency: str = ""
    requires_agreement: bool = False
    min_days_overdue: int = 0
    max_fees_per_claim: int | None = None
    period_days: int = 30
    period: str = PERIOD_DAYS

    def __post_init__(self):
        # Normalise what the ORM hands out (floats, lower-case codes) once, here.
        object.__setattr__(self, "amount", to_decimal(self.amount))
        object.__setattr__(self, "percent", to_decimal(self.percent))
        object.__setattr__(self, "minimum", _optional_decimal(self.minimum))
        object.__setattr__(self, "maximum", _optional_decimal(self.maximum))
        object.__setattr__(self, "currency", (self.currency or "").upper())
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {self.kind!r}.")
        if self.period not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)}, got {self.period!r}.")
        if self.period_days <= 0:
            raise ValueError(f"period_days must be positive, got {self.period_days}.")
        for name in ("amount", "percent", "minimum", "maximum"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must not be negative, got {value}.")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError(f"minimum {self.minimum} is above maximum {self.maximum}.")
        if self.min_days_overdue < 0:
            raise ValueError(f"min_days_overdue must not be negative, got {self.min_days_overdue}.")
        if self.max_fees_per_claim is not None and self.max_fees_per_claim < 0:
            raise ValueError("max_fees_per_claim must not be negative.")


@dataclass(frozen=True)
class FeeDecision:
    amount: Decimal  # rounded to the currency; zero when not charged
    charged: bool
    reason: str  # one of the FEE_* codes


def started_periods(rule, days_overdue, due_date=None):
    """Number of started periods of delay ``days_overdue`` days after the due date.

    Day-based: ceil(days / period_days), so day 1 starts period 1 and day 31 period 2 (30 days).
    Month-based: month k ends on the due date moved by k months (clamped to the month end); due
    Jan 31, day 28 (Feb 28) is still month 1, day 29 (Mar 1) starts month 2.
    """
    if days_overdue <= 0:
        return 0
    if rule.period == PERIOD_MONTH:
        if due_date is None:
            raise ValueError("due_date is needed to count calendar months of delay.")
        on = due_date + timedelta(days=days_overdue)
        periods = 1
        while add_months(due_date, periods) < on:
            periods += 1
        return periods
    return -(-days_overdue // rule.period_days)


def _bounded(rule, amount):
    if rule.minimum is not None:
        amount = max(amount, rule.minimum)
    if rule.maximum is not None:
        amount = min(amount, rule.maximum)
    return amount


def max_fee_per_letter(rule):
    """The most one letter can cost under ``rule``; None when it has no upper limit."""
    if rule.kind == FIXED:
        ceiling = rule.amount
    elif rule.kind == PERCENT:
        ceiling = None if rule.percent > 0 else ZERO
    else:  # PER_PERIOD: grows with every started period
        ceiling = None if rule.amount > 0 else ZERO
    if ceiling is not None and rule.minimum is not None:
        ceiling = max(ceiling, rule.minimum)
    if rule.maximum is not None:
        ceiling = rule.maximum if ceiling is None else min(ceiling, rule.maximum)
    return ceiling


def compute_fee(
    rule,
    overdue_amount,
    days_overdue,
    fees_already_charged=0,
    customer_agreed=True,
    digits=2,
    due_date=None,
):
    """The fee of one letter under ``rule``, or no fee and the reason why.

    ``fees_already_charged`` is the number of letters of this claim that already carried a fee;
    ``due_date`` is only needed by a per-calendar-month rule. Checks, in this order: agreement,
    anything overdue, waiting days, number of fees, then the amount itself.
    """
    nothing = round_money(ZERO, digits)
    overdue_amount = to_decimal(overdue_amount)
    if rule.requires_agreement and not customer_agreed:
        return FeeDecision(nothing, False, FEE_NOT_AGREED)
    if days_overdue <= 0 or overdue_amount <= 0:
        return FeeDecision(nothing, False, FEE_NOT_OVERDUE)
    if days_overdue < rule.min_days_overdue:
        return FeeDecision(nothing, False, FEE_TOO_EARLY)
    if rule.max_fees_per_claim is not None and fees_already_charged >= rule.max_fees_per_claim:
        return FeeDecision(nothing, False, FEE_MAX_REACHED)
    if rule.kind == FIXED:
        raw = rule.amount
    elif rule.kind == PERCENT:
        raw = overdue_amount * rule.percent / HUNDRED
    else:
        raw = rule.amount * started_periods(rule, days_overdue, due_date)
    amount = round_money(_bounded(rule, raw), digits)
    if amount <= 0:
        return FeeDecision(nothing, False, FEE_ZERO)
    return FeeDecision(amount, True, FEE_OK)
