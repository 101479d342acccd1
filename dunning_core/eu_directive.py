"""Directive 2011/7/EU as the fallback for EU member states without a rule of their own.

The directive sets a floor, not a rate: member states must give business creditors at least
the reference rate + 8 percentage points (art. 2(6), art. 3(1)) and at least 40 EUR fixed
compensation per late invoice (art. 6). Its reference rate is the ECB main refinancing rate
only for member states whose currency is the euro (art. 2(7)(a)); for the others it is the
equivalent rate of their national central bank (art. 2(7)(b)), which this repository does not
ship. So:

* a euro-area state without a shipped rule gets the directive's minimum, presented as "the
  minimum statutory rate of Directive 2011/7/EU", never as that state's statutory rate (which
  is at least that: some states set more, e.g. a higher margin);
* a non-euro member state without a shipped rule gets nothing presented as law: no ECB-based
  interest and no EUR compensation; a manager is asked to add a rule for that country;
* consumers are outside the directive (art. 1(2) and recital 8): no fallback.

Euro-area membership by date (``EURO_AREA``) is general knowledge, not in the researched legal
notes (/work/shared/legal): see ``EURO_AREA_SOURCE``. Bulgaria's adoption of the euro on
2026-01-01 is not confirmed in those notes: it is treated as unconfirmed (no directive fallback,
a manager decides) until a manager adds a rule.

>>> d = fallback("FR", True, date(2026, 3, 1))
>>> d.kind, d.interest, d.compensation
('directive_minimum', True, True)
>>> fallback("DK", True, date(2026, 3, 1)).kind
'non_euro'
>>> fallback("DK", True, date(2026, 3, 1)).interest
False
>>> fallback("BG", True, date(2026, 3, 1)).kind
'euro_unconfirmed'
>>> fallback("HR", True, date(2022, 12, 31)).kind, fallback("HR", True, date(2023, 1, 1)).kind
('non_euro', 'directive_minimum')
>>> fallback("DE", True, date(2026, 3, 1), own_rule_countries={"DE"}).kind
'own_rule'
>>> fallback("FR", False, date(2026, 3, 1)).kind
'consumer'
>>> fallback("NO", True, date(2026, 3, 1)).kind
'not_eu'
"""

from dataclasses import dataclass
from datetime import date

# The 27 member states (ISO 3166-1 alpha-2; Greece is "GR" in Odoo, "EL" in EU usage).
EU_MEMBER_STATES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)

# Member states whose currency is the euro, with the first day of euro membership.
EURO_AREA = {
    **dict.fromkeys("AT BE DE ES FI FR IE IT LU NL PT".split(), date(1999, 1, 1)),
    "GR": date(2001, 1, 1),
    "SI": date(2007, 1, 1),
    "CY": date(2008, 1, 1),
    "MT": date(2008, 1, 1),
    "SK": date(2009, 1, 1),
    "EE": date(2011, 1, 1),
    "LV": date(2014, 1, 1),
    "LT": date(2015, 1, 1),
    "HR": date(2023, 1, 1),
}
EURO_AREA_SOURCE = (
    "Euro-area membership by date: Council decisions on the adoption of the euro (ECB list of "
    "euro-area countries); not in the researched legal notes, general knowledge"
)
# Adoptions the legal notes do not confirm: no directive fallback, a manager decides.
EURO_AREA_UNCONFIRMED = {"BG": date(2026, 1, 1)}

# Why the fallback does (not) apply; the model turns these into translated text.
NOT_EU = "not_eu"
CONSUMER = "consumer"
OWN_RULE = "own_rule"
DIRECTIVE_MINIMUM = "directive_minimum"
NON_EURO = "non_euro"
EURO_UNCONFIRMED = "euro_unconfirmed"

MINIMUM_SOURCE = (
    "Directive 2011/7/EU art. 2(6), 2(7)(a), 3(1) and 6: minimum statutory rate (ECB main "
    "refinancing rate + 8 percentage points) and at least 40 EUR"
)


@dataclass(frozen=True)
class FallbackDecision:
    country: str
    kind: str  # one of the constants above
    interest: bool  # claim the directive's minimum rate (ECB + 8 pp)
    compensation: bool  # claim the directive's 40 EUR
    ask_manager: bool  # a member state the repository has no rule for: ask for one
    legal_source: str  # what the letter may cite; empty when nothing is claimed


def is_euro_member(country, on):
    """True when ``country``'s currency is the euro on ``on`` (confirmed adoptions only)."""
    joined = EURO_AREA.get((country or "").upper())
    return joined is not None and joined <= on


def non_euro_member_states(on):
    """Member states outside the euro area on ``on`` (unconfirmed adoptions count as outside).

    >>> sorted(non_euro_member_states(date(2026, 3, 1)))
    ['BG', 'CZ', 'DK', 'HU', 'PL', 'RO', 'SE']
    """
    return frozenset(code for code in EU_MEMBER_STATES if not is_euro_member(code, on))


def fallback(country, is_business, on, own_rule_countries=()):
    """What Directive 2011/7/EU lets the add-on claim from a debtor in ``country`` on ``on``.

    ``country`` is the ISO code of the applicable law's state (the caller decides which law
    applies); ``own_rule_countries`` are the states with a shipped or configured rule of their
    own, which always wins. ``on`` is the day the claim is made (the letter's date).
    """
    country = (country or "").upper()
    if country not in EU_MEMBER_STATES:
        return FallbackDecision(country, NOT_EU, False, False, False, "")
    if country in {code.upper() for code in own_rule_countries}:
        return FallbackDecision(country, OWN_RULE, False, False, False, "")
    if not is_business:
        return FallbackDecision(country, CONSUMER, False, False, False, "")
    if is_euro_member(country, on):
        return FallbackDecision(country, DIRECTIVE_MINIMUM, True, True, False, MINIMUM_SOURCE)
    unconfirmed = EURO_AREA_UNCONFIRMED.get(country)
    if unconfirmed is not None and unconfirmed <= on:
        return FallbackDecision(country, EURO_UNCONFIRMED, False, False, True, "")
    return FallbackDecision(country, NON_EURO, False, False, True, "")
