"""Payments against a payment plan, promises to pay, and how a customer usually pays.

* ``allocate``: payments, in date order, fill the down payment and the instalments in due-date
  order; an over-payment rolls forward, an under-payment leaves the instalment partly paid.
* ``plan_state``: completed, breached (an instalment still unpaid after its tolerance) or active.
* ``split_payment``: a payment split over costs, interest and principal, in the order of
  BGB § 367 Abs. 1 or principal first.
* ``promise_state`` and ``payment_behaviour``: promises kept or broken, payment habits.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .money import ZERO, round_money, to_decimal
from .schedule import KIND_INSTALMENT

# Plan states and why.
PLAN_ACTIVE = "active"
PLAN_BREACHED = "breached"
PLAN_COMPLETED = "completed"
REASON_ALL_PAID = "all_paid"
REASON_OVERDUE = "instalment_overdue"  # unpaid after due date + tolerance
REASON_ON_SCHEDULE = "on_schedule"


def add_days(day, days):
    """``day`` + ``days``, clamped to the calendar's bounds instead of raising OverflowError.

    A promise dated 9999-12-31 with a few days of grace, or a huge tolerance, must not crash
    the daily follow-up for every customer: the deadline simply never comes.
    """
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


# Promise states.
PROMISE_OPEN = "open"
PROMISE_KEPT = "kept"
PROMISE_BROKEN = "broken"

# Payment orders of ``split_payment``.
ORDER_BGB_367 = "bgb_367"  # BGB § 367 Abs. 1: costs, then interest, then principal
ORDER_PRINCIPAL_FIRST = "principal_first"  # the default of the legal notes: principal first

# Payment behaviour categories and their thresholds (days late are amount-weighted averages,
# compared after rounding to one decimal, i.e. as shown to the user).
RELIABLE = "reliable"
SLOW = "slow"
AT_RISK = "at_risk"
RELIABLE_MAX_AVG_DAYS_LATE = Decimal("5")  # reliable: average <= 5 days and no broken promise
AT_RISK_AVG_DAYS_LATE = Decimal("30")  # at risk: average > 30 days ...
AT_RISK_BROKEN_PROMISES = 2  # ... or at least 2 broken promises
BEHAVIOUR_WINDOW_DAYS = 365


# ---------------------------------------------------------------------------------------------
# Payment plans
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InstalmentStatus:
    sequence: int
    due_date: date
    amount: Decimal
    paid: Decimal
    residual: Decimal  # amount - paid, never negative
    paid_date: date | None  # the day it became fully paid, None while residual > 0
    kind: str = KIND_INSTALMENT

    @property
    def is_paid(self):
        return self.residual <= 0


def allocate(instalments, payments, digits=2):
    """Statuses of ``instalments`` after applying ``payments`` ((date, amount) pairs).

    Payments are applied in date order (same-day payments in the order given), each to the
    oldest instalment still owing, by due date then sequence; what exceeds the whole plan is
    left out of the statuses: ``unallocated`` gives it.
    """
    ordered = sorted(instalments, key=lambda line: (line.due_date, line.sequence))
    owed = [round_money(line.amount, digits) for line in ordered]
    paid = [round_money(ZERO, digits) for _line in ordered]
    paid_dates = [None] * len(ordered)
    index = 0
    for when, value in sorted(payments, key=lambda payment: payment[0]):
        left = round_money(value, digits)
        if left < 0:
            raise ValueError(f"payment of {left} on {when} is negative; reverse it instead.")
        while left > 0 and index < len(ordered):
            part = min(left, owed[index] - paid[index])
            paid[index] += part
            left -= part
            if paid[index] >= owed[index]:
                paid_dates[index] = when
                index += 1
    return tuple(
        InstalmentStatus(
            line.sequence,
            line.due_date,
            owed[i],
            paid[i],
            owed[i] - paid[i],
            paid_dates[i],
            line.kind,
        )
        for i, line in enumerate(ordered)
    )


def unallocated(statuses, payments, digits=2):
    """What ``payments`` exceed the plan by (an over-payment beyond the last instalment)."""
    received = sum((round_money(value, digits) for _when, value in payments), ZERO)
    return received - sum((status.paid for status in statuses), ZERO)


@dataclass(frozen=True)
class PlanCheck:
    state: str  # PLAN_ACTIVE, PLAN_BREACHED or PLAN_COMPLETED
    breached_instalment: InstalmentStatus | None
    reason: str  # REASON_* code


def plan_state(statuses, today, tolerance_days):
    """State of a plan on ``today``, from ``allocate``'s statuses.

    Breached when an instalment still has a residual on a day after due date + tolerance: due
    Mar 1 with 5 days tolerance is still fine on Mar 6 and breached on Mar 7.
    """
    if not statuses:
        raise ValueError("A payment plan without instalments has no state.")
    ordered = sorted(statuses, key=lambda status: (status.due_date, status.sequence))
    if all(status.is_paid for status in ordered):
        return PlanCheck(PLAN_COMPLETED, None, REASON_ALL_PAID)
    for status in ordered:
        if not status.is_paid and today > add_days(status.due_date, tolerance_days):
            return PlanCheck(PLAN_BREACHED, status, REASON_OVERDUE)
    return PlanCheck(PLAN_ACTIVE, None, REASON_ON_SCHEDULE)


# ---------------------------------------------------------------------------------------------
# Costs, interest, principal
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentSplit:
    order: str  # ORDER_BGB_367 or ORDER_PRINCIPAL_FIRST
    costs: Decimal
    interest: Decimal
    principal: Decimal
    surplus: Decimal  # what is left after all three are paid


def split_payment(payment, costs, interest, principal, order=ORDER_BGB_367):
    """Split ``payment`` over the three claims in ``order``."""
    claims = {
        "costs": to_decimal(costs),
        "interest": to_decimal(interest),
        "principal": to_decimal(principal),
    }
    if order == ORDER_BGB_367:
        # BGB § 367 Abs. 1: a payment short of the whole debt goes to costs, then interest,
        # then the principal (unless the debtor specifies otherwise and the creditor accepts,
        # Abs. 2).
        sequence = ("costs", "interest", "principal")
    elif order == ORDER_PRINCIPAL_FIRST:
        sequence = ("principal", "interest", "costs")
    else:
        raise ValueError(f"unknown payment order {order!r}.")
    left = to_decimal(payment)
    if left < 0 or any(value < 0 for value in claims.values()):
        raise ValueError("payment, costs, interest and principal must not be negative.")
    parts = {}
    for name in sequence:
        parts[name] = min(left, claims[name])
        left -= parts[name]
    return PaymentSplit(order, parts["costs"], parts["interest"], parts["principal"], left)


def allocate_costs_interest_principal(payment, costs, interest, principal):
    """BGB § 367 Abs. 1 order: costs, then interest, then principal."""
    return split_payment(payment, costs, interest, principal, ORDER_BGB_367)


def allocate_principal_first(payment, costs, interest, principal):
    """Principal first, then interest, then costs (the plain residual reduction)."""
    return split_payment(payment, costs, interest, principal, ORDER_PRINCIPAL_FIRST)


# ---------------------------------------------------------------------------------------------
# Promises to pay
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PromiseCheck:
    state: str  # PROMISE_OPEN, PROMISE_KEPT or PROMISE_BROKEN
    on_time: bool | None  # kept: paid by the promised date itself; broken: False; open: None


def promise_state(
    promised_amount, promised_date, grace_days, paid_amount, last_payment_date, today
):
    """Whether a promise to pay ``promised_amount`` by ``promised_date`` is open, kept or broken.

    ``paid_amount`` is what was paid towards the promise, ``last_payment_date`` the date of the
    latest payment counted in it. Kept when the full amount arrived by promised date + grace (on
    time when by the promised date itself); broken once that day has passed without it; open
    before.
    """
    promised_amount = to_decimal(promised_amount)
    paid_amount = to_decimal(paid_amount)
    if promised_amount <= 0:
        raise ValueError(f"promised_amount must be positive, got {promised_amount}.")
    deadline = add_days(promised_date, grace_days)
    if paid_amount >= promised_amount:
        if last_payment_date is None:
            raise ValueError("last_payment_date is required once something was paid.")
        if last_payment_date <= deadline:
            return PromiseCheck(PROMISE_KEPT, last_payment_date <= promised_date)
        return PromiseCheck(PROMISE_BROKEN, False)
    if today > deadline:
        return PromiseCheck(PROMISE_BROKEN, False)
    return PromiseCheck(PROMISE_OPEN, None)


# ---------------------------------------------------------------------------------------------
# Payment behaviour
# ---------------------------------------------------------------------------------------------


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
    """
    weighted = to_decimal(weighted_days_late)
    total = to_decimal(amount_paid)
    average = weighted / total if total > 0 else ZERO
    average = average.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Behaviour(
        average, broken_promises, behaviour_category(average, broken_promises), invoice_count
    )


def behaviour_category(avg_days_late, broken_promises):
    """RELIABLE, SLOW or AT_RISK from the average days late (one decimal) and broken promises."""
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
