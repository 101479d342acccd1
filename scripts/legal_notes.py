"""Generate readme/LEGAL.rst: every shipped legal value below "statute/official" confidence.

Read from the shipped data (data/account.dunning.rate.period.csv, the fixed compensation in
data/account_dunning_legal_rules_data.xml) and the core's own tables of what is deliberately
not shipped, so the notes cannot drift from the data: dunning_core/tests/test_legal_notes.py
fails when readme/LEGAL.rst differs from a fresh generation, and scripts/gen_readme.py turns
it into the README's "Legal values and their confidence" section.

    python scripts/legal_notes.py [--check]
"""

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dunning_core import eu_directive  # noqa: E402
from dunning_core.rates import is_confirmed_confidence  # noqa: E402

TARGET = ROOT / "readme" / "LEGAL.rst"
RATES = ROOT / "data" / "account.dunning.rate.period.csv"
RULES = ROOT / "data" / "account_dunning_legal_rules_data.xml"


def _cell(text):
    return " ".join(str(text).split()) or "-"


def unconfirmed_rates(path=RATES):
    """(table, valid_from, rate, confidence, source) of the shipped rate rows below
    "statute/official", in file order."""
    with path.open(encoding="utf-8") as handle:
        return [
            (
                row["source_id:id"].removeprefix("rate_source_"),
                row["valid_from"],
                row["rate"],
                row["confidence"],
                row["legal_source"],
            )
            for row in csv.DictReader(handle)
            if not is_confirmed_confidence(row["confidence"])
        ]


def _fields(record):
    return {field.get("name"): field for field in record.iter("field")}


def compensations(path=RULES):
    """(id, country, amount, currency, valid_from, valid_to, confidence, source) of every shipped
    fixed compensation."""
    rows = []
    for record in ET.parse(path).getroot().iter("record"):
        if record.get("model") != "account.dunning.compensation":
            continue
        fields = _fields(record)

        def value(name, fields=fields):
            field = fields.get(name)
            if field is None:
                return ""
            return field.get("ref", "").removeprefix("base.").upper() or (field.text or "")

        rows.append(
            (
                record.get("id"),
                value("country_id") or "EU (euro area)",
                value("amount"),
                value("currency_id"),
                value("valid_from"),
                value("valid_to"),
                value("confidence"),
                value("legal_source"),
            )
        )
    return rows


def _grouped(rates):
    """One row per (table, confidence): the periods as "valid from: rate", in file order."""
    groups = {}
    for table, valid_from, rate, confidence, _source in rates:
        groups.setdefault((table, confidence), []).append(f"{valid_from}: {rate}")
    return [(table, conf, ", ".join(periods)) for (table, conf), periods in groups.items()]


def interest_rule_countries(path=RULES):
    """ISO codes of the countries with a shipped interest rule of their own."""
    return {
        field.get("ref").removeprefix("base.").upper()
        for record in ET.parse(path).getroot().iter("record")
        if record.get("model") == "account.dunning.interest.rule"
        for field in record.iter("field")
        if field.get("name") == "country_id"
    }


def half_year_gaps(rows):
    """Half-year starts (ISO) between the first and the last of ``rows`` no row covers, then
    the day after the last row (always missing: the next value is not known)."""
    spans = sorted((row[4], row[5]) for row in rows)
    covered = {start for start, _end in spans}
    year, month = int(spans[0][0][:4]), int(spans[0][0][5:7])
    gaps = []
    while f"{year:04d}-{month:02d}-01" <= spans[-1][0]:
        start = f"{year:04d}-{month:02d}-01"
        if start not in covered:
            gaps.append(start)
        year, month = (year, 7) if month == 1 else (year + 1, 1)
    last_end = spans[-1][1]
    after = "-07-01" if last_end[5:] == "06-30" else "-01-01"
    year = int(last_end[:4]) + (after == "-01-01")
    return [*gaps, f"{year}{after}"]


def _table(title, header, rows, widths):
    lines = [
        f".. list-table:: {title}",
        "   :header-rows: 1",
        f"   :widths: {' '.join(str(w) for w in widths)}",
        "",
    ]
    for row in [header, *rows]:
        lines.append(f"   * - {_cell(row[0])}")
        lines.extend(f"     - {_cell(cell)}" for cell in row[1:])
    return "\n".join(lines) + "\n"


def render():
    rates = unconfirmed_rates()
    comp = compensations()
    unconfirmed_comp = [row for row in comp if not is_confirmed_confidence(row[6])]
    own_rules = interest_rule_countries()
    non_euro = ", ".join(sorted(eu_directive.non_euro_member_states(_today_basis()) - own_rules))
    no_gaps = half_year_gaps([row for row in comp if row[1] == "NO"])
    unconfirmed_euro = ", ".join(
        f"{code} (from {day.isoformat()})"
        for code, day in sorted(eu_directive.EURO_AREA_UNCONFIRMED.items())
    )
    parts = [
        "Every legal value the add-on ships names its source and its confidence. A value below\n"
        '"statute/official" (secondary, derived, read through a mirror) is used only once a\n'
        "manager confirmed it (*Confirm* on the row, logged with who and when); a value nobody\n"
        "could source is not shipped and waits for a manager. This section is generated from the\n"
        "shipped data by ``scripts/legal_notes.py`` and checked by a test, so it lists exactly\n"
        "what ships.\n",
        f"**Reference rates below statute/official** ({len(rates)} rows of\n"
        "``data/account.dunning.rate.period.csv``; interest on their days waits for a manager's\n"
        "confirmation):\n",
        _table(
            "Unconfirmed reference-rate periods",
            ("Table", "Confidence", "Periods (valid from: rate %)"),
            _grouped(rates),
            (22, 28, 50),
        ),
        f"**Fixed compensation below statute/official** ({len(unconfirmed_comp)} of "
        f"{len(comp)} shipped values; the compensation line waits, the interest is claimed):\n",
        _table(
            "Unconfirmed fixed compensation",
            ("Country", "Amount", "Valid from", "Valid to", "Confidence"),
            [(r[1], f"{r[2]} {r[3]}", r[4], r[5], r[6]) for r in unconfirmed_comp],
            (12, 14, 14, 14, 46),
        ),
        "**Not shipped, waiting for a manager** (no source found):\n",
        "* Norwegian standardkompensasjon (forsinkelsesrenteloven § 3a) for the half-years\n"
        f"  starting {', '.join(no_gaps[:-1])}, and from {no_gaps[-1]} on: a letter leaves\n"
        "  out the compensation line and the managers get a to-do naming the half-year.\n"
        "* Reference-rate half-years after the last shipped row of each table (to-do before each\n"
        "  1 January / 1 July).\n"
        "* Interest rules for EU member states outside the euro area without a rule of their own\n"
        f"  ({non_euro} as of {_today_basis().isoformat()}): no statutory interest and no EUR\n"
        "  compensation is claimed; the letter's to-do asks for a rule with that state's\n"
        "  reference rate (Directive 2011/7/EU art. 2(7)(b)).\n"
        f"* Euro adoptions the legal notes do not confirm: {unconfirmed_euro}; treated as outside\n"
        "  the euro area until a manager adds a rule.\n"
        "* National margins above the directive's minimum (e.g. France, Austria for businesses):\n"
        "  not sourced in the legal notes, so not shipped; euro-area states without a rule get\n"
        '  "the minimum statutory rate of Directive 2011/7/EU", printed as at least that\n'
        "  minimum, never as the state's statutory rate.\n",
        f"**{eu_directive.EURO_AREA_SOURCE}.**\n",
    ]
    return "\n".join(parts)


def _today_basis():
    """The date basis of the non-euro list: the last euro adoption the notes consider."""
    return max([*eu_directive.EURO_AREA.values(), *eu_directive.EURO_AREA_UNCONFIRMED.values()])


def main(argv):
    text = render()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print("FAIL: readme/LEGAL.rst differs from the data: run scripts/legal_notes.py")
            return 1
        print("readme/LEGAL.rst matches the shipped data")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
