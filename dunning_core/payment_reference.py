# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Check digits of structured payment references, in plain Python.

A bank refuses a reference labelled KID or OCR whose check digit is wrong, so a letter only
labels a reference with its standard when it is one. Sources:

- RF creditor reference: ISO 11649 (ISO 7064 MOD 97-10 over the body followed by "RF00").
- Norwegian KID: Mastercard Payment Services (Nets) "KID" specification, MOD10 (Luhn) or MOD11
  (weights 2..7 from the right) check digit, 2 to 25 digits.
- Swedish OCR: Bankgirot "OCR-referenskontroll", Luhn check digit (level 2) and optionally a
  length digit before it (level 3): the last digit of the reference's total length, check and
  length digit included.

Odoo builds the RF reference itself (``account.tools.format_structured_reference_iso``), and its
localisations build per-invoice KID/OCR numbers; the models use those where they exist. This module
holds the arithmetic for what they do not offer: a reference for a letter that covers several
invoices, and the checks.

>>> rf_reference("539007547034")
'RF18 5390 0754 7034'
>>> is_valid_rf("RF18 5390 0754 7034"), is_valid_rf("RF19 5390 0754 7034")
(True, False)
>>> kid_mod10("123456789")
'1234567897'
>>> kid_mod11("8601111794")
'86011117947'
>>> is_valid_kid("1234567897"), is_valid_kid("86011117947"), is_valid_kid("1234567891")
(True, True, False)
>>> ocr_with_length("1234567890")
'123456789023'
>>> is_valid_ocr("123456789023", length_digit=True), is_valid_ocr("123456789013", length_digit=True)
(True, False)
"""

import re

RF_BODY = re.compile(r"^[0-9A-Z]{1,21}$")


def digits_of(text):
    """The digits of a text, in order: "DUN/2026/00020" gives "202600020".

    >>> digits_of("DUN/2026/00020")
    '202600020'
    """
    return re.sub(r"\D", "", text or "")


def _clean(reference):
    return re.sub(r"\s", "", reference or "").upper()


# ---------------------------------------------------------------------------- Luhn / MOD10
def luhn_digit(digits):
    """The MOD10 (Luhn) check digit of a string of digits.

    >>> luhn_digit("7992739871")
    '3'
    """
    if not digits or not digits.isdigit():
        raise ValueError(f"a check digit needs digits, got {digits!r}")
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def is_valid_luhn(reference):
    """Whether a string of digits ends with its Luhn check digit.

    >>> is_valid_luhn("79927398713"), is_valid_luhn("79927398710")
    (True, False)
    """
    ref = _clean(reference)
    return len(ref) >= 2 and ref.isdigit() and luhn_digit(ref[:-1]) == ref[-1]


# ---------------------------------------------------------------------------- MOD11
def mod11_digit(digits):
    """The MOD11 check digit (weights 2, 3, 4, 5, 6, 7 from the right, repeated), or None
    when the remainder gives 10: such a number has no MOD11 KID (Nets prints "-"). The weights
    are those of the Norwegian account number, whose published example 8601 11 17947 checks.

    >>> mod11_digit("8601111794"), mod11_digit("1000005")
    ('7', None)
    """
    if not digits or not digits.isdigit():
        raise ValueError(f"a check digit needs digits, got {digits!r}")
    total = sum(int(char) * (2 + index % 6) for index, char in enumerate(reversed(digits)))
    check = 11 - total % 11
    if check == 11:
        return "0"
    if check == 10:
        return None
    return str(check)


# ---------------------------------------------------------------------------- KID
def kid_mod10(base):
    """A Norwegian KID with MOD10 check digit on the digits ``base``."""
    return base + luhn_digit(base)


def kid_mod11(base):
    """A Norwegian KID with MOD11 check digit; ValueError when ``base`` has none."""
    check = mod11_digit(base)
    if check is None:
        raise ValueError(f"{base!r} has no MOD11 check digit; use MOD10")
    return base + check


def is_valid_kid(reference):
    """A KID: 2 to 25 digits ending in a valid MOD10 or MOD11 check digit."""
    ref = _clean(reference)
    if not (2 <= len(ref) <= 25 and ref.isdigit()):
        return False
    return luhn_digit(ref[:-1]) == ref[-1] or mod11_digit(ref[:-1]) == ref[-1]


# ---------------------------------------------------------------------------- Swedish OCR
def ocr_with_length(base):
    """A Swedish OCR number with length digit and Luhn check digit (Bankgirot level 3): the
    length digit is the last digit of the total length, both added digits included.

    >>> ocr_with_length("123456")
    '12345682'
    """
    with_length = base + str((len(base) + 2) % 10)
    return with_length + luhn_digit(with_length)


def ocr_plain(base):
    """A Swedish OCR number with Luhn check digit only (Bankgirot level 2).

    >>> ocr_plain("123456")
    '1234566'
    """
    return base + luhn_digit(base)


def is_valid_ocr(reference, length_digit=False):
    """Whether ``reference`` is a valid OCR number (2 to 25 digits, Luhn check digit, and with
    ``length_digit`` the length digit before it)."""
    ref = _clean(reference)
    if not (2 <= len(ref) <= 25 and ref.isdigit() and is_valid_luhn(ref)):
        return False
    return not length_digit or (len(ref) >= 3 and ref[-2] == str(len(ref) % 10))


# ---------------------------------------------------------------------------- RF (ISO 11649)
def _mod97_numeric(text):
    return int("".join(char if char.isdigit() else str(ord(char) - 55) for char in text)) % 97


def rf_check_digits(body):
    """The two check digits of an RF creditor reference with ``body`` (ISO 11649)."""
    body = _clean(body)
    if not RF_BODY.match(body):
        raise ValueError(f"an RF reference body is 1 to 21 letters or digits, got {body!r}")
    return f"{98 - _mod97_numeric(body + 'RF00'):02d}"


def rf_reference(body):
    """An RF creditor reference printed in groups of four, as Odoo prints it."""
    body = _clean(body)
    compact = f"RF{rf_check_digits(body)}{body}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def is_valid_rf(reference):
    """Whether ``reference`` is a valid RF creditor reference (ISO 11649)."""
    ref = _clean(reference)
    if not (5 <= len(ref) <= 25 and ref.startswith("RF") and ref[2:4].isdigit()):
        return False
    if not RF_BODY.match(ref[4:]):
        return False
    return _mod97_numeric(ref[4:] + ref[:4]) == 1
