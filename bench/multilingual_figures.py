"""Figure recall of the number layer on the multilingual gold, per language.

For each document of ``../shared/gold/multilingual-dev.jsonl`` (or the file given), runs
``parse_numbers(text, language=doc["language"])`` and counts a gold claim as found when one figure has
its span (same start and text) and, separately, when that figure also has its low and high. Prints one
line per language, and with ``--misses`` every claim not found (id, figure, what we gave there):

    PYTHONPATH=. .venv/bin/python bench/multilingual_figures.py [--misses]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from headcount import parse_numbers

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "multilingual-dev.jsonl"


def recall(path: Path, misses: bool = False) -> dict[str, tuple[int, int, int]]:
    """language -> (claims, span found, span and bounds found)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        lang = doc["language"]
        figs = parse_numbers(doc["text"], language=lang)
        by_start = {f.start: f for f in figs}
        for c in doc["claims"]:
            row = counts[lang]
            row[0] += 1
            f = by_start.get(c["start"])
            span = f is not None and f.figure == c["figure"]
            value = span and f is not None and (f.low, f.high) == (c["low"], c["high"])
            row[1] += span
            row[2] += value
            if misses and not value:
                near = [(g.figure, g.low, g.high) for g in figs if abs(g.start - c["start"]) < 30]
                print(f"  {doc['id']}: want {c['figure']!r} {c['low']}/{c['high']}; near: {near}")
    return {k: (v[0], v[1], v[2]) for k, v in sorted(counts.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=GOLD)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    total = [0, 0, 0]
    print(f"{'language':8} {'claims':>6} {'span':>6} {'value':>6}")
    for lang, (n, s, v) in recall(args.gold, args.misses).items():
        print(f"{lang:8} {n:6d} {s / n:6.1%} {v / n:6.1%}")
        total = [total[0] + n, total[1] + s, total[2] + v]
    print(f"{'all':8} {total[0]:6d} {total[1] / total[0]:6.1%} {total[2] / total[0]:6.1%}")


if __name__ == "__main__":
    main()
