"""The number layer against other projects' test cases (../shared/peer-suites/, see its README).

Pass definitions (issue 2): a Recognizers-Text cardinal case passes when the list of (low, high) of our
figures equals the expected list; a Recognizers-Text range case, and a case of the report-only suites
(quantulum3, text2num, numerizer), passes when every expected (low, high) is among our figures. Default
mode only (``meta.mode`` "default" or absent). Values compare with a relative tolerance of 1e-9, since the
sources print 666666.666666667 for two thirds of a million. Run with ``-s`` to see the rates:

    .venv/bin/pytest tests/numbers/test_peer_suites.py -q -s
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from headcount import parse_numbers

SUITES = Path(__file__).resolve().parents[2].parent / "shared" / "peer-suites"
FLOORS = {"recognizers-text-number": 0.95, "recognizers-text-numberrange": 0.90}
REPORT_ONLY = ("quantulum3", "text2num", "numerizer")

# Cases where the suite's expectation contradicts headcount's rules; our rules win.
# origin -> (suite file, the (low, high) list we give, why)
RT_RANGE = "microsoft/Recognizers-Text/Specs/Number/English/NumberRangeModel.json"
Q_TESTS = "nielstron/quantulum3/quantulum3/_lang/en_US/tests"
DISAGREEMENTS: dict[str, tuple[str, list[tuple[float | None, float | None]], str]] = {
    f"{RT_RANGE}#16": ("recognizers-text-numberrange", [],
                       "'more than thirty years old' is an age; ages are not counts (FORMAT.md, out of scope)"),
    f"{RT_RANGE}#17": ("recognizers-text-numberrange", [], "'over thirty years old' is an age"),
    f"{Q_TESTS}/quantities.json#51": ("quantulum3", [(12, 12)],
                                      "'a dozen eggs' is 12 (gold README convention 2), not 1 dozen"),
    f"{Q_TESTS}/extract_spellout_values.py#15": ("quantulum3", [(1_500_000, 1_500_000)],
                                                 "'a million and a half' is 1,500,000 (as Recognizers-Text reads "
                                                 "'one million and a half'), not 1,000,000.5"),
    f"{Q_TESTS}/quantities.json#26": ("quantulum3", [(2, 2)],
                                      "'27-kilometer' and '3.5–4.0 TeV' are measurements, not counts"),
    f"{Q_TESTS}/quantities.json#93": ("quantulum3", [(10, 10)],
                                      "'44 mg to 50 mg' are measurements, not counts"),
    f"{Q_TESTS}/quantities.json#61": ("quantulum3", [(860, 860)],
                                      "'2.80 GHz' and '8 MB' are measurements, not counts"),
    "allo-media/text2num-rs/src/lang/en/mod.rs#61": ("text2num", [], "'Twenty seconds' is a duration"),
}


def _language(name: str) -> str:
    """ "recognizers-text-number-es" -> "es"; the English files have no suffix."""
    tail = name.rsplit("-", 1)[-1]
    return tail if len(tail) == 2 else "en"


def _cases(name: str) -> list[dict[str, Any]]:
    path = SUITES / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"peer suite {path} not found (it lives beside the repo in ../shared/peer-suites)")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("meta", {}).get("mode", "default") == "default"]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def _pair_eq(p: tuple[Any, Any], q: tuple[Any, Any]) -> bool:
    return _close(p[0], q[0]) and _close(p[1], q[1])


def passes(name: str, case: dict[str, Any]) -> bool:
    ours = [(f.low, f.high) for f in parse_numbers(case["input"], language=_language(name))]
    expected = [(e["low"], e["high"]) for e in case["expected"]]
    if name == "recognizers-text-number" or name.startswith("recognizers-text-number-"):
        return len(ours) == len(expected) and all(_pair_eq(a, b) for a, b in zip(ours, expected, strict=True))
    return all(any(_pair_eq(e, o) for o in ours) for e in expected)


def rate(name: str) -> tuple[float, list[dict[str, Any]]]:
    cases = _cases(name)
    failed = [c for c in cases if not passes(name, c)]
    return 1 - len(failed) / len(cases), failed


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_recognizers_text_floor(name: str) -> None:
    r, failed = rate(name)
    print(f"\n{name}: {r:.1%} of {len(_cases(name))} default-mode cases pass")
    for c in failed:
        print(f"  fails: {c['origin']}: {c['input']!r}")
    assert r >= FLOORS[name]


@pytest.mark.parametrize("name", REPORT_ONLY)
def test_report_only_suites(name: str) -> None:
    r, failed = rate(name)
    print(f"\n{name} (report only): {r:.1%} of {len(_cases(name))} cases pass")
    for c in failed:
        print(f"  fails: {c['origin']}: {c['input']!r}")
    assert _cases(name) and r >= 0.6, f"{name}: {r:.1%} (measured 73-93% on 2026-12-06): a regression, not a report"


@pytest.mark.parametrize("origin", sorted(DISAGREEMENTS))
def test_documented_disagreements_keep_our_rule(origin: str) -> None:
    suite, ours, why = DISAGREEMENTS[origin]
    case = next((c for c in _cases(suite) if c["origin"] == origin), None)
    if case is None:
        pytest.skip(f"{origin} not in this copy of {suite}.jsonl")
    got = [(f.low, f.high) for f in parse_numbers(case["input"])]
    assert len(got) == len(ours) and all(_pair_eq(a, b) for a, b in zip(got, ours, strict=True)), why
    assert not passes(suite, case), f"{origin} now agrees with the suite; drop it from DISAGREEMENTS"


# Other languages (issue 13). Measured on the cases each source runs itself (tag ``not_run_by_source``
# left out: Recognizers-Text switches those off on all four of its platforms). Floors are the measured
# rates of 2026-12-06 rounded down, so a drop fails; the issue's targets are 0.90 (es, pt, fr) and 0.80 (ar).
LOCALE_FLOORS = {
    "recognizers-text-number-es": 0.88, "recognizers-text-numberrange-es": 0.96, "text2num-es": 0.96,
    "recognizers-text-number-pt": 0.93, "recognizers-text-numberrange-pt": 0.91, "text2num-pt": 0.90,
    "recognizers-text-number-fr": 0.88, "text2num-fr": 0.95,
    "recognizers-text-number-ar": 0.93, "recognizers-text-numberrange-ar": 0.93,
    "text2num-ru": 0.96,
}
# every French range case is switched off by its source; reported, not gated
LOCALE_REPORT_ONLY = ("recognizers-text-numberrange-fr",)


def _run_by_source(name: str) -> list[dict[str, Any]]:
    return [c for c in _cases(name) if "not_run_by_source" not in c.get("tags", [])]


@pytest.mark.parametrize("name", sorted(LOCALE_FLOORS))
def test_other_language_suites(name: str) -> None:
    cases = _run_by_source(name)
    failed = [c for c in cases if not passes(name, c)]
    r = 1 - len(failed) / len(cases)
    print(f"\n{name}: {r:.1%} of {len(cases)} cases their source runs pass")
    for c in failed:
        print(f"  fails: {c['origin']}: {c['input']!r}")
    assert r >= LOCALE_FLOORS[name]


@pytest.mark.parametrize("name", LOCALE_REPORT_ONLY)
def test_other_language_report_only(name: str) -> None:
    r, failed = rate(name)
    print(f"\n{name} (report only, not run by its source): {r:.1%} of {len(_cases(name))} cases pass")
    assert r >= 0.9      # measured 92.9% on 2026-12-06


# Cases in other languages where the source contradicts the gold conventions; our rules win.
RT = "microsoft/Recognizers-Text/Specs/Number"
T2 = "allo-media/text2num/tests"
T2RS = "allo-media/text2num-rs/src/lang"
_ARTICLE = "the indefinite article ('un', 'una', 'um', 'uma', 'une') is 'a', not the count one (as 'a' in English)"
_AGE = "an age ('... treinta años', 'عمره') is not a count of people"
_UNIT = "'125 kg' is a measurement, not a count (FORMAT.md out of scope)"
_BOUND = "the number model lists numbers only; our layer reads the bound or range they make (the range model's reading)"
LOCALE_DISAGREEMENTS: dict[str, tuple[str, list[tuple[float | None, float | None]], str]] = {
    f"{RT}/Spanish/NumberModel.json#41": ("recognizers-text-number-es", [], _ARTICLE),
    f"{RT}/Spanish/NumberModel.json#42": ("recognizers-text-number-es", [], _ARTICLE),
    f"{RT}/Spanish/NumberModel.json#82": ("recognizers-text-number-es", [], _ARTICLE),
    f"{RT}/Spanish/NumberModel.json#83": ("recognizers-text-number-es", [], _ARTICLE),
    f"{RT}/Portuguese/NumberModel.json#47": ("recognizers-text-number-pt", [], _ARTICLE),
    f"{RT}/Portuguese/NumberModel.json#48": ("recognizers-text-number-pt", [], _ARTICLE),
    f"{RT}/Portuguese/NumberModel.json#94": ("recognizers-text-number-pt", [], _ARTICLE),
    f"{RT}/Portuguese/NumberModel.json#95": ("recognizers-text-number-pt", [], _ARTICLE),
    f"{RT}/French/NumberModel.json#113": ("recognizers-text-number-fr", [], _ARTICLE),
    f"{RT}/French/NumberModel.json#117": ("recognizers-text-number-fr", [], _ARTICLE),
    f"{RT}/French/NumberModel.json#114": ("recognizers-text-number-fr", [(21, None)], _BOUND),
    f"{RT}/French/NumberModel.json#115": ("recognizers-text-number-fr", [(21, 22)], _BOUND),
    f"{RT}/French/NumberModel.json#266": ("recognizers-text-number-fr", [(0, 10)], _BOUND),
    f"{RT}/Spanish/NumberRangeModel.json#23": ("recognizers-text-numberrange-es", [], _AGE),
    f"{RT}/Spanish/NumberRangeModel.json#24": ("recognizers-text-numberrange-es", [], _AGE),
    f"{RT}/Spanish/NumberRangeModel.json#25": ("recognizers-text-numberrange-es", [], _AGE),
    f"{RT}/Portuguese/NumberRangeModel.json#27": ("recognizers-text-numberrange-pt", [], _AGE),
    f"{RT}/Portuguese/NumberRangeModel.json#28": ("recognizers-text-numberrange-pt", [], _AGE),
    f"{RT}/Portuguese/NumberRangeModel.json#29": ("recognizers-text-numberrange-pt", [], _AGE),
    f"{RT}/Portuguese/NumberRangeModel.json#18": ("recognizers-text-numberrange-pt", [],
                                                  "'entre 20 e 100 dias' is a duration, not a count"),
    f"{RT}/French/NumberRangeModel.json#16": ("recognizers-text-numberrange-fr", [], _AGE),
    f"{RT}/French/NumberRangeModel.json#17": ("recognizers-text-numberrange-fr", [], _AGE),
    f"{RT}/French/NumberRangeModel.json#18": ("recognizers-text-numberrange-fr", [], _AGE),
    f"{RT}/French/NumberRangeModel.json#68": ("recognizers-text-numberrange-fr", [(200, 200), (3_000_000, 3_000_000)],
                                              "'est passé de 200 à 3000000' is a change, two values, not a range"),
    f"{RT}/Arabic/NumberRangeModel.json#17": ("recognizers-text-numberrange-ar", [], _AGE),
    f"{RT}/Arabic/NumberRangeModel.json#94": ("recognizers-text-numberrange-ar", [], _AGE),
    f"{RT}/Arabic/NumberModel.json#97": ("recognizers-text-number-ar", [(1_000_000, 1_000_000)],
                                         "'١مليون' is one million (the case translates English '1m isn't a number')"),
    f"{T2}/test_text_to_num_es.py#45": ("text2num-es", [(25, 25), (12, 12)], _UNIT),
    f"{T2RS}/es/mod.rs#65": ("text2num-es", [(25, 25), (12, 12)], _UNIT),
    f"{T2RS}/pt/mod.rs#51": ("text2num-pt", [(25, 25), (12, 12)], _UNIT),
    f"{T2}/test_text_to_num_fr.py#26": ("text2num-fr", [(25, 25), (12, 12)], _UNIT),
    f"{T2RS}/fr/mod.rs#56": ("text2num-fr", [(25, 25), (12, 12)], _UNIT),
    f"{T2RS}/fr/mod.rs#115": ("text2num-fr", [], "'numéro neuf' is an identifier, not a count"),
    f"{T2}/test_text_to_num_pt.py#78": ("text2num-pt", [(None, 1916)],
                                        "'até' before a number is 'up to' (MULTILINGUAL.md); the case is a year"),
    f"{T2RS}/pt/mod.rs#86": ("text2num-pt", [(None, 1916)],
                             "'até' before a number is 'up to' (MULTILINGUAL.md); the case is a year"),
}


def net_rate(name: str) -> tuple[float, int]:
    """Pass rate over the cases the source runs, documented disagreements left out (our rules win there)."""
    cases = [c for c in _run_by_source(name) if c["origin"] not in LOCALE_DISAGREEMENTS]
    return sum(passes(name, c) for c in cases) / len(cases), len(cases)


@pytest.mark.parametrize(("name", "target"), [
    *((f"{s}-{lang}", 0.90) for s in ("recognizers-text-number", "recognizers-text-numberrange", "text2num")
      for lang in ("es", "pt", "fr") if f"{s}-{lang}" != "recognizers-text-numberrange-fr"),
    ("recognizers-text-number-ar", 0.80), ("recognizers-text-numberrange-ar", 0.80), ("text2num-ru", 0.90),
])
def test_issue_targets_net_of_disagreements(name: str, target: float) -> None:
    """Issue 13's targets: 90% of the Spanish, Portuguese and French cases their sources run, 80% of Arabic."""
    r, n = net_rate(name)
    print(f"\n{name}: {r:.1%} of {n} cases run by the source, documented disagreements left out")
    assert r >= target


@pytest.mark.parametrize("origin", sorted(LOCALE_DISAGREEMENTS))
def test_other_language_disagreements_keep_our_rule(origin: str) -> None:
    suite, ours, why = LOCALE_DISAGREEMENTS[origin]
    case = next((c for c in _cases(suite) if c["origin"] == origin), None)
    if case is None:
        pytest.skip(f"{origin} not in this copy of {suite}.jsonl")
    got = [(f.low, f.high) for f in parse_numbers(case["input"], language=_language(suite))]
    assert len(got) == len(ours) and all(_pair_eq(a, b) for a, b in zip(got, ours, strict=True)), why
    assert not passes(suite, case), f"{origin} now agrees with the suite; drop it from LOCALE_DISAGREEMENTS"
