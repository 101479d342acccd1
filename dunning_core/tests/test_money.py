from decimal import Decimal

from dunning_core.money import from_minor, round_money, to_decimal, to_minor


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
