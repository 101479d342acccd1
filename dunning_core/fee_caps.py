"""Statutory caps on fees: whether a fee rule can charge more than the law allows.

``check_cap`` says whether a rule can charge more than the law allows in a country on a date, or
lacks a condition the law puts on the fee (agreement, waiting time, number of fees). Caps carry
``valid_from``/``valid_to``; a date no shipped cap covers raises ``MissingCapPeriod`` so that a
manager enters the confirmed value instead of the code guessing it. Norway's purregebyr rules
(inkassoforskriften § 1-2, § 1-3) are here too.

Source of every number: /work/shared/legal/README.md, with the statute named next to it.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .fees import COLLECTION, FEE_TYPES, FIXED, PAYMENT_PLAN, REMINDER, FeeRule, max_fee_per_letter


class FeeRuleNotCompliant(ValueError):
    """A fee rule the law of the country does not allow as configured."""


class FeeCapExceeded(FeeRuleNotCompliant):
    """The rule can charge more on one letter than the statutory cap."""

    def __init__(self, message, cap=None):
        super().__init__(message)
        self.cap = cap


class FeeConditionMissing(FeeRuleNotCompliant):
    """The rule lacks a condition the law puts on the fee (agreement, waiting days, count)."""

    def __init__(self, message, cap=None):
        super().__init__(message)
        self.cap = cap


class MissingCapPeriod(LookupError):
    """The law caps the fee, but no confirmed cap covers the date: a manager must enter it."""


# ---------------------------------------------------------------------------------------------
# Statutory caps
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LegalCap:
    """The most the law allows for one letter of ``fee_type`` in ``country``.

    ``valid_from`` None: in force, start date not recorded in the legal notes. ``valid_to`` None:
    no end known. The condition fields are checked against a rule by ``check_cap``.
    """

    country: str  # ISO 3166-1 alpha-2
    fee_type: str  # REMINDER, COLLECTION or PAYMENT_PLAN
    currency: str  # ISO 4217
    amount: Decimal
    legal_source: str
    valid_from: date | None = None
    valid_to: date | None = None
    requires_agreement: bool = False
    min_days_overdue: int = 0
    max_fees_per_claim: int | None = None

    def covers(self, on):
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


# Sweden, lag (1981:739) om ersättning för inkassokostnader m.m.: the amounts are in 4 § second
# paragraph (wording of lag 2013:56); the reminder fee only if agreed at the latest when the debt
# arose (2 §); the collection letter must follow 5 § inkassolagen (3 § 1).
SE_LAW = "lag (1981:739) om ersättning för inkassokostnader m.m."
# Norway, inkassoforskriften § 1-2: purregebyr = 1/20 of the inkassosats (700 NOK) = 35 NOK since
# 2020-10-01, only on a reminder sent at least 14 days after the due date; § 1-3: on at most two
# reminders (or one reminder + one inkassovarsel). The inkassosats is 750 NOK from 2026 but the
# 2026 purregebyr is NOT confirmed: the shipped cap ends on 2025-12-31 and a later date raises
# MissingCapPeriod until a manager enters the confirmed value.
NO_REMINDER_SOURCE = (
    "inkassoforskriften § 1-2 (purregebyr 1/20 of the inkassosats 700 NOK, from 14 days after "
    "the due date) and § 1-3 (fees on at most two reminders)"
)
NO_MIN_DAYS_AFTER_DUE = 14  # inkassoforskriften § 1-2
# Inkassoforskriften § 1-3 (secondary sources; the legal notes give the rule without a section):
# at most two reminders, or one reminder + one inkassovarsel, carry a fee.
NO_MAX_REMINDERS_WITH_FEE = 2

LEGAL_CAPS = (
    LegalCap(
        "SE",
        REMINDER,
        "SEK",
        Decimal("60"),  # lag (1981:739) 4 § 2 st. 1: påminnelseavgift max 60 kr
        f"{SE_LAW} 2 § and 4 § (påminnelseavgift, only if agreed when the debt arose)",
        requires_agreement=True,  # lag (1981:739) 2 §
    ),
    LegalCap(
        "SE",
        COLLECTION,
        "SEK",
        Decimal("180"),  # lag (1981:739) 4 § 2 st. 2: inkassokrav max 180 kr
        f"{SE_LAW} 3 § 1 and 4 § (inkassokrav)",
    ),
    LegalCap(
        "SE",
        PAYMENT_PLAN,
        "SEK",
        Decimal("170"),  # lag (1981:739) 4 § 2 st. 3: amorteringsplan max 170 kr
        f"{SE_LAW} 3 § 2 and 4 § (amorteringsplan)",
    ),
    LegalCap(
        "NO",
        REMINDER,
        "NOK",
        Decimal("35"),  # inkassoforskriften § 1-2: 1/20 of 700 NOK since 2020-10-01
        NO_REMINDER_SOURCE,
        valid_from=date(2020, 10, 1),
        valid_to=date(2025, 12, 31),  # inkassosats 750 NOK from 2026; 2026 fee not confirmed
        min_days_overdue=NO_MIN_DAYS_AFTER_DUE,
        max_fees_per_claim=NO_MAX_REMINDERS_WITH_FEE,
    ),
)


def cap_for(country, fee_type, on, caps=LEGAL_CAPS):
    """The cap on ``fee_type`` in ``country`` on date ``on``; None when the law sets none.

    Raises ``MissingCapPeriod`` when the country caps that fee but no known cap covers ``on``.
    ``caps`` lets the caller add the values a manager entered.
    """
    if fee_type not in FEE_TYPES:
        raise ValueError(f"fee_type must be one of {', '.join(FEE_TYPES)}, got {fee_type!r}.")
    country = country.upper()
    candidates = [cap for cap in caps if cap.country == country and cap.fee_type == fee_type]
    if not candidates:
        return None
    for cap in candidates:
        if cap.covers(on):
            return cap
    raise MissingCapPeriod(
        f"The {fee_type} fee in {country} is capped by law, but no confirmed cap covers {on}; "
        f"enter the value in force then ({candidates[0].legal_source})."
    )


def check_cap(rule, country, fee_type, on, caps=LEGAL_CAPS):
    """Raise ``FeeRuleNotCompliant`` when ``rule`` breaks the law of ``country`` on ``on``.

    ``FeeCapExceeded`` when one letter can cost more than the cap (a cap is per letter: a
    percent or per-period rule needs a ``maximum`` within it); ``FeeConditionMissing`` when the
    rule lacks a legal condition of the fee. Returns None when the rule complies or the law of
    ``country`` sets no cap on ``fee_type``.
    """
    cap = cap_for(country, fee_type, on, caps)
    if cap is None:
        return
    where = f"A {fee_type} fee in {cap.country} is capped at {cap.amount} {cap.currency} per letter"
    if rule.currency != cap.currency:
        raise FeeRuleNotCompliant(
            f"{where} ({cap.legal_source}); the rule is in {rule.currency or 'no currency'}, "
            f"set it in {cap.currency} to compare."
        )
    ceiling = max_fee_per_letter(rule)
    if ceiling is None or ceiling > cap.amount:
        can = "without limit (set a maximum)" if ceiling is None else f"{ceiling} {rule.currency}"
        raise FeeCapExceeded(f"{where} ({cap.legal_source}); this rule can charge {can}.", cap)
    if cap.requires_agreement and not rule.requires_agreement:
        raise FeeConditionMissing(
            f"{where} and is due only if agreed at the latest when the debt arose "
            f"({cap.legal_source}); the rule must require the customer's agreement.",
            cap,
        )
    if rule.min_days_overdue < cap.min_days_overdue:
        raise FeeConditionMissing(
            f"A {fee_type} fee in {cap.country} may only be charged on a letter sent at least "
            f"{cap.min_days_overdue} days after the due date ({cap.legal_source}); the rule "
            f"charges from day {rule.min_days_overdue}.",
            cap,
        )
    if cap.max_fees_per_claim is not None and (
        rule.max_fees_per_claim is None or rule.max_fees_per_claim > cap.max_fees_per_claim
    ):
        raise FeeConditionMissing(
            f"At most {cap.max_fees_per_claim} letters of a claim may carry a {fee_type} fee in "
            f"{cap.country} ({cap.legal_source}); the rule allows "
            f"{rule.max_fees_per_claim or 'any number'}.",
            cap,
        )


def norway_reminder_fee_allowed(days_after_due_at_sending, reminders_with_fee_already):
    """Whether a Norwegian reminder may carry a purregebyr (inkassoforskriften §§ 1-2, 1-3).

    Only when sent at least 14 days after the due date, and only on the first two reminders of
    the claim carrying a fee; an inkassovarsel that carried a fee counts as one of the two.
    """
    return (
        days_after_due_at_sending >= NO_MIN_DAYS_AFTER_DUE
        and reminders_with_fee_already < NO_MAX_REMINDERS_WITH_FEE
    )


def norway_reminder_rule(on, caps=LEGAL_CAPS):
    """The maximal lawful Norwegian reminder fee rule on ``on`` (MissingCapPeriod if unknown)."""
    cap = cap_for("NO", REMINDER, on, caps)
    return FeeRule(
        FIXED,
        amount=cap.amount,
        currency=cap.currency,
        min_days_overdue=cap.min_days_overdue,
        max_fees_per_claim=cap.max_fees_per_claim,
    )
