"""evaluate: the project's own scorer, with the same matching and definitions as ``eval/score.py``.

``load_gold`` reads and validates a gold file, ``score`` compares predictions with it, ``evaluate`` runs an
extractor and scores it in one call.
"""

from __future__ import annotations

from headcount.evaluate.gold import GoldClaim, GoldDocument, iter_gold, load_gold, parse_gold_line
from headcount.evaluate.run import evaluate, gold_to_document, predict
from headcount.evaluate.scorer import (
    MORE_KINDS,
    ErrorRow,
    Scores,
    format_group_table,
    format_scores,
    group_scores,
    lemma,
    match,
    same_location,
    same_source,
    score,
)

__all__ = [
    "MORE_KINDS",
    "ErrorRow",
    "GoldClaim",
    "GoldDocument",
    "Scores",
    "evaluate",
    "format_group_table",
    "format_scores",
    "gold_to_document",
    "group_scores",
    "iter_gold",
    "lemma",
    "load_gold",
    "match",
    "parse_gold_line",
    "predict",
    "same_location",
    "same_source",
    "score",
]
