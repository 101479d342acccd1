"""EU fallback limits, the Norwegian standardkompensasjon table and the Russian moratorium's
scope (issue 14 points 8 and 9)."""

import doctest
from datetime import date
from decimal import Decimal as D

import pytest

from dunning_core import eu_directive
from dunning_core.compensation import (
    COMPENSATION_NOT_COVERED,
    COMPENSATION_OK,
    MissingCompensationPeriod,
    compute_compensation,
)
from dunning_core.eu_directive import (
    CONSUMER,
    DIRECTIVE_MINIMUM,
    EURO_UNCONFIRMED,
    NON_EURO,
    NOT_EU,
    OWN_RULE,
    fallback,
    non_euro_member_states,
)
from dunning_core.interest import compute_interest
from dunning_core.interest_rules import STANDARD_RULES
from dunning_core.rates import RatePeriod

ON = date(2026, 3, 2)


def test_doctests():
    failures, tried = doctest.testmod(eu_directive)
    assert tried >= 10
    assert failures == 0


# --- 1. Directive 2011/7/EU fallback ----------------------------------------------------------


@pytest.mark.parametrize("country", ["FR", "AT", "IT", "NL", "HR", "gr", "LT"])
def test_euro_area_gets_the_directive_minimum(country):
    decision = fallback(country, True, ON)
    assert decision.kind == DIRECTIVE_MINIMUM
    assert (decision.interest, decision.compensation, decision.ask_manager) == (True, True, False)
    assert "minimum statutory rate" in decision.legal_source
    assert "2011/7/EU" in decision.legal_source


@pytest.mark.parametrize("country", ["DK", "PL", "CZ", "HU", "RO", "SE"])
def test_non_euro_member_gets_nothing_presented_as_law(country):
    decision = fallback(country, True, ON)
    assert decision.kind == NON_EURO
    assert (decision.interest, decision.compensation, decision.ask_manager) == (
        False,
        False,
        True,
    )
    assert decision.legal_source == ""


def test_bulgaria_euro_adoption_unconfirmed():
    # Not in the researched legal notes: no ECB rate, no 40 EUR; a manager decides.
    assert fallback("BG", True, date(2025, 12, 31)).kind == NON_EURO
    decision = fallback("BG", True, date(2026, 1, 1))
    assert decision.kind == EURO_UNCONFIRMED
    assert (decision.interest, decision.compensation, decision.ask_manager) == (
        False,
        False,
        True,
    )


def test_membership_by_date_and_the_current_non_euro_list():
    assert fallback("HR", True, date(2022, 12, 31)).kind == NON_EURO
    assert fallback("HR", True, date(2023, 1, 1)).kind == DIRECTIVE_MINIMUM
    assert sorted(non_euro_member_states(ON)) == ["BG", "CZ", "DK", "HU", "PL", "RO", "SE"]
    assert "HR" in non_euro_member_states(date(2022, 6, 1))


def test_own_rule_consumer_and_outside_the_eu():
    assert fallback("DE", True, ON, own_rule_countries=("de", "SE")).kind == OWN_RULE
    assert fallback("SE", True, ON, own_rule_countries=("SE",)).kind == OWN_RULE
    assert fallback("FR", False, ON).kind == CONSUMER
    for country in ("NO", "GB", "RU", "CH", "", None):
        assert fallback(country, True, ON).kind == NOT_EU


def test_compensation_euro_area_only():
    france = compute_compensation("FR", True, D("1000"), "EUR", ON)
    assert (france.amount, france.currency, france.reason) == (D("40.00"), "EUR", COMPENSATION_OK)
    assert france.legal_source == "Directive 2011/7/EU art. 6"
    # Denmark (DKK): no 40 EUR presented as Danish law.
    denmark = compute_compensation("DK", True, D("1000"), "DKK", ON)
    assert (denmark.amount, denmark.reason) == (D("0.00"), COMPENSATION_NOT_COVERED)
    bulgaria = compute_compensation("BG", True, D("1000"), "EUR", ON)
    assert bulgaria.reason == COMPENSATION_NOT_COVERED
    # Croatia: from its euro adoption on.
    assert compute_compensation("HR", True, D("1000"), "EUR", date(2022, 12, 31)).reason == (
        COMPENSATION_NOT_COVERED
    )
    assert compute_compensation("HR", True, D("1000"), "EUR", date(2023, 1, 2)).amount == D("40.00")


def test_directive_minimum_interest_france_exact():
    # 10,000 EUR due 2025-05-31, letter 2025-08-10, ECB MRO 2025-01-01 3.15, 2025-07-01 2.15
    # (reference-rates.csv eu_ecb_mro_halfyear), + 8 pp, actual/365:
    #   01.06.-30.06.: 30 days at 11.15 %: 10000 x 0.1115 x 30 / 365 = 33450 / 365 = 91.643836
    #   01.07.-10.08.: 41 days at 10.15 %: 10000 x 0.1015 x 41 / 365 = 41615 / 365 = 114.013699
    #   total = 75065 / 365 = 205.657534... -> 205.66
    assert fallback("FR", True, date(2025, 8, 10)).interest
    rates = (
        RatePeriod(date(2025, 1, 1), D("3.15"), "ECB 2025-01-01", valid_to=date(2025, 6, 30)),
        RatePeriod(date(2025, 7, 1), D("2.15"), "ECB 2025-07-01", valid_to=date(2025, 12, 31)),
    )
    result = compute_interest(
        D("10000.00"), date(2025, 5, 31), date(2025, 8, 10), STANDARD_RULES["eu_b2b"], rates
    )
    assert [(s.days, s.rate) for s in result.segments] == [(30, D("11.15")), (41, D("10.15"))]
    assert result.total == D("205.66")


# --- 2. Norwegian standardkompensasjon, half-years from 2020-H2 -------------------------------


@pytest.mark.parametrize(
    ("on", "amount"),
    [
        (date(2020, 7, 1), "430"),
        (date(2020, 12, 31), "430"),
        (date(2021, 7, 1), "400"),
        (date(2022, 1, 1), "390"),
        (date(2022, 7, 1), "400"),
        (date(2023, 6, 30), "410"),
        (date(2025, 1, 1), "470"),
        (date(2026, 6, 30), "460"),
    ],
)
def test_norway_sourced_half_years_wait_for_confirmation(on, amount):
    """Sourced below "statute/official": shipped with their source, used once confirmed."""
    with pytest.raises(MissingCompensationPeriod) as error:
        compute_compensation("NO", True, D("10000"), "NOK", on)
    assert error.value.unconfirmed is True
    assert error.value.needed_from.day == 1 and error.value.needed_from.month in (1, 7)
    row = next(row for row in eu_compensation_rows("NO") if row.covers(on))
    assert row.amount == D(amount)
    assert "[" in row.legal_source  # where it was published and its confidence


def eu_compensation_rows(country):
    from dunning_core.compensation import COMPENSATIONS

    return [row for row in COMPENSATIONS if row.country == country]


@pytest.mark.parametrize(
    ("on", "needed_from"),
    [
        (date(2021, 3, 1), date(2021, 1, 1)),
        (date(2023, 9, 30), date(2023, 7, 1)),
        (date(2024, 7, 1), date(2024, 7, 1)),
        (date(2025, 12, 31), date(2025, 7, 1)),
        (date(2026, 7, 1), date(2026, 7, 1)),
    ],
)
def test_norway_unsourced_half_years_are_missing(on, needed_from):
    with pytest.raises(MissingCompensationPeriod) as error:
        compute_compensation("NO", True, D("10000"), "NOK", on)
    assert error.value.unconfirmed is False
    assert error.value.needed_from == needed_from
    assert needed_from.isoformat() in str(error.value)


def test_norway_confirmed_half_year_claims():
    assert compute_compensation("NO", True, D("10000"), "NOK", date(2024, 6, 30)).amount == D(
        "470.00"
    )


# --- 3. Russian moratorium: obligations that arose before 2022-04-01 only ---------------------

RU_2022 = (
    RatePeriod(date(2022, 2, 28), D("20.00"), "ЦБ РФ 2022-02-28"),
    RatePeriod(date(2022, 4, 11), D("17.00"), "ЦБ РФ 2022-04-11"),
    RatePeriod(date(2022, 5, 4), D("14.00"), "ЦБ РФ 2022-05-04"),
    RatePeriod(date(2022, 5, 27), D("11.00"), "ЦБ РФ 2022-05-27"),
    RatePeriod(date(2022, 6, 14), D("9.50"), "ЦБ РФ 2022-06-14"),
    RatePeriod(date(2022, 7, 25), D("8.00"), "ЦБ РФ 2022-07-25"),
    RatePeriod(date(2022, 9, 19), D("7.50"), "ЦБ РФ 2022-09-19"),
)


def test_ru_debt_due_before_the_moratorium_accrues_nothing_inside_it():
    result = compute_interest(
        D("50000.00"), date(2022, 3, 31), date(2022, 10, 20), STANDARD_RULES["ru_395"], RU_2022
    )
    # 01.04.-01.10.2022 spared (Постановление № 497); 02.10.-20.10.: 19 days at 7.50 %:
    #   50000 x 0.075 x 19 / 365 = 71250 / 365 = 195.205479 -> 195.21
    assert [(s.date_from, s.days) for s in result.segments] == [(date(2022, 10, 2), 19)]
    assert result.total == D("195.21")


def test_ru_current_payment_due_during_the_moratorium_accrues():
    # Due 2022-04-01: arose when the moratorium was in force, a "текущий платёж" (Пленум ВС РФ
    # № 44 п. 7): interest from 02.04.2022, key-rate changes included, actual/365 (2022):
    #   02.04.-10.04.   9 days x 20 %   : 50000 x 0.20  x  9 =  90000
    #   11.04.-03.05.  23 days x 17 %   : 50000 x 0.17  x 23 = 195500
    #   04.05.-26.05.  23 days x 14 %   : 50000 x 0.14  x 23 = 161000
    #   27.05.-13.06.  18 days x 11 %   : 50000 x 0.11  x 18 =  99000
    #   14.06.-24.07.  41 days x 9.50 % : 50000 x 0.095 x 41 = 194750
    #   25.07.-18.09.  56 days x 8 %    : 50000 x 0.08  x 56 = 224000
    #   19.09.-20.10.  32 days x 7.50 % : 50000 x 0.075 x 32 = 120000
    #   total 1084250 / 365 = 2970.547945... -> 2970.55 (per-line rounding would give 2970.56)
    result = compute_interest(
        D("50000.00"), date(2022, 4, 1), date(2022, 10, 20), STANDARD_RULES["ru_395"], RU_2022
    )
    assert [s.days for s in result.segments] == [9, 23, 23, 18, 41, 56, 32]
    assert result.segments[0].date_from == date(2022, 4, 2)
    assert result.total == D("2970.55")
    # due during the window, later in it: same rule
    later = compute_interest(
        D("1000.00"), date(2022, 5, 1), date(2022, 6, 1), STANDARD_RULES["ru_395"], RU_2022
    )
    # 02.05.-03.05. 2 x 17 % = 340; 04.05.-26.05. 23 x 14 % = 3220; 27.05.-01.06. 6 x 11 % = 660
    # 1000 x 4220 / 100 / 365 = 4220 / 365 = 11.561643 -> 11.56
    assert [s.days for s in later.segments] == [2, 23, 6]
    assert later.total == D("11.56")


def test_ru_arose_on_overrides_the_due_date():
    # Delivered (obligation arose) 2022-03-20, due 2022-04-05: the window spares it.
    result = compute_interest(
        D("50000.00"),
        date(2022, 4, 5),
        date(2022, 10, 20),
        STANDARD_RULES["ru_395"],
        RU_2022,
        arose_on=date(2022, 3, 20),
    )
    assert result.total == D("195.21")
