"""Fixed compensation for recovery costs from business debtors, and Sweden's fee replacement.

``compute_compensation``: the fixed sum a business debtor owes for recovery costs (Directive
2011/7/EU art. 6 and its transpositions: BGB § 288 Abs. 5, lag (1997:1122), forsinkelsesrenteloven
§ 3a standardkompensasjon, Late Payment Act 1998 s.5A); never charged to consumers.
``apply_sweden_replacement``: the förseningsersättning replaces reminder and collection fees of
the same claim (lag 1981:739 4 a §).

Source of every number: /work/shared/legal/README.md, with the statute named next to it.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from . import eu_directive
from .money import ZERO, round_money, to_decimal
from .rates import is_confirmed_confidence

# Why a compensation is (not) due.
COMPENSATION_OK = "ok"
COMPENSATION_CONSUMER = "consumer"
COMPENSATION_NOTHING_DUE = "nothing_due"
COMPENSATION_NOT_COVERED = "not_covered"  # no statutory fixed sum known for the country
COMPENSATION_ABSORBED = "absorbed_by_fees"  # NO: reminder fees already charged used it up


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


# ---------------------------------------------------------------------------------------------
# The fixed sum counts towards later legal-pursuit costs
# ---------------------------------------------------------------------------------------------

CREDIT_SOURCE = (
    "Directive 2011/7/EU art. 6(3) (costs beyond the fixed sum); BGB § 288 Abs. 5 S. 3 (the "
    "Pauschale is credited against damages consisting of legal-pursuit costs)"
)


@dataclass(frozen=True)
class CostCredit:
    credited: Decimal  # part of the fixed compensation set against the costs
    recoverable: Decimal  # legal-pursuit costs the debtor still owes on top of it


def credit_against_costs(costs, compensation_claimed, digits=2):
    """Legal-pursuit costs (collection agency, lawyer, court) owed on top of the fixed
    compensation already claimed: the fixed sum counts towards them, so the debtor never pays
    the same recovery costs twice (``CREDIT_SOURCE``).

    >>> credit_against_costs("120.00", "40.00")
    CostCredit(credited=Decimal('40.00'), recoverable=Decimal('80.00'))
    >>> credit_against_costs("25.00", "40.00")
    CostCredit(credited=Decimal('25.00'), recoverable=Decimal('0.00'))
    >>> credit_against_costs("0", "40")
    CostCredit(credited=Decimal('0.00'), recoverable=Decimal('0.00'))
    """
    costs = max(to_decimal(costs), ZERO)
    credited = min(max(to_decimal(compensation_claimed), ZERO), costs)
    return CostCredit(round_money(credited, digits), round_money(costs - credited, digits))
