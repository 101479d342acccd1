"""Bring the .po files to OCA's layout (``oca-checks-po`` po-pretty-format) without losing meaning.

OCA's layout clears a msgstr that equals its msgid ("SMS", "BIC", "inkassoloven § 9"): Odoo then
prints the source, which is the translation. So that an empty msgstr still tells the translation
gate (``check_po.py``) "translated, same as the source" rather than "forgotten", such an entry gets
the translator comment ``same as source`` first; then ``oca-checks-po --fix`` writes the layout.
Run by ``make i18n``; translators who keep a term unchanged add the comment themselves.
"""

import sys
from pathlib import Path

import polib

SAME = "same as source"


def mark_same(path):
    po = polib.pofile(str(path), wrapwidth=78)
    changed = 0
    for entry in po:
        if entry.msgstr and entry.msgstr == entry.msgid and SAME not in (entry.tcomment or ""):
            entry.tcomment = f"{entry.tcomment}\n{SAME}" if entry.tcomment else SAME
            changed += 1
    if changed:
        po.save(str(path))
    return changed


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "i18n")
    for po_path in sorted(folder.glob("*.po")):
        print(f"{po_path.name}: {mark_same(po_path)} entries marked '{SAME}'")
