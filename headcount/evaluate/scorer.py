"""Score predicted claims against gold, with the referee's definitions (``../shared/eval/score.py``).

The referee is the measure the project is judged by, so this module copies its definitions exactly, in
typed, pure code the test suite and the CLI can call without a subprocess:

- a predicted claim matches a gold claim of the same document when their figure spans overlap; matching is
  one-to-one and greedy, largest overlap first (ties: higher gold index, then higher predicted index first,
  as a reverse sort of (overlap, gold, pred) tuples gives);
- figure P/R/F1 count matches; claim P/R/F1 count matches whose value (low and high), category (lemma:
  singular/plural and people/person folded) and event are all right;
- the attribute accuracies are over matched claims; sources match when one word set contains the other or
  they overlap by half (Jaccard), English function words ignored; locations when they share a word;
- parent is right when both are null, or the gold parent is matched to the predicted parent.

``tests/evaluate/test_agrees_with_referee.py`` runs both on the dev set and asserts identical figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from headcount.evaluate.gold import GoldClaim, GoldDocument

PredClaim = Mapping[str, Any]
"""A predicted claim as a JSON object (``Claim.as_dict()`` or a line of a predictions file)."""

_STOP = frozenset({"the", "a", "an", "of", "for", "in", "on", "and", "'s", "s", "to"})
_WORD = re.compile(r"[^\W_]+")
_IRREGULAR = {"people": "person", "persons": "person", "children": "child", "women": "woman", "men": "man"}


def tokens(s: str | None) -> set[str]:
    """Word tokens in any script, case-folded, without English function words."""
    return {t for t in _WORD.findall((s or "").casefold()) if t not in _STOP}


def lemma(word: str | None) -> str:
    """Fold plural to singular the referee's way (children -> child, casualties -> casualty, ...)."""
    w = (word or "").strip().lower()
    w = _IRREGULAR.get(w, w)
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    return w


def same_source(pred: Any, gold_names: Sequence[str]) -> bool:
    """Does a predicted source (a name, a list of names or None) name one of the gold's acceptable names?"""
    if isinstance(pred, list):
        return any(same_source(p, gold_names) for p in pred) if pred else not gold_names
    if not gold_names:
        return pred in (None, "")
    if not pred:
        return False
    p = tokens(pred)
    for g in gold_names:
        gt = tokens(g)
        if not gt or not p:
            continue
        if p <= gt or gt <= p or len(p & gt) / len(p | gt) >= 0.5:
            return True
    return False


def same_location(pred: str | None, gold: str | None) -> bool:
    """Locations agree when both are absent or they share a word."""
    if not gold:
        return not pred
    if not pred:
        return False
    return bool(tokens(pred) & tokens(gold))


def match(gold_claims: Sequence[GoldClaim], pred_claims: Sequence[PredClaim]) -> dict[int, int]:
    """Greedy one-to-one matching by span overlap, largest overlap first: gold index -> predicted index."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold_claims):
        for pi, p in enumerate(pred_claims):
            overlap = min(g.end, int(p["end"])) - max(g.start, int(p["start"]))
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    pairs.sort(reverse=True)
    used_pred: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi not in out and pi not in used_pred:
            used_pred.add(pi)
            out[gi] = pi
    return out


@dataclass(frozen=True, slots=True)
class Scores:
    """The referee's figures, rounded to 4 places as it prints them."""

    documents: int
    gold_claims: int
    predicted_claims: int
    figure_precision: float
    figure_recall: float
    figure_f1: float
    claim_precision: float
    claim_recall: float
    claim_f1: float
    value_accuracy: float
    category_accuracy: float
    event_accuracy: float
    source_accuracy: float
    location_accuracy: float
    modality_accuracy: float
    approx_accuracy: float
    parent_accuracy: float
    period_accuracy: float | None = None

    def as_dict(self) -> dict[str, int | float]:
        """Same keys in the same order as score.py; period_accuracy only where the gold has period_kind."""
        out: dict[str, int | float] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """One mistake: a missed or spurious figure, or a wrong value/category/event/source on a match."""

    doc_id: str
    kind: str
    figure: str
    detail: str | None = None

    def as_line(self) -> str:
        """Tab-separated, as the referee prints errors."""
        return "\t".join(x for x in (self.doc_id, self.kind, self.figure, self.detail) if x is not None)


def _more_errors(doc_id: str, g: GoldClaim, p: PredClaim, m: Mapping[int, int]) -> list[ErrorRow]:
    """Wrong location, period kind or parent on one matched figure (the kinds the referee does not list)."""
    rows = []
    if not same_location(p.get("location"), g.location):
        rows.append(ErrorRow(doc_id, "location", g.figure, f"want {g.location!r} got {p.get('location')!r}"))
    if g.has_period_kind and p.get("period_kind") != g.period_kind:
        rows.append(ErrorRow(doc_id, "period", g.figure, f"want {g.period_kind!r} got {p.get('period_kind')!r}"))
    pp = p.get("parent")
    want_parent = None if g.parent is None else m.get(g.parent, -1)
    if pp != want_parent:
        rows.append(ErrorRow(doc_id, "parent", g.figure, f"want claim {g.parent!r} got predicted {pp!r}"))
    return rows


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    pr = tp / n_pred if n_pred else 0.0
    rc = tp / n_gold if n_gold else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


#: Mistakes the referee scores but does not list; ``score(..., more=True)`` lists them after its own.
MORE_KINDS = ("location", "period", "parent")


def score(
    gold_docs: Mapping[str, GoldDocument], pred_docs: Mapping[str, Sequence[PredClaim]], *, more: bool = False
) -> tuple[Scores, list[ErrorRow]]:
    """Score predictions (document id -> claim objects) against gold; every error, in the referee's order.

    With ``more``, wrong locations, periods and parents on matched figures are listed too (kinds
    ``MORE_KINDS``): the referee counts them in its accuracies but never names them, and a developer
    working on places or periods needs to see which ones.
    """
    n = dict.fromkeys(("gold", "pred", "found", "value", "category", "event", "claim", "source", "location",
                       "modality", "parent", "approx", "period_n", "period"), 0)
    errors: list[ErrorRow] = []
    for doc_id, doc in gold_docs.items():
        gc = doc.claims
        pc = pred_docs.get(doc_id) or []
        n["gold"] += len(gc)
        n["pred"] += len(pc)
        m = match(gc, pc)
        for gi, g in enumerate(gc):
            if gi not in m:
                errors.append(ErrorRow(doc_id, "missed", g.figure))
                continue
            p = pc[m[gi]]
            n["found"] += 1
            ok_value = p.get("low") == g.low and p.get("high") == g.high
            ok_cat = lemma(p.get("category")) == lemma(g.category)
            ok_event = p.get("event") == g.event
            ok_src = same_source(p.get("source"), g.source)
            n["value"] += ok_value
            n["category"] += ok_cat
            n["event"] += ok_event
            n["claim"] += ok_value and ok_cat and ok_event
            n["source"] += ok_src
            n["location"] += same_location(p.get("location"), g.location)
            n["modality"] += p.get("modality", "actual") == g.modality
            n["approx"] += bool(p.get("approx")) == g.approx
            if g.has_period_kind:
                n["period_n"] += 1
                n["period"] += p.get("period_kind") == g.period_kind
            pp = p.get("parent")
            n["parent"] += (g.parent is None and pp is None) or (
                g.parent is not None and g.parent in m and m[g.parent] == pp)
            checks: tuple[tuple[str, bool, object, object], ...] = (
                ("value", ok_value, (g.low, g.high), (p.get("low"), p.get("high"))),
                ("category", ok_cat, g.category, p.get("category")),
                ("event", ok_event, g.event, p.get("event")),
                ("source", ok_src, list(g.source), p.get("source")),
            )
            for name, ok, want, got in checks:
                if not ok:
                    errors.append(ErrorRow(doc_id, name, g.figure, f"want {want!r} got {got!r}"))
            if more:
                errors.extend(_more_errors(doc_id, g, p, m))
        matched = set(m.values())
        for pi, p in enumerate(pc):
            if pi not in matched:
                errors.append(ErrorRow(doc_id, "spurious", str(p.get("figure", (p["start"], p["end"])))))

    fp, fr, ff = _f1(n["found"], n["pred"], n["gold"])
    cp, cr, cf = _f1(n["claim"], n["pred"], n["gold"])
    found = n["found"] or 1
    scores = Scores(
        documents=len(gold_docs), gold_claims=n["gold"], predicted_claims=n["pred"],
        figure_precision=round(fp, 4), figure_recall=round(fr, 4), figure_f1=round(ff, 4),
        claim_precision=round(cp, 4), claim_recall=round(cr, 4), claim_f1=round(cf, 4),
        value_accuracy=round(n["value"] / found, 4),
        category_accuracy=round(n["category"] / found, 4),
        event_accuracy=round(n["event"] / found, 4),
        source_accuracy=round(n["source"] / found, 4),
        location_accuracy=round(n["location"] / found, 4),
        modality_accuracy=round(n["modality"] / found, 4),
        approx_accuracy=round(n["approx"] / found, 4),
        parent_accuracy=round(n["parent"] / found, 4),
        period_accuracy=round(n["period"] / n["period_n"], 4) if n["period_n"] else None,
    )
    return scores, errors


def format_scores(scores: Scores) -> list[str]:
    """The referee's text layout: one ``{name:20} {value}`` line per figure."""
    return [f"{k:20} {v}" for k, v in scores.as_dict().items()]


# The columns of the per-group table: the figures a change to one stage moves.
_GROUP_COLUMNS = (("docs", "documents"), ("claims", "gold_claims"), ("fig_f1", "figure_f1"),
                  ("claim_f1", "claim_f1"), ("source", "source_accuracy"), ("event", "event_accuracy"),
                  ("categ", "category_accuracy"), ("locat", "location_accuracy"),
                  ("period", "period_accuracy"), ("parent", "parent_accuracy"))


def group_scores(
    gold_docs: Mapping[str, GoldDocument], pred_docs: Mapping[str, Sequence[PredClaim]], field_name: str
) -> dict[str, Scores]:
    """Scores per value of a document field (``event_name``: per crisis), groups sorted by name.

    A document without the field falls in the group ``(none)``. The overall figure hides which crises a
    change helps; this table shows whether a rule carries or only lifts the crisis it was written on.
    """
    by_group: dict[str, dict[str, GoldDocument]] = {}
    for doc_id, doc in gold_docs.items():
        key = doc.meta.get(field_name) or getattr(doc, field_name, None) or "(none)"
        by_group.setdefault(str(key), {})[doc_id] = doc
    return {k: score(v, pred_docs)[0] for k, v in sorted(by_group.items())}


def format_group_table(field_name: str, groups: Mapping[str, Scores]) -> list[str]:
    """A fixed-width table, one row per group (Markdown-compatible, so it pastes into docs/)."""
    width = max([len(field_name), *(len(k) for k in groups)])
    head = "| " + field_name.ljust(width) + " | " + " | ".join(h for h, _ in _GROUP_COLUMNS) + " |"
    rule = "|" + "-" * (width + 2) + "|" + "|".join("-" * (len(h) + 2) for h, _ in _GROUP_COLUMNS) + "|"
    lines = [head, rule]
    for name, sc in groups.items():
        d = sc.as_dict()
        cells = []
        for h, key in _GROUP_COLUMNS:
            v = d.get(key)
            text = "" if v is None else (str(v) if isinstance(v, int) else f"{v:.2f}")
            cells.append(text.rjust(len(h)))
        lines.append("| " + name.ljust(width) + " | " + " | ".join(cells) + " |")
    return lines
