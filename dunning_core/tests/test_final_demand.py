"""One final demand per claim (issue 14 point 7): an item that had a letter at a final-demand
level never gets a second one; it goes on to the next step or is held with a reason."""

from datetime import date, timedelta
from decimal import Decimal

from dunning_core.levels import (
    SEND,
    SKIP_FINAL_DEMAND_SENT,
    SKIP_NO_ESCALATION,
    LevelSpec,
    OpenItem,
    PolicySpec,
    decide,
    next_escalation_date,
    target_level,
)

REMINDER = LevelSpec(1, 1)
SECOND = LevelSpec(2, 14)
FINAL = LevelSpec(3, 30, final_demand=True)
NOTICE = LevelSpec(4, 60, final_demand=True)  # a second "final" level in a ladder
AGENCY = LevelSpec(5, 90)
POLICY = PolicySpec(levels=(REMINDER, SECOND, FINAL, NOTICE, AGENCY), frequency_days=7)
DUE = date(2026, 1, 10)


def item(level, final_sent, id_=1, due=DUE):
    return OpenItem(id_, due, Decimal("500.00"), level and level.id, final_demand_sent=final_sent)


def test_without_a_final_demand_sent_the_ladder_is_unchanged():
    assert target_level(POLICY, 31, SECOND.id) == FINAL
    assert target_level(POLICY, 61, FINAL.id) == NOTICE


def test_a_second_final_level_is_stepped_over_to_the_next_step():
    # At FINAL (sent), 61 days late: NOTICE would be a second final demand; AGENCY is not
    # reached before day 90: the item is held, the reason says why.
    assert target_level(POLICY, 61, FINAL.id, final_demand_sent=True) == FINAL
    decision = decide(POLICY, [item(FINAL, True)], DUE + timedelta(days=61))
    assert decision.action == SKIP_FINAL_DEMAND_SENT
    assert decision.lines[0].held_final
    # The next step is the agency level, on day 90 (2026-04-10), not the notice on day 60.
    assert next_escalation_date(POLICY, item(FINAL, True)) == date(2026, 4, 10)
    # Day 91: on to the agency level.
    decision = decide(POLICY, [item(FINAL, True)], DUE + timedelta(days=91))
    assert (decision.action, decision.level) == (SEND, AGENCY)


def test_an_invoice_back_at_a_lower_level_never_gets_the_final_demand_again():
    # E.g. the level was reset by a broken payment plan: from SECOND, 45 days late, the
    # FINAL level is not offered again; NOTICE neither; held until the agency level.
    assert target_level(POLICY, 45, SECOND.id, final_demand_sent=True) == SECOND
    assert target_level(POLICY, 95, SECOND.id, final_demand_sent=True) == AGENCY
    decision = decide(POLICY, [item(SECOND, True)], DUE + timedelta(days=45))
    assert decision.action == SKIP_FINAL_DEMAND_SENT


def test_another_invoice_climbing_does_not_make_the_letter_a_second_final_demand():
    # Invoice 1 had its final demand and stays at FINAL; invoice 2 climbs to SECOND: the
    # letter is a second reminder (for invoice 2) listing invoice 1, not a "final" demand.
    today = DUE + timedelta(days=40)
    first = item(FINAL, True, id_=1)
    second = item(REMINDER, False, id_=2, due=today - timedelta(days=20))
    decision = decide(POLICY, [first, second], today)
    assert (decision.action, decision.level) == (SEND, SECOND)


def test_nothing_new_without_a_final_demand_is_the_usual_reason():
    decision = decide(POLICY, [item(SECOND, False)], DUE + timedelta(days=20))
    assert decision.action == SKIP_NO_ESCALATION


def test_with_jumps_the_highest_non_final_level_reached():
    jumping = PolicySpec(levels=POLICY.levels, allow_jump=True)
    assert target_level(jumping, 95, REMINDER.id, final_demand_sent=True) == AGENCY
    assert target_level(jumping, 40, REMINDER.id, final_demand_sent=True) == SECOND
    assert target_level(jumping, 40, REMINDER.id) == FINAL
