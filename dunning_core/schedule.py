"""Payment plan schedules: a down payment and equal instalments, weekly or monthly.

The remainder after the down payment is split into ``count`` equal amounts rounded DOWN to the
currency unit; the cents lost by rounding are added to the LAST instalment, so the customer never
pays more early than agreed and the plan always adds up to the total exactly.
"""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from itertools import pairwise

from .money import HUNDRED, ZERO, quantum, round_money, to_decimal

KIND_DOWN_PAYMENT = "down_payment"
KIND_INSTALMENT = "instalment"

WEEKLY = "weekly"
MONTHLY = "monthly"
FREQUENCIES = (WEEKLY, MONTHLY)


class ScheduleError(ValueError):
    """A plan that cannot be built or accepted.

    ``field`` names the offending input, ``code`` the problem and ``params`` its figures, so the
    add-on can say it in the user's language; the English message is for logs and tests.
    """

    def __init__(self, message, field=None, code=None, **params):
        super().__init__(message)
        self.field = field
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Instalment:
    sequence: int  # 0 is the down payment when there is one; instalments count from 1
    due_date: date
    amount: Decimal
    kind: str = KIND_INSTALMENT  # KIND_DOWN_PAYMENT or KIND_INSTALMENT


def add_days(day, days):
    """``day`` + ``days``, clamped to the calendar's bounds instead of raising OverflowError.

    A promise dated 9999-12-31 with a few days of grace, or a huge tolerance, must not crash
    the daily follow-up for every customer: the deadline simply never comes.
    """
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def add_months(start, months):
    """``start`` moved by ``months`` calendar months, clamped to the end of the target month.

    Always counted from the original date, so the day of month comes back when it can:
    Jan 31 -> Feb 28 (29 in a leap year) -> Mar 31 -> Apr 30.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def instalment_dates(first_date, count, frequency):
    """The ``count`` due dates of a plan starting on ``first_date``."""
    if frequency == WEEKLY:
        return tuple(first_date + timedelta(weeks=i) for i in range(count))
    if frequency == MONTHLY:
        return tuple(add_months(first_date, i) for i in range(count))
    raise ScheduleError(
        f"frequency must be one of {', '.join(FREQUENCIES)}, got {frequency!r}.",
        "frequency",
        "frequency_unknown",
    )


def _money(value, digits, field):
    amount = to_decimal(value)
    if round_money(amount, digits) != amount:
        raise ScheduleError(
            f"{field} {amount} has more than {digits} decimals.",
            field,
            "too_many_decimals",
            amount=amount,
            digits=digits,
        )
    return round_money(amount, digits)


def down_payment_from_percent(total, percent, digits=2):
    """Down payment of ``percent`` % of ``total``, rounded half up to the currency."""
    percent = to_decimal(percent)
    if not ZERO <= percent <= HUNDRED:
        raise ScheduleError(
            f"percent must be between 0 and 100, got {percent}.",
            "percent",
            "percent_out_of_range",
            percent=percent,
        )
    return round_money(to_decimal(total) * percent / HUNDRED, digits)


def build_schedule(total, down_payment, down_payment_date, count, first_date, frequency, digits=2):
    """The instalments of a plan, down payment (sequence 0, when above zero) first.

    ``total - down_payment`` is split in ``count`` amounts rounded down to the currency unit, the
    rounding remainder going to the last one: 800.00 in 3 -> 266.66, 266.66, 266.68.
    """
    total = _money(total, digits, "total")
    down_payment = _money(down_payment, digits, "down_payment")
    if total <= 0:
        raise ScheduleError(
            f"total must be positive, got {total}.", "total", "total_not_positive", total=total
        )
    if down_payment < 0:
        raise ScheduleError(
            f"down_payment must not be negative, got {down_payment}.",
            "down_payment",
            "down_payment_negative",
            down_payment=down_payment,
        )
    if down_payment > total:
        raise ScheduleError(
            f"down_payment {down_payment} is above the total {total}.",
            "down_payment",
            "down_payment_above_total",
            down_payment=down_payment,
            total=total,
        )
    if not isinstance(count, int) or count <= 0:
        raise ScheduleError(
            f"count must be a positive whole number, got {count!r}.",
            "count",
            "count_not_positive",
            count=count,
        )
    remainder = total - down_payment
    if remainder == 0:
        raise ScheduleError(
            "down_payment equals the total: nothing is left to split into instalments.",
            "down_payment",
            "down_payment_equals_total",
        )
    unit = quantum(digits)
    base = (remainder / count).quantize(unit, rounding=ROUND_DOWN)
    if base <= 0:
        raise ScheduleError(
            f"count {count} is too high: {remainder} cannot be split into instalments of at least "
            f"{unit}.",
            "count",
            "count_too_high",
            count=count,
            remainder=remainder,
        )
    last = remainder - base * (count - 1)
    dates = instalment_dates(first_date, count, frequency)

    schedule = []
    if down_payment > 0:
        if down_payment_date is None:
            raise ScheduleError(
                "down_payment_date is required with a down payment.",
                "down_payment_date",
                "down_payment_date_missing",
            )
        if down_payment_date >= first_date:
            raise ScheduleError(
                f"down_payment_date {down_payment_date} must be before the first instalment "
                f"({first_date}).",
                "down_payment_date",
                "down_payment_date_late",
                down_payment_date=down_payment_date,
                first_date=first_date,
            )
        schedule.append(Instalment(0, down_payment_date, down_payment, KIND_DOWN_PAYMENT))
    for index, due in enumerate(dates, start=1):
        amount = last if index == count else base
        schedule.append(Instalment(index, due, amount, KIND_INSTALMENT))
    return tuple(schedule)


def validate_schedule(total, instalments, today, digits=2):
    """Raise ``ScheduleError`` naming the first problem of a (possibly hand-edited) plan.

    Checks: at least one instalment, at most one down payment and it comes first, no amount
    below or equal to zero, down payment not above the total, the amounts add up to the total,
    no due date before ``today``, due dates strictly increasing in sequence order.
    """
    total = round_money(total, digits)
    if total <= 0:
        raise ScheduleError(
            f"total must be positive, got {total}.", "total", "total_not_positive", total=total
        )
    ordered = sorted(instalments, key=lambda line: line.sequence)
    regular = [line for line in ordered if line.kind == KIND_INSTALMENT]
    downs = [line for line in ordered if line.kind == KIND_DOWN_PAYMENT]
    if not regular:
        raise ScheduleError(
            "count must be positive: the plan has no instalment.", "count", "no_instalment"
        )
    if len(downs) > 1:
        raise ScheduleError(
            "down_payment: a plan has at most one down payment.",
            "down_payment",
            "down_payment_twice",
        )
    if downs and ordered[0] is not downs[0]:
        raise ScheduleError(
            "down_payment must come before every instalment.",
            "down_payment",
            "down_payment_not_first",
        )
    for line in ordered:
        if line.amount < 0:
            raise ScheduleError(
                f"amount of instalment {line.sequence} is negative ({line.amount}).",
                "amount",
                "instalment_negative",
                sequence=line.sequence,
                amount=line.amount,
            )
        if line.amount == 0:
            raise ScheduleError(
                f"amount of instalment {line.sequence} is zero.",
                "amount",
                "instalment_zero",
                sequence=line.sequence,
            )
    if downs and downs[0].amount > total:
        raise ScheduleError(
            f"down_payment {downs[0].amount} is above the total {total}.",
            "down_payment",
            "down_payment_above_total",
            down_payment=downs[0].amount,
            total=total,
        )
    planned = sum((line.amount for line in ordered), ZERO)
    if planned != total:
        gap = abs(total - planned)
        side = "less" if planned < total else "more"
        raise ScheduleError(
            f"amount: the instalments add up to {planned}, {gap} {side} than the total {total}.",
            "amount",
            "instalments_sum_differs",
            planned=planned,
            total=total,
        )
    for line in ordered:
        if line.due_date < today:
            raise ScheduleError(
                f"due_date of instalment {line.sequence} ({line.due_date}) is before today "
                f"({today}).",
                "due_date",
                "due_date_past",
                sequence=line.sequence,
                due_date=line.due_date,
            )
    for previous, line in pairwise(ordered):
        if line.due_date <= previous.due_date:
            raise ScheduleError(
                f"due_date of instalment {line.sequence} ({line.due_date}) is not after "
                f"instalment {previous.sequence} ({previous.due_date}).",
                "due_date",
                "due_dates_not_increasing",
                sequence=line.sequence,
                previous=previous.sequence,
            )


def add_interest(schedule, start_date, annual_rate, digits=2):
    """The schedule with interest of the plan added to each payment.

    Simple interest, actual/365, on the balance still owed: each payment carries the interest of
    the principal outstanding since the previous due date (``start_date`` for the first), rounded
    to the currency with the payment it is paid with. 800 in two monthly parts at 12 % from
    1 Jan: due 1 Feb 800 x 12 % x 31/365 = 8.15; due 1 Mar 400 x 12 % x 28/365 = 3.68.
    Returns (instalments, total interest).
    """
    rate = to_decimal(annual_rate)
    if rate < 0:
        raise ScheduleError(
            f"interest rate must not be negative, got {rate}.",
            "interest_rate",
            "interest_rate_negative",
        )
    ordered = sorted(schedule, key=lambda item: (item.due_date, item.sequence))
    balance = sum((item.amount for item in ordered), ZERO)
    previous = start_date
    result, total = [], ZERO
    for item in ordered:
        days = max((item.due_date - previous).days, 0)
        interest = round_money(balance * rate * days / (HUNDRED * 365), digits)
        result.append(Instalment(item.sequence, item.due_date, item.amount + interest, item.kind))
        total += interest
        balance -= item.amount
        previous = item.due_date
    return tuple(result), total


# ---------------------------------------------------------------------------------------------
# Consumer credit: acceleration only under BGB § 498
# ---------------------------------------------------------------------------------------------
# A plan with interest granted to a consumer is a paid deferral of payment (entgeltlicher
# Zahlungsaufschub, BGB § 506 Abs. 1), to which § 498 applies: the creditor may call in the whole
# remaining debt only when (1) the debtor is in arrears with at least two consecutive payments in
# full or in part, (2) the arrears reach 10 % of the nominal amount (5 % when the plan runs over
# three years), and (3) a two-week deadline to pay the arrears, stating that the whole remaining
# debt falls due otherwise, has run out unpaid (§ 498 Abs. 1 S. 1 Nr. 1-2).
CONSUMER_OK = "ok"  # nothing may be called in
CONSUMER_NOTICE = "notice"  # (1) and (2) hold: give the two-week notice now
CONSUMER_WAIT = "wait"  # notice given, its two weeks have not run out
CONSUMER_ACCELERATE = "accelerate"  # (1)-(3) hold: the whole remaining amount falls due
CONSUMER_NOTICE_DAYS = 14  # § 498 Abs. 1 S. 1 Nr. 2 ("zwei Wochen")


@dataclass(frozen=True)
class ConsumerDefault:
    state: str  # CONSUMER_*
    arrears: Decimal  # what is due and unpaid today
    threshold: Decimal  # 10 % (5 %) of the plan's total


def consumer_default(statuses, today, notice_date=None, notice_days=CONSUMER_NOTICE_DAYS):
    """Where a consumer credit plan stands under BGB § 498 on ``today``.

    ``statuses`` are the instalments with ``due_date``, ``amount`` and ``residual`` (as
    ``allocation.allocate`` returns them); ``notice_date`` the day the two-week notice was sent.

    >>> from types import SimpleNamespace as S
    >>> plan = [S(due_date=date(2026, m, 1), amount=Decimal("100"), residual=Decimal("100"))
    ...         for m in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]
    >>> consumer_default(plan, date(2026, 1, 20)).state   # one payment in arrears
    'ok'
    >>> consumer_default(plan, date(2026, 2, 2))           # two, 200 >= 10 % of 1,000
    ConsumerDefault(state='notice', arrears=Decimal('200'), threshold=Decimal('100.00'))
    >>> consumer_default(plan, date(2026, 2, 15), notice_date=date(2026, 2, 2)).state
    'wait'
    >>> consumer_default(plan, date(2026, 2, 17), notice_date=date(2026, 2, 2)).state
    'accelerate'
    """
    ordered = sorted(statuses, key=lambda status: status.due_date)
    if not ordered:
        return ConsumerDefault(CONSUMER_OK, ZERO, ZERO)
    total = sum((to_decimal(status.amount) for status in ordered), ZERO)
    over_three_years = ordered[-1].due_date > add_months(ordered[0].due_date, 36)
    share = Decimal("0.05") if over_three_years else Decimal("0.10")
    threshold = (total * share).quantize(Decimal("0.01"))
    overdue = [status for status in ordered if status.due_date < today]
    arrears = sum((to_decimal(status.residual) for status in overdue), ZERO)
    consecutive = any(
        to_decimal(first.residual) > 0 and to_decimal(second.residual) > 0
        for first, second in pairwise(overdue)
    )
    if not consecutive or arrears < threshold:
        return ConsumerDefault(CONSUMER_OK, arrears, threshold)
    if not notice_date:
        return ConsumerDefault(CONSUMER_NOTICE, arrears, threshold)
    if today <= notice_date + timedelta(days=notice_days):
        return ConsumerDefault(CONSUMER_WAIT, arrears, threshold)
    return ConsumerDefault(CONSUMER_ACCELERATE, arrears, threshold)
