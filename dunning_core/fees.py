"""Reminder fees, the statutory caps on them, and fixed compensation from business debtors.

Three questions, three parts:

* ``compute_fee``: what a configured ``FeeRule`` charges on one letter, or why it charges nothing
  (a machine ``reason`` code the model turns into translated text).
* ``check_cap``: whether a rule can charge more than the law allows in a country on a date, or
  lacks a condition the law puts on the fee (agreement, waiting time, number of fees). Caps carry
  ``valid_from``/``valid_to``; a date no shipped cap covers raises ``MissingCapPeriod`` so that a
  manager enters the confirmed value instead of the code guessing it.
* ``compute_compensation``: the fixed sum a business debtor owes for recovery costs (EU directive
  2011/7/EU art. 6 and its transpositions); never charged to consumers.

Source of every number: /work/shared/legal/README.md, with the statute named next to it.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from . import eu_directive
from .interest import is_confirmed_confidence
from .money import HUNDRED, ZERO, round_money, to_decimal
from .schedule import add_months

# Fee rule kinds.
FIXED = "fixed"  # amount per letter
PER_PERIOD = "per_period"  # amount per started period of delay
PERCENT = "percent"  # percent of the overdue amount
KINDS = (FIXED, PER_PERIOD, PERCENT)

# Period units of a PER_PERIOD rule.
PERIOD_DAYS = "days"  # periods of ``period_days`` days counted from the due date
PERIOD_MONTH = "month"  # calendar months counted from the due date (same day, clamped)
PERIODS = (PERIOD_DAYS, PERIOD_MONTH)

# Why a fee was (not) charged; the model turns these codes into translated text.
FEE_OK = "ok"
FEE_NOT_AGREED = "not_agreed"
FEE_NOT_OVERDUE = "not_overdue"
FEE_TOO_EARLY = "too_early"
FEE_MAX_REACHED = "max_reached"
FEE_ZERO = "zero"

# Fee types a statutory cap applies to.
REMINDER = "reminder"
COLLECTION = "collection"
PAYMENT_PLAN = "payment_plan"
FEE_TYPES = (REMINDER, COLLECTION, PAYMENT_PLAN)

# Why a compensation is (not) due.
COMPENSATION_OK = "ok"
COMPENSATION_CONSUMER = "consumer"
COMPENSATION_NOTHING_DUE = "nothing_due"
COMPENSATION_NOT_COVERED = "not_covered"  # no statutory fixed sum known for the country
COMPENSATION_ABSORBED = "absorbed_by_fees"  # NO: reminder fees already charged used it up


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


class MissingCompensationPeriod(LookupError):
    """The fixed compensation is set per period and no confirmed value covers the date.

    ``needed_from`` is the first day of the value a manager must enter (the day after the last
    value known before ``on``), or the start of the unconfirmed value to confirm
    (``unconfirmed`` True). Only the compensation waits: interest is claimed without it.
    """

    def __init__(self, country, on, needed_from=None, unconfirmed=False, legal_source=""):
        self.country = country
        self.on = on
        self.needed_from = needed_from or on
        self.unconfirmed = unconfirmed
        self.legal_source = legal_source
        what = (
            f"confirm the value valid from {self.needed_from.isoformat()}"
            if unconfirmed
            else f"enter the value valid from {self.needed_from.isoformat()}"
        )
        super().__init__(
            f"No confirmed fixed compensation for {country} on {on.isoformat()} "
            f"({legal_source}): {what}."
        )


def _optional_decimal(value):
    return None if value is None else to_decimal(value)


# ---------------------------------------------------------------------------------------------
# Fee rules
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeeRule:
    """How much one letter costs the customer.

    ``minimum``/``maximum`` bound the fee of one letter whatever the kind (for a percent rule
    they are the usual floor and ceiling; on a per-period rule ``maximum`` stops the growth).
    ``min_days_overdue`` and ``max_fees_per_claim`` express conditions such as Norway's (a fee
    only from 14 days after the due date, on at most two letters): see ``norway_reminder_rule``.
    """

    kind: str
    amount: Decimal = ZERO
    percent: Decimal = ZERO
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    currency: str = ""
    requires_agreement: bool = False
    min_days_overdue: int = 0
    max_fees_per_claim: int | None = None
    period_days: int = 30
    period: str = PERIOD_DAYS

    def __post_init__(self):
        # Normalise what the ORM hands out (floats, lower-case codes) once, here.
        object.__setattr__(self, "amount", to_decimal(self.amount))
        object.__setattr__(self, "percent", to_decimal(self.percent))
        object.__setattr__(self, "minimum", _optional_decimal(self.minimum))
        object.__setattr__(self, "maximum", _optional_decimal(self.maximum))
        object.__setattr__(self, "currency", (self.currency or "").upper())
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {self.kind!r}.")
        if self.period not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)}, got {self.period!r}.")
        if self.period_days <= 0:
            raise ValueError(f"period_days must be positive, got {self.period_days}.")
        for name in ("amount", "percent", "minimum", "maximum"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must not be negative, got {value}.")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError(f"minimum {self.minimum} is above maximum {self.maximum}.")
        if self.min_days_overdue < 0:
            raise ValueError(f"min_days_overdue must not be negative, got {self.min_days_overdue}.")
        if self.max_fees_per_claim is not None and self.max_fees_per_claim < 0:
            raise ValueError("max_fees_per_claim must not be negative.")


@dataclass(frozen=True)
class FeeDecision:
    amount: Decimal  # rounded to the currency; zero when not charged
    charged: bool
    reason: str  # one of the FEE_* codes


def started_periods(rule, days_overdue, due_date=None):
    """Number of started periods of delay ``days_overdue`` days after the due date.

    Day-based: ceil(days / period_days), so day 1 starts period 1 and day 31 period 2 (30 days).
    Month-based: month k ends on the due date moved by k months (clamped to the month end); due
    Jan 31, day 28 (Feb 28) is still month 1, day 29 (Mar 1) starts month 2.
    """
    if days_overdue <= 0:
        return 0
    if rule.period == PERIOD_MONTH:
        if due_date is None:
            raise ValueError("due_date is needed to count calendar months of delay.")
        on = due_date + timedelta(days=days_overdue)
        periods = 1
        while add_months(due_date, periods) < on:
            periods += 1
        return periods
    return -(-days_overdue // rule.period_days)


def _bounded(rule, amount):
    if rule.minimum is not None:
        amount = max(amount, rule.minimum)
    if rule.maximum is not None:
        amount = min(amount, rule.maximum)
    return amount


def max_fee_per_letter(rule):
    """The most one letter can cost under ``rule``; None when it has no upper limit."""
    if rule.kind == FIXED:
        ceiling = rule.amount
    elif rule.kind == PERCENT:
        ceiling = None if rule.percent > 0 else ZERO
    else:  # PER_PERIOD: grows with every started period
        ceiling = None if rule.amount > 0 else ZERO
    if ceiling is not None and rule.minimum is not None:
        ceiling = max(ceiling, rule.minimum)
    if rule.maximum is not None:
        ceiling = rule.maximum if ceiling is None else min(ceiling, rule.maximum)
    return ceiling


def compute_fee(
    rule,
    overdue_amount,
    days_overdue,
    fees_already_charged=0,
    customer_agreed=True,
    digits=2,
    due_date=None,
):
    """The fee of one letter under ``rule``, or no fee and the reason why.

    ``fees_already_charged`` is the number of letters of this claim that already carried a fee;
    ``due_date`` is only needed by a per-calendar-month rule. Checks, in this order: agreement,
    anything overdue, waiting days, number of fees, then the amount itself.
    """
    nothing = round_money(ZERO, digits)
    overdue_amount = to_decimal(overdue_amount)
    if rule.requires_agreement and not customer_agreed:
        return FeeDecision(nothing, False, FEE_NOT_AGREED)
    if days_overdue <= 0 or overdue_amount <= 0:
        return FeeDecision(nothing, False, FEE_NOT_OVERDUE)
    if days_overdue < rule.min_days_overdue:
        return FeeDecision(nothing, False, FEE_TOO_EARLY)
    if rule.max_fees_per_claim is not None and fees_already_charged >= rule.max_fees_per_claim:
        return FeeDecision(nothing, False, FEE_MAX_REACHED)
    if rule.kind == FIXED:
        raw = rule.amount
    elif rule.kind == PERCENT:
        raw = overdue_amount * rule.percent / HUNDRED
    else:
        raw = rule.amount * started_periods(rule, days_overdue, due_date)
    amount = round_money(_bounded(rule, raw), digits)
    if amount <= 0:
        return FeeDecision(nothing, False, FEE_ZERO)
    return FeeDecision(amount, True, FEE_OK)


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


# ---------------------------------------------------------------------------------------------
# Fixed compensation (business debtors only)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatutoryCompensation:
    country: str  # ISO code; "EU" is the directive's default for member states without a row
    currency: str
    amount: Decimal
    legal_source: str
    valid_from: date | None = None
    valid_to: date | None = None
    replaces_fees: bool = False  # SE: no reminder/collection fee for the same claim
    deducts_reminder_fees: bool = False  # NO: purregebyr already charged is deducted
    confirmed: bool = True  # False: shipped below "statute/official", waits for a manager

    def covers(self, on):
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


@dataclass(frozen=True)
class CompensationDecision:
    amount: Decimal
    currency: str
    legal_source: str
    replaces_fees: bool  # True: charge no reminder/collection fee on this claim (SE)
    reason: str  # one of the COMPENSATION_* codes


NO_COMPENSATION_SOURCE = (
    "forsinkelsesrenteloven § 3a (standardkompensasjon, set in NOK each half-year; "
    "purregebyr already charged is deducted)"
)

# (valid_from, valid_to, NOK, confidence, where published). Missing half-years (2021-H1,
# 2023-H2, 2024-H2, 2025-H2) could not be sourced: a manager enters them.
NO_COMPENSATION_HALF_YEARS = (
    (date(2020, 7, 1), date(2020, 12, 31), "430", "secondary", "bsregnskap.no 2020-06-22"),
    (date(2021, 7, 1), date(2021, 12, 31), "400", "secondary", "totalkapital.no 2021-07"),
    (
        date(2022, 1, 1),
        date(2022, 6, 30),
        "390",
        "secondary",
        "Visma community 2022-01, citing regjeringen.no",
    ),
    (
        date(2022, 7, 1),
        date(2022, 12, 31),
        "400",
        "secondary",
        "FOR-2022-06-24-1178 as cited by Visma and revisjonskompaniet.no",
    ),
    (date(2023, 1, 1), date(2023, 6, 30), "410", "secondary", "regnskapnorge.no 2023-01"),
    (
        date(2024, 1, 1),
        date(2024, 6, 30),
        "470",
        "official (regjeringen.no id3019071)",
        "Finansdepartementet, regjeringen.no id3019071",
    ),
    (
        date(2025, 1, 1),
        date(2025, 6, 30),
        "470",
        "official mirror",
        "FOR-2024-12-19-3279 § 2, lovdata.no text read through a mirror",
    ),
    (date(2026, 1, 1), date(2026, 6, 30), "460", "secondary", "project legal notes"),
)

COMPENSATIONS = (
    # Directive 2011/7/EU art. 6: at least 40 EUR, B2B; default for member states without a row.
    StatutoryCompensation("EU", "EUR", Decimal("40"), "Directive 2011/7/EU art. 6"),
    # BGB § 288 Abs. 5: 40 EUR Pauschale from non-consumers, credited against legal-pursuit costs.
    StatutoryCompensation("DE", "EUR", Decimal("40"), "BGB § 288 Abs. 5 (Verzugspauschale)"),
    # Lag (1981:739) 4 a §: förseningsersättning 450 kr B2B, no agreement needed; it replaces
    # the reminder and collection fees for the same claim.
    StatutoryCompensation(
        "SE",
        "SEK",
        Decimal("450"),
        "lag (1981:739) om ersättning för inkassokostnader m.m. 4 a § (förseningsersättning)",
        replaces_fees=True,
    ),
    # Forsinkelsesrenteloven § 3a: "equivalent of 40 EUR" set in NOK per half-year by
    # Finansdepartementet. Only sourced half-years ship (NO_COMPENSATION_HALF_YEARS); rows
    # below "statute/official" wait for a manager's confirmation, a half-year without a row
    # raises MissingCompensationPeriod.
    *(
        StatutoryCompensation(
            "NO",
            "NOK",
            Decimal(amount),
            f"{NO_COMPENSATION_SOURCE} [{where}; {confidence}]",
            valid_from=start,
            valid_to=end,
            deducts_reminder_fees=True,
            confirmed=is_confirmed_confidence(confidence),
        )
        for start, end, amount, confidence, where in NO_COMPENSATION_HALF_YEARS
    ),
)

# Member states; only euro-area ones fall back to the directive's 40 EUR (eu_directive).
EU_MEMBER_STATES = eu_directive.EU_MEMBER_STATES

# Late Payment of Commercial Debts (Interest) Act 1998 s.5A: fixed sum per debt, in GBP, by the
# size of the debt: less than 1,000 -> 40; 1,000 or more but less than 10,000 -> 70; 10,000 or
# more -> 100. Rows are (upper bound exclusive or None, sum).
UK_SOURCE = "Late Payment of Commercial Debts (Interest) Act 1998 s.5A"
UK_FIXED_SUMS = (
    (Decimal("1000"), Decimal("40")),
    (Decimal("10000"), Decimal("70")),
    (None, Decimal("100")),
)
UK_CODES = ("GB", "UK")


def uk_fixed_sum(debt):
    """The s.5A fixed sum (GBP) for a debt of ``debt`` GBP."""
    debt = to_decimal(debt)
    for below, fixed_sum in UK_FIXED_SUMS:
        if below is None or debt < below:
            return fixed_sum
    raise AssertionError("UK_FIXED_SUMS must end with an open row")  # pragma: no cover


def _compensation_entry(country, on, table):
    rows = [row for row in table if row.country == country]
    if not rows and eu_directive.is_euro_member(country, on):
        # Directive 2011/7/EU art. 6: at least 40 EUR, for euro-area states only; a non-euro
        # member state gets no EUR sum presented as its law (eu_directive.fallback).
        rows = [row for row in table if row.country == "EU"]
    if not rows:
        return None
    for row in rows:
        if row.covers(on):
            if not row.confirmed:
                raise MissingCompensationPeriod(
                    country, on, row.valid_from or on, True, row.legal_source
                )
            return row
    ended = [row.valid_to for row in rows if row.valid_to and row.valid_to < on]
    needed_from = max(ended) + timedelta(days=1) if ended else on
    raise MissingCompensationPeriod(country, on, needed_from, False, rows[0].legal_source)


def compute_compensation(
    country,
    is_business,
    amount_due,
    currency,
    on,
    fees_already_charged=ZERO,
    digits=2,
    table=COMPENSATIONS,
):
    """The fixed compensation a BUSINESS debtor owes for one claim (consumers: never).

    ``amount_due`` is the debt in ``currency`` (the UK scale needs GBP); ``on`` is the date the
    compensation becomes due (it picks the Norwegian half-year); ``fees_already_charged`` are the
    reminder fees (purregebyr) already charged on the claim, in the compensation's currency (NOK),
    deducted in Norway only, never below zero. When ``replaces_fees`` is True (Sweden) the caller
    must not charge reminder or collection fees on the claim: see ``apply_sweden_replacement``.
    """
    country = country.upper()
    if not is_business:
        return CompensationDecision(
            round_money(ZERO, digits), currency, "", False, COMPENSATION_CONSUMER
        )
    amount_due = to_decimal(amount_due)
    if amount_due <= 0:
        return CompensationDecision(
            round_money(ZERO, digits), currency, "", False, COMPENSATION_NOTHING_DUE
        )
    if country in UK_CODES:
        if currency.upper() != "GBP":
            raise ValueError(f"{UK_SOURCE} scales the debt in GBP; convert {currency} first.")
        return CompensationDecision(
            round_money(uk_fixed_sum(amount_due), digits), "GBP", UK_SOURCE, False, COMPENSATION_OK
        )
    entry = _compensation_entry(country, on, table)
    if entry is None:
        return CompensationDecision(
            round_money(ZERO, digits), currency, "", False, COMPENSATION_NOT_COVERED
        )
    amount = entry.amount
    if entry.deducts_reminder_fees:
        # Forsinkelsesrenteloven § 3a: purregebyr already charged is deducted, never below zero.
        amount = max(amount - to_decimal(fees_already_charged), ZERO)
    reason = COMPENSATION_OK if amount > 0 else COMPENSATION_ABSORBED
    return CompensationDecision(
        round_money(amount, digits), entry.currency, entry.legal_source, entry.replaces_fees, reason
    )


@dataclass(frozen=True)
class FeeReplacement:
    fees: tuple  # tuple[Decimal]: what may still be charged, in the order given
    compensation: Decimal
    dropped_fees: Decimal  # not to be charged, or to be credited back if already booked
    replaced: bool


def apply_sweden_replacement(fees, compensation):
    """Drop the reminder/collection fees of a claim that gets a replacing compensation.

    Lag (1981:739) 4 a §: a creditor who takes the förseningsersättning gets no reminder or
    collection fee for the same claim. ``fees`` are that claim's fee amounts (charged or
    planned); with a ``compensation`` that ``replaces_fees`` and is above zero they all become
    zero and ``dropped_fees`` says how much to reverse. Otherwise nothing changes.
    """
    fees = tuple(to_decimal(fee) for fee in fees)
    if compensation.replaces_fees and compensation.amount > 0:
        return FeeReplacement(
            tuple(ZERO for _fee in fees), compensation.amount, sum(fees, ZERO), True
        )
    return FeeReplacement(fees, compensation.amount, ZERO, False)
