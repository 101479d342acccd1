"""Whose law applies to a claim (issue 14 point 3; Rome I Regulation (EC) No 593/2008)."""

import doctest

import pytest

from dunning_core import applicable_law as module
from dunning_core.applicable_law import (
    COMPANY_COUNTRY,
    CUSTOMER_COUNTRY,
    REASON_CHOICE,
    REASON_CONSUMER,
    REASON_CUSTOMER_COUNTRY,
    REASON_SELLER,
    ApplicableLaw,
    applicable_law,
)


def test_doctests():
    failures, tried = doctest.testmod(module)
    assert tried >= 9
    assert failures == 0


def test_swedish_seller_german_business_gets_swedish_law_art_4():
    law = applicable_law("business", "DE", "SE")
    assert law == ApplicableLaw("SE", REASON_SELLER)
    assert law.article == "Rome I art. 4"


def test_choice_of_german_law_in_the_contract_art_3():
    law = applicable_law("business", "DE", "SE", contract_law="DE")
    assert law == ApplicableLaw("DE", REASON_CHOICE)
    assert law.article == "Rome I art. 3"


def test_choice_of_a_third_country():
    assert applicable_law("business", "GB", "SE", contract_law="gb") == ApplicableLaw(
        "GB", REASON_CHOICE
    )


def test_consumer_keeps_own_country_even_with_a_choice_art_6():
    assert applicable_law("consumer", "DE", "SE") == ApplicableLaw("DE", REASON_CONSUMER)
    # art. 6(2): the chosen Swedish law cannot take away the German statutory minimums.
    law = applicable_law("consumer", "DE", "SE", contract_law="SE")
    assert law == ApplicableLaw("DE", REASON_CONSUMER)
    assert law.article == "Rome I art. 6"


def test_company_setting_customer_country_switches_businesses_back():
    law = applicable_law("business", "DE", "SE", business_default=CUSTOMER_COUNTRY)
    assert law == ApplicableLaw("DE", REASON_CUSTOMER_COUNTRY)
    assert law.article == ""
    # ... but a choice in the contract still wins,
    assert applicable_law(
        "business", "DE", "SE", contract_law="SE", business_default=CUSTOMER_COUNTRY
    ) == ApplicableLaw("SE", REASON_CHOICE)
    # and consumers are not affected by the company setting.
    assert applicable_law(
        "consumer", "NO", "SE", business_default=CUSTOMER_COUNTRY
    ) == ApplicableLaw("NO", REASON_CONSUMER)


def test_domestic_claim():
    assert applicable_law("business", "SE", "SE", business_default=COMPANY_COUNTRY) == (
        ApplicableLaw("SE", REASON_SELLER)
    )


def test_company_without_country_falls_back_to_the_customer():
    assert applicable_law("business", "NO", "") == ApplicableLaw("NO", REASON_CUSTOMER_COUNTRY)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"debtor_type": "person", "debtor_country": "DE", "creditor_country": "SE"},
        {
            "debtor_type": "business",
            "debtor_country": "DE",
            "creditor_country": "SE",
            "business_default": "debtor",
        },
    ],
)
def test_bad_input(kwargs):
    with pytest.raises(ValueError):
        applicable_law(**kwargs)
