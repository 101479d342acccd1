from datetime import date, timedelta
from decimal import Decimal

import pytest

from dunning_core.levels import (
    SEND,
    SKIP_BELOW_MINIMUM,
    SKIP_COVERED,
    SKIP_FREQUENCY,
    SKIP_NO_ESCALATION,
    SKIP_NOTHING_OVERDUE,
    LevelSpec,
    OpenItem,
    PolicySpec,
    decide,
    target_level,
)

L1, L2, L3, L4, L5 = (
    LevelSpec(1, 1),
    LevelSpec(2, 14),
    LevelSpec(3, 30),
    LevelSpec(4, 60),
    LevelSpec(5, 90),
)
POLICY = PolicySpec(levels=(L3, L1, L5, L2, L4), min_amount=Decimal("10"), frequency_days=7)
DUE = date(2026, 1, 10)


def item(level=None, residual="100.00", due=DUE, blocked=False, id_=1):
    return OpenItem(id_, due, Decimal(residual), level and level.id, blocked)


def test_first_seen_late_gets_first_level_unless_jump_allowed():
    assert target_level(POLICY, 45) == L1
    assert target_level(POLICY, 45, L1.id) == L2
    jumping = PolicySpec(levels=POLICY.levels, allow_jump=True)
    assert target_level(jumping, 45) == L3
    assert target_level(POLICY, 0) is None
    assert target_level(POLICY, 200, L5.id) == L5


def test_grace_days_delay_the_first_level():
    graced = PolicySpec(levels=POLICY.levels, grace_days=3)
    assert target_level(graced, 3) is None
    assert target_level(graced, 4) == L1


def test_walk_through_all_levels_day_by_day():
    """Simulate one invoice from due date to day 120: which days produce a letter."""
    level, last_contact, sent = None, None, []
    for offset in range(0, 121):
        today = DUE + timedelta(days=offset)
        decision = decide(POLICY, [item(level)], today, last_contact)
        if decision.send:
            level, last_contact = decision.level, today
            sent.append((offset, level.id))
    # +1 first reminder; +14 second; +30 final demand; +60 pre-legal; +90 agency-eligible.
    assert sent == [(1, 1), (14, 2), (30, 3), (60, 4), (90, 5)]


def test_frequency_window_holds_the_next_level_back():
    # Already reminded on day 10 at level 1; on day 14 level 2 is reachable but only 4 days passed.
    today = DUE + timedelta(days=14)
    decision = decide(POLICY, [item(L1)], today, last_contact=today - timedelta(days=4))
    assert decision.action == SKIP_FREQUENCY
    assert decision.next_date == today + timedelta(days=3)
    decision = decide(POLICY, [item(L1)], today + timedelta(days=3), today - timedelta(days=4))
    assert decision.send and decision.level == L2


def test_one_letter_at_highest_level_listing_all_overdue_items():
    today = DUE + timedelta(days=31)
    items = [
        item(L2, "500.00", id_=1),  # 31 days: climbs to L3
        item(None, "80.00", due=today - timedelta(days=2), id_=2),  # new: L1
        item(None, "70.00", due=today + timedelta(days=5), id_=3),  # not due yet: not listed
    ]
    decision = decide(POLICY, items, today)
    assert decision.action == SEND
    assert decision.level == L3
    assert [(d.item.id, d.level.id, d.days_overdue) for d in decision.lines] == [
        (1, 3, 31),
        (2, 1, 2),
    ]
    assert decision.overdue_total == Decimal("580.00")


def test_credits_are_netted_and_a_covered_customer_gets_nothing():
    today = DUE + timedelta(days=20)
    credit = OpenItem(9, DUE, Decimal("-60.00"))
    decision = decide(POLICY, [item(None, "100.00"), credit], today)
    assert decision.send
    assert decision.credit_total == Decimal("60.00")
    assert decision.net_total == Decimal("40.00")
    assert decision.credits == (credit,)
    covered = decide(POLICY, [item(None, "100.00"), OpenItem(9, DUE, Decimal("-100.00"))], today)
    assert covered.action == SKIP_COVERED
    assert covered.next_date == today + timedelta(days=1), "looked at again tomorrow"


def test_minimum_amount_blocked_items_and_nothing_new():
    today = DUE + timedelta(days=20)
    assert decide(POLICY, [item(None, "9.99")], today).action == SKIP_BELOW_MINIMUM
    assert decide(POLICY, [item(None, "10.00")], today).action == SEND
    assert decide(POLICY, [item(None, blocked=True)], today).action == SKIP_NOTHING_OVERDUE
    assert decide(POLICY, [item(L2)], today).action == SKIP_NO_ESCALATION
    assert decide(POLICY, [], today).action == SKIP_NOTHING_OVERDUE


def test_policy_without_levels_is_refused():
    with pytest.raises(ValueError):
        decide(PolicySpec(levels=()), [item()], DUE)
