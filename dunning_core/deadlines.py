"""Statutory minimum payment deadlines of demand letters, counted from the day of sending.

* Sweden: an inkassokrav (a final demand announcing collection) gives at least 8 days from
  sending (god inkassosed, Integritetsskyddsmyndigheten; inkassolagen 1974:182 5 §).
* Norway: an inkassovarsel (inkassoloven § 9) gives at least 14 days from sending; a shorter one
  is no valid varsel.
* Russia: a business debtor may be sued in the arbitrazh court only 30 calendar days after the
  претензия was sent (АПК РФ ст. 4 ч. 5), unless the contract sets another term; private persons
  are not under that rule.

The pay-by date is the day of sending plus the level's days, never less than the minimum of the
law. Nothing here imports Odoo.
"""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class StatutoryDeadline:
    country: str  # ISO code
    days: int  # minimum days from sending
    business_only: bool  # applies to business debtors only
    legal_source: str


STATUTORY_DEADLINES = (
    StatutoryDeadline(
        "SE",
        8,
        False,
        "Inkassolagen (1974:182) 5 §, god inkassosed (IMY): inkassokrav, minst 8 dagar",
    ),
    StatutoryDeadline(
        "NO",
        14,
        False,
        "Inkassoloven § 9: inkassovarsel, betalingsfrist minst 14 dager fra avsendelse",
    ),
    StatutoryDeadline(
        "RU",
        30,
        True,
        "АПК РФ ст. 4 ч. 5: претензионный порядок, 30 календарных дней со дня направления",
    ),
)


def statutory_minimum(country, is_business, is_final_demand, table=STATUTORY_DEADLINES):
    """The ``StatutoryDeadline`` a final demand to this debtor must respect, or None.

    Only final demands (inkassokrav, inkassovarsel, претензия) carry a statutory minimum.
    """
    if not is_final_demand:
        return None
    for entry in table:
        if entry.country == (country or "").upper() and (is_business or not entry.business_only):
            return entry
    return None


def pay_by(sent_on, level_days, country="", is_business=True, is_final_demand=False):
    """(pay-by date, legal source or "") of a letter sent on ``sent_on``.

    ``level_days``: the level's deadline (0: no deadline unless the law sets one). The law's
    minimum wins when it is longer.
    """
    if not isinstance(sent_on, date):
        raise TypeError("sent_on must be a datetime.date")
    minimum = statutory_minimum(country, is_business, is_final_demand)
    days = max(level_days or 0, minimum.days if minimum else 0)
    if not days:
        return None, ""
    source = minimum.legal_source if minimum and minimum.days >= (level_days or 0) else ""
    return sent_on + timedelta(days=days), source
