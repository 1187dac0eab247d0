"""headcount eval on a small hand-made gold file: the referee's layout, --json, --errors, bad gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from headcount.cli import main
from headcount.evaluate import Scores

TEXT = ("More than 760 civilians, including 128 children, left the district over the past 24 hours, "
        "the ministry said.")


def claim(figure: str, low: int | None, high: int | None, category: str, parent: int | None) -> dict[str, Any]:
    return {"figure": figure, "start": TEXT.index(figure), "low": low, "high": high, "approx": False,
            "category": category, "event": "evacuated", "modality": "actual", "location": "the district",
            "source": ["the ministry"], "parent": parent}


def gold_file(tmp_path: Path) -> Path:
    p = tmp_path / "gold.jsonl"
    doc = {"id": "g1", "text": TEXT, "published": "2016-11-27",
           "claims": [claim("More than 760", 760, None, "civilians", None), claim("128", 128, 128, "children", 0)]}
    p.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return p


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_eval_prints_the_referee_layout(tmp_path: Path) -> None:
    result = run("eval", str(gold_file(tmp_path)))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    names = [line.split()[0] for line in lines]
    assert names[:3] == ["documents", "gold_claims", "predicted_claims"]
    assert set(names) <= set(Scores.__slots__)
    assert all(line[20] == " " and line[:20].rstrip() == line.split()[0] for line in lines)
    assert lines[0] == f"{'documents':20} 1"


def test_eval_json_and_errors(tmp_path: Path) -> None:
    result = run("eval", str(gold_file(tmp_path)), "--json", "--errors", "5")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["documents"] == 1 and figures["gold_claims"] == 2
    for line in result.stderr.splitlines():
        doc_id, kind, *_ = line.split("\t")
        assert doc_id == "g1" and kind in {"missed", "spurious", "value", "category", "event", "source"}


def test_kind_lists_wrong_locations_the_referee_does_not_name(tmp_path: Path) -> None:
    gold = gold_file(tmp_path)
    doc = json.loads(gold.read_text(encoding="utf-8"))
    for c in doc["claims"]:
        c["location"] = "Kandahar"  # the text never names it, so the extractor cannot agree
    gold.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    plain = run("eval", str(gold), "--errors", "50")
    assert "\tlocation\t" not in plain.stderr
    result = run("eval", str(gold), "--errors", "50", "--kind", "location")
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stderr.splitlines()]
    assert rows and {r[1] for r in rows} == {"location"}
    assert all("want 'Kandahar'" in r[3] for r in rows)


def test_bad_gold_is_one_line(tmp_path: Path) -> None:
    p = tmp_path / "gold.jsonl"
    p.write_text('{"id": "x", "text": "abc", "claims": [{"figure": "zz", "start": 0}]}\n', encoding="utf-8")
    result = run("eval", str(p))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {p}:1: x: claim 0: missing 'low'")
    assert len(result.stderr.splitlines()) == 1
    missing = run("eval", str(tmp_path / "missing.jsonl"))
    assert missing.exit_code == 1 and "cannot read gold file" in missing.stderr
