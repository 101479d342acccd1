"""Worked examples of statutory late-payment interest, exact to the cent.

Rates are the real values of /work/shared/legal/reference-rates.csv; each test hard-codes the rows
it needs and cites them. The arithmetic of every expected number is written in the comments.
"""

import csv
import io
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from dunning_core.interest import CONTRACTUAL, BalanceChange, compute_interest
from dunning_core.interest_rules import (
    ACT_365,
    ACT_ACT,
    CHANGE_CREDIT_NOTE,
    COSTS_INTEREST_PRINCIPAL,
    PRINCIPAL_FIRST,
    RATE_FIXED,
    STANDARD_RULES,
    InterestRule,
    InterestRuleError,
    NoAccrualWindow,
    effective_rate,
    rates_for,
)
from dunning_core.rates import MissingRatePeriod, RatePeriod, check_no_gap, load_rate_table, rate_on

D = Decimal
ADDON_DIR = Path(__file__).resolve().parents[2]
# The rate periods the add-on ships (Odoo data), and the research table they are generated from
# (outside the repository, so only on a developer's machine).
SHIPPED_CSV = ADDON_DIR / "data" / "account.dunning.rate.period.csv"
RESEARCH_CSV = ADDON_DIR.parent / "shared" / "legal" / "reference-rates.csv"


def shipped_rate_table_text():
    """The shipped Odoo data file rewritten in the research table's columns."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("source", "valid_from", "rate_percent", "confidence", "meaning"))
    with open(SHIPPED_CSV, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            table = row["source_id:id"].removeprefix("rate_source_")
            writer.writerow(
                (table, row["valid_from"], row["rate"], row["confidence"], row["legal_source"])
            )
    return out.getvalue()


# CSV rows de_basiszinssatz,2024-07-01,3.37 and de_basiszinssatz,2025-01-01,2.27
DE_2024_2025 = (
    RatePeriod(date(2024, 7, 1), D("3.37"), "Basiszinssatz 2024-07-01"),
    RatePeriod(date(2025, 1, 1), D("2.27"), "Basiszinssatz 2025-01-01"),
)


def lines(result):
    return [(s.date_from, s.date_to, s.days, s.year_days, s.rate, s.base) for s in result.segments]


def cents(result):
    return [s.amount.quantize(D("0.01")) for s in result.segments]


# --- 1. Germany, business, across a 1 January rate change -------------------------------------


def test_de_b2b_across_new_year():
    result = compute_interest(
        D("10000.00"), date(2024, 11, 15), date(2025, 2, 14), STANDARD_RULES["de_b2b"], DE_2024_2025
    )
    # Interest from 16 Nov 2024 (day after due date) to 14 Feb 2025 (payment day) inclusive.
    # 16.11.-31.12.2024: 15 + 31 = 46 days at 3.37 + 9 = 12.37 %, actual/365 even in 2024:
    #   10000 x 12.37 % x 46 / 365 = 56902 / 365 = 155.895890...
    # 01.01.-14.02.2025: 31 + 14 = 45 days at 2.27 + 9 = 11.27 %:
    #   10000 x 11.27 % x 45 / 365 = 50715 / 365 = 138.945205...
    # total = 107617 / 365 = 294.841095... -> 294.84 (rounding each line: 155.90 + 138.95 = 294.85)
    assert lines(result) == [
        (date(2024, 11, 16), date(2024, 12, 31), 46, 365, D("12.37"), D("10000.00")),
        (date(2025, 1, 1), date(2025, 2, 14), 45, 365, D("11.27"), D("10000.00")),
    ]
    # Segment amounts are exact (not rounded) to far more than a cent.
    assert abs(Fraction(result.segments[0].amount) - Fraction(56902, 365)) < Fraction(1, 10**30)
    assert cents(result) == [D("155.90"), D("138.95")]
    assert result.total == D("294.84")
    assert result.unpaid_interest == D("294.84")
    assert result.allocation == PRINCIPAL_FIRST
    assert [s.rate_source for s in result.segments] == [
        "Basiszinssatz 2024-07-01",
        "Basiszinssatz 2025-01-01",
    ]


def test_de_b2b_contractual_rate_only_where_higher():
    result = compute_interest(
        D("10000.00"),
        date(2024, 11, 15),
        date(2025, 2, 14),
        STANDARD_RULES["de_b2b"],
        DE_2024_2025,
        contractual_rate=D("12.00"),
    )
    # 2024 part: statutory 12.37 % > 12.00 %: stays 56902 / 365 = 155.895890...
    # 2025 part: 12.00 % > 11.27 %: 10000 x 12 % x 45 / 365 = 54000 / 365 = 147.945205...
    # total = 110902 / 365 = 303.841095... -> 303.84
    assert [(s.rate, s.rate_source) for s in result.segments] == [
        (D("12.37"), "Basiszinssatz 2024-07-01"),
        (D("12.00"), CONTRACTUAL),
    ]
    assert result.total == D("303.84")


# --- 2. Sweden, consumer, partial payment mid-period ------------------------------------------


def test_se_partial_payment():
    # CSV rows se_riksbank_reference,2025-01-01,3.00 and se_riksbank_reference,2025-07-01,2.00
    rates = (
        RatePeriod(date(2025, 7, 1), D("2.00"), "referensränta 2025-07-01"),  # unsorted on purpose
        RatePeriod(date(2025, 1, 1), D("3.00"), "referensränta 2025-01-01"),
    )
    result = compute_interest(
        D("5000.00"),
        date(2025, 3, 31),
        date(2025, 7, 10),
        STANDARD_RULES["se"],
        rates,
        balance_changes=[BalanceChange(date(2025, 4, 30), D("-2000.00"))],
    )
    # Payment of 2000 on 30 Apr: 30 Apr still bears interest on 5000.
    # 01.04.-30.04.: 30 days on 5000 at 3 + 8 = 11 %:
    #   5000 x 0.11 x 30 / 365 = 16500 / 365 = 45.205479
    # 01.05.-30.06.: 31 + 30 = 61 days on 3000 at 11 %:
    #   3000 x 0.11 x 61 / 365 = 20130 / 365 = 55.150684
    # 01.07.-10.07.: 10 days on 3000 at 2 + 8 = 10 %:
    #   3000 x 0.10 x 10 / 365 = 3000 / 365 = 8.219178
    # total = 39630 / 365 = 108.575342... -> 108.58
    assert lines(result) == [
        (date(2025, 4, 1), date(2025, 4, 30), 30, 365, D("11.00"), D("5000.00")),
        (date(2025, 5, 1), date(2025, 6, 30), 61, 365, D("11.00"), D("3000.00")),
        (date(2025, 7, 1), date(2025, 7, 10), 10, 365, D("10.00"), D("3000.00")),
    ]
    assert cents(result) == [D("45.21"), D("55.15"), D("8.22")]
    assert result.total == D("108.58")
    assert result.unpaid_principal == D("3000.00")


# --- 3. Norway, actual/actual, across a 1 July change ------------------------------------------


def test_no_across_first_july():
    # CSV rows no_forsinkelsesrente,2025-01-01,12.50 and no_forsinkelsesrente,2025-07-01,12.25
    rates = (
        RatePeriod(date(2025, 1, 1), D("12.50"), "FOR-2024-12-19-3279"),
        RatePeriod(date(2025, 7, 1), D("12.25"), "forsinkelsesrente 2025-07-01"),
    )
    result = compute_interest(
        D("20000.00"), date(2025, 6, 10), date(2025, 8, 20), STANDARD_RULES["no"], rates
    )
    # The table is the full rate (margin 0). 2025 has 365 days.
    # 11.06.-30.06.: 20 days at 12.50 %: 20000 x 0.125 x 20 / 365 = 50000 / 365 = 136.986301
    # 01.07.-20.08.: 31 + 20 = 51 days at 12.25 %: 20000 x 0.1225 x 51 / 365 = 124950 / 365
    #   = 342.328767
    # total = 174950 / 365 = 479.315068... -> 479.32
    assert lines(result) == [
        (date(2025, 6, 11), date(2025, 6, 30), 20, 365, D("12.50"), D("20000.00")),
        (date(2025, 7, 1), date(2025, 8, 20), 51, 365, D("12.25"), D("20000.00")),
    ]
    assert result.total == D("479.32")


# --- 4. Russia, ГК РФ ст. 395, key-rate changes and the 2022 moratorium ------------------------


def test_ru_two_key_rate_changes():
    # CSV rows ru_cbr_key_rate 2024-10-28 21.00, 2025-06-09 20.00, 2025-07-28 18.00
    rates = (
        RatePeriod(date(2024, 10, 28), D("21.00"), "ЦБ РФ 2024-10-28"),
        RatePeriod(date(2025, 6, 9), D("20.00"), "ЦБ РФ 2025-06-09"),
        RatePeriod(date(2025, 7, 28), D("18.00"), "ЦБ РФ 2025-07-28"),
    )
    result = compute_interest(
        D("100000.00"), date(2025, 5, 31), date(2025, 8, 10), STANDARD_RULES["ru_395"], rates
    )
    # 01.06.-08.06.: 8 days at 21 %: 100000 x 0.21 x 8 / 365 = 168000 / 365 = 460.273972
    # 09.06.-27.07.: 22 + 27 = 49 days at 20 %:
    #   100000 x 0.20 x 49 / 365 = 980000 / 365 = 2684.931506
    # 28.07.-10.08.: 4 + 10 = 14 days at 18 %: 100000 x 0.18 x 14 / 365 = 252000 / 365 = 690.410958
    # total = 1400000 / 365 = 3835.616438... -> 3835.62
    assert [(s.date_from, s.days, s.rate) for s in result.segments] == [
        (date(2025, 6, 1), 8, D("21.00")),
        (date(2025, 6, 9), 49, D("20.00")),
        (date(2025, 7, 28), 14, D("18.00")),
    ]
    assert cents(result) == [D("460.27"), D("2684.93"), D("690.41")]
    assert result.total == D("3835.62")


# CSV rows ru_cbr_key_rate from 2022-02-28 (20.00) to 2022-09-19 (7.50)
RU_2022 = (
    RatePeriod(date(2022, 2, 28), D("20.00"), "ЦБ РФ 2022-02-28"),
    RatePeriod(date(2022, 4, 11), D("17.00"), "ЦБ РФ 2022-04-11"),
    RatePeriod(date(2022, 5, 4), D("14.00"), "ЦБ РФ 2022-05-04"),
    RatePeriod(date(2022, 5, 27), D("11.00"), "ЦБ РФ 2022-05-27"),
    RatePeriod(date(2022, 6, 14), D("9.50"), "ЦБ РФ 2022-06-14"),
    RatePeriod(date(2022, 7, 25), D("8.00"), "ЦБ РФ 2022-07-25"),
    RatePeriod(date(2022, 9, 19), D("7.50"), "ЦБ РФ 2022-09-19"),
)


def test_ru_moratorium_2022():
    result = compute_interest(
        D("50000.00"), date(2022, 3, 15), date(2022, 10, 20), STANDARD_RULES["ru_395"], RU_2022
    )
    # Moratorium 01.04.2022-01.10.2022 (Постановление № 497): no interest on those days.
    # 16.03.-31.03.: 16 days at 20 %: 50000 x 0.20 x 16 / 365 = 160000 / 365 = 438.356164
    # 02.10.-20.10.: 19 days at 7.50 %: 50000 x 0.075 x 19 / 365 = 71250 / 365 = 195.205479
    # total = 231250 / 365 = 633.561643... -> 633.56
    assert [(s.date_from, s.date_to, s.days, s.rate) for s in result.segments] == [
        (date(2022, 3, 16), date(2022, 3, 31), 16, D("20.00")),
        (date(2022, 10, 2), date(2022, 10, 20), 19, D("7.50")),
    ]
    assert result.total == D("633.56")


def test_ru_moratorium_opt_out():
    result = compute_interest(
        D("50000.00"),
        date(2022, 3, 15),
        date(2022, 10, 20),
        STANDARD_RULES["ru_395"],
        RU_2022,
        apply_no_accrual=False,
    )
    # The debtor opted out: every day accrues. 16.03.-20.10.2022 = 16+30+31+30+31+31+30+20 = 219.
    # 16.03.-10.04.  26 days x 20 %   : 50000 x 0.20  x 26 = 260000 / 365 = 712.33
    # 11.04.-03.05.  23 days x 17 %   : 50000 x 0.17  x 23 = 195500 / 365 = 535.62
    # 04.05.-26.05.  23 days x 14 %   : 50000 x 0.14  x 23 = 161000 / 365 = 441.10
    # 27.05.-13.06.  18 days x 11 %   : 50000 x 0.11  x 18 =  99000 / 365 = 271.23
    # 14.06.-24.07.  41 days x 9.50 % : 50000 x 0.095 x 41 = 194750 / 365 = 533.56
    # 25.07.-18.09.  56 days x 8 %    : 50000 x 0.08  x 56 = 224000 / 365 = 613.70
    # 19.09.-20.10.  32 days x 7.50 % : 50000 x 0.075 x 32 = 120000 / 365 = 328.77
    # total = 1254250 / 365 = 3436.301369... -> 3436.30
    assert [s.days for s in result.segments] == [26, 23, 23, 18, 41, 56, 32]
    assert sum(s.days for s in result.segments) == 219
    assert cents(result) == [
        D("712.33"),
        D("535.62"),
        D("441.10"),
        D("271.23"),
        D("533.56"),
        D("613.70"),
        D("328.77"),
    ]
    assert result.total == D("3436.30")


def test_no_rate_needed_inside_moratorium():
    # A debt that arose before the moratorium, interest starting and ending inside it: nothing
    # accrues, no rate is needed.
    result = compute_interest(
        D("1000.00"), date(2022, 3, 31), date(2022, 6, 1), STANDARD_RULES["ru_395"], RU_2022[-1:]
    )
    assert result.segments == ()
    assert result.total == D("0.00")


# --- 5. Leap year: actual/actual (366) against actual/365 -------------------------------------

# CSV rows no_forsinkelsesrente,2023-07-01,11.75 and no_forsinkelsesrente,2024-01-01,12.50
NO_2023_2024 = (
    RatePeriod(date(2023, 7, 1), D("11.75"), "forsinkelsesrente 2023-07-01"),
    RatePeriod(date(2024, 1, 1), D("12.50"), "forsinkelsesrente 2024-01-01"),
)


def test_leap_year_act_act_against_act_365():
    rule = STANDARD_RULES["no"]
    act_act = compute_interest(
        D("10000.00"), date(2023, 12, 15), date(2024, 1, 31), rule, NO_2023_2024
    )
    # 16.12.-31.12.2023: 16 days at 11.75 % / 365:
    #   10000 x 0.1175 x 16 / 365 = 18800 / 365 = 51.506849
    # 01.01.-31.01.2024: 31 days at 12.50 % / 366 (leap year):
    #   10000 x 0.125 x 31 / 366 = 38750 / 366 = 105.874316
    # total = (18800 x 366 + 38750 x 365) / (365 x 366) = 21024550 / 133590 = 157.381166 -> 157.38
    assert lines(act_act) == [
        (date(2023, 12, 16), date(2023, 12, 31), 16, 365, D("11.75"), D("10000.00")),
        (date(2024, 1, 1), date(2024, 1, 31), 31, 366, D("12.50"), D("10000.00")),
    ]
    assert act_act.total == D("157.38")

    act_365 = compute_interest(
        D("10000.00"),
        date(2023, 12, 15),
        date(2024, 1, 31),
        InterestRule(code="no_365", rate_kind="reference_plus_margin", day_count=ACT_365),
        NO_2023_2024,
    )
    # Same days, 2024 also / 365: (18800 + 38750) / 365 = 57550 / 365 = 157.671232 -> 157.67
    assert [s.year_days for s in act_365.segments] == [365, 365]
    assert act_365.total == D("157.67")


def test_act_act_splits_year_end_without_rate_change():
    # CSV rows no_forsinkelsesrente,2024-07-01,12.50 and 2025-01-01,12.50 (same value)
    rates = (
        RatePeriod(date(2024, 7, 1), D("12.50"), "no"),
        RatePeriod(date(2025, 1, 1), D("12.50"), "no"),
    )
    result = compute_interest(
        D("10000.00"), date(2024, 12, 20), date(2025, 1, 10), STANDARD_RULES["no"], rates
    )
    # 21.12.-31.12.2024: 11 days / 366: 1250 x 11 / 366 = 13750 / 366 = 37.568306
    # 01.01.-10.01.2025: 10 days / 365: 1250 x 10 / 365 = 12500 / 365 = 34.246575
    # total = (13750 x 365 + 12500 x 366) / 133590 = 9593750 / 133590 = 71.814881 -> 71.81
    assert [(s.days, s.year_days) for s in result.segments] == [(11, 366), (10, 365)]
    assert result.total == D("71.81")


def test_act_act_splits_year_end_with_fixed_rate():
    rule = InterestRule(code="f", rate_kind=RATE_FIXED, fixed_rate=D("10"), day_count=ACT_ACT)
    result = compute_interest(D("36600.00"), date(2024, 12, 28), date(2025, 1, 3), rule)
    # 29.-31.12.2024: 3 days x 36600 x 0.10 / 366 = 3 x 10.00 = 30.00
    # 01.-03.01.2025: 3 days x 36600 x 0.10 / 365 = 10980 / 365 = 30.082191
    # total = 60.082191... -> 60.08 (6 days / 366 would give 60.00)
    assert [(s.date_from, s.days, s.year_days) for s in result.segments] == [
        (date(2024, 12, 29), 3, 366),
        (date(2025, 1, 1), 3, 365),
    ]
    assert result.total == D("60.08")


# --- 6. Zero / negative reference rate ----------------------------------------------------------


def test_negative_base_rate_not_floored():
    # CSV row de_basiszinssatz,2021-01-01,-0.88
    rates = (RatePeriod(date(2021, 1, 1), D("-0.88"), "Basiszinssatz 2021-01-01"),)
    assert effective_rate(STANDARD_RULES["de_b2b"], D("-0.88")) == D("8.12")
    assert effective_rate(STANDARD_RULES["de_b2c"], D("-0.88")) == D("4.12")
    # CSV row se_riksbank_reference,2021-01-01,0.00: 0 + 8 = 8 %
    assert effective_rate(STANDARD_RULES["se"], D("0.00")) == D("8.00")
    result = compute_interest(
        D("1000.00"), date(2021, 3, 31), date(2021, 6, 30), STANDARD_RULES["de_b2b"], rates
    )
    # 01.04.-30.06.2021: 30 + 31 + 30 = 91 days at -0.88 + 9 = 8.12 %:
    #   1000 x 0.0812 x 91 / 365 = 7389.2 / 365 = 20.244383... -> 20.24
    assert lines(result) == [
        (date(2021, 4, 1), date(2021, 6, 30), 91, 365, D("8.12"), D("1000.00")),
    ]
    assert result.total == D("20.24")


# --- 7. UK: rate fixed when interest starts ----------------------------------------------------

# CSV rows uk_boe_bank_rate_reference 2024-07-01 5.25 (Bank Rate on 30 June 2024) and
# 2025-01-01 4.75 (Bank Rate on 31 December 2024)
UK_RATES = (
    RatePeriod(date(2024, 7, 1), D("5.25"), "Bank Rate 30 June 2024"),
    RatePeriod(date(2025, 1, 1), D("4.75"), "Bank Rate 31 December 2024"),
)


def test_uk_rate_fixed_at_start():
    rule = STANDARD_RULES["uk_b2b"]
    result = compute_interest(D("5000.00"), date(2024, 12, 20), date(2025, 3, 31), rule, UK_RATES)
    # Interest starts 21.12.2024, in the half-year from 1 July 2024: 5.25 + 8 = 13.25 % for good.
    # 21.12.2024-31.03.2025: 11 + 31 + 28 + 31 = 101 days, one segment, / 365:
    #   5000 x 0.1325 x 101 / 365 = 66912.5 / 365 = 183.321917... -> 183.32
    assert lines(result) == [
        (date(2024, 12, 21), date(2025, 3, 31), 101, 365, D("13.25"), D("5000.00")),
    ]
    assert result.segments[0].rate_source == "Bank Rate 30 June 2024"
    assert result.total == D("183.32")

    # Following the reference instead would give 11 days at 13.25 % + 90 days at 12.75 %:
    #   (5000 x 0.1325 x 11 + 5000 x 0.1275 x 90) / 365 = (7287.5 + 57375) / 365 = 177.157534
    per_period = InterestRule(
        code="uk_per_period", rate_kind="reference_plus_margin", margin=D("8")
    )
    assert compute_interest(
        D("5000.00"), date(2024, 12, 20), date(2025, 3, 31), per_period, UK_RATES
    ).total == D("177.16")

    # Due 31.12.2024: interest starts 01.01.2025, so 4.75 + 8 = 12.75 % for the whole debt:
    #   01.01.-31.03.2025 = 90 days: 5000 x 0.1275 x 90 / 365 = 57375 / 365 = 157.191780 -> 157.19
    later = compute_interest(D("5000.00"), date(2024, 12, 31), date(2025, 3, 31), rule, UK_RATES)
    assert lines(later) == [
        (date(2025, 1, 1), date(2025, 3, 31), 90, 365, D("12.75"), D("5000.00")),
    ]
    assert later.total == D("157.19")


def test_uk_rate_stays_fixed_after_a_part_payment():
    result = compute_interest(
        D("5000.00"),
        date(2024, 12, 20),
        date(2025, 3, 31),
        STANDARD_RULES["uk_b2b"],
        UK_RATES,
        balance_changes=[BalanceChange(date(2025, 2, 10), D("-2000.00"))],
    )
    # Still 13.25 % after the reference fell to 4.75 on 1 January:
    # 21.12.2024-10.02.2025: 11 + 31 + 10 = 52 days on 5000: 662.5 x 52 / 365 = 34450 / 365
    #   = 94.383561
    # 11.02.-31.03.2025: 18 + 31 = 49 days on 3000: 397.5 x 49 / 365 = 19477.5 / 365 = 53.363013
    # total = 53927.5 / 365 = 147.746575... -> 147.75
    assert lines(result) == [
        (date(2024, 12, 21), date(2025, 2, 10), 52, 365, D("13.25"), D("5000.00")),
        (date(2025, 2, 11), date(2025, 3, 31), 49, 365, D("13.25"), D("3000.00")),
    ]
    assert result.total == D("147.75")


# --- 8. BGB § 367 Abs. 1: costs, then interest, then principal ---------------------------------


def test_bgb_367_against_principal_first():
    payment = [BalanceChange(date(2024, 12, 31), D("-3000.00"))]
    bgb = InterestRule(
        code="de_b2b_367",
        rate_kind="reference_plus_margin",
        margin=D("9"),
        allocation=COSTS_INTEREST_PRINCIPAL,
    )
    result = compute_interest(
        D("10000.00"),
        date(2024, 11, 15),
        date(2025, 2, 14),
        bgb,
        DE_2024_2025,
        balance_changes=payment,
        costs=D("5.00"),
    )
    # Interest up to and including the payment day 31.12.2024: 46 days x 12.37 % on 10000
    #   = 56902 / 365 = 155.895890 -> claimed 155.90.
    # Payment 3000.00: costs 5.00, interest 155.90, principal 3000 - 5 - 155.90 = 2839.10;
    #   principal from 01.01.2025 = 10000 - 2839.10 = 7160.90.
    # 01.01.-14.02.2025: 45 days x 11.27 % on 7160.90 = 7160.90 x 11.27 x 45 / 36500
    #   = 3631650.435 / 36500 = 99.497272...
    # total = 155.895890 + 99.497272 = 255.393162 -> 255.39; unpaid = 255.39 - 155.90 = 99.49
    assert lines(result) == [
        (date(2024, 11, 16), date(2024, 12, 31), 46, 365, D("12.37"), D("10000.00")),
        (date(2025, 1, 1), date(2025, 2, 14), 45, 365, D("11.27"), D("7160.90")),
    ]
    assert result.total == D("255.39")
    assert result.unpaid_interest == D("99.49")
    assert result.unpaid_costs == D("0.00")
    assert result.unpaid_principal == D("7160.90")
    assert result.allocation == COSTS_INTEREST_PRINCIPAL
    split = result.payment_splits[0]
    assert (split.costs, split.interest, split.principal, split.surplus) == (
        D("5.00"),
        D("155.90"),
        D("2839.10"),
        D("0.00"),
    )

    first = compute_interest(
        D("10000.00"),
        date(2024, 11, 15),
        date(2025, 2, 14),
        STANDARD_RULES["de_b2b"],
        DE_2024_2025,
        balance_changes=payment,
        costs=D("5.00"),
    )
    # Principal first: 7000.00 from 01.01.2025: 7000 x 11.27 x 45 / 36500 = 97.261643...
    # total = 155.895890 + 97.261643 = 253.157534 -> 253.16, all still unpaid, costs too.
    assert first.segments[1].base == D("7000.00")
    assert first.total == D("253.16")
    assert first.unpaid_interest == D("253.16")
    assert first.unpaid_costs == D("5.00")
    assert first.unpaid_principal == D("7000.00")


def test_bgb_367_small_payment_leaves_principal():
    rule = InterestRule(
        code="de_b2b_367",
        rate_kind="reference_plus_margin",
        margin=D("9"),
        allocation=COSTS_INTEREST_PRINCIPAL,
    )
    result = compute_interest(
        D("10000.00"),
        date(2024, 11, 15),
        date(2025, 2, 14),
        rule,
        DE_2024_2025,
        balance_changes=[BalanceChange(date(2024, 12, 15), D("-50.00"))],
        costs=D("5.00"),
    )
    # Interest to 15.12.2024: 30 days x 12.37 % = 37110 / 365 = 101.67; payment 50.00 pays
    # costs 5.00 and interest 45.00, nothing reaches the principal: the base stays 10000, so the
    # two 2024 pieces merge and the total is the one of test 1: 294.84; unpaid 294.84 - 45.00.
    assert [s.days for s in result.segments] == [46, 45]
    assert result.total == D("294.84")
    assert result.unpaid_interest == D("249.84")
    assert result.unpaid_principal == D("10000.00")


def test_bgb_367_credit_note_reduces_principal():
    rule = InterestRule(
        code="fixed_367",
        rate_kind=RATE_FIXED,
        fixed_rate=D("10"),
        allocation=COSTS_INTEREST_PRINCIPAL,
    )
    change = BalanceChange(date(2025, 1, 10), D("-400.00"), kind=CHANGE_CREDIT_NOTE)
    result = compute_interest(
        D("1000.00"),
        date(2025, 1, 1),
        date(2025, 1, 20),
        rule,
        balance_changes=[change],
        costs=D("5"),
    )
    # A credit note is not a payment: all 400 reduce the principal.
    # 02.01.-10.01.: 9 days on 1000 at 10 %: 900 / 365 = 2.465753
    # 11.01.-20.01.: 10 days on 600 at 10 %: 600 / 365 = 1.643835; total 1500 / 365 = 4.109589
    assert [s.base for s in result.segments] == [D("1000.00"), D("600.00")]
    assert result.total == D("4.11")
    assert result.unpaid_costs == D("5.00")


# --- Balances, start, edge cases ---------------------------------------------------------------

FIXED_10 = InterestRule(code="fixed_10", rate_kind=RATE_FIXED, fixed_rate=D("10"), legal_source="x")


def test_full_payment_stops_accrual_and_overpayment_is_not_negative():
    for paid in (D("-1000.00"), D("-1200.00")):
        result = compute_interest(
            D("1000.00"),
            date(2025, 1, 1),
            date(2025, 3, 1),
            FIXED_10,
            balance_changes=[BalanceChange(date(2025, 1, 10), paid)],
        )
        # 02.01.-10.01.: 9 days x 10 % on 1000 = 900 / 365 = 2.465753 -> 2.47; nothing after.
        assert lines(result) == [
            (date(2025, 1, 2), date(2025, 1, 10), 9, 365, D("10"), D("1000.00")),
        ]
        assert result.total == D("2.47")
        assert result.unpaid_principal == D("0.00")
    assert result.payment_splits[0].surplus == D("200.00")


def test_payment_before_start_and_increase():
    result = compute_interest(
        D("1000.00"),
        date(2025, 1, 1),
        date(2025, 1, 20),
        FIXED_10,
        balance_changes=[
            BalanceChange(date(2025, 1, 10), D("300.00")),  # increase, from 11.01.
            BalanceChange(date(2024, 12, 20), D("-400.00")),  # before the due date
        ],
    )
    # 02.01.-10.01.: 9 days on 600: 600 x 0.10 x 9 / 365 = 540 / 365 = 1.479452
    # 11.01.-20.01.: 10 days on 900: 900 x 0.10 x 10 / 365 = 900 / 365 = 2.465753
    # total = 1440 / 365 = 3.945205 -> 3.95
    assert [(s.days, s.base) for s in result.segments] == [(9, D("600.00")), (10, D("900.00"))]
    assert result.total == D("3.95")


def test_start_delay_and_payment_after_until_ignored():
    rule = InterestRule(code="x", rate_kind=RATE_FIXED, fixed_rate=D("10"), start_delay_days=30)
    result = compute_interest(
        D("1000.00"),
        date(2025, 1, 1),
        date(2025, 3, 2),
        rule,
        balance_changes=[
            BalanceChange(date(2025, 3, 2), D("-1000")),
            BalanceChange(date(2025, 4, 1), D("5")),
        ],
    )
    # Start = 01.01. + 1 + 30 = 01.02.2025; 01.02.-02.03. = 28 + 2 = 30 days:
    #   1000 x 0.10 x 30 / 365 = 3000 / 365 = 8.219178 -> 8.22 (the payment day itself accrues)
    assert lines(result) == [(date(2025, 2, 1), date(2025, 3, 2), 30, 365, D("10"), D("1000.00"))]
    assert result.total == D("8.22")
    assert result.unpaid_principal == D("0.00")


def test_until_before_start_is_empty():
    result = compute_interest(
        D("1000.00"), date(2025, 1, 10), date(2025, 1, 10), STANDARD_RULES["de_b2b"], DE_2024_2025
    )
    assert result.segments == ()
    assert result.total == D("0.00")
    assert result.unpaid_interest == D("0.00")


def test_custom_no_accrual_window_on_act_act():
    window = NoAccrualWindow(date(2025, 1, 5), date(2025, 1, 9), "test window")
    rule = InterestRule(
        code="w",
        rate_kind=RATE_FIXED,
        fixed_rate=D("10"),
        day_count=ACT_ACT,
        no_accrual_windows=(window,),
    )
    result = compute_interest(D("3650.00"), date(2025, 1, 1), date(2025, 1, 12), rule)
    # 02.-04.01.: 3 days, 10.-12.01.: 3 days; 3650 x 0.10 / 365 = 1.00 a day -> 6.00
    assert [(s.date_from, s.days) for s in result.segments] == [
        (date(2025, 1, 2), 3),
        (date(2025, 1, 10), 3),
    ]
    assert result.total == D("6.00")


# --- 9. Errors -------------------------------------------------------------------------------


def test_missing_rate_period_names_the_day():
    rates = DE_2024_2025[1:]  # only from 2025-01-01
    with pytest.raises(MissingRatePeriod) as error:
        compute_interest(
            D("100.00"), date(2024, 11, 15), date(2025, 2, 14), STANDARD_RULES["de_b2b"], rates
        )
    assert error.value.on == date(2024, 11, 16)
    assert "2024-11-16" in str(error.value)
    assert "de_b2b" in str(error.value)

    # UK: the rate of the start day is needed even when later periods exist.
    with pytest.raises(MissingRatePeriod) as error:
        compute_interest(
            D("100.00"), date(2024, 6, 1), date(2025, 2, 1), STANDARD_RULES["uk_b2b"], UK_RATES
        )
    assert error.value.on == date(2024, 6, 2)

    with pytest.raises(MissingRatePeriod):
        rate_on((), date(2025, 1, 1))
    assert rate_on(DE_2024_2025, date(2024, 12, 31)).rate == D("3.37")
    assert rate_on(DE_2024_2025, date(2025, 1, 1)).rate == D("2.27")


@pytest.mark.parametrize(
    "rule, rates",
    [
        (InterestRule(code="a", rate_kind="reference_plus_margin"), ()),
        (InterestRule(code="b", rate_kind=RATE_FIXED), ()),
        (InterestRule(code="c", rate_kind=RATE_FIXED, fixed_rate=D("5"), day_count="30_360"), ()),
        (InterestRule(code="d", rate_kind="compound", fixed_rate=D("5")), ()),
        (InterestRule(code="e", rate_kind=RATE_FIXED, fixed_rate=D("5"), rate_fixing="x"), ()),
        (InterestRule(code="f", rate_kind=RATE_FIXED, fixed_rate=D("5"), allocation="x"), ()),
        (InterestRule(code="g", rate_kind=RATE_FIXED, fixed_rate=D("5"), start_delay_days=-1), ()),
    ],
)
def test_bad_rules(rule, rates):
    with pytest.raises(InterestRuleError):
        compute_interest(D("100.00"), date(2025, 1, 1), date(2025, 2, 1), rule, rates)


def test_effective_rate_errors():
    with pytest.raises(InterestRuleError):
        effective_rate(STANDARD_RULES["de_b2b"], None)
    with pytest.raises(InterestRuleError):
        effective_rate(InterestRule(code="b", rate_kind=RATE_FIXED), None)
    assert effective_rate(FIXED_10, D("99")) == D("10")


# --- 10. Rate tables -------------------------------------------------------------------------


def test_load_rate_table_and_check_no_gap_on_sample():
    text = (
        "source,valid_from,rate_percent,confidence,meaning\n"
        'x,2020-01-01,-0.88,official,"Basis, § 247"\n'
        "x,2020-07-01,1.00,secondary,Basis\n"
        "y,2020-03-01,2.00,secondary,Y\n"
        "z,2020-07-01,1.00,s,Z\n"
        "z,2020-01-01,1.00,s,Z\n"
    )
    tables = load_rate_table(text)
    assert [p.rate for p in tables["x"]] == [D("-0.88"), D("1.00")]
    assert tables["x"][0].source == "Basis, § 247 [x 2020-01-01; official]"
    assert check_no_gap(tables["x"], half_yearly=True) == []
    assert check_no_gap(tables["y"]) == [
        "first period starts 2020-03-01, after 2020-01-01: the days before have no rate"
    ]
    assert check_no_gap(tables["z"]) == ["period 2020-01-01 does not follow 2020-07-01"]
    assert check_no_gap(()) == ["no rate periods"]
    assert check_no_gap(
        tables["x"][:1] + (RatePeriod(date(2021, 1, 1), D("1")),), half_yearly=True
    ) == ["no half-yearly rate for 2020-07-01"]
    with pytest.raises(ValueError):
        load_rate_table("source,valid_from\nx,2020-01-01\n")
    with pytest.raises(ValueError):
        load_rate_table("source,valid_from,rate_percent,confidence,meaning\nx,2020-13-01,1,c,m\n")


@pytest.fixture(scope="module")
def real_tables():
    return load_rate_table(shipped_rate_table_text())


def test_shipped_rates_are_the_research_table(real_tables):
    """Every shipped period is in the research table with the same rate and source."""
    if not RESEARCH_CSV.is_file():
        pytest.skip(f"{RESEARCH_CSV} not available (outside the repository)")
    research = load_rate_table(RESEARCH_CSV.read_text(encoding="utf-8"))
    for name, periods in real_tables.items():
        known = {(p.valid_from, p.rate, p.source) for p in research[name]}
        for period in periods:
            assert (period.valid_from, period.rate, period.source) in known, (name, period)


HALF_YEARLY = (
    "se_riksbank_reference",
    "de_basiszinssatz",
    "no_forsinkelsesrente",
    "uk_boe_bank_rate_reference",
    "eu_ecb_mro_halfyear",
)


def test_real_rate_table_has_no_gap(real_tables):
    assert set(HALF_YEARLY) | {"ru_cbr_key_rate"} <= set(real_tables)
    for name, periods in real_tables.items():
        assert check_no_gap(periods, half_yearly=name in HALF_YEARLY) == [], name
        assert periods[0].valid_from <= date(2020, 1, 1), name


def test_standard_rules_with_real_table(real_tables):
    for code, rule in STANDARD_RULES.items():
        assert rule.code == code
        assert rule.legal_source
        assert rates_for(rule, real_tables), code
    # Test 1 again from the real file: same total 294.84.
    rule = STANDARD_RULES["de_b2b"]
    result = compute_interest(
        D("10000.00"), date(2024, 11, 15), date(2025, 2, 14), rule, rates_for(rule, real_tables)
    )
    assert result.total == D("294.84")
    assert "de_basiszinssatz 2024-07-01" in result.segments[0].rate_source
