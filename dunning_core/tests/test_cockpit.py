from datetime import date
from decimal import Decimal

import pytest

from dunning_core.cockpit import (
    average_days_late,
    dso,
    expected_date,
    forecast_weeks,
    kept_rate,
    risk_weight,
    week_start,
    worth,
)


def test_worth_weights_amount_by_behaviour():
    assert worth(Decimal("1000"), "reliable") == Decimal("1000.00")
    assert worth(Decimal("1000"), None) == Decimal("1500.00")
    assert worth(Decimal("333.33"), "slow") == Decimal("666.66")
    assert worth(Decimal("0.01"), "at_risk") == Decimal("0.03")
    with pytest.raises(ValueError):
        risk_weight("unknown")


def test_dso_and_days_late():
    # 1,500 owed at the end of a 31-day month that invoiced 3,000: 15.5 days.
    assert dso(Decimal("1500"), Decimal("3000"), 31) == Decimal("15.50")
    assert dso(Decimal("100"), Decimal("0"), 30) is None
    # 1,000 paid 10 days late, 3,000 paid 2 days early: (10,000 + 0) / 4,000 = 2.5 days.
    assert average_days_late([(1000, 10), (3000, -2)]) == Decimal("2.50")
    assert average_days_late([]) is None


def test_weeks_and_expected_dates():
    today = date(2026, 12, 2)  # a Wednesday
    assert week_start(today) == date(2026, 11, 30)
    weeks = forecast_weeks(today)
    assert (len(weeks), weeks[0], weeks[-1]) == (12, date(2026, 11, 30), date(2027, 2, 15))
    # Due 20 days ago, average delay 12.5 days (rounds to 13): expected today at the earliest.
    assert expected_date(date(2026, 11, 12), Decimal("12.5"), today) == today
    assert expected_date(date(2026, 11, 25), Decimal("12.5"), today) == date(2026, 12, 8)
    assert expected_date(date(2026, 11, 25), None, today) == today


def test_kept_rate():
    assert kept_rate(3, 1) == Decimal("75.00")
    assert kept_rate(1, 2) == Decimal("33.33")
    assert kept_rate(0, 0) is None
