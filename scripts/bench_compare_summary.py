"""Medians and ratios of scripts/bench_compare.sh's RESULT lines (read from stdin)."""

import statistics
import sys

rows = [line.split() for line in sys.stdin if line.startswith("RESULT")]
by_side = {}
for _tag, side, wall, cpu, queries, rss, created in rows:
    by_side.setdefault(side, []).append(
        (float(wall), float(cpu), int(queries), int(rss), int(created))
    )
medians = {
    side: [statistics.median(run[index] for run in runs) for index in range(5)]
    for side, runs in by_side.items()
}
oca, ours = medians["oca"], medians["ours"]
print(f"{'':24s} {'OCA credit_control':>20s} {'account_dunning':>16s} {'ratio':>7s}")
labels = ("time, median (s)", "CPU, median (s)", "SQL queries", "peak RSS (MiB)")
for index, label in enumerate(labels):
    ratio = oca[index] / ours[index] if ours[index] else float("inf")
    print(f"{label:24s} {oca[index]:20.2f} {ours[index]:16.2f} {ratio:6.1f}x")
print(f"{'lines created':24s} {oca[4]:20.0f} {ours[4]:16.0f}")
print(f"runs: {len(by_side['oca'])} each, interleaved, a fresh process and database copy each")
