"""Statutory late-payment interest, computed day by day over rate periods and balance periods.

``compute_interest`` cuts the days from the start of interest to ``until`` into segments in which
the rate, the principal, the day count denominator and the no-accrual state are constant, computes
each segment exactly in ``Decimal``, and rounds the sum once. Each segment keeps the source of its
rate so that a letter can show the calculation line by line.

Conventions and where they come from (/work/shared/legal/README.md):

* Interest days: every calendar day ``d`` with ``due_date + 1 + start_delay_days <= d <= until``.
  The payment day still bears interest on the old balance; the new balance applies from the next
  day (räntelagen 1975:635 3 §; BGB § 286, § 288; forsinkelsesrenteloven § 2; ГК РФ ст. 395 п. 1
  "по день уплаты"; Late Payment of Commercial Debts (Interest) Act 1998 s.4: from the day after
  the relevant day).
* Rates: a new reference rate applies from its ``valid_from`` inclusive (räntelagen 6 §, 9 §;
  BGB § 247, § 288; forsinkelsesrenteloven § 3; ГК РФ ст. 395 п. 1 "в соответствующие периоды";
  Directive 2011/7/EU art. 2 and art. 3). UK: the reference rate in force on the day interest
  starts applies to the whole debt (Act 1998 s.6 and SI 2002/1675).
* Simple interest only (Directive 2011/7/EU art. 2; BGB § 289; ГК РФ ст. 395 п. 5).
* Day count: actual/365 also in leap years for SE, DE, UK, EU; actual/actual by calendar year for
  NO and RU (365 or 366 per year, split at 31 December).
* Payments: by default they reduce the principal. ``allocation="costs_interest_principal"``
  applies BGB § 367 Abs. 1 (costs, then interest, then principal); see ``compute_interest``.

Money is ``Decimal``, never float; dates are ``datetime.date``. Nothing here imports Odoo.
"""

import csv
import io
from calendar import isleap
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation, localcontext
from itertools import pairwise

from .money import HUNDRED, ZERO, round_money, to_decimal

# Rate kinds.
RATE_REFERENCE_PLUS_MARGIN = "reference_plus_margin"
RATE_FIXED = "fixed"
RATE_KINDS = (RATE_REFERENCE_PLUS_MARGIN, RATE_FIXED)

# Day counts.
ACT_365 = "act_365"  # DE, SE, UK, EU: days / 365, also in leap years
ACT_ACT = "act_act"  # NO, RU: days / 365 or 366 by calendar year, split at 31 December
DAY_COUNTS = (ACT_365, ACT_ACT)

# Rate fixing.
PER_PERIOD = "per_period"  # the rate follows every change of the reference rate
FIXED_AT_START = "fixed_at_start"  # UK: the rate in force when interest starts, for good
RATE_FIXINGS = (PER_PERIOD, FIXED_AT_START)

# Payment allocation orders.
PRINCIPAL_FIRST = "principal_first"
COSTS_INTEREST_PRINCIPAL = "costs_interest_principal"  # BGB § 367 Abs. 1
ALLOCATIONS = (PRINCIPAL_FIRST, COSTS_INTEREST_PRINCIPAL)

# Kinds of balance change (only a payment is allocated under BGB § 367; a credit note corrects
# the invoice and so reduces the principal itself).
CHANGE_PAYMENT = "payment"
CHANGE_CREDIT_NOTE = "credit_note"
CHANGE_KINDS = (CHANGE_PAYMENT, CHANGE_CREDIT_NOTE)

# ``rate_source`` of a segment charged at the contractual rate.
CONTRACTUAL = "contractual"

# Significant digits of the local decimal context used for the exact segment amounts.
PRECISION = 40

ONE_DAY = timedelta(days=1)


class MissingRatePeriod(ValueError):
    """No confirmed rate period covers a day that bears interest: a manager must enter (or
    confirm) the rate.

    ``needed_from`` is the first day of the period the manager must enter (e.g. 2026-07-01 when
    a half-yearly table ends with the half-year starting 2026-01-01), or the start of the
    unconfirmed period to confirm (``unconfirmed`` True).
    """

    def __init__(self, on, rule_code="", needed_from=None, unconfirmed=False):
        self.on = on
        self.rule_code = rule_code
        self.needed_from = needed_from or on
        self.unconfirmed = unconfirmed
        rule_text = f" for rule {rule_code!r}" if rule_code else ""
        what = (
            f"the rate period from {self.needed_from.isoformat()} is not confirmed"
            if unconfirmed
            else f"enter the rate valid from {self.needed_from.isoformat()}"
        )
        super().__init__(
            f"No confirmed reference rate period covers {on.isoformat()}{rule_text}: {what} "
            f"(interest is never computed with a guessed rate)."
        )


class InterestRuleError(ValueError):
    """An interest rule that cannot be applied as configured."""


@dataclass(frozen=True)
class RatePeriod:
    valid_from: date
    rate: Decimal  # percent, e.g. Decimal("-0.88") or Decimal("12.50")
    source: str = ""  # legal source / origin of the value, carried into the breakdown
    # Last day the period is known to apply (inclusive); None: until the next period. Set by
    # ``bound_periods``: a half-yearly rate never runs into a half-year nobody entered.
    valid_to: date | None = None
    # False: the value comes from a source below "statute read" (secondary, derived...) and
    # nobody confirmed it yet; a day it would cover bears no interest until a manager does.
    confirmed: bool = True


@dataclass(frozen=True)
class BalanceChange:
    on: date  # date of a payment or credit note (or an increase)
    amount: Decimal  # signed change of the principal: -300 for a payment of 300
    kind: str = CHANGE_PAYMENT  # CHANGE_PAYMENT or CHANGE_CREDIT_NOTE (reductions only)


@dataclass(frozen=True)
class NoAccrualWindow:
    date_from: date  # inclusive
    date_to: date  # inclusive
    reason: str  # e.g. "RU moratorium, Постановление Правительства РФ № 497"
    # Only obligations that arose before this day are covered (None: every obligation). The
    # 2022 Russian moratorium covers debts that arose before it came into force, not the
    # "текущие платежи" that arose during it (Пленум ВС РФ № 44 от 24.12.2020 п. 7).
    obligations_before: date | None = None

    def covers_obligation(self, arose_on):
        return self.obligations_before is None or arose_on < self.obligations_before


@dataclass(frozen=True)
class InterestRule:
    code: str  # "de_b2b", "se", "no", "ru_395", "uk_b2b", "eu_b2b" ...
    rate_kind: str  # RATE_REFERENCE_PLUS_MARGIN or RATE_FIXED
    margin: Decimal = ZERO  # percentage points added to the reference rate
    fixed_rate: Decimal | None = None  # percent, when rate_kind == RATE_FIXED
    day_count: str = ACT_365  # ACT_365 or ACT_ACT
    rate_fixing: str = PER_PERIOD  # PER_PERIOD or FIXED_AT_START
    start_delay_days: int = 0  # interest starts on due_date + 1 + start_delay_days
    no_accrual_windows: tuple = ()  # tuple[NoAccrualWindow]
    allocation: str = PRINCIPAL_FIRST  # or COSTS_INTEREST_PRINCIPAL (BGB § 367 Abs. 1)
    legal_source: str = ""
    rate_table: str = ""  # ``source`` column of reference-rates.csv holding the reference rates


@dataclass(frozen=True)
class InterestSegment:
    date_from: date  # first day bearing interest, inclusive
    date_to: date  # last day bearing interest, inclusive
    days: int
    year_days: int  # 365 or 366 (denominator used)
    rate: Decimal  # effective annual percent (reference + margin, fixed, or contractual)
    base: Decimal  # principal bearing interest in this segment
    amount: Decimal  # exact, NOT rounded
    rate_source: str  # source string of the rate period used ("contractual" for that rate)


@dataclass(frozen=True)
class PaymentSplit:
    """How one reduction of the balance was used (for letters)."""

    on: date
    amount: Decimal  # the reduction, positive
    costs: Decimal
    interest: Decimal
    principal: Decimal
    surplus: Decimal  # more than everything owed; not allocated here


@dataclass(frozen=True)
class InterestResult:
    segments: tuple  # tuple[InterestSegment]
    total: Decimal  # sum of exact segment amounts, rounded ONCE with round_money(total, digits)
    unpaid_interest: Decimal  # rounded; interest still owed after allocations
    allocation: str  # which order was applied (so letters can show it)
    unpaid_costs: Decimal = ZERO  # costs still owed after allocations
    unpaid_principal: Decimal = ZERO  # principal still owed on ``until``
    payment_splits: tuple = ()  # tuple[PaymentSplit], one per reduction up to ``until``


# ---------------------------------------------------------------------------------------------
# Rules and rates
# ---------------------------------------------------------------------------------------------


def check_rule(rule, rates=None):
    """Raise ``InterestRuleError`` when ``rule`` cannot be applied (``rates``: None = unchecked)."""
    if rule.rate_kind not in RATE_KINDS:
        raise InterestRuleError(f"Rule {rule.code!r}: unknown rate_kind {rule.rate_kind!r}.")
    if rule.rate_kind == RATE_FIXED and rule.fixed_rate is None:
        raise InterestRuleError(f"Rule {rule.code!r}: a fixed rate rule needs fixed_rate.")
    if rule.rate_kind == RATE_REFERENCE_PLUS_MARGIN and rates is not None and not tuple(rates):
        raise InterestRuleError(
            f"Rule {rule.code!r}: reference_plus_margin needs reference rate periods "
            f"({rule.rate_table or 'no rate table named'})."
        )
    if rule.day_count not in DAY_COUNTS:
        raise InterestRuleError(f"Rule {rule.code!r}: unknown day_count {rule.day_count!r}.")
    if rule.rate_fixing not in RATE_FIXINGS:
        raise InterestRuleError(f"Rule {rule.code!r}: unknown rate_fixing {rule.rate_fixing!r}.")
    if rule.allocation not in ALLOCATIONS:
        raise InterestRuleError(f"Rule {rule.code!r}: unknown allocation {rule.allocation!r}.")
    if not isinstance(rule.start_delay_days, int) or rule.start_delay_days < 0:
        raise InterestRuleError(f"Rule {rule.code!r}: start_delay_days must be an int >= 0.")
    for window in rule.no_accrual_windows:
        if window.date_from > window.date_to:
            raise InterestRuleError(
                f"Rule {rule.code!r}: no-accrual window {window.reason!r} ends before it starts."
            )


def effective_rate(rule, reference_rate):
    """Annual percent charged under ``rule`` when the reference rate is ``reference_rate``.

    Reference plus margin is never floored at zero: the margin applies to a negative reference
    rate as it stands (BGB § 288 with § 247: -0.88 + 9 = 8.12 %).
    """
    if rule.rate_kind == RATE_FIXED:
        if rule.fixed_rate is None:
            raise InterestRuleError(f"Rule {rule.code!r}: a fixed rate rule needs fixed_rate.")
        return to_decimal(rule.fixed_rate)
    if rule.rate_kind == RATE_REFERENCE_PLUS_MARGIN:
        if reference_rate is None:
            raise InterestRuleError(f"Rule {rule.code!r}: needs a reference rate.")
        return to_decimal(reference_rate) + to_decimal(rule.margin)
    raise InterestRuleError(f"Rule {rule.code!r}: unknown rate_kind {rule.rate_kind!r}.")


def sort_rates(rates):
    """``rates`` ordered by ``valid_from`` (stable for equal dates)."""
    return tuple(sorted(rates, key=lambda period: period.valid_from))


def rate_on(rates, on):
    """The latest period with ``valid_from <= on``; ``MissingRatePeriod`` when there is none,
    when that period ends before ``on`` (``valid_to``), or when it is not confirmed.

    A period never silently carries on into days it was not set for: a half-yearly table that
    ends with the half-year starting 2026-01-01 covers nothing from 2026-07-01.
    """
    found = None
    for period in sort_rates(rates):
        if period.valid_from > on:
            break
        found = period
    if found is None:
        raise MissingRatePeriod(on)
    if found.valid_to is not None and on > found.valid_to:
        raise MissingRatePeriod(on, needed_from=found.valid_to + ONE_DAY)
    if not found.confirmed:
        raise MissingRatePeriod(on, needed_from=found.valid_from, unconfirmed=True)
    return found


def rates_for(rule, tables):
    """The reference periods of ``rule`` from ``tables`` (as returned by ``load_rate_table``)."""
    if rule.rate_kind == RATE_FIXED:
        return ()
    if rule.rate_table not in tables:
        raise InterestRuleError(f"Rule {rule.code!r}: no rate table {rule.rate_table!r}.")
    return tables[rule.rate_table]


# ---------------------------------------------------------------------------------------------
# Computation
# ---------------------------------------------------------------------------------------------


class _Ledger:
    """Principal, costs and interest owed while walking through the days."""

    def __init__(self, principal, costs, allocation, digits):
        # A balance never goes below zero: a credit balance bears no interest.
        self.principal = max(to_decimal(principal), ZERO)
        self.costs = max(to_decimal(costs), ZERO)
        self.allocation = allocation
        self.digits = digits
        self.accrued = ZERO  # exact interest accrued so far
        self.interest_paid = ZERO
        self.splits = []

    def apply(self, change):
        amount = to_decimal(change.amount)
        if amount >= 0:
            # An increase (e.g. a debit note) adds to the principal.
            self.principal += amount
            return
        left = -amount
        paid_costs = paid_interest = ZERO
        if self.allocation == COSTS_INTEREST_PRINCIPAL and change.kind == CHANGE_PAYMENT:
            # BGB § 367 Abs. 1: costs first, then the interest accrued up to and including the
            # payment day (rounded to the currency, as it is claimed), then the principal.
            paid_costs = min(left, self.costs)
            self.costs -= paid_costs
            left -= paid_costs
            claim = max(round_money(self.accrued, self.digits) - self.interest_paid, ZERO)
            paid_interest = min(left, claim)
            self.interest_paid += paid_interest
            left -= paid_interest
        # Default (and credit notes): the reduction goes to the principal (the Odoo residual).
        paid_principal = min(left, self.principal)
        self.principal -= paid_principal
        self.splits.append(
            PaymentSplit(
                change.on, -amount, paid_costs, paid_interest, paid_principal, left - paid_principal
            )
        )


def _as_date(value, name):
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise TypeError(f"{name} must be a datetime.date, not {type(value).__name__}.")
    return value


def _check_changes(changes):
    for change in changes:
        _as_date(change.on, "BalanceChange.on")
        if change.kind not in CHANGE_KINDS:
            raise ValueError(f"Unknown balance change kind {change.kind!r}.")


def _intervals(start, until, rule, rates, changes, windows):
    """(first, last) day pairs, inclusive, in which nothing changes; empty when until < start."""
    if until < start:
        return []
    cuts = set()
    if rule.rate_kind == RATE_REFERENCE_PLUS_MARGIN and rule.rate_fixing == PER_PERIOD:
        # A new reference rate applies from its valid_from inclusive.
        cuts.update(period.valid_from for period in rates)
        # A period that ends (valid_to) leaves the following days without a rate: cut there so
        # that the first of them is looked up (and found missing) on its own.
        cuts.update(period.valid_to + ONE_DAY for period in rates if period.valid_to)
    if rule.day_count == ACT_ACT:
        # Actual/actual by calendar year: split at 31 December / 1 January.
        cuts.update(date(year, 1, 1) for year in range(start.year + 1, until.year + 1))
    for window in windows:
        cuts.update((window.date_from, window.date_to + ONE_DAY))
    # The payment day bears interest on the old balance; the new one applies the day after.
    cuts.update(change.on + ONE_DAY for change in changes)
    bounds = [start] + sorted(cut for cut in cuts if start < cut <= until) + [until + ONE_DAY]
    return [(first, following - ONE_DAY) for first, following in pairwise(bounds)]


def _statutory_rate(rule, rates, day, start):
    """(effective rate, source) of ``rule`` on ``day``."""
    if rule.rate_kind == RATE_FIXED:
        return effective_rate(rule, None), rule.legal_source or "fixed rate"
    # UK (Act 1998 s.6, SI 2002/1675): the reference rate of the day interest starts, for good.
    on = start if rule.rate_fixing == FIXED_AT_START else day
    try:
        period = rate_on(rates, on)
    except MissingRatePeriod as error:
        raise MissingRatePeriod(
            error.on, rule.code, needed_from=error.needed_from, unconfirmed=error.unconfirmed
        ) from None
    source = period.source or f"{rule.rate_table or 'reference rate'} from {period.valid_from}"
    return effective_rate(rule, period.rate), source


def _amount(base, rate, days, year_days):
    # Simple interest (Directive 2011/7/EU art. 2; BGB § 289; ГК РФ ст. 395 п. 5).
    return base * rate * days / (HUNDRED * year_days)


def _year_days(rule, day):
    if rule.day_count == ACT_ACT:
        # forsinkelsesrenteloven § 3 practice; ГК РФ ст. 395: 366 days in a leap year.
        return 366 if isleap(day.year) else 365
    # räntelagen, BGB § 288, UK Act 1998, Directive 2011/7/EU: 365 days, also in leap years.
    return 365


def _merge(segments):
    """Join neighbouring segments nothing distinguishes (e.g. split by a payment of 0)."""
    merged = []
    for segment in segments:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.date_to + ONE_DAY == segment.date_from
            and (previous.rate, previous.base, previous.year_days, previous.rate_source)
            == (segment.rate, segment.base, segment.year_days, segment.rate_source)
        ):
            days = previous.days + segment.days
            merged[-1] = InterestSegment(
                previous.date_from,
                segment.date_to,
                days,
                segment.year_days,
                segment.rate,
                segment.base,
                _amount(segment.base, segment.rate, days, segment.year_days),
                segment.rate_source,
            )
        else:
            merged.append(segment)
    return tuple(merged)


def compute_interest(
    principal,
    due_date,
    until,
    rule,
    rates=(),
    balance_changes=(),
    digits=2,
    costs=ZERO,
    apply_no_accrual=True,
    contractual_rate=None,
    arose_on=None,
):
    """Late-payment interest on ``principal`` due on ``due_date``, for the days up to ``until``.

    * Interest days: ``due_date + 1 + rule.start_delay_days`` up to ``until``, both inclusive.
    * ``rates``: reference ``RatePeriod``s (any order). A day that bears interest and that no
      period covers raises ``MissingRatePeriod`` naming that day, never a silent zero. Days that
      bear no interest (no-accrual window, balance 0) need no rate.
    * ``balance_changes``: ``BalanceChange``s; a change on day p takes effect from p + 1. Changes
      after ``until`` are ignored; changes before the start set the opening balance.
    * ``contractual_rate``: an agreed annual percent; it replaces the statutory rate in every
      segment where it is higher (BGB § 288 Abs. 3; räntelagen 1 § is dispositive), and the
      segment's ``rate_source`` is then ``"contractual"``.
    * ``apply_no_accrual``: False when the debtor opted out of the rule's no-accrual windows
      (RU moratorium, Постановление Правительства РФ № 497): those days then accrue normally.
    * ``arose_on``: the day the obligation arose (default: ``due_date``). A window with
      ``obligations_before`` spares only obligations that arose before that day: a debt due on
      or after 2022-04-01 accrues interest through the Russian moratorium.
    * Payment allocation (``rule.allocation``):

      - ``"principal_first"`` (default; SE, NO, UK, EU, RU and DE when § 367 is not invoked):
        a payment reduces the principal (the Odoo residual) from the day after it; ``costs`` and
        interest stay owed, so ``unpaid_interest == total``. A surplus is not allocated.
      - ``"costs_interest_principal"`` (DE, BGB § 367 Abs. 1; RU ГК ст. 319 is similar for
        costs): a payment first pays the outstanding ``costs``, then the interest accrued up to
        and including the payment day (rounded to the currency), then the principal; only the
        part reaching the principal reduces the interest-bearing base. Credit notes
        (``kind="credit_note"``) reduce the principal itself. Costs bear no interest.

    Each segment amount is exact (local context of ``PRECISION`` digits); the total is their sum
    rounded once, half up, to ``digits`` (rounding per line can differ by a cent).
    """
    check_rule(rule, rates)
    due_date = _as_date(due_date, "due_date")
    until = _as_date(until, "until")
    _check_changes(balance_changes)
    rates = sort_rates(rates)
    changes = sorted(balance_changes, key=lambda change: change.on)
    arose_on = due_date if arose_on is None else _as_date(arose_on, "arose_on")
    windows = (
        tuple(w for w in rule.no_accrual_windows if w.covers_obligation(arose_on))
        if apply_no_accrual
        else ()
    )
    contractual = None if contractual_rate is None else to_decimal(contractual_rate)
    start = due_date + timedelta(days=1 + rule.start_delay_days)
    ledger = _Ledger(principal, costs, rule.allocation, digits)
    segments = []
    with localcontext() as context:
        context.prec = PRECISION
        index = 0
        opening = min(start - ONE_DAY, until)
        while index < len(changes) and changes[index].on <= opening:
            ledger.apply(changes[index])
            index += 1
        for first, last in _intervals(start, until, rule, rates, changes, windows):
            excluded = any(w.date_from <= first <= w.date_to for w in windows)
            if not excluded and ledger.principal > 0:
                segment = _segment(rule, rates, first, last, start, ledger.principal, contractual)
                segments.append(segment)
                ledger.accrued += segment.amount
            while index < len(changes) and changes[index].on <= last:
                ledger.apply(changes[index])
                index += 1
        merged = _merge(segments)
        total = round_money(ledger.accrued, digits)
        unpaid_interest = round_money(max(total - ledger.interest_paid, ZERO), digits)
    return InterestResult(
        segments=merged,
        total=total,
        unpaid_interest=unpaid_interest,
        allocation=rule.allocation,
        unpaid_costs=round_money(ledger.costs, digits),
        unpaid_principal=round_money(ledger.principal, digits),
        payment_splits=tuple(ledger.splits),
    )


def _segment(rule, rates, first, last, start, base, contractual):
    rate, source = _statutory_rate(rule, rates, first, start)
    if contractual is not None and contractual > rate:
        # A higher agreed rate applies instead (BGB § 288 Abs. 3; räntelagen 1 §).
        rate, source = contractual, CONTRACTUAL
    days = (last - first).days + 1
    year_days = _year_days(rule, first)
    amount = _amount(base, rate, days, year_days)
    return InterestSegment(first, last, days, year_days, rate, base, amount, source)


# ---------------------------------------------------------------------------------------------
# Rate tables (format of /work/shared/legal/reference-rates.csv)
# ---------------------------------------------------------------------------------------------

RATE_TABLE_COLUMNS = ("source", "valid_from", "rate_percent", "confidence", "meaning")


def load_rate_table(csv_text):
    """``{source: (RatePeriod, ...)}`` from text in the format of reference-rates.csv.

    Columns: source, valid_from (ISO date), rate_percent, confidence, meaning. Periods keep the
    order of the file (``check_no_gap`` checks it; ``compute_interest`` sorts anyway). Each
    period's ``source`` carries the meaning, the table row and its confidence.
    """
    reader = csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff")))
    missing = [name for name in RATE_TABLE_COLUMNS if name not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"Rate table lacks the column(s) {', '.join(missing)}.")
    tables = {}
    for line, row in enumerate(reader, start=2):
        if not any((value or "").strip() for value in row.values()):
            continue
        name = row["source"].strip()
        try:
            valid_from = date.fromisoformat(row["valid_from"].strip())
            rate = Decimal(row["rate_percent"].strip())
        except (ValueError, InvalidOperation):
            raise ValueError(f"Rate table line {line}: bad valid_from or rate_percent.") from None
        confidence = (row["confidence"] or "").strip()
        meaning = (row["meaning"] or "").strip()
        source = f"{meaning} [{name} {valid_from.isoformat()}; {confidence}]"
        tables.setdefault(name, []).append(RatePeriod(valid_from, rate, source))
    return {name: tuple(periods) for name, periods in tables.items()}


def half_year_start(day):
    """1 January or 1 July of the half-year ``day`` is in."""
    return date(day.year, 1 if day.month <= 6 else 7, 1)


def next_half_year_start(day):
    """The first 1 January or 1 July after ``day``."""
    return date(day.year, 7, 1) if day.month <= 6 else date(day.year + 1, 1, 1)


# Confidence texts of reference-rates.csv that mean the value was read in the statute or the
# official publication itself. Anything else (secondary compilation, derived from another rate,
# a mirror of the publication, "official ... or secondary") waits for a manager's confirmation.
CONFIRMED_CONFIDENCE_PREFIXES = ("statute", "official")
UNCONFIRMED_CONFIDENCE_WORDS = ("secondary", "derived", "mirror", "unconfirmed", "estimate")


def is_confirmed_confidence(confidence):
    """True when a rate row's confidence is "statute read / official publication" or better."""
    text = (confidence or "").strip().lower()
    if not text.startswith(CONFIRMED_CONFIDENCE_PREFIXES):
        return False
    return not any(word in text for word in UNCONFIRMED_CONFIDENCE_WORDS)


def bound_periods(periods, half_yearly=False, complete_until=None):
    """``periods`` sorted, each with the last day it is known to apply (``valid_to``).

    A period runs until the day before the next one. With ``half_yearly`` (räntelagen 9 §,
    BGB § 247, forsinkelsesrenteloven § 3, SI 2002/1675, Directive 2011/7/EU: a new value
    each 1 January / 1 July) it never runs past the end of its own half-year, so a missing
    half-year row is a day without a rate, as ``check_no_gap`` reports it. Otherwise the last
    period runs until ``complete_until`` (the day the table is known complete), or open-ended
    when that is None.
    """
    ordered = sort_rates(periods)
    bounded = []
    for index, period in enumerate(ordered):
        following = ordered[index + 1].valid_from if index + 1 < len(ordered) else None
        ends = [following - ONE_DAY] if following else []
        if half_yearly:
            ends.append(next_half_year_start(period.valid_from) - ONE_DAY)
        elif following is None and complete_until is not None:
            ends.append(max(complete_until, period.valid_from))
        bounded.append(
            RatePeriod(
                period.valid_from,
                period.rate,
                period.source,
                valid_to=min(ends) if ends else None,
                confirmed=period.confirmed,
            )
        )
    return tuple(bounded)


def first_missing_period(periods, on, half_yearly=False, complete_until=None, start=None):
    """First day from which a confirmed rate must be entered (or confirmed) so that every day
    from ``start`` (default: the table's first period) to ``on`` has one; None when none is
    missing. Days after a gap, after the last period's end, or in an unconfirmed period count.
    """
    bounded = bound_periods(periods, half_yearly, complete_until)
    if not bounded:
        return start or on
    day = start or bounded[0].valid_from
    if day < bounded[0].valid_from:
        return day
    for period in bounded:
        if period.valid_from > on:
            break
        if period.valid_from > day:
            return day  # a gap before this period
        if period.valid_to is not None and period.valid_to < day:
            continue  # ends before the range
        if not period.confirmed:
            return period.valid_from
        if period.valid_to is None:
            return None
        day = period.valid_to + ONE_DAY
        if day > on:
            return None
    return day if day <= on else None


def _half_year_starts(first, last):
    """Every 1 January and 1 July from ``first`` to ``last``, inclusive."""
    for year in range(first.year, last.year + 1):
        for day in (date(year, 1, 1), date(year, 7, 1)):
            if first <= day <= last:
                yield day


def check_no_gap(periods, start=date(2020, 1, 1), half_yearly=False):
    """Problems of a rate table from ``start`` on, as text; empty when it is fine.

    A period runs until the next one, so a table has no gap when its first period starts on or
    before ``start`` and the periods strictly increase. With ``half_yearly`` (rates set each
    1 January / 1 July: räntelagen 9 §, BGB § 247, forsinkelsesrenteloven § 3, SI 2002/1675,
    Directive 2011/7/EU) a missing half-year row is a problem too, since the previous value
    would silently carry on.
    """
    periods = tuple(periods)
    if not periods:
        return ["no rate periods"]
    problems = []
    first = min(period.valid_from for period in periods)
    if first > start:
        problems.append(
            f"first period starts {first.isoformat()}, after "
            f"{start.isoformat()}: the days before have no rate"
        )
    for previous, period in pairwise(periods):
        if period.valid_from <= previous.valid_from:
            problems.append(
                f"period {period.valid_from.isoformat()} does not follow "
                f"{previous.valid_from.isoformat()}"
            )
    for period in periods:
        if not isinstance(period.rate, Decimal):
            problems.append(f"period {period.valid_from.isoformat()}: rate is not a Decimal")
    if half_yearly:
        present = {period.valid_from for period in periods}
        last = max(period.valid_from for period in periods)
        for day in _half_year_starts(start, last):
            if day not in present:
                problems.append(f"no half-yearly rate for {day.isoformat()}")
    return problems


# ---------------------------------------------------------------------------------------------
# Ready rules (margins from /work/shared/legal/README.md)
# ---------------------------------------------------------------------------------------------

RU_MORATORIUM_2022 = NoAccrualWindow(
    date(2022, 4, 1),
    date(2022, 10, 1),
    "RU moratorium, Постановление Правительства РФ от 28.03.2022 № 497",
    obligations_before=date(2022, 4, 1),
)

STANDARD_RULES = {
    "se": InterestRule(
        code="se",
        rate_kind=RATE_REFERENCE_PLUS_MARGIN,
        margin=Decimal("8"),
        day_count=ACT_365,
        rate_fixing=PER_PERIOD,
        rate_table="se_riksbank_reference",
        legal_source="Räntelagen (1975:635) 6 § (referensränta + 8 procentenheter), 9 §",
    ),
    "de_b2b": InterestRule(
        code="de_b2b",
        rate_kind=RATE_REFERENCE_PLUS_MARGIN,
        margin=Decimal("9"),
        day_count=ACT_365,
        rate_fixing=PER_PERIOD,
        rate_table="de_basiszinssatz",
        legal_source="BGB § 288 Abs. 2 (Basiszinssatz § 247 + 9 Prozentpunkte)",
    ),
    "de_b2c": InterestRule(
        code="de_b2c",
        rate_kind=RATE_REFERENCE_PLUS_MARGIN,
        margin=Decimal("5"),
        day_count=ACT_365,
        rate_fixing=PER_PERIOD,
        rate_table="de_basiszinssatz",
        legal_source="BGB § 288 Abs. 1 (Basiszinssatz § 247 + 5 Prozentpunkte)",
    ),
    "no": InterestRule(
        code="no",
        rate_kind=RATE_REFERENCE_PLUS_MARGIN,
        margin=ZERO,  # the table ships the full forsinkelsesrente, not a base rate
        day_count=ACT_ACT,
        rate_fixing=PER_PERIOD,
        rate_table="no_forsinkelsesrente",
        legal_source="Forsinkelsesrenteloven § 3 (rente fastsatt av Finansdepartementet)",
    ),
    "ru_395": InterestRule(
        code="ru_395",
        rate_kind=RATE_REFERENCE_PLUS_MARGIN,
        margin=ZERO,
        day_count=ACT_ACT,
        rate_fixing=PER_PERIOD,
        no_accrual_windows=(RU_MORATORIUM_2022,),
        rate_table="ru_cbr_key_rate",
        legal_source="ГК РФ ст. 395 п. 1 (ключевая ставка Банка России в соответствующие периоды)",
    ),
    "uk_b2b": InterestRule(
        code="uk_b2b",
        rate_kind=RATE_REFERENCE_PLUS_MARGIN,
        margin=Decimal("8"),
        day_count=ACT_365,
        rate_fixing=FIXED_AT_START,
        rate_table="uk_boe_bank_rate_reference",
        legal_source=(
            "Late Payment of Commercial Debts (Interest) Act 1998 + SI 2002/1675 "
            "(reference rate + 8 %, fixed for the debt)"
        ),
    ),
    "eu_b2b": InterestRule(
        code="eu_b2b",
        rate_kind=RATE_REFERENCE_PLUS_MARGIN,
        margin=Decimal("8"),
        day_count=ACT_365,
        rate_fixing=PER_PERIOD,
        rate_table="eu_ecb_mro_halfyear",
        legal_source="Directive 2011/7/EU art. 2 (ECB reference rate + 8 percentage points)",
    ),
}
