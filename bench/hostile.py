#!/usr/bin/env python3
"""Extraction time on hostile shapes of text: does doubling the input at most about double the time?

    .venv/bin/python bench/hostile.py [--sizes 200,400] [--reps 3] [--shapes NAME,...]

Each shape is a text that an attacker or a broken page could send: one paragraph with no sentence end and
thousands of figures in it, long runs of digits and separators, hedges and number words back to back,
"according to the" repeated, dotted numbers, and an ordinary report repeated (the control). For each shape
and size (KB of UTF-8), the script prints the median time of --reps runs of ``headcount.extract`` in this
process, and the ratio of each size's time to the previous size's. Targets (issue 14): every ratio <= 2.5
and no 400 KB input over 10 s on the 2-core bench machine. Times are measured, never asserted in tests; the
tests assert the bounds on the work instead (window lengths, caps).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from headcount import extract  # noqa: E402

REPORT = ("More than 1,200 civilians, including 300 children, left the eastern districts on Sunday, the "
          "regional health office said. ")


def _fill(unit: str, n_bytes: int, sep: str = "") -> str:
    reps = n_bytes // max(1, len((unit + sep).encode())) + 1
    return (sep.join([unit] * reps))[:n_bytes]


SHAPES: dict[str, Callable[[int], str]] = {
    # one paragraph, no sentence end, a figure every few words
    "figures, no full stop": lambda n: _fill("some 1,250 people fled and 40 were killed", n, " , "),
    # digits and separators with no words
    "digit runs": lambda n: _fill("1,234,567.890 12 345 678", n, " "),
    # hedges and number words, no nouns
    "hedges and number words": lambda n: _fill("nearly about more than some dozens of hundreds thousands", n, " "),
    # an attribution cue repeated, with figures between
    "according to the": lambda n: _fill("according to the 12 according to the ministry", n, " "),
    # dotted numbers (dates, versions, thousands with dots)
    "dotted numbers": lambda n: _fill("1.2.3.4 38.044 12.12.2016", n, " "),
    # a normal report, repeated: the control
    "ordinary report": lambda n: _fill(REPORT, n),
}


def _median_time(text: str, reps: int) -> float:
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        extract(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="200,400", help="sizes in KB, ascending (default 200,400)")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--shapes", default="", help="comma-separated shape names (default: all)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    wanted = [s for s in args.shapes.split(",") if s] or list(SHAPES)
    extract("Warm-up: 12 people left, officials said.")  # load rules and the model outside the timing
    print(f"{'shape':26} " + " ".join(f"{s:>7} KB" for s in sizes) + "   ratios")
    worst = 0.0
    for name in wanted:
        times = [_median_time(SHAPES[name](kb * 1000), args.reps) for kb in sizes]
        ratios = [b / a if a > 0 else float("inf") for a, b in zip(times, times[1:], strict=False)]
        worst = max([worst, *ratios])
        print(f"{name:26} " + " ".join(f"{t:8.2f} s" for t in times) + "   "
              + " ".join(f"{r:.2f}" for r in ratios))
    print(f"worst doubling ratio {worst:.2f} (target <= 2.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
