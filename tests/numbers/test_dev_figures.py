"""Recall of the gold figures of ../shared/gold/dev.jsonl by the number layer alone.

Every gold claim's figure must come out of ``parse_numbers`` with the same span and the same low/high
(the claim layer only chooses among our figures, so a figure missed here is a claim missed there).
Run with ``-s`` to see the rate and the misses:

    .venv/bin/pytest tests/numbers/test_dev_figures.py -q -s
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from headcount import parse_numbers

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "dev.jsonl"
FLOOR = 0.97    # measured 1.00 (279/279) when this was written


def test_gold_figures_are_found_with_span_and_value() -> None:
    if not DEV.exists():
        pytest.skip(f"dev set {DEV} not found (it lives beside the repo in ../shared/gold)")
    total = found = 0
    misses = []
    returned = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        figs = {(f.start, f.end): f for f in parse_numbers(text)}
        for c in doc["claims"]:
            total += 1
            f = figs.get((c["start"], c["start"] + len(c["figure"])))
            if f is not None and f.low == c["low"] and f.high == c["high"]:
                found += 1
            else:
                got = None if f is None else (f.figure, f.low, f.high)
                misses.append(f"{doc['id']}: {c['figure']!r} {c['low']}/{c['high']} got {got}")
        returned += len(figs)
    rate = found / total
    print(f"\ndev gold figures found with exact span and value: {found}/{total} = {rate:.3f}"
          f" ({returned} figures returned in all)")
    for m in misses:
        print("  miss:", m)
    assert rate >= FLOOR
