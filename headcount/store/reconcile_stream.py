"""A full reconcile in bounded memory: the ledger streamed through a spill file, one unit of work at a time.

Why: the in-memory run (``findings_repo._run`` with every document dirty) held every point and series of the
ledger at once, about 8 MB per 1,000 claims (1.2 GB at 100k, so about 8 GB at 1M). The checks never need the
ledger together: one party's running count is joined within one event (``running.join_running``), a series
key's checks read that series, an event's read that event's series (and the parents its "including" links
point to), a place's stock and flow read the flow series at that place. So:

1. every document is read into points once, 500 documents at a time (in worker processes when there are
   several: ``reconcile_workers``), and each point is pickled into a spill file (a temporary SQLite file of
   this process, deleted at the end: never the ledger) with its event and series key;
2. per event, in the parent: its points (in the order a full run reads them: document, then position) are
   joined a slice of whole connected sets of documents at a time (``join_slices``: the parent holds one
   slice, at least the event's largest connected set, and for a windowed event one mark per point), their
   ``claim_series`` rows written, the joined points spilled again; the event's series-key units go to the
   workers in tasks of a few thousand points (``key_chunks``), each reading its keys' points back, while the
   parent joins the next event;
3. per event, in a worker: the event's unit, with the points its "including" links lead to in other events;
   an event of more than ``event_windows.WINDOW_POINTS`` points in windows of its reports (planned by the
   parent from marks of the joined points it kept while joining the slices, written to the spill file's
   ``win`` table), each a task given the event's keys' contradictions and revisions from step 2 (computed on
   whole series), their findings merged into the unit's before it is written (``_by_event``);
4. per place, in a worker: the stock-and-flow unit, from the flow events' joined points at that place.

Memory is then a join slice's points and the largest event's marks in the parent, or a window's points in
one worker, plus a task's series per worker, not the ledger's; the cost over the in-memory run is pickling
each point and reading it back three times. Each unit gets exactly the series the in-memory run gives it
(same points in the same order), and results are written in the order the tasks were given, so the findings
and their ids are the same with any number of workers (``tests/reconcile_store/test_rstore_jobs.py``); the
stored findings tests compare the stored findings with ``analyse``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from headcount.reconcile import event_windows, join_slices
from headcount.reconcile.event_windows import Mark, Window, key_disagreements, mark, merged, plan_windows
from headcount.reconcile.findings import Finding
from headcount.reconcile.incremental import FLOW_EVENTS
from headcount.reconcile.series import DocMeta, Point
from headcount.store import reconcile_workers
from headcount.store.findings_tables import claim_series, reconciled_docs
from headcount.store.reconcile_rows import write_rows
from headcount.store.reconcile_shared import Decoder, in_lists
from headcount.store.reconcile_workers import (
    Pool,
    SpillRow,
    dump,
    event_task,
    jobs_for,
    key_chunks,
    key_units,
    place_unit,
    read_points,
)
from headcount.store.tables import documents

BATCH = 500  # documents read into points at a time
ROWS = 5000  # rows per insert
#: the ``claim_series`` columns, in the order its rows are written
SERIES_COLUMNS = ("claim_id", "doc_id", "key", "event", "place", "point")


def reconcile_all(conn: Connection, tol: float, inputs: Any, stamp: Any, write: Any, *,
                  overlay: Mapping[str, Any], part_of: Mapping[str, str], jobs: int | None = None) -> tuple[int, int, int]:
    """Reconcile the whole ledger (its stored rows already deleted) into ``claim_series``, ``reconciled_docs``
    and the findings; ``inputs``, ``stamp`` and ``write`` are ``findings_repo``'s readers and writer.
    ``overlay`` (the ledger's party edits) lets worker processes build the registry themselves
    (``reconcile_workers``); ``jobs``: how many (None: one per CPU on a large ledger). Returns (documents,
    units, findings)."""
    copies = {r.id: DocMeta(id=r.id, copy_of=r.copy_of) for r in conn.execute(
        select(documents.c.id, documents.c.copy_of).where(documents.c.copy_of.is_not(None)))}
    n_all = int(conn.scalar(select(func.count()).select_from(documents)) or 0)
    with tempfile.TemporaryDirectory(prefix="headcount-reconcile-") as tmp:
        spill = _Spill(Path(tmp) / "spill.db")
        pool = Pool(jobs_for(jobs, n_all), overlay, spill.path, copies)
        try:
            n_docs = _read_points(conn, pool, inputs, stamp, spill)
            n_units = n_found = 0
            tasks: list[tuple[str, int | None]] = []  # each event's unit whole, or its windows in order
            pending: list[tuple[str, list[Future[dict[str, list[Finding]]]]]] = []
            # a windowed event's keys' contradictions and revisions, from its key units: each window drops its
            # findings across keys with these, computed on whole series (``event_windows``)
            disagree: dict[str, list[Finding]] = {}
            for event in spill.events():
                sizes = _join_event(conn, spill, event, part_of, copies, tasks, disagree)
                # the workers compute this event's series-key units while the parent joins the next event
                chunks = key_chunks(sizes, reconcile_workers.KEY_TASK_POINTS)
                pending.append((event, [pool.submit(key_units, chunk, tol) for chunk in chunks]))
                while len(pending) > 1:
                    n_units, n_found = _store_keys(write, pending.pop(0), disagree, n_units, n_found)
            while pending:
                n_units, n_found = _store_keys(write, pending.pop(0), disagree, n_units, n_found)
            given = [(e, w, disagree.get(e, []) if w is not None else []) for e, w in tasks]
            for event, found in _by_event(tasks, pool.ordered(event_task, given, tol)):
                n_units, n_found = _store(write, {f"event:{event}": found}, n_units, n_found)
            for by_unit in pool.ordered(place_unit, spill.flow_places(), tol):
                n_units, n_found = _store(write, by_unit, n_units, n_found)
        finally:
            pool.close()
            spill.close()
    return n_docs, n_units, n_found


def _join_event(conn: Connection, spill: _Spill, event: str, part_of: Mapping[str, str],
                copies: Mapping[str, DocMeta], tasks: list[tuple[str, int | None]],
                disagree: dict[str, list[Finding]]) -> Counter[str]:
    """Pass 2 for one event, in the parent: its points joined a slice of whole connected sets of documents at
    a time (``join_slices``: the same keys as the whole event's join), each slice's ``claim_series`` rows
    written and joined points spilled before the next is read; an event of more than ``WINDOW_POINTS`` points
    planned into windows from the marks of its joined points (``event_windows.mark``). Its tasks are added to
    ``tasks``; returns its points per series key."""
    from headcount.reconcile.running import join_running
    from headcount.store.findings_repo import series_row

    sizes: Counter[str] = Counter()
    plan = spill.count(event) > event_windows.WINDOW_POINTS
    marks: list[Mark] = []  # a large event's, each with its spill rowid
    shared: dict[Any, Any] = {}
    cut = join_slices.slices(spill.parties(event), part_of, join_slices.JOIN_POINTS)
    for docs in cut:
        raw = list(spill.points(event, docs if len(cut) > 1 else None))  # one slice: the event, one query
        joined = join_running(raw, part_of)
        first = spill.put_joined(joined)
        for i in range(0, len(raw), ROWS):  # rows built a part at a time: never the slice's all at once
            write_rows(conn, claim_series, SERIES_COLUMNS,
                       [tuple(row[c] for c in SERIES_COLUMNS) for row in (
                           series_row(j, r) for r, j in zip(raw[i:i + ROWS], joined[i:i + ROWS], strict=True))])
        sizes.update(str(p.key) for p in joined)
        if plan:
            marks += [mark(p, shared, first + i) for i, p in enumerate(joined)]
        del raw, joined
    windows = None
    if plan:
        marks.sort(key=attrgetter("doc_id", "index"))  # the order a full run reads the event in
        windows = plan_windows(marks, copies, event_windows.WINDOW_POINTS)
        if windows is not None:
            spill.put_windows(event, windows, [m.row for m in marks])
            disagree[event] = []
    tasks += [(event, w) for w in range(len(windows))] if windows is not None else [(event, None)]
    return sizes


def _by_event(tasks: Sequence[tuple[str, int | None]], results: Iterator[list[Finding]]
              ) -> Iterator[tuple[str, list[Finding]]]:
    """Each event's findings from its tasks' results (in the tasks' order): a whole unit's as they are, a
    windowed event's windows merged into the unit's findings (``event_windows.merged``)."""
    parts: list[list[Finding]] = []
    for i, ((event, w), found) in enumerate(zip(tasks, results, strict=True)):
        if w is None:
            yield event, found
            continue
        parts.append(found)
        if i + 1 == len(tasks) or tasks[i + 1][0] != event:
            yield event, merged(parts)
            parts = []


def _merged(parts: Iterator[dict[str, list[Finding]]] | Any) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for p in parts:
        out.update(p)
    return out


def _store_keys(write: Any, done: tuple[str, list[Future[dict[str, list[Finding]]]]],
                disagree: dict[str, list[Finding]], units: int, found: int) -> tuple[int, int]:
    """One event's key units' findings stored; a windowed event's contradictions and revisions kept for its
    windows (``event_windows.key_disagreements``)."""
    event, futures = done
    by_unit = _merged(f.result() for f in futures)
    if event in disagree:
        disagree[event] = key_disagreements(f for fs in by_unit.values() for f in fs)
    return _store(write, by_unit, units, found)


def _store(write: Any, by_unit: dict[str, list[Finding]], units: int, found: int) -> tuple[int, int]:
    return units + len(by_unit), found + int(write(by_unit))


def _read_points(conn: Connection, pool: Pool, inputs: Any, stamp: Any, spill: _Spill) -> int:
    """Pass 1: every document into points (``BATCH`` at a time, by id, in the workers), spilled; its stamp
    stored."""
    n = 0

    def batches() -> Iterator[Any]:
        nonlocal n
        cols = [documents.c.id, documents.c.text_hash, documents.c.extractor_version, documents.c.copy_of,
                documents.c.published, documents.c.outlet, documents.c.title]
        last: str | None = None
        while True:
            q = select(*cols).order_by(documents.c.id).limit(BATCH)
            if last is not None:
                q = q.where(documents.c.id > last)
            rows = list(conn.execute(q))
            if not rows:
                return
            last = rows[-1].id
            write_rows(conn, reconciled_docs, ("doc_id", "stamp"), [(r.id, stamp(r)) for r in rows])
            n += len(rows)
            yield inputs(conn, [r.id for r in rows])

    for spilled in pool.ordered(read_points, batches()):
        spill.put(spilled)
    spill.commit()
    return n


class _Spill:
    """Points pickled into a private SQLite file: this process (and its workers, reading) wrote every row read
    back. WAL, so that workers read the events already committed while the parent writes the next."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, timeout=600)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE pts (event TEXT, key TEXT, doc_id TEXT, idx INTEGER, party TEXT, blob BLOB)")
        self.db.execute("CREATE TABLE joined (event TEXT, key TEXT, place TEXT, flow INTEGER, claim_id TEXT, "
                        "doc_id TEXT, idx INTEGER, blob BLOB)")
        self.db.execute("CREATE INDEX joined_event ON joined (event, doc_id, idx)")
        self.db.execute("CREATE INDEX joined_key ON joined (key, doc_id, idx)")
        self.db.execute("CREATE INDEX joined_claim ON joined (claim_id)")
        self.db.execute("CREATE INDEX joined_place ON joined (flow, place, doc_id, idx)")
        self.db.execute("CREATE TABLE win (event TEXT, w INTEGER, pos INTEGER, rid INTEGER, own INTEGER)")
        self.db.execute("CREATE INDEX win_window ON win (event, w, pos)")
        self.db.commit()
        self.indexed = False

    def close(self) -> None:
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    def put(self, rows: Sequence[SpillRow]) -> None:
        self.db.executemany("INSERT INTO pts VALUES (?, ?, ?, ?, ?, ?)", rows)

    def events(self) -> list[str]:
        if not self.indexed:
            self.db.execute("CREATE INDEX pts_event ON pts (event, doc_id, idx, party)")  # covers ``parties``
            self.db.commit()
            self.indexed = True
        return [e for (e,) in self.db.execute("SELECT DISTINCT event FROM pts ORDER BY event")]

    def count(self, event: str) -> int:
        return int(self.db.execute("SELECT count(*) FROM pts WHERE event = ?", (event,)).fetchone()[0])

    def parties(self, event: str) -> Iterator[tuple[str, str | None, int]]:
        """(document, named party or None, points) of an event: what ``join_slices`` cuts its join by."""
        yield from self.db.execute("SELECT doc_id, party, count(*) FROM pts WHERE event = ? GROUP BY doc_id, party",
                                   (event,))

    def points(self, event: str, docs: Sequence[str] | None) -> Iterator[Point]:
        """The points of an event in these documents (sorted; None: all of them) in the order a full run reads
        them: by document, then position in it."""
        d = Decoder()  # equal values shared within the slice (``reconcile_shared``)
        if docs is None:
            for (b,) in self.db.execute("SELECT blob FROM pts WHERE event = ? ORDER BY doc_id, idx", (event,)):
                yield d.point(b)
            return
        for part, qs in in_lists(docs):
            rows = self.db.execute(f"SELECT blob FROM pts WHERE event = ? AND doc_id IN ({qs}) "  # noqa: S608
                                   "ORDER BY doc_id, idx", (event, *part))
            for (b,) in rows:
                yield d.point(b)

    def put_joined(self, pts: Sequence[Point]) -> int:
        """Spill an event's joined points; returns the first one's rowid (the others follow it in order: this
        process is the file's one writer)."""
        first = int(self.db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM joined").fetchone()[0])
        for i in range(0, len(pts), ROWS):  # the rows (with their blobs) a slice at a time, not the event's at once
            self.db.executemany("INSERT INTO joined VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                [(p.key.event, str(p.key), p.key.place, int(p.key.event in FLOW_EVENTS), p.id,
                                  p.doc_id, p.index, dump(p)) for p in pts[i:i + ROWS]])
        self.db.commit()
        return first

    def put_windows(self, event: str, windows: Sequence[Window], rowids: Sequence[int]) -> None:
        """The points each window of a large event reads (``event_windows.plan_windows``), as rowids of the
        event's joined rows (``rowids``: each planned position's), and whether it owns them. Each with its
        planned position: the event's order (a full run's: document, then position), which a window reads them
        in without a sort (the joined rows are written a join slice at a time, so their rowids are not)."""
        for w, (own, read) in enumerate(windows):
            mine = set(own)
            rows = [(event, w, i, rowids[i], int(i in mine)) for i in read]
            for j in range(0, len(rows), ROWS):
                self.db.executemany("INSERT INTO win VALUES (?, ?, ?, ?, ?)", rows[j:j + ROWS])
        self.db.commit()

    def flow_places(self) -> list[str]:
        return [p for (p,) in self.db.execute(
            "SELECT DISTINCT place FROM joined WHERE flow = 1 AND place IS NOT NULL ORDER BY place")]
