from decimal import Decimal

from dunning_core.money import from_minor, percent_of, round_money, to_decimal, to_minor


def test_float_goes_through_repr():
    assert to_decimal(0.1) == Decimal("0.1")
    assert to_decimal(1234.56) == Decimal("1234.56")
    assert to_decimal(None) == Decimal("0")


def test_round_half_up_per_currency():
    assert round_money(Decimal("2.345")) == Decimal("2.35")
    assert round_money(Decimal("-2.345")) == Decimal("-2.35")
    assert round_money(Decimal("1234.5"), 0) == Decimal("1235")
    assert round_money(Decimal("1.0005"), 3) == Decimal("1.001")


def test_minor_units_round_trip():
    assert to_minor(Decimal("12.345")) == 1235
    assert from_minor(1235) == Decimal("12.35")


def test_percent_of_rounds_once_half_up():
    # Agency commission 15 % of 600 = 90.00; of 400 = 60.00 (150.00 in all, as in the Odoo test).
    assert percent_of(600, 15) == Decimal("90.00")
    assert percent_of(400.0, "15") == Decimal("60.00")
    # 2.5 % of 0.70 = 0.0175 -> 0.02, half up.
    assert percent_of(0.70, 2.5) == Decimal("0.02")
    # 100 % of 1.005 is 1.01; float rounding gives round(1.005, 2) == 1.0 (binary 1.00499...).
    assert percent_of(1.005, 100) == Decimal("1.01")
    assert percent_of(1001, "12.5", digits=0) == Decimal("125")
