"""BGB § 498: a consumer credit plan is called in only after two consecutive payments in
arrears, 10 % (5 % over three years) of the total, and a two-week notice that ran out."""

import doctest
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

from dunning_core import schedule
from dunning_core.schedule import (
    CONSUMER_ACCELERATE,
    CONSUMER_NOTICE,
    CONSUMER_OK,
    CONSUMER_WAIT,
    add_months,
    consumer_default,
)

D = Decimal


def plan(count, amount, paid=(), start=date(2026, 1, 1)):
    """``count`` monthly instalments of ``amount``; ``paid``: sequence -> amount paid."""
    paid = dict(paid)
    return [
        SimpleNamespace(
            due_date=add_months(start, index),
            amount=D(amount),
            residual=D(amount) - D(paid.get(index, 0)),
        )
        for index in range(count)
    ]


def test_doctests():
    failed, attempted = doctest.testmod(schedule)
    assert attempted >= 4 and failed == 0


def test_one_payment_late_never_calls_in_the_plan():
    lines = plan(10, "100", paid={1: "100", 2: "100"})  # January unpaid, Feb and March paid
    assert consumer_default(lines, date(2026, 4, 1)).state == CONSUMER_OK


def test_two_consecutive_but_below_ten_percent():
    # 20 payments of 100 = 2,000; 10 % = 200: two payments with 60 unpaid each are 120 short.
    lines = plan(20, "100", paid={0: "40", 1: "40"})
    check = consumer_default(lines, date(2026, 2, 2))
    assert (check.state, check.arrears, check.threshold) == (CONSUMER_OK, D("120"), D("200.00"))


def test_two_consecutive_at_ten_percent_need_the_notice_then_two_weeks():
    lines = plan(20, "100")
    assert consumer_default(lines, date(2026, 2, 2)).state == CONSUMER_NOTICE
    notice = date(2026, 2, 3)
    assert consumer_default(lines, date(2026, 2, 17), notice).state == CONSUMER_WAIT
    assert consumer_default(lines, date(2026, 2, 18), notice).state == CONSUMER_ACCELERATE


def test_over_three_years_five_percent():
    # 40 monthly payments of 100 (over three years): 5 % of 4,000 = 200.
    lines = plan(40, "100")
    check = consumer_default(lines, date(2026, 2, 2))
    assert (check.state, check.threshold) == (CONSUMER_NOTICE, D("200.00"))
    lines = plan(40, "100", paid={0: "50", 1: "60"})  # 90 in arrears < 200
    assert consumer_default(lines, date(2026, 2, 2)).state == CONSUMER_OK


def test_arrears_paid_after_the_notice_keep_the_plan():
    lines = plan(10, "100", paid={0: "100"})  # only February open now
    assert consumer_default(lines, date(2026, 3, 1), date(2026, 2, 3)).state == CONSUMER_OK
