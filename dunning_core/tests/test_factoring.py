from decimal import Decimal

import pytest

from dunning_core.factoring import sale_figures


def test_worked_example_of_the_issue():
    # 4,000 sold at a 2.5 % fee with an 85 % advance: fee 100.00, owed by the factor 3,900.00,
    # advance 3,400.00, final settlement 500.00.
    sale = sale_figures([Decimal("2500"), Decimal("1500")], "2.5", "85")
    assert (sale.total, sale.fee, sale.factor_receivable) == (
        Decimal("4000.00"),
        Decimal("100.00"),
        Decimal("3900.00"),
    )
    assert (sale.advance, sale.final_settlement) == (Decimal("3400.00"), Decimal("500.00"))


def test_rounded_once_and_balanced_to_the_cent():
    # 333.33 + 333.33 + 333.34 = 1,000.00; fee 1.75 % = 17.50; advance 80 % = 800.00.
    sale = sale_figures([333.33, 333.33, 333.34], 1.75, 80)
    assert sale.total == Decimal("1000.00")
    assert sale.fee == Decimal("17.50")
    assert sale.fee + sale.factor_receivable == sale.total
    # 0.1 + 0.2 in float is 0.30000000000000004; money here never drifts.
    assert sale_figures([0.1, 0.2], 0, 100).total == Decimal("0.30")
    # Zero-decimal currency: 10,001 JPY at 2.5 % = 250.025 -> 250.
    assert sale_figures([10001], "2.5", 80, digits=0).fee == Decimal("250")


@pytest.mark.parametrize(
    ("fee", "advance", "amounts"),
    [
        (100, 80, [100]),
        (-1, 80, [100]),
        (2, 0, [100]),
        (2, 101, [100]),
        (2, 80, [-5]),
        (30, 80, [100]),
    ],
)
def test_bad_terms_are_refused(fee, advance, amounts):
    with pytest.raises(ValueError):
        sale_figures(amounts, fee, advance)
