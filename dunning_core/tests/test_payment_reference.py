# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Check digits of structured payment references: the doctests and the known valid examples."""

import doctest

import pytest

from dunning_core import payment_reference as ref


def test_doctests():
    failed, attempted = doctest.testmod(ref)
    assert attempted > 10
    assert failed == 0


def test_iso_11649_example():
    # The example of ISO 11649 itself.
    assert ref.rf_reference("539007547034") == "RF18 5390 0754 7034"
    assert ref.is_valid_rf("RF18539007547034")
    assert ref.is_valid_rf("rf18 5390 0754 7034")
    assert not ref.is_valid_rf("RF18 5390 0754 7035")
    assert not ref.is_valid_rf("DUN/2026/00020")


def test_rf_of_a_letter_number():
    number = ref.digits_of("DUN/2026/00020")
    assert number == "202600020"
    assert ref.is_valid_rf(ref.rf_reference(number))


def test_kid_mod10_and_mod11():
    assert ref.kid_mod10("123456789") == "1234567897"
    # Norwegian account number example (same MOD11 weights): 8601 11 17947.
    assert ref.kid_mod11("8601111794") == "86011117947"
    assert ref.is_valid_kid("1234567897")
    assert ref.is_valid_kid("86011117947")
    assert not ref.is_valid_kid("1234567898")
    assert not ref.is_valid_kid("DUN202600020")
    assert not ref.is_valid_kid("1" * 26 + "0")
    with pytest.raises(ValueError):
        ref.kid_mod11("1000005")


def test_swedish_ocr_with_length_digit():
    # Bankgirot level 3: 10 digits + length digit 2 (12 digits in all) + Luhn digit.
    assert ref.ocr_with_length("1234567890") == "123456789023"
    assert ref.is_valid_ocr("123456789023", length_digit=True)
    assert not ref.is_valid_ocr("123456789013", length_digit=True)
    assert ref.ocr_with_length("123456") == "12345682"
    assert ref.ocr_plain("123456") == "1234566"
    assert ref.is_valid_ocr("1234566")
