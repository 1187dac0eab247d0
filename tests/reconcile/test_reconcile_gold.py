"""Acceptance on real reporting: the annotated dev texts (read from ../shared, never copied) as claims.

The gold claims stand in for the extractor's output here, so that reconciliation is judged on its own:
the Russian Defence Ministry named five ways is one party, its daily exits and surrenders are its
increment series, the estimates of people still inside come from several parties, and the UN's 82 killed
is consistent with its parts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from headcount.models import Claim
from headcount.reconcile.checks import parts_and_wholes, run_checks
from headcount.reconcile.series import DocMeta, Series, build_series, select

GOLD = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def gold() -> tuple[list[Claim], dict[str, DocMeta]]:
    if not GOLD.exists():
        pytest.skip(f"gold dev set not found at {GOLD} (it lives beside the repository, in shared/)")
    claims: list[Claim] = []
    metas: dict[str, DocMeta] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        metas[d["id"]] = DocMeta(id=d["id"], outlet=d["outlet"], published=d["published"], text=d["text"],
                                 title=d["title"])
        for c in d["claims"]:
            claims.append(Claim(
                doc_id=d["id"], start=c["start"], end=c["start"] + len(c["figure"]), figure=c["figure"],
                low=c["low"], high=c["high"], approx=c["approx"], category=c["category"], event=c["event"],
                modality=c["modality"], location=c["location"], source=(c["source"] or [None])[0],
                parent=c["parent"], period_kind=c["period_kind"], period=c["period"],
                sentence_start=c["start"]))
    return claims, metas


@pytest.fixture(scope="module")
def series(gold: tuple[list[Claim], dict[str, DocMeta]]) -> list[Series]:
    return build_series(*gold)


def _party_points(series: list[Series], event: str, groups: set[str], party: str, kind: str) -> list:  # type: ignore[type-arg]
    return [p for s in select(series, event=event, place="Aleppo") if s.key.group in groups
            for r in s.reports if r.party.key == party and r.kind == kind and r.first.parent_id is None
            for p in r.points]


def test_gold_russian_mod_daily_exits_are_one_party(series: list[Series]) -> None:
    points = _party_points(series, "evacuated", {"people", "civilians"}, "russia-mod", "increment")
    values = {p.low if p.low is not None else p.high for p in points}
    assert {2500, 8500, 5629, 20000, 13000, 6000} <= values
    assert len({p.claim.source for p in points}) >= 5  # named five ways or more, one party


def test_gold_surrenders_are_the_same_partys_increments(series: list[Series]) -> None:
    points = _party_points(series, "surrendered", {"fighters"}, "russia-mod", "increment")
    assert {140, 1000, 1217, 728, 366} <= {p.low for p in points}
    # "42 militants surrendered" has no time frame in its text: the same party's, of unknown kind
    assert 42 in {r.low for s in select(series, event="surrendered", place="Aleppo") for r in s.reports
                  if r.party.key == "russia-mod"}


def test_gold_people_still_inside_from_several_parties(series: list[Series]) -> None:
    reports = [r for s in select(series, event="besieged", place="Aleppo") for r in s.reports if r.kind == "stock"]
    assert {250000, 200000, 50000, 40000, 20000} <= {r.low for r in reports}
    assert len({r.party.key for r in reports}) >= 3


def test_gold_un_82_killed_consistent_with_its_parts(series: list[Series]) -> None:
    killed = select(series, event="killed", place="Aleppo")
    lows = {r.low for s in killed for r in s.reports if r.party.key in {"un", "ohchr"}}
    assert {82, 11, 13} <= lows
    ids = {p.id for s in killed for p in s.points}
    assert not [f for f in parts_and_wholes(series) if set(f.claims) & ids]


def test_gold_red_cross_evacuations_cumulative(series: list[Series]) -> None:
    reports = [r for s in select(series, event="evacuated", place="Aleppo") for r in s.reports
               if r.party.key in {"icrc", "sarc"}]
    assert any(r.kind == "cumulative" and r.low == 15000 for r in reports)


def test_gold_checks_run_and_explain(series: list[Series]) -> None:
    findings = run_checks(series)
    ids = {p.id for s in series for p in s.points}
    assert findings, "no findings on the gold claims"
    for f in findings:
        assert set(f.claims) <= ids and f.computation in f.explanation
