"""Reference rate tables: periods, the rate on a day, gaps and confirmation.

A reference rate (Riksbank, Bundesbank Basiszinssatz, Norges Bank, ЦБ РФ key rate, Bank of
England, ECB) is a table of periods, each valid from a day; ``rate_on`` finds the confirmed
period covering a day or raises ``MissingRatePeriod`` (interest is never computed with a
guessed rate). ``load_rate_table`` reads /work/shared/legal/reference-rates.csv; ``bound_periods``,
``first_missing_period`` and ``check_no_gap`` find where a table stops or has holes.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from itertools import pairwise

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
