"""The collector's worklist and the overview figures, as rules.

* ``risk_weight`` / ``worth``: what acting on an item is worth, the open amount in company
  currency times a weight from the customer's payment behaviour (an unrated customer sits
  between a reliable one and a slow payer).
* ``dso``: days sales outstanding of a period, receivables at its end over the credit sales of
  the period times its days (the "simple" method; no sales in the period: no figure).
* ``average_days_late``: amount-weighted average days invoices paid in a period were late.
* ``week_start`` / ``forecast_weeks`` / ``expected_date``: the weeks of the expected cash-in
  (Monday to Sunday, the current week first) and when an open overdue item is expected: its due
  date plus the customer's average delay, never before today.
* ``kept_rate``: share of the promises decided in a period that were kept.

The worklist and figures are queries (``account.dunning.worklist``, ``account.dunning.kpi.month``,
``account.dunning.cash.forecast``); they take the weights and horizons from here and the tests
check them against these functions.
"""

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from .money import ZERO, round_money, to_decimal

# Weight of an action by the customer's payment behaviour category (None: not rated yet).
RISK_WEIGHTS = {
    "reliable": Decimal("1.0"),
    None: Decimal("1.5"),
    "slow": Decimal("2.0"),
    "at_risk": Decimal("3.0"),
}
FORECAST_WEEKS = 12
TREND_MONTHS = 12
DISPUTE_REVISIT_DAYS = 14  # a dispute without a revisit date is looked at again after two weeks

# Worklist kinds.
KIND_DEADLINE = "deadline"  # a final demand whose deadline passed: legal action, agency, factoring
KIND_PROMISE = "promise"  # a broken promise to follow up
KIND_INSTALMENT = "instalment"  # a payment-plan instalment missed
KIND_CALL = "call"  # a call due
KIND_DISPUTE = "dispute"  # a dispute to revisit
KIND_LETTER = "letter"  # a draft letter to approve and send
KINDS = (KIND_DEADLINE, KIND_PROMISE, KIND_INSTALMENT, KIND_CALL, KIND_DISPUTE, KIND_LETTER)


def risk_weight(category):
    """Weight of the payment behaviour ``category`` (reliable, slow, at_risk or None)."""
    if category not in RISK_WEIGHTS:
        raise ValueError(f"unknown payment behaviour category {category!r}")
    return RISK_WEIGHTS[category]


def worth(amount, category, digits=2):
    """What acting on ``amount`` (company currency) owed by a customer of ``category`` is worth."""
    return round_money(to_decimal(amount) * risk_weight(category), digits)


def dso(receivables, sales, days):
    """Days sales outstanding, to the hundredth of a day; None without sales in the period."""
    sales = to_decimal(sales)
    if sales <= ZERO:
        return None
    value = to_decimal(receivables) / sales * Decimal(days)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def average_days_late(paid):
    """Amount-weighted average of days late over ``paid`` ((amount, days late) pairs, a day
    paid early counting 0), to the hundredth; None when nothing was paid."""
    total = sum((to_decimal(amount) for amount, _days in paid), ZERO)
    if total <= ZERO:
        return None
    weighted = sum((to_decimal(amount) * max(days, 0) for amount, days in paid), ZERO)
    return (weighted / total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def week_start(day):
    """Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def forecast_weeks(today, weeks=FORECAST_WEEKS):
    """Mondays of the ``weeks`` weeks of the forecast, the current week first."""
    first = week_start(today)
    return [first + timedelta(weeks=index) for index in range(weeks)]


def expected_date(due, avg_days_late, today):
    """When an open overdue item is expected: due date + the customer's average delay (rounded
    to whole days, half up), today at the earliest."""
    delay = int(to_decimal(avg_days_late or 0).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    return max(due + timedelta(days=max(delay, 0)), today)


def kept_rate(kept, broken):
    """Percentage of promises kept among those decided (kept or broken); None when none."""
    decided = kept + broken
    if not decided:
        return None
    return (Decimal(100) * kept / decided).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
