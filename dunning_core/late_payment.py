"""Late-payment interest on invoices that were paid, but after their due date.

The interest a debtor owes runs "until the day of payment" (räntelagen 1975:635 3 §; BGB § 286,
§ 288; forsinkelsesrenteloven § 2; ГК РФ ст. 395 п. 1 "по день уплаты"; Late Payment of
Commercial Debts (Interest) Act 1998 s.4): paying the principal late does not extinguish it.
``late_payment_claim`` computes it over the invoice's balance periods (each payment reduces the
balance from the day after it, ``interest.compute_interest``) up to the last payment, for the
days after what earlier letters or invoices already claimed, so no day is claimed twice.

Money is ``Decimal``; nothing here imports Odoo.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .interest import InterestSegment, _amount, compute_interest
from .money import ZERO, round_money, to_decimal

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class LateClaim:
    date_from: date  # first day claimed (inclusive)
    date_to: date  # last day claimed (inclusive): the day of the last payment
    interest: Decimal  # rounded once to the currency
    segments: tuple  # tuple[InterestSegment] restricted to date_from..date_to, exact amounts


def last_payment_after_due(due_date, balance_changes, today=None):
    """Day of the last payment (or credit note) after ``due_date`` and up to ``today``, or None
    when nothing was paid late."""
    days = [
        change.on
        for change in balance_changes
        if to_decimal(change.amount) < 0
        and change.on > due_date
        and (today is None or change.on <= today)
    ]
    return max(days, default=None)


def late_payment_claim(
    principal,
    due_date,
    rule,
    rates=(),
    balance_changes=(),
    claimed_until=None,
    today=None,
    digits=2,
    **kwargs,
):
    """Interest owed on ``principal`` due ``due_date`` for the days up to its last late payment.

    * ``balance_changes``: the payments and credit notes (``interest.BalanceChange``); the last
      one after the due date (and not after ``today``) ends the claim: the payment day still
      bears interest on the old balance.
    * ``claimed_until``: last day already claimed on an earlier letter or charges invoice; the
      claim covers the days after it only (total to the payment minus total to that day, each
      rounded once, as the invoicing of letters does).
    * ``kwargs``: passed to ``compute_interest`` (``contractual_rate``, ``apply_no_accrual``).

    Returns a ``LateClaim``, or None when nothing was paid late, everything was already
    claimed, or the interest is zero. Raises ``interest.MissingRatePeriod`` when a day of the
    claim has no confirmed rate (the claim then waits; never a guessed rate).
    """
    until = last_payment_after_due(due_date, balance_changes, today)
    if until is None:
        return None
    first = due_date + ONE_DAY + timedelta(days=rule.start_delay_days)
    if claimed_until is not None:
        first = max(first, claimed_until + ONE_DAY)
    if first > until:
        return None
    compute = {
        "rule": rule,
        "rates": rates,
        "balance_changes": balance_changes,
        "digits": digits,
        **kwargs,
    }
    result = compute_interest(principal, due_date, until, **compute)
    total = result.total
    if claimed_until is not None and claimed_until > due_date:
        before = compute_interest(principal, due_date, claimed_until, **compute)
        total = result.total - before.total
    if total <= ZERO:
        return None
    segments = []
    for segment in result.segments:
        if segment.date_to < first:
            continue
        start = max(segment.date_from, first)
        days = (segment.date_to - start).days + 1
        segments.append(
            InterestSegment(
                start,
                segment.date_to,
                days,
                segment.year_days,
                segment.rate,
                segment.base,
                _amount(segment.base, segment.rate, days, segment.year_days),
                segment.rate_source,
            )
        )
    return LateClaim(first, until, round_money(total, digits), tuple(segments))
