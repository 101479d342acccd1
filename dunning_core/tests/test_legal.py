from decimal import Decimal

import pytest

from dunning_core.legal import forecast, recovery_probability


def test_probability_by_behaviour_and_age():
    assert recovery_probability("reliable", 30) == Decimal("0.90")
    assert recovery_probability("slow", 200) == Decimal("0.56")  # 0.70 x 0.8
    assert recovery_probability("at_risk", 400) == Decimal("0.24")  # 0.40 x 0.6
    assert recovery_probability(None, 10) == Decimal("0.70")


def test_forecast_worth_filing():
    # Slow payer, 10,000 claim, 1,500 costs, 200 days: p = 0.56;
    # recovery 0.56 x 11,500 = 6,440.00; net 6,440 - 1,500 = 4,940.00.
    result = forecast(10000, 1500, 200, "slow")
    assert result.expected_recovery == Decimal("6440.00")
    assert result.expected_net == Decimal("4940.00")
    assert result.worth_filing


def test_forecast_not_worth_filing():
    # At risk, 800 claim, 700 costs, 400 days: p = 0.24; 0.24 x 1,500 = 360.00; net -340.00.
    result = forecast(800, 700, 400, "at_risk")
    assert result.expected_net == Decimal("-340.00")
    assert not result.worth_filing


def test_bad_input():
    with pytest.raises(ValueError):
        forecast(0, 10, 1, "slow")
    with pytest.raises(ValueError):
        forecast(100, -1, 1, "slow")
