"""Quality gates: fail when a figure drops below the floor pinned in eval_baseline.json.

Two gold files, each with its own floors:

- ``fixtures/own.jsonl``: short news-style texts written for the project and annotated by hand per
  ``../shared/eval/FORMAT.md`` and ``../shared/gold/README.md``. It is in the repository, so the gate runs on
  a plain clone. It is small (34 claims: one claim is about 0.03), so its floors sit about one claim under
  what the extractor measures.
- ``../shared/gold/dev.jsonl``: the dev set (third-party news, read from beside the repository, never copied).
  The gate runs on whatever dev file is there: a changed file is measured, not skipped, because a gate that
  turns itself off whenever the data moves guards nothing. Its sha256 is recorded in the baseline for
  information and printed when it differs. Floors are the measured figures less about 0.01.

Both print their figures and the per-crisis table (``event_name``), which shows whether a change carries
across crises or only lifts one. The issue's bars are printed beside the dev figures for reference; they do
not fail the suite, the floors do.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from headcount.evaluate import evaluate, format_group_table, format_scores, group_scores, load_gold

BASELINE = Path(__file__).with_name("eval_baseline.json")
OWN = Path(__file__).with_name("fixtures") / "own.jsonl"


def gate(path: Path, floors: dict[str, float], bars: dict[str, float]) -> tuple[list[str], list[str]]:
    """Score the extractor on one gold file: (lines to print, the figures under their floors)."""
    gold = load_gold(path)
    scores, _, preds = evaluate(gold)
    figures = scores.as_dict()
    lines = [f"{line}   (issue bar {bars[k]})" if (k := line.split()[0]) in bars else line
             for line in format_scores(scores)]
    table = format_group_table("event_name", group_scores(gold, preds, "event_name"))
    missing = sorted(set(floors) - set(figures))
    assert not missing, f"floors name figures the scorer does not report: {missing}"
    below = [f"{name} {figures[name]} < floor {floor}" for name, floor in floors.items()
             if figures[name] is None or figures[name] < floor]
    return [*table, "", *lines], below


def test_own_fixture_stays_above_its_floors(gate_report: dict[str, Any]) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    lines, below = gate(OWN, baseline["fixture"]["floors"], {})
    gate_report.setdefault("lines", []).extend([f"own fixture ({OWN.name}):", *lines, ""])
    print("\n".join(["", f"own-fixture figures ({OWN}):", *lines]))
    assert not below, "own-fixture figures dropped below their floors: " + "; ".join(below)


def test_dev_figures_stay_above_their_floors(dev_path: Path, gate_report: dict[str, Any]) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["dev"]
    digest = hashlib.sha256(dev_path.read_bytes()).hexdigest()
    note = ("" if digest == baseline["sha256"] else
            f"note: {dev_path.name} is not the file the floors were measured on (sha256 {digest[:12]}…, "
            f"measured on {baseline['sha256'][:12]}…); gated all the same")
    lines, below = gate(dev_path, baseline["floors"], baseline.get("bars", {}))
    gate_report.setdefault("lines", []).extend([f"dev set ({dev_path}):", *([note] if note else []), *lines])
    print("\n".join(["", f"dev-set figures ({dev_path}):", *([note] if note else []), *lines]))
    assert not below, "dev figures dropped below their floors: " + "; ".join(below)


def test_the_gate_fails_under_a_floor() -> None:
    """The gate can fail: a floor above what the extractor can reach is reported."""
    _, below = gate(OWN, {"figure_f1": 1.01}, {})
    assert below and below[0].startswith("figure_f1 ")
