"""Which customers get a reminder today, at which level, listing which open items.

One reminder per customer and run: it lists every overdue, unblocked item of the customer and
goes out only when at least one item climbs a level. Each item climbs one level at a time (an
invoice first seen 45 days late gets the first reminder first) unless the policy allows jumping
to the highest reachable level. Open credits (credit notes, unreconciled payments) are netted
against the overdue total, and nothing goes out while the customer was contacted within the
frequency window: persistent, never harassing.

A final demand is final: one per claim. An item that already had a letter at a final-demand
level never gets a second one; it goes on to the next level that is not a final demand
(pre-legal notice, agency) once that is reached, and is held at its level until then
(``SKIP_FINAL_DEMAND_SENT`` when that is all the run could do for the customer).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from .money import ZERO

# Why a customer gets no letter; the model turns these codes into translated text.
SEND = "send"
SKIP_NOTHING_OVERDUE = "nothing_overdue"
SKIP_NO_ESCALATION = "no_escalation"
SKIP_FREQUENCY = "frequency"
SKIP_COVERED = "covered"
SKIP_BELOW_MINIMUM = "below_minimum"
SKIP_FINAL_DEMAND_SENT = "final_demand_sent"


@dataclass(frozen=True)
class LevelSpec:
    """A rung of the ladder: reached ``days`` after the due date."""

    id: int
    days: int
    sequence: int = 0
    final_demand: bool = False  # the level's letter is a final demand (one per claim)


@dataclass(frozen=True)
class PolicySpec:
    levels: tuple  # tuple[LevelSpec], any order
    grace_days: int = 0
    min_amount: Decimal = ZERO
    frequency_days: int = 7
    allow_jump: bool = False

    def ordered_levels(self):
        return tuple(sorted(self.levels, key=lambda lvl: (lvl.days, lvl.sequence, lvl.id)))


@dataclass(frozen=True)
class OpenItem:
    """An open receivable line: an invoice instalment (residual > 0) or a credit (residual < 0)."""

    id: int
    due_date: date
    residual: Decimal  # company currency, signed
    current_level_id: int | None = None
    blocked: bool = False
    # Pay-by date of the item's latest sent letter: no higher level before it has passed.
    not_before: date | None = None
    # A letter at a final-demand level already listed the item: no second final demand.
    final_demand_sent: bool = False


@dataclass(frozen=True)
class ItemDecision:
    item: OpenItem
    days_overdue: int
    level: LevelSpec | None  # level the item stands at after this run
    previous_level: LevelSpec | None
    escalated: bool
    # Held below a final-demand level it would have reached: it had its final demand.
    held_final: bool = False


@dataclass(frozen=True)
class CustomerDecision:
    action: str  # SEND or one of the SKIP_* codes
    level: LevelSpec | None = None
    lines: tuple = ()  # tuple[ItemDecision]: every overdue, unblocked item
    credits: tuple = ()  # tuple[OpenItem]: open credits netted against the overdue total
    overdue_total: Decimal = ZERO
    credit_total: Decimal = ZERO
    next_date: date | None = None
    extra: dict = field(default_factory=dict)

    @property
    def send(self):
        return self.action == SEND

    @property
    def net_total(self):
        return self.overdue_total - self.credit_total


def days_overdue(due_date, today):
    return (today - due_date).days


def _level_index(levels, level_id):
    for index, level in enumerate(levels):
        if level.id == level_id:
            return index
    return -1


def target_level(policy, days_late, current_level_id=None, final_demand_sent=False):
    """The level an item ``days_late`` days past due should stand at after this run.

    Returns the current level when nothing new is reachable, None when no level is reached yet.
    With ``final_demand_sent`` the final-demand levels are stepped over: the item climbs to the
    next level that is no final demand once reached, else stays where it is.
    """
    levels = policy.ordered_levels()
    current = _level_index(levels, current_level_id)
    if days_late <= policy.grace_days:
        return levels[current] if current >= 0 else None
    reachable = [i for i, lvl in enumerate(levels) if lvl.days <= days_late and i > current]
    if final_demand_sent:
        # The next step of an item without a jump is the first level above that is no final
        # demand: reachable only when its own days are reached.
        candidates = [i for i in range(current + 1, len(levels)) if not levels[i].final_demand]
        if not policy.allow_jump:
            candidates = candidates[:1]
        reachable = [i for i in reachable if i in candidates]
    if not reachable:
        return levels[current] if current >= 0 else None
    index = max(reachable) if policy.allow_jump or final_demand_sent else current + 1
    return levels[index]


def held_by_final_demand(policy, days_late, current_level_id, final_demand_sent):
    """True when an item that had its final demand would otherwise climb to a final-demand
    level today and now stays where it is."""
    if not final_demand_sent:
        return False
    without = target_level(policy, days_late, current_level_id)
    if without is None or not without.final_demand or without.id == current_level_id:
        return False
    held = target_level(policy, days_late, current_level_id, final_demand_sent=True)
    return held is None or held.id == current_level_id


def next_escalation_date(policy, item):
    """First day on which ``item`` can climb above its current level, or None at the top."""
    levels = policy.ordered_levels()
    current = _level_index(levels, item.current_level_id)
    following = [
        level
        for level in levels[current + 1 :]
        if not (item.final_demand_sent and level.final_demand)
    ]
    if not following:
        return None
    days = max(following[0].days, policy.grace_days + 1)
    escalation = item.due_date + timedelta(days=days)
    if item.not_before:
        # The pay-by date a letter gave runs out before the next level.
        escalation = max(escalation, item.not_before + timedelta(days=1))
    return escalation


def decide(policy, items, today, last_contact=None):
    """Decide what the run does today for one customer.

    ``items`` are the customer's open receivable lines (overdue or not, credits included);
    ``last_contact`` the date of the last letter actually sent to the customer.
    """
    if not policy.levels:
        raise ValueError("A dunning policy needs at least one level.")
    credit_items = tuple(i for i in items if i.residual < 0 and not i.blocked)
    credit_total = -sum((i.residual for i in credit_items), ZERO)
    lines = []
    for item in items:
        if item.blocked or item.residual <= 0:
            continue
        late = days_overdue(item.due_date, today)
        if late <= policy.grace_days:
            continue
        levels = policy.ordered_levels()
        previous = (
            levels[_level_index(levels, item.current_level_id)] if item.current_level_id else None
        )
        held_final = False
        if item.not_before and today <= item.not_before:
            level = previous  # the deadline of the letter sent has not passed yet
        else:
            level = target_level(
                policy, late, item.current_level_id, final_demand_sent=item.final_demand_sent
            )
            held_final = held_by_final_demand(
                policy, late, item.current_level_id, item.final_demand_sent
            )
        escalated = level is not None and level != previous
        lines.append(ItemDecision(item, late, level, previous, escalated, held_final))
    lines.sort(key=lambda d: (d.item.due_date, d.item.id))
    overdue_total = sum((d.item.residual for d in lines), ZERO)

    pending = [next_escalation_date(policy, i) for i in items if not i.blocked and i.residual > 0]
    next_date = min((d for d in pending if d), default=None)
    if last_contact and next_date:
        next_date = max(next_date, last_contact + timedelta(days=policy.frequency_days))
    if next_date:
        # A step that could have happened already (e.g. held back by open credits) is looked at
        # again by the next run: never show a next action date in the past.
        next_date = max(next_date, today + timedelta(days=1))

    def skip(action):
        return CustomerDecision(
            action,
            lines=tuple(lines),
            credits=credit_items,
            overdue_total=overdue_total,
            credit_total=credit_total,
            next_date=next_date,
        )

    if not lines:
        return skip(SKIP_NOTHING_OVERDUE)
    if overdue_total - credit_total <= 0:
        return skip(SKIP_COVERED)
    if overdue_total - credit_total < policy.min_amount:
        return skip(SKIP_BELOW_MINIMUM)
    if not any(d.escalated for d in lines):
        if any(d.held_final for d in lines):
            return skip(SKIP_FINAL_DEMAND_SENT)
        return skip(SKIP_NO_ESCALATION)
    if last_contact and (today - last_contact).days < policy.frequency_days:
        return skip(SKIP_FREQUENCY)

    ordered = policy.ordered_levels()
    # An item that had its final demand and stays at a final level does not make this letter
    # a second final demand: the letter takes the level of the items that climbed.
    counted = [
        d
        for d in lines
        if d.level and not (d.item.final_demand_sent and d.level.final_demand and not d.escalated)
    ]
    top = max((d.level for d in counted or lines if d.level), key=ordered.index)
    # After sending today, the next step can come no sooner than the frequency window allows.
    after_send = [
        next_escalation_date(
            policy,
            OpenItem(
                d.item.id,
                d.item.due_date,
                d.item.residual,
                d.level and d.level.id,
                not_before=d.item.not_before,
                final_demand_sent=(
                    d.item.final_demand_sent or bool(d.level and d.level.final_demand)
                ),
            ),
        )
        for d in lines
    ]
    after_send += [
        next_escalation_date(policy, i)
        for i in items
        if not i.blocked and i.residual > 0 and i.id not in {d.item.id for d in lines}
    ]
    upcoming = min((d for d in after_send if d), default=None)
    if upcoming:
        upcoming = max(upcoming, today + timedelta(days=policy.frequency_days))
    return CustomerDecision(
        SEND,
        level=top,
        lines=tuple(lines),
        credits=credit_items,
        overdue_total=overdue_total,
        credit_total=credit_total,
        next_date=upcoming,
    )
