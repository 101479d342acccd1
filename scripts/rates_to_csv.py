"""Regenerate data/account.dunning.rate.period.csv from the researched reference-rate table.

Usage: python scripts/rates_to_csv.py ../shared/legal/reference-rates.csv
Every row keeps its published meaning (legal source) and its confidence; rows before 2020 are
dropped except the one in force on 2020-01-01. Run it when the research table gains periods.
"""

import csv
import sys
from pathlib import Path

START = "2020-01-01"


def main(source_csv):
    rows = list(csv.DictReader(open(source_csv, encoding="utf-8")))
    by_table = {}
    for row in rows:
        by_table.setdefault(row["source"], []).append(row)
    out_rows = []
    for table, periods in sorted(by_table.items()):
        periods.sort(key=lambda r: r["valid_from"])
        before = [r for r in periods if r["valid_from"] <= START]
        kept = ([before[-1]] if before else []) + [r for r in periods if r["valid_from"] > START]
        for row in kept:
            out_rows.append(
                {
                    "id": f"rate_{table}_{row['valid_from'].replace('-', '_')}",
                    "source_id:id": f"rate_source_{table}",
                    "valid_from": row["valid_from"],
                    "rate": row["rate_percent"],
                    "confidence": row["confidence"],
                    "legal_source": row["meaning"],
                }
            )
    target = Path(__file__).resolve().parent.parent / "data" / "account.dunning.rate.period.csv"
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(out_rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out_rows)
    print(f"{target}: {len(out_rows)} periods in {len(by_table)} tables")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/legal/reference-rates.csv")
