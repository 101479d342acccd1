"""The debtor's law on a reminder fee, applied when the letter is made, whatever the rule says.

A fee rule without a country (or made before a cap changed) is checked at save time against
nothing; the law still applies to each letter:

* Sweden, lag (1981:739) 2 § and 4 §: a påminnelseavgift only if agreed at the latest when the
  debt arose, at most 60 kr per letter.
* Norway, inkassoforskriften §§ 1-2, 1-3: purregebyr only from 14 days after the due date, on at
  most two reminders, at most the amount in force on the letter's date (the 2026 amount is not
  confirmed: no fee until a manager enters it).
* Germany, BGB §§ 280 Abs. 2, 286: a reminder fee is damages for default, so it is owed only on
  a letter sent when the debtor is already in default; the Mahnung that puts the debtor in
  default is free. There is no statutory amount (only the creditor's actual costs; the amount
  courts accept is practice, not statute, so the rule's amount stands and names its source).

Nothing here imports Odoo; amounts are ``Decimal``.
"""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from .fee_caps import LEGAL_CAPS, MissingCapPeriod, cap_for
from .money import ZERO, to_decimal

FEE_ALLOWED = "ok"
FEE_CAPPED = "capped"
FEE_NOT_AGREED_BY_LAW = "not_agreed"
FEE_TOO_EARLY_BY_LAW = "too_early"
FEE_MAX_BY_LAW = "max_reached"
FEE_CAP_UNKNOWN = "cap_unknown"
FEE_NOT_IN_DEFAULT = "not_in_default"

# Countries whose law owes a reminder fee only as damages for a default that existed before the
# letter (the letter causing the default is free), with the statute.
FEE_ONLY_AFTER_DEFAULT = {
    "DE": "BGB § 280 Abs. 2 and § 286 (Mahnkosten only once in default; the Mahnung that "
    "causes the default is not chargeable)",
}
# BGB § 286 Abs. 3: a debtor who has not paid 30 days after the due date and receipt of the
# invoice is in default without a Mahnung; against a consumer only if the invoice said so (the
# add-on does not know, so a consumer needs a reminder).
DE_DEFAULT_WITHOUT_REMINDER_DAYS = 30


@dataclass(frozen=True)
class LawfulFee:
    amount: Decimal | None  # in the cap's currency when capped; None: the rule's amount stands
    currency: str  # currency of ``amount`` ("" when no cap applies)
    reason: str  # FEE_ALLOWED, FEE_CAPPED or why no fee may be charged
    legal_source: str = ""

    @property
    def charged(self):
        return self.reason in (FEE_ALLOWED, FEE_CAPPED)


def lawful_fee(
    amount_in_cap_currency,
    country,
    fee_type,
    on,
    customer_agreed,
    days_overdue,
    fees_already_charged=0,
    caps=LEGAL_CAPS,
    in_default=True,
):
    """What the law of ``country`` allows of a fee of ``amount_in_cap_currency`` on ``on``.

    ``amount_in_cap_currency`` is a callable ``currency -> Decimal`` (the caller converts the
    rule's amount into the cap's currency), so that countries without a cap need no
    conversion. ``in_default``: whether the debtor was in default before this letter (see
    ``in_default_before``); where the law owes the fee only after default, a letter without it
    charges none. Returns a ``LawfulFee``.

    >>> from datetime import date
    >>> lawful_fee(None, "DE", "reminder", date(2026, 3, 2), False, 5, in_default=False).reason
    'not_in_default'
    >>> lawful_fee(None, "DE", "reminder", date(2026, 3, 2), False, 5).reason
    'ok'
    """
    after_default = FEE_ONLY_AFTER_DEFAULT.get((country or "").upper())
    if after_default and not in_default:
        return LawfulFee(ZERO, "", FEE_NOT_IN_DEFAULT, after_default)
    try:
        cap = cap_for(country or "", fee_type, on, caps)
    except MissingCapPeriod as error:
        return LawfulFee(ZERO, "", FEE_CAP_UNKNOWN, str(error))
    if cap is None:
        return LawfulFee(None, "", FEE_ALLOWED)
    if cap.requires_agreement and not customer_agreed:
        return LawfulFee(ZERO, cap.currency, FEE_NOT_AGREED_BY_LAW, cap.legal_source)
    if days_overdue < cap.min_days_overdue:
        return LawfulFee(ZERO, cap.currency, FEE_TOO_EARLY_BY_LAW, cap.legal_source)
    if cap.max_fees_per_claim is not None and fees_already_charged >= cap.max_fees_per_claim:
        return LawfulFee(ZERO, cap.currency, FEE_MAX_BY_LAW, cap.legal_source)
    amount = to_decimal(amount_in_cap_currency(cap.currency))
    if amount > cap.amount:
        return LawfulFee(cap.amount, cap.currency, FEE_CAPPED, cap.legal_source)
    return LawfulFee(None, cap.currency, FEE_ALLOWED, cap.legal_source)


def in_default_before(letter_date, due_date, invoice_date, is_business, reminder_dates):
    """Whether a debtor was in default on an item before a letter dated ``letter_date``
    (German law, BGB § 286).

    Default comes with a reminder sent after the due date (Abs. 1: ``reminder_dates`` are the
    earlier letters sent on the item), or for a business 30 days after the due date and the
    receipt of the invoice (Abs. 3; receipt taken as the invoice date, never before the due
    date). A consumer is put in default by a reminder only.

    >>> from datetime import date
    >>> due = date(2026, 3, 1)
    >>> in_default_before(date(2026, 3, 10), due, date(2026, 2, 1), True, [])
    False
    >>> in_default_before(date(2026, 3, 31), due, date(2026, 2, 1), True, [])
    False
    >>> in_default_before(date(2026, 4, 1), due, date(2026, 2, 1), True, [])
    True
    >>> in_default_before(date(2026, 4, 1), due, date(2026, 2, 1), False, [])
    False
    >>> in_default_before(date(2026, 3, 20), due, date(2026, 2, 1), False, [date(2026, 3, 5)])
    True
    >>> in_default_before(date(2026, 3, 20), due, date(2026, 2, 1), False, [date(2026, 3, 1)])
    False
    """
    if any(due_date < sent < letter_date for sent in reminder_dates):
        return True
    if not is_business:
        return False
    start = max(due_date, invoice_date or due_date)
    return letter_date > start + timedelta(days=DE_DEFAULT_WITHOUT_REMINDER_DAYS)
