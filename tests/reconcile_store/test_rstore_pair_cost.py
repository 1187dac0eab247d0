"""The full reconcile's cheaper paths give what the plain ones give.

Why: issue 18's full reconcile compared each series pair by pair, re-reading both reports for every pair
(``pairing.pair``), made every pair of a window before ``contradictions`` and ``revisions`` threw away the
pairs of the wrong kind (one party, two parties), and read every point of an event back as objects of its own.
``pair_candidates.candidate_indices`` makes only the pairs a check keeps, in the order ``candidate_pairs`` gives them;
``pairing.pair_facts`` decides a pair from each report's facts read once; ``reconcile_shared`` writes
points as flat tuples and gives them back with their equal values shared. Each must change nothing but the cost."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from headcount.cli import main
from headcount.reconcile import pairing
from headcount.reconcile.analysis import registry_with
from headcount.reconcile.incremental import series_of
from headcount.reconcile.pair_candidates import candidate_indices, candidate_pairs
from headcount.reconcile.pairing import (
    FALL_DAYS,
    GROWING,
    STOCK_DAYS,
    Pairing,
    a_part,
    docs_of,
    facts_of,
    kinds_fit,
    linked,
    measurable,
    pair,
    pair_facts,
    said_earlier,
    stated_against,
    total_like,
)
from headcount.reconcile.running import join_running
from headcount.reconcile.series import Point, Report
from headcount.store import Ledger
from headcount.store.findings_repo import document_points
from headcount.store.reconcile_shared import decoded, encode
from headcount.store.tables import documents

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))


@pytest.fixture(scope="module")
def pts(tmp_path_factory: pytest.TempPathFactory) -> list[Point]:
    """A bench-style ledger's points, joined (as a full reconcile gives them to the checks)."""
    from web import build_ledger

    db = str(tmp_path_factory.mktemp("pairs") / "pairs.db")
    build_ledger(db, 500)
    for extra in ("crossing.jsonl", "locality.jsonl"):  # texts written for the tests of findings across keys
        result = CliRunner().invoke(main, ["ingest", str(HERE / extra), "--db", db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    with Ledger.open(db) as ledger:
        with ledger.engine.connect() as conn:
            ids = list(conn.scalars(select(documents.c.id).order_by(documents.c.id)))
        pts = document_points(ledger.engine, ids, None)
    return join_running(pts, registry_with({}).part_of())


def test_one_party_and_two_party_pairs_come_in_the_order_of_all_pairs(pts: list[Point]) -> None:
    compared = same_party = 0
    for s in series_of(pts).values():
        reports = list(s.reports)
        every = list(candidate_pairs(reports))
        parties = [r.party.key for r in reports]
        one = [(reports[i], reports[j]) for i, j in candidate_indices(reports, parties, same=True)]
        two = [(reports[i], reports[j]) for i, j in candidate_indices(reports, parties, same=False)]
        assert one == [(a, b) for a, b in every if a.party.key == b.party.key]
        assert two == [(a, b) for a, b in every if a.party.key != b.party.key]
        for a, b in every:
            assert pair_facts(facts_of(a), facts_of(b)) == pair(a, b) == _pair_by_reports(a, b)
        compared += len(every)
        same_party += len(one)
    assert compared > 500 and 0 < same_party < compared  # the ledger has both kinds, in numbers


def test_points_written_flat_and_read_back_shared_are_the_points(pts: list[Point]) -> None:
    back = list(decoded(encode(p) for p in pts))
    assert back == pts
    assert type(pickle.loads(encode(pts[0]))) is tuple  # noqa: S301 - flat values, not the dataclasses
    assert next(decoded([pickle.dumps(pts[0])])) == pts[0]  # a point pickled whole is read back too
    same_party = [q for q in back if q.party == back[0].party]
    assert len(same_party) > 1 and all(q.party is same_party[0].party for q in same_party)
    by_doc = [q for q in back if q.doc_id == back[0].doc_id]
    assert all(q.claim.doc_id is by_doc[0].doc_id for q in by_doc)
    plain = [pickle.loads(pickle.dumps(p)) for p in pts]
    assert len({id(q.party) for q in plain}) == len(plain)  # without sharing, one object per point


def _pair_by_reports(a: Report, b: Report) -> Pairing:
    """``pair`` as it was written before ``Facts``: every property read from the reports, per pair."""
    why_not = measurable(a) or measurable(b)
    if why_not:
        return Pairing(False, why_not)
    if linked(a, b):
        return Pairing(False, "one is given as part of the other")
    if a_part(a) or a_part(b):
        return Pairing(False, "a part of another figure, not the quantity")
    if not kinds_fit(a, b):
        return Pairing(False, "a stock and a flow, or a total and a window")
    earlier = said_earlier(a) != said_earlier(b)
    if docs_of(a) & docs_of(b):
        if "outlet" in (a.party.how, b.party.how) and not pairing._side_by_side(a, b):
            return Pairing(False, "one document: the outlet's own figure beside a source it names is context")
        if earlier:
            if a.key.event in GROWING and total_like(a) and total_like(b):
                return Pairing(True, "an earlier total beside a later one", falling=True)
            return Pairing(False, "one document, one figure an earlier statement")
        if stated_against(a, b) or stated_against(b, a):
            return Pairing(False, "one document, the smaller stated as a share of the larger")
        if pairing._scale_apart(a, b):
            return Pairing(False, "one document, figures of different scale (an incident and a whole toll)")
        if pairing._periods_differ(a, b):
            return Pairing(False, "one document, different periods")
        return Pairing(True, "same document")
    if a.key.place is None or b.key.place is None:
        return Pairing(False, "no place, in different documents")
    if a.end is None or b.end is None:
        return Pairing(False, "undated")
    if earlier:  # not the same moment; a growing total may still be seen to fall
        if a.key.event in GROWING and a.kind == b.kind == "cumulative" and pairing._days_apart(a.end, b.end) <= FALL_DAYS:
            if not pairing.order_known(a, b):
                return Pairing(False, "which came first is unknown (an estimated date)")
            return Pairing(True, "an earlier total beside a later one", falling=True)
        return Pairing(False, "one figure an earlier statement, not the same moment")
    if a.kind == "stock":
        if pairing._days_apart(a.end, b.end) <= STOCK_DAYS:
            return Pairing(True, "same day" if a.end == b.end else "a day apart")
        return Pairing(False, "stocks on different days")
    if not total_like(a):
        if a.start is not None and (a.start, a.end) == (b.start, b.end):
            return Pairing(True, "same window")
        return Pairing(False, "different windows")
    if a.end == b.end and a.start == b.start:
        return Pairing(True, "totals to the same day")
    if (a.key.event in GROWING and a.kind == "cumulative" and b.kind == "cumulative"
            and pairing._days_apart(a.end, b.end) <= FALL_DAYS):
        if not pairing.order_known(a, b):
            return Pairing(False, "which came first is unknown (an estimated date)")
        return Pairing(True, "a total that only grows, on different days", falling=True)
    return Pairing(False, "totals to different days")

