"""Payments against a payment plan, and a payment split over costs, interest and principal.

* ``allocate``: payments, in date order, fill the down payment and the instalments in due-date
  order; an over-payment rolls forward, an under-payment leaves the instalment partly paid.
* ``plan_state``: completed, breached (an instalment still unpaid after its tolerance) or active.
* ``split_payment``: a payment split over costs, interest and principal, in the order of
  BGB § 367 Abs. 1 or principal first.

Promises to pay are ``promises``, a customer's payment habits ``behaviour``.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .money import ZERO, round_money, to_decimal
from .schedule import KIND_INSTALMENT, add_days

# Plan states and why.
PLAN_ACTIVE = "active"
PLAN_BREACHED = "breached"
PLAN_COMPLETED = "completed"
REASON_ALL_PAID = "all_paid"
REASON_OVERDUE = "instalment_overdue"  # unpaid after due date + tolerance
REASON_ON_SCHEDULE = "on_schedule"


# Payment orders of ``split_payment``.
ORDER_BGB_367 = "bgb_367"  # BGB § 367 Abs. 1: costs, then interest, then principal
ORDER_PRINCIPAL_FIRST = "principal_first"  # the default of the legal notes: principal first


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
    """Split ``payment`` over the three claims in ``order``.

    >>> split = split_payment("100.00", "5.00", "12.50", "1000.00")
    >>> split.costs, split.interest, split.principal, split.surplus
    (Decimal('5.00'), Decimal('12.50'), Decimal('82.50'), Decimal('0.00'))
    >>> split_payment("100.00", "5.00", "12.50", "1000.00", ORDER_PRINCIPAL_FIRST).principal
    Decimal('100.00')
    """
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
