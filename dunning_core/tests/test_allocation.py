from datetime import date
from decimal import Decimal

import pytest

from dunning_core.allocation import (
    ORDER_BGB_367,
    ORDER_PRINCIPAL_FIRST,
    PLAN_ACTIVE,
    PLAN_BREACHED,
    PLAN_COMPLETED,
    allocate,
    allocate_costs_interest_principal,
    allocate_principal_first,
    plan_state,
    unallocated,
)
from dunning_core.behaviour import (
    AT_RISK,
    RELIABLE,
    SLOW,
    behaviour_from_totals,
    customer_rating,
    payment_behaviour,
)
from dunning_core.promises import PROMISE_BROKEN, PROMISE_KEPT, PROMISE_OPEN, promise_state
from dunning_core.schedule import MONTHLY, add_days, build_schedule

D = Decimal

# 1000.00 - 200.00 down = 800.00 in 3 monthly: 266.66, 266.66, 266.68
PLAN = build_schedule(D("1000.00"), D("200.00"), date(2026, 1, 5), 3, date(2026, 2, 1), MONTHLY)
DUES = [date(2026, 1, 5), date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)]


def view(statuses):
    return [(s.sequence, s.paid, s.residual, s.paid_date) for s in statuses]


def test_plan_fixture():
    assert [line.amount for line in PLAN] == [D("200.00"), D("266.66"), D("266.66"), D("266.68")]
    assert [line.due_date for line in PLAN] == DUES


def test_exact_payments():
    statuses = allocate(PLAN, [(date(2026, 1, 5), D("200.00")), (date(2026, 2, 1), D("266.66"))])
    assert view(statuses) == [
        (0, D("200.00"), D("0.00"), date(2026, 1, 5)),
        (1, D("266.66"), D("0.00"), date(2026, 2, 1)),
        (2, D("0.00"), D("266.66"), None),
        (3, D("0.00"), D("266.68"), None),
    ]


def test_partial_payment_leaves_instalment_partly_paid():
    statuses = allocate(PLAN, [(date(2026, 1, 5), D("200.00")), (date(2026, 2, 1), D("100.00"))])
    # 266.66 - 100.00 = 166.66 still owed on instalment 1
    assert view(statuses)[1] == (1, D("100.00"), D("166.66"), None)
    assert statuses[2].paid == D("0.00")


def test_partial_payments_complete_on_the_later_date():
    payments = [
        (date(2026, 2, 3), D("66.66")),
        (date(2026, 1, 5), D("200.00")),  # given out of order: applied by date
        (date(2026, 2, 1), D("200.00")),
    ]
    statuses = allocate(PLAN, payments)
    # instalment 1: 200.00 on Feb 1 + 66.66 on Feb 3 = 266.66 -> paid on Feb 3
    assert view(statuses)[:2] == [
        (0, D("200.00"), D("0.00"), date(2026, 1, 5)),
        (1, D("266.66"), D("0.00"), date(2026, 2, 3)),
    ]


def test_over_payment_rolls_forward():
    statuses = allocate(PLAN, [(date(2026, 1, 5), D("500.00"))])
    # 500.00 - 200.00 down = 300.00 -> instalment 1 full (266.66), 33.34 on instalment 2
    assert view(statuses) == [
        (0, D("200.00"), D("0.00"), date(2026, 1, 5)),
        (1, D("266.66"), D("0.00"), date(2026, 1, 5)),
        (2, D("33.34"), D("233.32"), None),
        (3, D("0.00"), D("266.68"), None),
    ]


def test_payment_beyond_the_plan_is_reported_not_lost():
    payments = [(date(2026, 1, 5), D("1000.00")), (date(2026, 1, 6), D("25.50"))]
    statuses = allocate(PLAN, payments)
    assert all(s.residual == 0 for s in statuses)
    assert unallocated(statuses, payments) == D("25.50")


def test_negative_payment_refused():
    with pytest.raises(ValueError, match="negative"):
        allocate(PLAN, [(date(2026, 1, 5), D("-1"))])


def test_breach_at_tolerance_plus_one_day_not_before():
    statuses = allocate(PLAN, [(date(2026, 1, 5), D("200.00"))])
    # instalment 1 due Feb 1, tolerance 5 days: last tolerated day Feb 6, breach on Feb 7
    assert plan_state(statuses, date(2026, 2, 6), 5).state == PLAN_ACTIVE
    check = plan_state(statuses, date(2026, 2, 7), 5)
    assert check.state == PLAN_BREACHED
    assert check.breached_instalment.sequence == 1
    assert check.breached_instalment.residual == D("266.66")
    # tolerance 0: breach the day after the due date
    assert plan_state(statuses, date(2026, 2, 1), 0).state == PLAN_ACTIVE
    assert plan_state(statuses, date(2026, 2, 2), 0).state == PLAN_BREACHED


def test_partly_paid_instalment_still_breaches():
    statuses = allocate(PLAN, [(date(2026, 1, 5), D("466.65"))])  # one cent short
    assert statuses[1].residual == D("0.01")
    check = plan_state(statuses, date(2026, 2, 12), 10)
    assert (check.state, check.breached_instalment.sequence) == (PLAN_BREACHED, 1)


def test_completion_on_the_last_payment():
    payments = [
        (date(2026, 1, 5), D("200.00")),
        (date(2026, 2, 1), D("266.66")),
        (date(2026, 3, 1), D("266.66")),
    ]
    before = allocate(PLAN, payments)
    assert plan_state(before, date(2026, 3, 20), 5).state == PLAN_ACTIVE
    after = allocate(PLAN, [*payments, (date(2026, 4, 1), D("266.68"))])
    check = plan_state(after, date(2026, 4, 1), 5)
    assert (check.state, check.breached_instalment) == (PLAN_COMPLETED, None)
    assert after[-1].paid_date == date(2026, 4, 1)
    # paid late but in full: completed, not breached
    late = allocate(PLAN, [(date(2026, 6, 1), D("1000.00"))])
    assert plan_state(late, date(2026, 6, 1), 5).state == PLAN_COMPLETED


def test_bgb_367_costs_then_interest_then_principal():
    split = allocate_costs_interest_principal(D("100.00"), D("40.00"), D("25.00"), D("500.00"))
    # 100 - 40 costs = 60; 60 - 25 interest = 35 on the principal
    assert (split.order, split.costs, split.interest, split.principal, split.surplus) == (
        ORDER_BGB_367,
        D("40.00"),
        D("25.00"),
        D("35.00"),
        D("0.00"),
    )
    short = allocate_costs_interest_principal(D("30.00"), D("40.00"), D("25.00"), D("500.00"))
    assert (short.costs, short.interest, short.principal) == (D("30.00"), D("0"), D("0"))


def test_principal_first_order():
    split = allocate_principal_first(D("520.00"), D("40.00"), D("25.00"), D("500.00"))
    # 520 - 500 principal = 20 on interest, nothing on costs
    assert (split.order, split.principal, split.interest, split.costs) == (
        ORDER_PRINCIPAL_FIRST,
        D("500.00"),
        D("20.00"),
        D("0"),
    )
    whole = allocate_principal_first(D("600.00"), D("40.00"), D("25.00"), D("500.00"))
    assert whole.surplus == D("35.00")  # 600 - 565


PROMISED = date(2026, 3, 10)


def test_promise_kept_on_time():
    check = promise_state(D("500"), PROMISED, 3, D("500"), date(2026, 3, 10), date(2026, 3, 11))
    assert (check.state, check.on_time) == (PROMISE_KEPT, True)


def test_promise_kept_late_within_grace():
    # grace 3 days: Mar 13 is the last day
    check = promise_state(D("500"), PROMISED, 3, D("500"), date(2026, 3, 13), date(2026, 3, 20))
    assert (check.state, check.on_time) == (PROMISE_KEPT, False)


def test_promise_broken():
    # nothing paid by Mar 13, today Mar 14
    check = promise_state(D("500"), PROMISED, 3, D("499.99"), date(2026, 3, 9), date(2026, 3, 14))
    assert (check.state, check.on_time) == (PROMISE_BROKEN, False)
    # paid in full but after the grace
    late = promise_state(D("500"), PROMISED, 3, D("500"), date(2026, 3, 14), date(2026, 3, 14))
    assert late.state == PROMISE_BROKEN


def test_promise_open_until_grace_ends():
    check = promise_state(D("500"), PROMISED, 3, D("0"), None, date(2026, 3, 13))
    assert (check.state, check.on_time) == (PROMISE_OPEN, None)


def test_promise_at_the_end_of_the_calendar_stays_open():
    # 9999-12-31 + 3 days of grace overflowed and stopped the daily job for every customer.
    far = date(9999, 12, 31)
    check = promise_state(D("500"), far, 3, D("0"), None, date(2026, 3, 13))
    assert check.state == PROMISE_OPEN
    kept = promise_state(D("500"), far, 3, D("500"), date(2026, 3, 12), date(2026, 3, 13))
    assert kept.state == PROMISE_KEPT


def test_add_days_clamps_instead_of_overflowing():
    assert add_days(date(9999, 12, 30), 5) == date.max
    assert add_days(date(1, 1, 2), -5) == date.min
    assert add_days(date(2026, 3, 10), 3) == date(2026, 3, 13)


def invoices(*rows):
    return [(due, paid, D(amount)) for due, paid, amount in rows]


TODAY = date(2026, 6, 30)


def test_behaviour_reliable():
    history = invoices(
        (date(2026, 1, 31), date(2026, 2, 3), "1000"),  # 3 days late
        (date(2026, 3, 31), date(2026, 3, 20), "500"),  # early: 0
    )
    # (1000 x 3 + 500 x 0) / 1500 = 2.0
    behaviour = payment_behaviour(history, 0, TODAY)
    assert (behaviour.avg_days_late, behaviour.category) == (D("2.0"), RELIABLE)
    assert behaviour.invoice_count == 2
    # the same history with one broken promise is no longer reliable
    assert payment_behaviour(history, 1, TODAY).category == SLOW


def test_behaviour_weighted_by_amount_and_rounded():
    history = invoices(
        (date(2026, 1, 1), date(2026, 1, 11), "100"),  # 10 days late
        (date(2026, 2, 1), date(2026, 2, 2), "200"),  # 1 day late
    )
    # (100 x 10 + 200 x 1) / 300 = 4.0 (the plain average would be 5.5)
    assert payment_behaviour(history, 0, TODAY).avg_days_late == D("4.0")
    history = invoices(
        (date(2026, 1, 1), date(2026, 1, 8), "100"),  # 7
        (date(2026, 2, 1), date(2026, 2, 5), "200"),  # 4
    )
    # (700 + 800) / 300 = 5.0 -> still reliable (<= 5)
    assert payment_behaviour(history, 0, TODAY).category == RELIABLE
    history = invoices(
        (date(2026, 1, 1), date(2026, 1, 8), "100"),  # 7
        (date(2026, 2, 1), date(2026, 2, 5), "100"),  # 4
        (date(2026, 3, 1), date(2026, 3, 6), "100"),  # 5
    )
    # (7 + 4 + 5) / 3 = 5.333 -> 5.3: slow
    behaviour = payment_behaviour(history, 0, TODAY)
    assert (behaviour.avg_days_late, behaviour.category) == (D("5.3"), SLOW)


def test_behaviour_at_risk_by_delay_or_promises():
    late = invoices((date(2026, 1, 1), date(2026, 2, 1), "100"))  # 31 days late
    assert payment_behaviour(late, 0, TODAY).category == AT_RISK
    thirty = invoices((date(2026, 1, 1), date(2026, 1, 31), "100"))  # exactly 30: slow
    assert payment_behaviour(thirty, 0, TODAY).category == SLOW
    prompt = invoices((date(2026, 1, 1), date(2026, 1, 1), "100"))
    assert payment_behaviour(prompt, 2, TODAY).category == AT_RISK
    assert payment_behaviour(prompt, 2, TODAY).broken_promises == 2


def test_behaviour_window():
    history = invoices(
        (date(2025, 1, 1), date(2025, 6, 29), "1000"),  # 179 days late, paid 366 days ago
        (date(2025, 6, 1), date(2025, 6, 30), "1000"),  # 29 days late, paid 365 days ago
        (date(2026, 6, 1), date(2026, 6, 1), "1000"),  # on time
    )
    behaviour = payment_behaviour(history, 0, TODAY)
    # the first is outside the 365-day window: (29 x 1000 + 0) / 2000 = 14.5
    assert (behaviour.avg_days_late, behaviour.invoice_count) == (D("14.5"), 2)
    assert payment_behaviour(history, 0, TODAY, window_days=30).avg_days_late == D("0.0")
    empty = payment_behaviour([], 0, TODAY)
    assert (empty.avg_days_late, empty.category, empty.invoice_count) == (D("0.0"), RELIABLE, 0)


def test_behaviour_from_totals_matches_the_history():
    history = invoices(
        (date(2026, 1, 1), date(2026, 1, 8), "100"),  # 7
        (date(2026, 2, 1), date(2026, 2, 5), "100"),  # 4
        (date(2026, 3, 1), date(2026, 3, 6), "100"),  # 5
    )
    # the sums a database adds up per customer: 100 x 7 + 100 x 4 + 100 x 5, 300, 3 invoices
    assert behaviour_from_totals(D("1600"), D("300"), 3, 0) == payment_behaviour(history, 0, TODAY)
    assert behaviour_from_totals(D("1600"), D("300"), 3, 2).category == AT_RISK
    assert behaviour_from_totals(0, 0, 0, 1) == payment_behaviour([], 1, TODAY)


def test_customer_rating_needs_something_in_the_window():
    # nothing paid and no promise broken in the window: no rating at all (like a new customer)
    assert customer_rating(0, 0, 0, 0) is None
    # a broken promise alone rates the customer
    assert customer_rating(0, 0, 0, 1).category == SLOW
    assert customer_rating(D("3100"), D("100"), 1, 0).category == AT_RISK
