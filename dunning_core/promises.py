"""Promises to pay: open, kept or broken.

A customer promises an amount by a date, with a few days of grace; ``promise_state`` decides on
the amount paid towards it and the date of the latest such payment.
"""

from dataclasses import dataclass

from .money import to_decimal
from .schedule import add_days

# Promise states.
PROMISE_OPEN = "open"
PROMISE_KEPT = "kept"
PROMISE_BROKEN = "broken"


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

    >>> from datetime import date
    >>> promised = date(2026, 3, 10)
    >>> promise_state("500.00", promised, 3, "500.00", date(2026, 3, 12), date(2026, 3, 20))
    PromiseCheck(state='kept', on_time=False)
    >>> promise_state("500.00", promised, 3, "200.00", date(2026, 3, 9), date(2026, 3, 13))
    PromiseCheck(state='open', on_time=None)
    >>> promise_state("500.00", promised, 3, "200.00", date(2026, 3, 9), date(2026, 3, 14))
    PromiseCheck(state='broken', on_time=False)
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
