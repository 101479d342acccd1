"""Translation gate: each .po has every .pot msgid, translated, not fuzzy, same placeholders.

Also: a translated fragment of an XML view or report (``model_terms``) must not start or end
with white space its source lacks. Odoo strips such terms when it loads them, so German
" unserem Konto" after a date printed as "07.12.2026unserem Konto"; reword the fragment so it
does not need the space (start it with punctuation, or move the words before the field).
"""

import re
import sys
from pathlib import Path

import polib

PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|%s|\{[a-z_]+\}")
LANGS = ("sv", "de", "nb", "ru")
SAME = "same as source"


def is_view_term(entry):
    return any(place.startswith("model_terms:") for place, _line in entry.occurrences)


def edge_space(text):
    """Which ends of ``text`` are white space: a subset of {"start", "end"}."""
    return {end for end, char in (("start", text[:1]), ("end", text[-1:])) if char.isspace()}


def main(i18n_dir):
    i18n = Path(i18n_dir)
    (pot_path,) = sorted(i18n.glob("*.pot"))  # one template per add-on's i18n folder
    pot = polib.pofile(str(pot_path))
    wanted = {entry.msgid for entry in pot}
    problems = []
    for lang in LANGS:
        po = polib.pofile(str(i18n / f"{lang}.po"))
        entries = {entry.msgid: entry for entry in po if not entry.obsolete}
        for msgid in sorted(wanted - set(entries)):
            problems.append(f"{lang}.po lacks msgid {msgid[:60]!r}")
        for msgid, entry in entries.items():
            if msgid not in wanted:
                continue
            if not entry.msgstr and SAME in (entry.tcomment or ""):
                continue  # OCA's layout clears a msgstr equal to its msgid (scripts/po_layout.py)
            if not entry.msgstr:
                problems.append(f"{lang}.po: untranslated {msgid[:60]!r}")
            elif "fuzzy" in entry.flags:
                problems.append(f"{lang}.po: fuzzy {msgid[:60]!r}")
            elif sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(entry.msgstr)):
                problems.append(f"{lang}.po: placeholders differ in {msgid[:60]!r}")
            elif is_view_term(entry) and edge_space(entry.msgstr) - edge_space(msgid):
                problems.append(
                    f"{lang}.po: view fragment {msgid[:60]!r} relies on a leading or trailing "
                    "space, which Odoo strips"
                )
    for problem in problems:
        print(problem)
    print(f"translations: {len(LANGS)} languages, {len(wanted)} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "i18n"))
