"""The multilingual dev gate: the claim layer's figures on ../shared/gold/multilingual-dev.jsonl stay above
floors a little under what docs/extraction.md (Languages) reports, overall and in every language.

Why: a change to a shared stage or lexicon can silently cost one language; this fails when it does. The
floors are raised when a figure is lifted, never lowered without saying why (as tests/evaluate does for
English). Skipped where ../shared is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from headcount.evaluate import evaluate, group_scores, load_gold

GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "multilingual-dev.jsonl"
# round 7 (built on half B): overall claim .9399, source .9261, location .8522, period .9174, parent .9696
# round 8 (built on half A): claim .9571, source .9307, location .8701, period .9177, parent .9697
OVERALL = {"figure_f1": 0.95, "claim_f1": 0.95, "source_accuracy": 0.925, "category_accuracy": 0.95,
           "location_accuracy": 0.865, "period_accuracy": 0.91, "parent_accuracy": 0.96}
EACH = {"figure_f1": 0.93, "claim_f1": 0.80, "source_accuracy": 0.79}
# parts (stages_local._parent, parts_local; overall .961, ar .90 es 1.0 fr .95 pt .92 ru 1.0 uk 1.0; round 7
# .9696, fr 1.0)
PARENT = {"ar": 0.87, "es": 0.95, "fr": 0.95, "pt": 0.89, "ru": 0.95, "uk": 0.95}
# location differs most between languages (0.55 to 0.92 on 8 texts each), so each has its own floor
# (round 5, overall .7826: ar .76 es .92 fr .55 pt .77 ru .84 uk .89; round 6, overall .8391: ar .80 es .90
# fr .69 pt .87 ru .84 uk .94. Spanish fell by two figures of one held-out (half B) Derna report whose gold
# has no place, which the series place (stages_local._series_place, 2e86f5d) gives the report's; the same rule
# gave two Portuguese Mosul figures of half B their place, so half B's location stayed 79/95. Re-measured on
# the halves with the rule off and on: B es 16/16 -> 14/16, B pt 20/22 -> 22/22. 850351b's "no B claim
# changed" is about its own change, the series' first figure instead of the nearest; docs/extraction.md;
# round 7, overall .8522: ar .80 es .92 fr .74 pt .87 ru .84 uk .94; round 8, overall .8701: ar .83 es .94
# fr .74 pt .92 ru .85 uk .94)
LOCATION = {"ar": 0.82, "es": 0.92, "fr": 0.72, "pt": 0.90, "ru": 0.84, "uk": 0.93}
# period kinds (extract/when_local.py; overall 0.887, ar .93 es .90 fr .79 pt .87 ru .96 uk .91 when set;
# round 7 overall .9174: ar .93 es .92 fr .86 pt .90 ru .96 uk .97)
PERIOD = {"ar": 0.88, "es": 0.88, "fr": 0.82, "pt": 0.86, "ru": 0.88, "uk": 0.92}


def test_multilingual_dev_stays_above_its_floors() -> None:
    if not GOLD.is_file():
        pytest.skip(f"multilingual gold not found at {GOLD}")
    gold = load_gold(GOLD)
    scores, _, preds = evaluate(gold)
    got = scores.as_dict()
    low = {k: (got[k], v) for k, v in OVERALL.items() if got[k] < v}
    assert not low, f"overall below floor (got, floor): {low}"
    for language, sc in group_scores(gold, preds, "language").items():
        d = sc.as_dict()
        floors = {**EACH, "location_accuracy": LOCATION.get(language, 0.0),
                  "period_accuracy": PERIOD.get(language, 0.0), "parent_accuracy": PARENT.get(language, 0.0)}
        low = {k: (d[k], v) for k, v in floors.items() if d[k] < v}
        assert not low, f"{language} below floor (got, floor): {low}"
