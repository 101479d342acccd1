"""How a customer usually pays: average days late, broken promises, a rating.

The average is weighted by the amounts paid in a window (a year by default); the rating
(reliable, slow, at risk) shapes how hard dunning pushes.
"""

from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from .money import ZERO, to_decimal

# Payment behaviour categories and their thresholds (days late are amount-weighted averages,
# compared after rounding to one decimal, i.e. as shown to the user).
RELIABLE = "reliable"
SLOW = "slow"
AT_RISK = "at_risk"
RELIABLE_MAX_AVG_DAYS_LATE = Decimal("5")  # reliable: average <= 5 days and no broken promise
AT_RISK_AVG_DAYS_LATE = Decimal("30")  # at risk: average > 30 days ...
AT_RISK_BROKEN_PROMISES = 2  # ... or at least 2 broken promises
BEHAVIOUR_WINDOW_DAYS = 365


@dataclass(frozen=True)
class Behaviour:
    avg_days_late: Decimal  # amount-weighted, one decimal
    broken_promises: int
    category: str  # RELIABLE, SLOW or AT_RISK
    invoice_count: int = 0  # invoices counted in the average (0: no history in the window)


def payment_behaviour(paid_invoices, broken_promises, today, window_days=BEHAVIOUR_WINDOW_DAYS):
    """How a customer pays: ``paid_invoices`` are (due_date, paid_date, amount) tuples.

    Counts invoices paid in the window (today - window_days <= paid_date <= today) with a
    positive amount; an early payment counts as 0 days late. Without any counted invoice the
    average is 0.0 and only broken promises decide.
    """
    start = today - timedelta(days=window_days)
    weighted = total = ZERO
    count = 0
    for due_date, paid_date, amount in paid_invoices:
        amount = to_decimal(amount)
        if amount <= 0 or not start <= paid_date <= today:
            continue
        weighted += amount * max((paid_date - due_date).days, 0)
        total += amount
        count += 1
    return behaviour_from_totals(weighted, total, count, broken_promises)


def behaviour_from_totals(weighted_days_late, amount_paid, invoice_count, broken_promises):
    """``payment_behaviour`` from its sums, as a database can add them up per customer.

    ``weighted_days_late`` is the sum of amount x days late (an early payment: 0) over the
    invoices paid in the window, ``amount_paid`` the sum of their amounts, ``invoice_count``
    how many they are.

    >>> behaviour_from_totals(Decimal("10000") * 12 + Decimal("5000") * 3, "15000", 2, 0)
    Behaviour(avg_days_late=Decimal('9.0'), broken_promises=0, category='slow', invoice_count=2)
    """
    weighted = to_decimal(weighted_days_late)
    total = to_decimal(amount_paid)
    average = weighted / total if total > 0 else ZERO
    average = average.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Behaviour(
        average, broken_promises, behaviour_category(average, broken_promises), invoice_count
    )


def behaviour_category(avg_days_late, broken_promises):
    """RELIABLE, SLOW or AT_RISK from the average days late (one decimal) and broken promises.

    >>> behaviour_category(Decimal("5.0"), 0), behaviour_category(Decimal("5.1"), 0)
    ('reliable', 'slow')
    >>> behaviour_category(Decimal("30.1"), 0), behaviour_category(Decimal("0"), 2)
    ('at_risk', 'at_risk')
    """
    if avg_days_late > AT_RISK_AVG_DAYS_LATE or broken_promises >= AT_RISK_BROKEN_PROMISES:
        return AT_RISK
    if avg_days_late <= RELIABLE_MAX_AVG_DAYS_LATE and broken_promises == 0:
        return RELIABLE
    return SLOW


def customer_rating(weighted_days_late, amount_paid, invoice_count, broken_promises):
    """The rating a customer is given in the window, or None when there is nothing to rate.

    A customer with no invoice paid and no promise broken in the window has no rating, like a
    new customer: a payment history that left the window no longer rates it.
    """
    if not invoice_count and not broken_promises:
        return None
    return behaviour_from_totals(weighted_days_late, amount_paid, invoice_count, broken_promises)
