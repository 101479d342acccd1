"""Only confirmed rates, and interest on invoices paid late (issue 14, points 1 and 2).

Rates are rows of /work/shared/legal/reference-rates.csv (cited per test); the arithmetic of every
expected figure is in the comments.
"""

from datetime import date
from decimal import Decimal

import pytest

from dunning_core.deadlines import pay_by
from dunning_core.fee_law import (
    FEE_ALLOWED,
    FEE_CAP_UNKNOWN,
    FEE_CAPPED,
    FEE_NOT_AGREED_BY_LAW,
    FEE_TOO_EARLY_BY_LAW,
    lawful_fee,
)
from dunning_core.fees import REMINDER
from dunning_core.interest import BalanceChange, compute_interest
from dunning_core.interest_rules import STANDARD_RULES
from dunning_core.late_payment import last_payment_after_due, late_payment_claim
from dunning_core.levels import (
    SEND,
    SKIP_NO_ESCALATION,
    LevelSpec,
    OpenItem,
    PolicySpec,
    decide,
)
from dunning_core.rates import (
    MissingRatePeriod,
    RatePeriod,
    bound_periods,
    first_missing_period,
    is_confirmed_confidence,
    rate_on,
)

D = Decimal
DE = STANDARD_RULES["de_b2b"]

# de_basiszinssatz rows (reference-rates.csv): 2023-07-01 3.12, 2024-01-01 3.62, 2024-07-01
# 3.37, ..., 2026-01-01 1.27 (the last row).
DE_2024 = (
    RatePeriod(date(2023, 7, 1), D("3.12"), "de 2023-07-01"),
    RatePeriod(date(2024, 1, 1), D("3.62"), "de 2024-01-01"),
    RatePeriod(date(2024, 7, 1), D("3.37"), "de 2024-07-01"),
)
DE_2026 = (
    RatePeriod(date(2025, 7, 1), D("1.27"), "de 2025-07-01"),
    RatePeriod(date(2026, 1, 1), D("1.27"), "de 2026-01-01"),
)


# ------------------------------------------------------------------ confirmed rates only
def test_half_yearly_rate_does_not_carry_into_the_next_half_year():
    """The DE table ends with the half-year starting 2026-01-01: 2026-07-01 has no rate."""
    bounded = bound_periods(DE_2026, half_yearly=True)
    assert [p.valid_to for p in bounded] == [date(2025, 12, 31), date(2026, 6, 30)]
    assert rate_on(bounded, date(2026, 6, 30)).rate == D("1.27")
    with pytest.raises(MissingRatePeriod) as caught:
        rate_on(bounded, date(2026, 7, 1))
    assert caught.value.needed_from == date(2026, 7, 1)
    assert not caught.value.unconfirmed
    # Before the fix the 2026-01-01 row silently ran on: interest from 2026-06-02 to 2026-07-10
    # was computed at 10.27 % for every day; now the run stops at the first day without a rate.
    with pytest.raises(MissingRatePeriod) as caught:
        compute_interest(D("1000"), date(2026, 6, 1), date(2026, 7, 10), DE, rates=bounded)
    assert (caught.value.on, caught.value.needed_from, caught.value.rule_code) == (
        date(2026, 7, 1),
        date(2026, 7, 1),
        "de_b2b",
    )
    # Up to 30 June it is computed: 2 - 30 Jun, 29 days at 1.27 + 9 = 10.27 %:
    # 1000 x 10.27 x 29 / 36500 = 8.159726 -> 8.16.
    result = compute_interest(D("1000"), date(2026, 6, 1), date(2026, 6, 30), DE, rates=bounded)
    assert result.total == D("8.16")


def test_missing_half_year_row_is_a_day_without_rate():
    periods = (DE_2024[0], DE_2024[2])  # 2024-01-01 left out
    bounded = bound_periods(periods, half_yearly=True)
    with pytest.raises(MissingRatePeriod) as caught:
        rate_on(bounded, date(2024, 3, 1))
    assert caught.value.needed_from == date(2024, 1, 1)
    assert first_missing_period(periods, date(2024, 9, 1), half_yearly=True) == date(2024, 1, 1)


def test_unconfirmed_row_stops_interest_until_confirmed():
    unconfirmed = tuple(
        RatePeriod(p.valid_from, p.rate, p.source, confirmed=p.valid_from != date(2024, 1, 1))
        for p in DE_2024
    )
    bounded = bound_periods(unconfirmed, half_yearly=True)
    with pytest.raises(MissingRatePeriod) as caught:
        compute_interest(D("10000"), date(2024, 3, 1), date(2024, 4, 15), DE, rates=bounded)
    assert caught.value.unconfirmed
    assert caught.value.needed_from == date(2024, 1, 1)
    assert first_missing_period(unconfirmed, date(2024, 4, 15), half_yearly=True) == date(
        2024, 1, 1
    )
    assert first_missing_period(DE_2024, date(2024, 12, 31), half_yearly=True) is None
    assert first_missing_period(DE_2024, date(2025, 1, 1), half_yearly=True) == date(2025, 1, 1)


def test_irregular_table_runs_until_complete_until():
    ru = (RatePeriod(date(2025, 12, 22), D("16")), RatePeriod(date(2026, 2, 16), D("15.5")))
    assert bound_periods(ru)[-1].valid_to is None
    bounded = bound_periods(ru, complete_until=date(2026, 6, 30))
    assert bounded[-1].valid_to == date(2026, 6, 30)
    assert first_missing_period(ru, date(2026, 7, 5), complete_until=date(2026, 6, 30)) == date(
        2026, 7, 1
    )


@pytest.mark.parametrize(
    ("confidence", "confirmed"),
    [
        ("statute/official", True),
        ("official (regjeringen.no)", True),
        ("official (FOR-2024-12-19-3279)", True),
        ("official mirror", False),
        ("official (ECB / NCB) or secondary after 2025-04", False),
        ("secondary", False),
        ("secondary source", False),
        ("derived (BGB 247 + ECB MRO 4.25)", False),
        ("secondary (compiled table, spot-checked)", False),
        ("", False),
    ],
)
def test_confidence_levels(confidence, confirmed):
    assert is_confirmed_confidence(confidence) is confirmed


# ------------------------------------------------------------------ paid late
def test_german_business_paid_in_full_45_days_late():
    """10,000 EUR due 2024-03-01, paid in full 2024-04-15 (issue 14's worked example)."""
    paid = (BalanceChange(date(2024, 4, 15), D("-10000")),)
    claim = late_payment_claim(
        D("10000"), date(2024, 3, 1), DE, rates=bound_periods(DE_2024, True), balance_changes=paid
    )
    # BGB § 288 Abs. 2: 3.62 + 9 = 12.62 %; 2 Mar - 15 Apr 2024 = 30 + 15 = 45 days (the payment
    # day bears interest), act/365: 10000 x 12.62 x 45 / 36500 = 155.589041 -> 155.59 EUR.
    assert (claim.date_from, claim.date_to, claim.interest) == (
        date(2024, 3, 2),
        date(2024, 4, 15),
        D("155.59"),
    )
    assert [(s.days, s.rate, s.base) for s in claim.segments] == [(45, D("12.62"), D("10000"))]


def test_partly_paid_late_then_rest():
    changes = (
        BalanceChange(date(2024, 3, 21), D("-4000")),
        BalanceChange(date(2024, 4, 15), D("-6000")),
    )
    claim = late_payment_claim(
        D("10000"), date(2024, 3, 1), DE, rates=DE_2024, balance_changes=changes
    )
    # 2 - 21 Mar: 20 days on 10,000 at 12.62 %: 10000 x 12.62 x 20 / 36500 = 69.150685;
    # 22 Mar - 15 Apr: 25 days on 6,000: 6000 x 12.62 x 25 / 36500 = 51.863014.
    # Sum 121.013699 -> 121.01 EUR.
    assert claim.interest == D("121.01")
    assert [(s.days, s.base) for s in claim.segments] == [(20, D("10000")), (25, D("6000"))]


def test_only_days_after_those_already_claimed():
    """Dunned on 2024-03-31 (interest claimed to that day), paid 2024-04-15."""
    paid = (BalanceChange(date(2024, 4, 15), D("-10000")),)
    claim = late_payment_claim(
        D("10000"),
        date(2024, 3, 1),
        DE,
        rates=DE_2024,
        balance_changes=paid,
        claimed_until=date(2024, 3, 31),
    )
    # To 15 Apr: 155.589041 -> 155.59; to 31 Mar: 30 days, 10000 x 12.62 x 30 / 36500 =
    # 103.726027 -> 103.73. Owed for 1 - 15 Apr: 155.59 - 103.73 = 51.86 EUR (15 days).
    assert (claim.date_from, claim.interest) == (date(2024, 4, 1), D("51.86"))
    assert [s.days for s in claim.segments] == [15]
    # Everything claimed already: nothing more.
    assert (
        late_payment_claim(
            D("10000"),
            date(2024, 3, 1),
            DE,
            rates=DE_2024,
            balance_changes=paid,
            claimed_until=date(2024, 4, 15),
        )
        is None
    )


def test_paid_on_time_owes_nothing():
    paid = (BalanceChange(date(2024, 3, 1), D("-10000")),)
    assert last_payment_after_due(date(2024, 3, 1), paid) is None
    assert late_payment_claim(D("10000"), date(2024, 3, 1), DE, DE_2024, paid) is None


# ------------------------------------------------------------------ deadlines from sending
def test_statutory_minimum_deadlines_from_sending():
    sent = date(2026, 3, 5)
    # SE inkassokrav: the level's 7 days become 8 (god inkassosed): 5 + 8 = 13 March.
    assert pay_by(sent, 7, "SE", True, True)[0] == date(2026, 3, 13)
    # NO inkassovarsel: 10 days become 14 (inkassoloven § 9): 19 March.
    day, source = pay_by(sent, 10, "NO", False, True)
    assert day == date(2026, 3, 19) and "§ 9" in source
    # RU претензия to a business: 30 days (АПК РФ ст. 4 ч. 5): 4 April; not for a person.
    assert pay_by(sent, 10, "RU", True, True)[0] == date(2026, 4, 4)
    assert pay_by(sent, 10, "RU", False, True) == (date(2026, 3, 15), "")
    # A longer level deadline stays; a plain reminder has no statutory minimum.
    assert pay_by(sent, 21, "NO", True, True) == (date(2026, 3, 26), "")
    assert pay_by(sent, 0, "NO", True, False) == (None, "")


def test_next_level_waits_for_the_deadline_of_the_letter_sent():
    policy = PolicySpec(levels=(LevelSpec(1, 1), LevelSpec(2, 14), LevelSpec(3, 30)))
    due = date(2026, 1, 1)
    # At level 2 with a pay-by date of 5 February: on 2 February (32 days late) level 3 is
    # reachable by days but the deadline runs until 5 February.
    item = OpenItem(1, due, D("100"), current_level_id=2, not_before=date(2026, 2, 5))
    held = decide(policy, [item], date(2026, 2, 2))
    assert held.action == SKIP_NO_ESCALATION
    assert held.next_date == date(2026, 2, 6)
    assert decide(policy, [item], date(2026, 2, 5)).action == SKIP_NO_ESCALATION
    after = decide(policy, [item], date(2026, 2, 6))
    assert after.action == SEND and after.level.id == 3


# ------------------------------------------------------------------ fees by the debtor's law
def test_swedish_cap_and_agreement_apply_to_any_rule():
    """Lag (1981:739) 2 § and 4 §: påminnelseavgift only if agreed, at most 60 kr."""

    def sek_500(currency):
        assert currency == "SEK"
        return D("500")

    assert lawful_fee(sek_500, "SE", REMINDER, date(2026, 3, 2), False, 5).reason == (
        FEE_NOT_AGREED_BY_LAW
    )
    capped = lawful_fee(sek_500, "SE", REMINDER, date(2026, 3, 2), True, 5)
    assert (capped.reason, capped.amount, capped.currency) == (FEE_CAPPED, D("60"), "SEK")
    within = lawful_fee(lambda _currency: D("50"), "SE", REMINDER, date(2026, 3, 2), True, 5)
    assert (within.reason, within.amount) == (FEE_ALLOWED, None)
    # No cap in Germany's law: the rule's amount stands, no conversion needed.
    assert lawful_fee(None, "DE", REMINDER, date(2026, 3, 2), False, 5).reason == FEE_ALLOWED


def test_norwegian_cap_at_the_letters_date():
    """Inkassoforskriften § 1-2: 35 NOK from 14 days after due; the 2026 value is unknown."""

    def nok_35(currency):
        assert currency == "NOK"
        return D("35")

    assert lawful_fee(nok_35, "NO", REMINDER, date(2025, 6, 1), False, 10).reason == (
        FEE_TOO_EARLY_BY_LAW
    )
    assert lawful_fee(nok_35, "NO", REMINDER, date(2025, 6, 1), False, 20).charged
    assert not lawful_fee(nok_35, "NO", REMINDER, date(2025, 6, 1), False, 20, 2).charged
    unknown = lawful_fee(nok_35, "NO", REMINDER, date(2026, 3, 22), False, 20)
    assert unknown.reason == FEE_CAP_UNKNOWN and not unknown.charged
