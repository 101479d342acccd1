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

from calendar import isleap
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, localcontext
from itertools import pairwise

from .allocation import ORDER_BGB_367, split_payment
from .interest_rules import (
    ACT_ACT,
    CHANGE_KINDS,
    CHANGE_PAYMENT,
    COSTS_INTEREST_PRINCIPAL,
    FIXED_AT_START,
    PER_PERIOD,
    RATE_FIXED,
    RATE_REFERENCE_PLUS_MARGIN,
    check_rule,
    effective_rate,
)
from .money import HUNDRED, ZERO, round_money, to_decimal
from .rates import ONE_DAY, MissingRatePeriod, rate_on, sort_rates

# ``rate_source`` of a segment charged at the contractual rate.
CONTRACTUAL = "contractual"

# Significant digits of the local decimal context used for the exact segment amounts.
PRECISION = 40


@dataclass(frozen=True)
class BalanceChange:
    on: date  # date of a payment or credit note (or an increase)
    amount: Decimal  # signed change of the principal: -300 for a payment of 300
    kind: str = CHANGE_PAYMENT  # CHANGE_PAYMENT or CHANGE_CREDIT_NOTE (reductions only)


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
class BalanceReduction:
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
    payment_splits: tuple = ()  # tuple[BalanceReduction], one per reduction up to ``until``


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
        reduction = -amount
        if self.allocation == COSTS_INTEREST_PRINCIPAL and change.kind == CHANGE_PAYMENT:
            # BGB § 367 Abs. 1 (``allocation.split_payment``): costs first, then the interest
            # accrued up to and including the payment day (rounded to the currency, as it is
            # claimed), then the principal.
            claim = max(round_money(self.accrued, self.digits) - self.interest_paid, ZERO)
            split = split_payment(reduction, self.costs, claim, self.principal, ORDER_BGB_367)
            paid_costs, paid_interest = split.costs, split.interest
            paid_principal, surplus = split.principal, split.surplus
        else:
            # Default (and credit notes): the reduction goes to the principal (the residual).
            paid_costs = paid_interest = ZERO
            paid_principal = min(reduction, self.principal)
            surplus = reduction - paid_principal
        self.costs -= paid_costs
        self.interest_paid += paid_interest
        self.principal -= paid_principal
        self.splits.append(
            BalanceReduction(
                change.on, reduction, paid_costs, paid_interest, paid_principal, surplus
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
