"""The committed .pot must equal a fresh export from Odoo (header aside).

Usage: python check_pot.py <fresh.pot> <committed.pot>. Compares every entry: msgid, plural,
context, source references and extracted comments, so a new or changed string, field or view
that was not re-exported fails the check. `make i18n` re-exports and merges.
"""

import sys

import polib


def entries(path):
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): (
            sorted(entry.occurrences),
            entry.comment,
        )
        for entry in polib.pofile(path)
        if not entry.obsolete
    }


def main(fresh_path, committed_path):
    fresh, committed = entries(fresh_path), entries(committed_path)
    problems = []
    for key in sorted(fresh.keys() - committed.keys(), key=str):
        problems.append(f"missing from the .pot: {key[1][:70]!r}")
    for key in sorted(committed.keys() - fresh.keys(), key=str):
        problems.append(f"no longer in the code: {key[1][:70]!r}")
    for key in sorted(fresh.keys() & committed.keys(), key=str):
        if fresh[key] != committed[key]:
            problems.append(f"references or comments changed: {key[1][:70]!r}")
    for problem in problems:
        print(problem)
    verdict = "equals" if not problems else "differs from"
    print(f"i18n/account_dunning.pot {verdict} a fresh export ({len(problems)} differences)")
    if problems:
        print("run `make i18n` and translate the new entries")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
