"""Interest rules: how a country's statute computes late-payment interest.

A rule says which rate (a reference rate plus a margin, or a fixed rate), which day count, whether
the rate follows every change or is fixed when interest starts (UK), how payments are allocated
(BGB § 367) and which days bear no interest (the 2022 Russian moratorium). ``STANDARD_RULES`` are
the shipped rules with their legal sources (margins from /work/shared/legal/README.md).
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .money import ZERO, to_decimal

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


class InterestRuleError(ValueError):
    """An interest rule that cannot be applied as configured."""


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


def rates_for(rule, tables):
    """The reference periods of ``rule`` from ``tables`` (as returned by ``load_rate_table``)."""
    if rule.rate_kind == RATE_FIXED:
        return ()
    if rule.rate_table not in tables:
        raise InterestRuleError(f"Rule {rule.code!r}: no rate table {rule.rate_table!r}.")
    return tables[rule.rate_table]


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
