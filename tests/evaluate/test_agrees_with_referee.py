"""Our scorer and the referee (../shared/eval/score.py) must give identical figures and errors.

Three angles: the dev set with predictions made by perturbing the gold deterministically (exercises every
definition whatever state the extractor is in), the dev set with headcount.extract's predictions (the real
use), and hypothesis-generated small documents compared in process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.evaluate import ErrorRow, GoldClaim, GoldDocument, Scores, load_gold, score
from headcount.evaluate.run import predict


def run_referee(referee_path: Path, gold: Path, preds: dict[str, list[dict[str, Any]]],
                tmp_path: Path) -> tuple[dict[str, Any], list[str], list[str]]:
    """The referee as a user runs it: (figures from --json, error lines, text-layout lines)."""
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("".join(json.dumps({"id": k, "claims": v}) + "\n" for k, v in preds.items()),
                         encoding="utf-8")
    cmd = [sys.executable, str(referee_path), str(gold), str(pred_file)]
    as_json = subprocess.run([*cmd, "--json", "--errors", "100000"], capture_output=True, text=True, check=True)
    as_text = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(as_json.stdout), as_json.stderr.splitlines(), as_text.stdout.splitlines()


def perturb(gold: dict[str, GoldDocument]) -> dict[str, list[dict[str, Any]]]:
    """Predictions that are right, wrong or missing in every way the scorer distinguishes, deterministically."""
    out: dict[str, list[dict[str, Any]]] = {}
    for d_i, (doc_id, doc) in enumerate(gold.items()):
        if d_i % 11 == 5:
            continue  # a document with no predictions at all
        claims: list[dict[str, Any]] = []
        for i, g in enumerate(doc.claims):
            k = (d_i * 7 + i) % 13
            if k == 0:
                continue  # missed
            start, end = g.start, g.end
            if k == 1:
                start = max(0, start + 1)  # still overlaps
            claim: dict[str, Any] = {
                "start": start, "end": end, "figure": doc.text[start:end],
                "low": g.low, "high": g.high, "approx": g.approx,
                "category": g.category.upper() if k == 2 else g.category,
                "event": "other" if k == 3 else g.event,
                "modality": g.modality,
                "location": None if k == 4 else g.location,
                "source": (g.source[0] if g.source else None) if k != 5 else "somebody else",
                "parent": g.parent if k != 6 else None,
                "period_kind": g.period_kind if k != 7 else "stock",
            }
            if k == 8:
                claim["low"] = (g.low or 0) + 1
            if k == 9:
                claim["category"] = g.category.rstrip("s")  # singular folds to the same lemma
            if k == 10:
                del claim["modality"]  # referee defaults to actual
            if k == 11:
                claim["source"] = list(g.source)  # a list of names is accepted too
            claims.append(claim)
        if d_i % 5 == 1:  # a spurious claim past the text and one without a figure string
            claims.append({"start": len(doc.text) + 5, "end": len(doc.text) + 9, "figure": "1234", "low": 1,
                           "high": 1, "category": "people", "event": "other", "source": None, "parent": None})
            claims.append({"start": len(doc.text) + 20, "end": len(doc.text) + 21, "low": 1, "high": 1})
        out[doc_id] = claims
    return out


def assert_same(ours: tuple[Scores, list[ErrorRow]], referee_json: dict[str, Any], referee_errors: list[str],
                referee_text: list[str]) -> None:
    scores, errors = ours
    assert scores.as_dict() == referee_json
    assert list(scores.as_dict()) == list(referee_json)  # same keys in the same order
    assert [e.as_line() for e in errors] == referee_errors
    from headcount.evaluate import format_scores
    assert format_scores(scores) == referee_text


def test_agrees_on_perturbed_dev(dev_path: Path, referee_path: Path, tmp_path: Path) -> None:
    gold = load_gold(dev_path)
    preds = perturb(gold)
    assert_same(score(gold, preds), *run_referee(referee_path, dev_path, preds, tmp_path))


def test_agrees_on_extract_predictions(dev_path: Path, referee_path: Path, tmp_path: Path) -> None:
    gold = load_gold(dev_path)
    preds = predict(gold)
    assert any(preds.values()), "the extractor found no claims on the dev set"
    assert_same(score(gold, preds), *run_referee(referee_path, dev_path, preds, tmp_path))


# --- hypothesis: small random documents, compared in process ------------------------------------------

_CATS = st.sampled_from(["people", "person", "children", "child", "civilians", "casualties", "women", "men"])
_EVENTS = st.sampled_from(["evacuated", "killed", "besieged"])
_SOURCES = st.sampled_from(["UN", "the UN refugee agency", "Russian Defence Ministry", "Igor Konashenkov",
                            "ICRC", "Red Cross", ""])
_VALUES = st.sampled_from([None, 10, 20, 300])


@st.composite
def gold_and_pred(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    text = "x" * 200
    n_gold = draw(st.integers(0, 5))
    gold_claims = []
    for i in range(n_gold):
        start = draw(st.integers(0, 180))
        length = draw(st.integers(1, 15))
        gold_claims.append({
            "figure": text[start:start + length], "start": start, "low": draw(_VALUES), "high": draw(_VALUES),
            "approx": draw(st.booleans()), "category": draw(_CATS), "event": draw(_EVENTS),
            "modality": draw(st.sampled_from(["actual", "expected"])),
            "location": draw(st.sampled_from([None, "eastern Aleppo", "Aleppo", "Gaza"])),
            "source": [s for s in draw(st.lists(_SOURCES, max_size=2)) if s],
            "parent": draw(st.sampled_from([None, *range(n_gold)])) if i else None,
            "period_kind": draw(st.sampled_from([None, "stock", "increment"])),
        })
    for i, c in enumerate(gold_claims):
        if c["parent"] == i:
            c["parent"] = None
    pred_claims = []
    for _ in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, 190))
        pred_claims.append({
            "start": start, "end": start + draw(st.integers(1, 15)), "low": draw(_VALUES), "high": draw(_VALUES),
            "approx": draw(st.booleans()), "category": draw(_CATS), "event": draw(_EVENTS),
            "modality": draw(st.sampled_from(["actual", "expected"])),
            "location": draw(st.sampled_from([None, "east Aleppo", "Gaza City", "Idlib"])),
            "source": draw(st.sampled_from([None, "UN", "Konashenkov", "the Russian Defense Ministry", "Red Cross"])),
            "parent": draw(st.sampled_from([None, 0, 1, 2])),
            "period_kind": draw(st.sampled_from([None, "stock", "cumulative"])),
        })
    return {"id": "d", "text": text, "claims": gold_claims}, {"id": "d", "claims": pred_claims}


@settings(max_examples=300, deadline=None)
@given(case=gold_and_pred())
def test_agrees_on_random_documents(referee: ModuleType, case: tuple[dict[str, Any], dict[str, Any]]) -> None:
    gold_line, pred_line = case
    from headcount.evaluate import parse_gold_line
    gold = {"d": parse_gold_line(json.dumps(gold_line), "case")}
    ours, our_errors = score(gold, {"d": pred_line["claims"]})
    theirs, their_errors = referee.score({"d": gold_line}, {"d": pred_line}, 10_000)
    assert ours.as_dict() == theirs
    assert [e.as_line() for e in our_errors] == ["\t".join(str(x) for x in e if x is not None)
                                                 for e in their_errors]


def test_gold_claim_end_is_start_plus_figure() -> None:
    g = GoldClaim("some 8,000", 3, 8000, 8000, True, "people", "evacuated", "actual", None, (), None)
    assert g.end == 13
