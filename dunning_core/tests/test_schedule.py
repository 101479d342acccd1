from datetime import date
from decimal import Decimal

import pytest

from dunning_core.schedule import (
    KIND_DOWN_PAYMENT,
    KIND_INSTALMENT,
    MONTHLY,
    WEEKLY,
    Instalment,
    ScheduleError,
    add_interest,
    add_months,
    build_schedule,
    down_payment_from_percent,
    validate_schedule,
)

D = Decimal


def amounts(schedule):
    return [line.amount for line in schedule]


def dates(schedule):
    return [line.due_date for line in schedule]


def test_weekly_with_down_payment_remainder_on_last():
    plan = build_schedule(D("1000.00"), D("200.00"), date(2026, 3, 2), 3, date(2026, 3, 9), WEEKLY)
    # 1000.00 - 200.00 = 800.00; 800.00 / 3 = 266.666.. -> 266.66 (down);
    # last = 800.00 - 2 x 266.66 = 266.68
    assert amounts(plan) == [D("200.00"), D("266.66"), D("266.66"), D("266.68")]
    assert [line.sequence for line in plan] == [0, 1, 2, 3]
    assert [line.kind for line in plan] == [KIND_DOWN_PAYMENT] + [KIND_INSTALMENT] * 3
    # weekly: 9 Mar + 7 = 16 Mar, + 7 = 23 Mar
    assert dates(plan) == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)]
    assert sum(amounts(plan)) == D("1000.00")


def test_monthly_without_down_payment_rounds_down_not_half_up():
    plan = build_schedule(D("100.00"), D("0"), None, 6, date(2026, 1, 15), MONTHLY)
    # 100.00 / 6 = 16.666.. -> 16.66 (half up would give 16.67); last = 100.00 - 5 x 16.66 = 16.70
    assert amounts(plan) == [D("16.66")] * 5 + [D("16.70")]
    assert plan[0].sequence == 1  # no down payment line when it is zero
    assert dates(plan)[:3] == [date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15)]


def test_even_split_has_no_remainder():
    plan = build_schedule(D("900.00"), D("0.00"), None, 3, date(2026, 1, 1), MONTHLY)
    assert amounts(plan) == [D("300.00")] * 3


def test_zero_decimal_currency():
    plan = build_schedule(D("1000"), D("0"), None, 3, date(2026, 1, 1), MONTHLY, digits=0)
    # 1000 / 3 = 333.3 -> 333 each, last 1000 - 666 = 334
    assert amounts(plan) == [D("333"), D("333"), D("334")]


def test_month_end_clamping_keeps_the_original_day():
    plan = build_schedule(D("400.00"), D("0"), None, 4, date(2024, 1, 31), MONTHLY)
    # 2024 is a leap year: Feb 29, then back to the 31st in March, Apr has 30 days.
    assert dates(plan) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
    ]
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 1, 31), 2) == date(2025, 3, 31)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)  # across the year end


def test_down_payment_from_percent():
    assert down_payment_from_percent(D("1000.00"), D("20")) == D("200.00")
    # 333.33 x 15 % = 49.9995 -> 50.00 (half up)
    assert down_payment_from_percent(D("333.33"), D("15")) == D("50.00")
    with pytest.raises(ScheduleError, match="percent"):
        down_payment_from_percent(D("100"), D("101"))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"down_payment": D("1200.00")}, "down_payment"),
        ({"down_payment": D("-1.00")}, "down_payment"),
        ({"count": 0}, "count"),
        ({"count": -2}, "count"),
        ({"frequency": "daily"}, "frequency"),
        ({"down_payment_date": date(2026, 3, 9)}, "down_payment_date"),  # same day as first
        ({"total": D("10.005")}, "total"),
        ({"count": 100001}, "count"),  # 800.00 / 100001 rounds down to 0.00
    ],
)
def test_build_schedule_refuses(kwargs, field):
    args = {
        "total": D("1000.00"),
        "down_payment": D("200.00"),
        "down_payment_date": date(2026, 3, 2),
        "count": 3,
        "first_date": date(2026, 3, 9),
        "frequency": WEEKLY,
    }
    args.update(kwargs)
    with pytest.raises(ScheduleError) as error:
        build_schedule(**args)
    assert error.value.field == field
    assert field in str(error.value)


TODAY = date(2026, 3, 1)


def plan_lines():
    return [
        Instalment(0, date(2026, 3, 2), D("200.00"), KIND_DOWN_PAYMENT),
        Instalment(1, date(2026, 4, 2), D("400.00")),
        Instalment(2, date(2026, 5, 2), D("400.00")),
    ]


def test_validate_accepts_a_built_schedule_and_a_good_plan():
    validate_schedule(D("1000.00"), plan_lines(), TODAY)
    built = build_schedule(D("1000.00"), D("200.00"), TODAY, 3, date(2026, 4, 1), MONTHLY)
    validate_schedule(D("1000.00"), built, TODAY)


def test_validate_says_by_how_much_the_sum_is_off():
    lines = plan_lines()
    lines[2] = Instalment(2, date(2026, 5, 2), D("399.99"))
    with pytest.raises(ScheduleError, match=r"999\.99, 0\.01 less than the total 1000\.00"):
        validate_schedule(D("1000.00"), lines, TODAY)
    lines[2] = Instalment(2, date(2026, 5, 2), D("400.50"))
    with pytest.raises(ScheduleError, match=r"0\.50 more than"):
        validate_schedule(D("1000.00"), lines, TODAY)


def test_validate_refuses_past_date_naming_it():
    lines = plan_lines()
    lines[0] = Instalment(0, date(2026, 2, 28), D("200.00"), KIND_DOWN_PAYMENT)
    with pytest.raises(ScheduleError, match="due_date of instalment 0 .2026-02-28. is before") as e:
        validate_schedule(D("1000.00"), lines, TODAY)
    assert e.value.field == "due_date"
    # today itself is allowed
    lines[0] = Instalment(0, TODAY, D("200.00"), KIND_DOWN_PAYMENT)
    validate_schedule(D("1000.00"), lines, TODAY)


def test_validate_refuses_dates_not_increasing():
    lines = plan_lines()
    lines[2] = Instalment(2, date(2026, 4, 2), D("400.00"))  # same day as instalment 1
    with pytest.raises(ScheduleError, match="instalment 2 .* is not after instalment 1"):
        validate_schedule(D("1000.00"), lines, TODAY)


def test_validate_refuses_down_payment_above_total():
    lines = [
        Instalment(0, date(2026, 3, 2), D("1200.00"), KIND_DOWN_PAYMENT),
        Instalment(1, date(2026, 4, 2), D("-200.00")),
    ]
    # the negative amount is reported first: it is what makes the sum look right
    with pytest.raises(ScheduleError, match="amount of instalment 1 is negative"):
        validate_schedule(D("1000.00"), lines, TODAY)
    lines = [
        Instalment(0, date(2026, 3, 2), D("1200.00"), KIND_DOWN_PAYMENT),
        Instalment(1, date(2026, 4, 2), D("100.00")),
    ]
    with pytest.raises(ScheduleError, match="down_payment 1200.00 is above the total") as e:
        validate_schedule(D("1000.00"), lines, TODAY)
    assert e.value.field == "down_payment"


def test_validate_refuses_no_instalment():
    with pytest.raises(ScheduleError, match="count") as e:
        validate_schedule(D("200.00"), [plan_lines()[0]], TODAY)
    assert e.value.field == "count"
    with pytest.raises(ScheduleError, match="count"):
        validate_schedule(D("200.00"), [], TODAY)


def test_plan_interest_on_the_declining_balance():
    schedule = build_schedule(800, 0, None, 2, date(2026, 2, 1), "monthly")
    with_interest, total = add_interest(schedule, date(2026, 1, 1), 12)
    # 800 x 12 % x 31/365 = 8.15 (8.1534...); 400 x 12 % x 28/365 = 3.68 (3.6821...).
    assert [item.amount for item in with_interest] == [Decimal("408.15"), Decimal("403.68")]
    assert total == Decimal("11.83")
    unchanged, none = add_interest(schedule, date(2026, 1, 1), 0)
    assert [item.amount for item in unchanged] == [Decimal("400.00"), Decimal("400.00")]
    assert none == Decimal("0")
