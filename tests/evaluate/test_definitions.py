"""Each scoring definition on small hand-made cases (text written for these tests)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from headcount.evaluate import lemma, match, parse_gold_line, same_location, same_source, score

TEXT = ("The ministry said more than 760 civilians, including 128 children, left the district, "
        "while about 400 people crossed on Sunday.")


def gold_claim(figure: str, **kw: Any) -> dict[str, Any]:
    c: dict[str, Any] = {"figure": figure, "start": TEXT.index(figure), "low": 1, "high": 1, "approx": False,
                         "category": "people", "event": "evacuated", "modality": "actual", "location": None,
                         "source": [], "parent": None}
    c.update(kw)
    return c


def gold_doc(*claims: dict[str, Any]) -> dict[str, Any]:
    return {"d": parse_gold_line(json.dumps({"id": "d", "text": TEXT, "claims": list(claims)}), "t")}


def pred(figure: str, shift: int = 0, extend: int = 0, **kw: Any) -> dict[str, Any]:
    start = TEXT.index(figure) + shift
    p: dict[str, Any] = {"start": start, "end": start + len(figure) + extend, "figure": figure, "low": 1,
                         "high": 1, "category": "people", "event": "evacuated", "source": None, "parent": None}
    p.update(kw)
    return p


def test_span_overlap_matches_and_touching_does_not() -> None:
    gold = gold_doc(gold_claim("more than 760"))
    g = gold["d"].claims
    inside = pred("760")
    assert match(g, [inside]) == {0: 0}
    touching = {"start": g[0].end, "end": g[0].end + 9}  # starts where the gold ends: no overlap
    assert match(g, [touching]) == {}
    s, errors = score(gold, {"d": [touching]})
    assert (s.figure_precision, s.figure_recall, s.figure_f1) == (0.0, 0.0, 0.0)
    assert [e.kind for e in errors] == ["missed", "spurious"]


def test_greedy_matching_takes_the_largest_overlap_first() -> None:
    # one prediction covers "more than 760" fully and another only "760": the full one wins the gold claim,
    # the other is spurious.
    gold = gold_doc(gold_claim("more than 760"))
    partial, full = pred("760"), pred("more than 760")
    assert match(gold["d"].claims, [partial, full]) == {0: 1}
    s, errors = score(gold, {"d": [partial, full]})
    assert (s.figure_precision, s.figure_recall) == (0.5, 1.0)
    assert [(e.kind, e.figure) for e in errors] == [("spurious", "760")]


def test_each_claim_is_matched_at_most_once() -> None:
    # one long prediction over two gold figures matches only the one it overlaps most
    gold = gold_doc(gold_claim("more than 760"), gold_claim("128"))
    span = {"start": TEXT.index("more than 760"), "end": TEXT.index("128") + 1}
    assert match(gold["d"].claims, [span]) == {0: 0}


@pytest.mark.parametrize(("pred_source", "gold_names", "ok"), [
    ("Russian Defence Ministry", ["Russian Defence Ministry"], True),
    ("the Defence Ministry", ["Russian Defence Ministry"], True),          # contained
    ("Igor Konashenkov", ["Russian Defense Ministry", "Konashenkov"], True),  # contains one name
    ("ministry of defence", ["Russian Ministry of Defence"], True),        # function words ignored
    ("UN refugee agency", ["UN human rights office"], False),              # 1 of 6 words shared
    ("Red Cross spokeswoman", ["ICRC", "Red Cross"], True),
    ("Syrian state television", ["Syrian Observatory for Human Rights"], False),
    (None, [], True),                                                      # own voice both sides
    ("", [], True),
    ("UN", [], False),                                                     # a source where gold has none
    (None, ["UN"], False),
    (["AFP", "UN officials"], ["UN officials"], True),                     # a list: any name may match
    ([], [], True),
])
def test_source_word_set_rule(pred_source: Any, gold_names: list[str], ok: bool) -> None:
    assert same_source(pred_source, gold_names) is ok


def test_source_half_overlap_is_enough() -> None:
    # {syrian, observatory, human} vs {syrian, observatory, rights}: 2 shared of 4 -> 0.5
    assert same_source("Syrian Observatory Human", ["Syrian Observatory Rights"])
    assert not same_source("Syrian Observatory Human Monitor", ["Syrian Observatory Rights Group"])


@pytest.mark.parametrize(("a", "b"), [
    ("children", "child"), ("people", "person"), ("persons", "people"), ("women", "woman"), ("men", "man"),
    ("casualties", "casualty"), ("civilians", "Civilian"), ("militants", "militant"), ("families", "family"),
])
def test_lemma_folds_plural_and_case(a: str, b: str) -> None:
    assert lemma(a) == lemma(b)


def test_lemma_leaves_short_words_and_distinct_nouns() -> None:
    assert lemma("gas") == "gas"  # too short to strip
    assert lemma("children") != lemma("civilians")
    assert lemma(None) == ""


def test_claim_needs_value_category_and_event() -> None:
    gold = gold_doc(gold_claim("more than 760", low=760, high=None, category="civilians"))
    right = pred("more than 760", low=760, high=None, category="civilian")
    wrong_high = pred("more than 760", low=760, high=760, category="civilians")
    assert score(gold, {"d": [right]})[0].claim_f1 == 1.0
    s, errors = score(gold, {"d": [wrong_high]})
    assert (s.figure_f1, s.claim_f1, s.value_accuracy) == (1.0, 0.0, 0.0)
    assert [e.kind for e in errors] == ["value"]


def test_parent_counts_only_when_it_points_at_the_matched_whole() -> None:
    gold = gold_doc(gold_claim("more than 760"), gold_claim("128", parent=0))
    whole, part = pred("more than 760"), pred("128", parent=0)
    assert score(gold, {"d": [whole, part]})[0].parent_accuracy == 1.0
    # the same claims listed the other way round: the part must now point at index 1
    assert score(gold, {"d": [part | {"parent": 1}, whole]})[0].parent_accuracy == 1.0
    assert score(gold, {"d": [part, whole]})[0].parent_accuracy == 0.5
    # a parent on a claim gold has as a whole is wrong too
    assert score(gold, {"d": [whole | {"parent": 1}, part]})[0].parent_accuracy == 0.5
    # the gold whole unmatched: the part's parent cannot be right
    assert score(gold, {"d": [part | {"parent": None}]})[0].parent_accuracy == 0.0


@pytest.mark.parametrize(("p", "g", "ok"), [
    ("eastern Aleppo", "east Aleppo", True), ("Aleppo", "the city of Aleppo", True),
    (None, None, True), ("Aleppo", None, False), (None, "Aleppo", False), ("Idlib", "Aleppo", False),
])
def test_location_shares_a_word(p: str | None, g: str | None, ok: bool) -> None:
    assert same_location(p, g) is ok


def test_modality_defaults_to_actual_and_period_is_scored_where_gold_has_it() -> None:
    gold = gold_doc(gold_claim("about 400", period_kind="increment"), gold_claim("128"))
    preds = [pred("about 400", period_kind="increment"), pred("128", period_kind="stock")]
    s = score(gold, {"d": preds})[0]
    assert s.modality_accuracy == 1.0
    assert s.period_accuracy == 1.0  # the second gold claim has no period_kind: not scored
    assert "period_accuracy" not in score(gold_doc(gold_claim("128")), {"d": [pred("128")]})[0].as_dict()


def test_no_predictions_and_no_gold_give_zeros_not_errors() -> None:
    s, errors = score(gold_doc(), {})
    assert (s.documents, s.gold_claims, s.figure_f1, s.value_accuracy) == (1, 0, 0.0, 0.0)
    assert errors == []
