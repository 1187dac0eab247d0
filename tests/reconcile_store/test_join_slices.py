"""The parent of a full reconcile joins an event a slice of whole connected sets of documents at a time
(``reconcile.join_slices``), never the event whole, and stores exactly what the whole event's join stores.

Properties on drawn bench-style ledgers (``drawn_ledgers``: ``bench/web.py``'s variants, real extracted claims):
the slices cover each event's documents once, hold whole connected sets (documents sharing a party family,
``incremental.join_scope``), stay within the limit unless one set is larger, and joined one at a time give
every point the key the whole event's join gives it; the windows planned from the joined points' marks
(``event_windows.mark``) are the windows planned from the points. The store test runs a full reconcile with
slices of one connected set and records what the parent passes to ``running.join_running`` (the real join,
called through): each call holds one connected set, and the stored rows, ids included, are the default run's.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from drawn_ledgers import drawn_points
from hypothesis import given, settings
from hypothesis import strategies as st
from stored_state import HERE, stored_rows

from headcount.cli import main
from headcount.models import document_id
from headcount.reconcile import event_windows, join_slices, running
from headcount.reconcile.analysis import registry_with
from headcount.reconcile.event_windows import mark, plan_windows
from headcount.reconcile.incremental import join_scope
from headcount.reconcile.running_places import named
from headcount.reconcile.series import Point
from headcount.store import Ledger
from headcount.store import reconcile_workers as workers
from headcount.store.findings_repo import reconcile

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
FILES = [ROOT / "headcount" / "sample" / "aleppo.jsonl", HERE / "crossing.jsonl", HERE / "locality.jsonl"]
CITIES = ("Aleppo", "Homs", "Idlib", "Mosul", "Beira")


def _rows(points: Sequence[Point]) -> list[tuple[str, str | None, int]]:
    """What the spill file gives ``join_slices.slices``: (document, named party or None, points)."""
    count: dict[tuple[str, str | None], int] = defaultdict(int)
    for p in points:
        count[(p.doc_id, p.party.key if named(p) else None)] += 1
    return [(d, party, n) for (d, party), n in count.items()]


def _by_event(points: Sequence[Point]) -> dict[str, list[Point]]:
    out: dict[str, list[Point]] = defaultdict(list)
    for p in sorted(points, key=lambda p: (p.doc_id, p.index)):  # the order a full run reads an event in
        out[p.key.event].append(p)
    return out


def _connected(points: Sequence[Point], docs: set[str], part_of: dict[str, str]) -> bool:
    """``docs`` are one connected set of ``points``' documents (sharing a party family, transitively)."""
    return join_scope(points, [min(docs)], (), part_of) == docs


@settings(max_examples=15, deadline=None)
@given(picks=st.lists(st.tuples(st.integers(0, 50), st.sampled_from(CITIES), st.integers(0, 200)),
                      min_size=2, max_size=24),
       limit=st.integers(1, 40))
def test_an_event_joined_a_slice_at_a_time_is_joined_as_a_whole(picks: list[tuple[int, str, int]],
                                                                 limit: int) -> None:
    points, docs = drawn_points(FILES, picks)
    part_of = dict(registry_with({}).part_of())
    for event, pts in _by_event(points).items():
        cut = join_slices.slices(_rows(pts), part_of, limit)
        every = {p.doc_id for p in pts}
        assert sorted(d for s in cut for d in s) == sorted(every)  # each document in one slice
        assert [min(s) for s in cut] == sorted(min(s) for s in cut)
        joined: dict[str, Point] = {}
        for s in cut:
            mine = set(s)
            assert s == sorted(s)
            assert join_scope(pts, s, (), part_of) == mine, event  # whole connected sets only
            part = [p for p in pts if p.doc_id in mine]
            assert len(part) <= limit or _connected(part, mine, part_of), event  # over the limit: one set
            joined.update((p.id, p) for p in running.join_running(part, part_of))
        whole = running.join_running(pts, part_of)
        assert [joined[p.id] for p in pts] == whole, event
        # the windows planned from the marks are those planned from the joined points
        shared: dict[Any, Any] = {}
        assert plan_windows([mark(p, shared) for p in whole], docs, limit) == plan_windows(whole, docs, limit)


def test_slices_pack_whole_sets_in_order_within_the_limit() -> None:
    """Documents a, c share a family (the UN and its agency OCHA), b and d are alone (no named figure, or
    a family of their own); limit 3: a and c (4 points, over the limit) make one slice, then b and d."""
    part_of = {"ocha": "un"}
    rows = [("a", "un", 2), ("b", None, 1), ("c", "ocha", 2), ("d", "red-cross", 1), ("d", None, 1)]
    assert join_slices.slices(rows, part_of, 3) == [["a", "c"], ["b", "d"]]
    assert join_slices.slices(rows, part_of, 1) == [["a", "c"], ["b"], ["d"]]
    assert join_slices.slices(rows, {}, 1) == [["a"], ["b"], ["c"], ["d"]]  # no parent body: no link
    assert join_slices.slices(rows, part_of, 100) == [["a", "b", "c", "d"]]


def test_the_parent_joins_one_connected_set_at_a_time_and_stores_the_same(ledger_db: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails when the parent joins an event whole (as before ``join_slices``) or a slice that is not one
    connected set; and when the stored rows differ from a run joining slices of the default size."""
    from web import build_ledger

    build_ledger(ledger_db, 700)
    for extra in ("crossing.jsonl", "locality.jsonl"):  # texts written for the tests of findings across keys
        result = CliRunner().invoke(main, ["ingest", str(HERE / extra), "--db", ledger_db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    monkeypatch.setattr(workers, "cpus", lambda: 2)  # two workers even on a one-CPU machine
    part_of = dict(registry_with({}).part_of())
    with Ledger.open(ledger_db) as ledger:
        reconcile(ledger.engine, full=True, jobs=1)
        whole = stored_rows(ledger.engine)
        calls: list[list[Point]] = []
        join = running.join_running

        def recorded(points: Sequence[Point], part_of: Any = None) -> list[Point]:  # the real join, called through
            calls.append(list(points))
            return join(points, part_of)

        monkeypatch.setattr(running, "join_running", recorded)
        monkeypatch.setattr(join_slices, "JOIN_POINTS", 1)
        monkeypatch.setattr(event_windows, "WINDOW_POINTS", 40)  # the windows planned from marks too
        for jobs in (1, 2):
            calls.clear()
            reconcile(ledger.engine, full=True, jobs=jobs)
            assert stored_rows(ledger.engine) == whole, jobs
            events: dict[str, list[Point]] = defaultdict(list)
            for c in calls:
                assert len({p.key.event for p in c}) == 1
                events[c[0].key.event] += c
            assert len(calls) > len(events), "no event in two slices: the test shows nothing"
            for c in calls:
                mine = {p.doc_id for p in c}
                assert _connected(c, mine, part_of)  # one connected set at a time
                assert join_scope(events[c[0].key.event], sorted(mine), (), part_of) == mine  # and a whole one


# Three reports of one cyclone, written for this test: documents a and c are one connected set (the UN and its
# agency UNICEF), b another, so a run joining a set at a time writes the joined rows a, c, b; and b and c carry
# the same outlet's own figure, one report across the two sets, whose first point is b's in the event's order.
_CYCLONE = [
    ("slice-a", "2025-02-10", "UNICEF said on Monday that 40 people were killed by the cyclone in Quelimane."),
    ("slice-b", "2025-02-11", "The cyclone killed 70 people in Quelimane, the storm's worst toll so far."),
    ("slice-c", "2025-02-12", "The cyclone killed 70 people in Quelimane. The United Nations said on Wednesday "
                              "that 55 people were killed by the cyclone in Quelimane."),
]


def test_a_window_reads_its_points_in_the_events_order(ledger_db: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails when a window reads its points in the order the joined rows were written (``ORDER BY rid``, a
    join slice at a time: a, c, b) rather than the event's (a, b, c): the report across b and c would then
    start at c."""
    import json

    # a document's id is its URL's hash: the three URLs given to a, b, c in the order of their ids
    urls = sorted((f"https://shorenews.example/{n}" for n in range(3)), key=lambda u: document_id("", u))
    path = tmp_path / "cyclone.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": "Cyclone toll", "outlet": "shorenews.example",
                                        "published": day, "url": url, "text": text}) + "\n"
                            for (i, day, text), url in zip(_CYCLONE, urls, strict=True)), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", ledger_db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    read: list[list[Point]] = []
    window = event_windows.window_findings

    def recorded(event: str, points: Sequence[Point], *args: Any) -> Any:  # the real window, called through
        read.append([p for p in points if p.key.event == event])
        return window(event, points, *args)

    with Ledger.open(ledger_db) as ledger:
        reconcile(ledger.engine, full=True, jobs=1)
        whole = stored_rows(ledger.engine)
        monkeypatch.setattr(event_windows, "window_findings", recorded)
        monkeypatch.setattr(join_slices, "JOIN_POINTS", 1)
        monkeypatch.setattr(event_windows, "WINDOW_POINTS", 1)
        reconcile(ledger.engine, full=True, jobs=1)
        assert stored_rows(ledger.engine) == whole
    assert read, "no window: the test shows nothing"
    assert any(len({p.doc_id for p in pts}) > 1 for pts in read), "no window reads two documents"
    for pts in read:
        assert [(p.doc_id, p.index) for p in pts] == sorted((p.doc_id, p.index) for p in pts)
