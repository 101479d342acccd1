"""The debtor's law on a reminder fee, applied when the letter is made, whatever the rule says.

A fee rule without a country (or made before a cap changed) is checked at save time against
nothing; the law still applies to each letter:

* Sweden, lag (1981:739) 2 § and 4 §: a påminnelseavgift only if agreed at the latest when the
  debt arose, at most 60 kr per letter.
* Norway, inkassoforskriften §§ 1-2, 1-3: purregebyr only from 14 days after the due date, on at
  most two reminders, at most the amount in force on the letter's date (the 2026 amount is not
  confirmed: no fee until a manager enters it).

Nothing here imports Odoo; amounts are ``Decimal``.
"""

from dataclasses import dataclass
from decimal import Decimal

from .fee_caps import LEGAL_CAPS, MissingCapPeriod, cap_for
from .money import ZERO, to_decimal

FEE_ALLOWED = "ok"
FEE_CAPPED = "capped"
FEE_NOT_AGREED_BY_LAW = "not_agreed"
FEE_TOO_EARLY_BY_LAW = "too_early"
FEE_MAX_BY_LAW = "max_reached"
FEE_CAP_UNKNOWN = "cap_unknown"


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
):
    """What the law of ``country`` allows of a fee of ``amount_in_cap_currency`` on ``on``.

    ``amount_in_cap_currency`` is a callable ``currency -> Decimal`` (the caller converts the
    rule's amount into the cap's currency), so that countries without a cap need no
    conversion. Returns a ``LawfulFee``.
    """
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
