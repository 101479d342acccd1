"""The repository's legal notes (readme/LEGAL.rst) list exactly the shipped values below
"statute/official": generated from data/ by scripts/legal_notes.py, so they cannot drift."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _notes():
    spec = importlib.util.spec_from_file_location("legal_notes", ROOT / "scripts/legal_notes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_legal_notes_match_the_shipped_data():
    notes = _notes()
    assert (ROOT / "readme/LEGAL.rst").read_text(encoding="utf-8") == notes.render(), (
        "readme/LEGAL.rst is stale: run python scripts/legal_notes.py, then scripts/gen_readme.py"
    )


def test_every_unconfirmed_shipped_value_is_listed():
    notes = _notes()
    text = (ROOT / "readme/LEGAL.rst").read_text(encoding="utf-8")
    rates = notes.unconfirmed_rates()
    assert len(rates) == 87
    for table, valid_from, rate, _confidence, _source in rates:
        assert table in text
        assert f"{valid_from}: {rate}" in text
    compensation = [row for row in notes.compensations() if row[1] == "NO"]
    assert [(row[4], row[2], row[6].split(" (")[0]) for row in compensation] == [
        ("2020-07-01", "430", "secondary"),
        ("2021-07-01", "400", "secondary"),
        ("2022-01-01", "390", "secondary"),
        ("2022-07-01", "400", "secondary"),
        ("2023-01-01", "410", "secondary"),
        ("2024-01-01", "470", "official"),
        ("2025-01-01", "470", "official mirror"),
        ("2026-01-01", "460", "secondary"),
    ]
    # Confirmed values (statute, official publication) are not listed as unconfirmed.
    assert "regjeringen.no id3019071" not in text
    assert "430 NOK" in text and "470 NOK" in text  # 2025-H1, read through a mirror
    assert notes.half_year_gaps(compensation) == [
        "2021-01-01",
        "2023-07-01",
        "2024-07-01",
        "2025-07-01",
        "2026-07-01",
    ]
    assert "BG, CZ, DK, HU, PL, RO as of 2026-01-01" in text
