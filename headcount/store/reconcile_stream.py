"""A full reconcile in bounded memory: the ledger streamed through a spill file, one unit of work at a time.

Why: the in-memory run (``findings_repo._run`` with every document dirty) held every point and series of the
ledger at once, about 8 MB per 1,000 claims (1.2 GB at 100k, so about 8 GB at 1M). The checks never need the
ledger together: one party's running count is joined within one event (``running.join_running``), a series
key's checks read that series, an event's read that event's series (and the parents its "including" links
point to), a place's stock and flow read the flow series at that place. So:

1. every document is read into points once, 500 documents at a time, and each point is pickled into a spill
   file (a temporary SQLite file of this process, deleted at the end: never the ledger) with its event;
2. per event: its points (in the order a full run reads them: document, then position) are joined, their
   ``claim_series`` rows written, the joined points spilled again, and the event's series-key units computed;
3. per event: the event's unit, with the points its "including" links lead to in other events;
4. per place: the stock-and-flow unit, from the flow events' joined points at that place.

Memory is then the largest event's points and series (plus a batch of documents), not the ledger's; the cost
over the in-memory run is pickling each point and reading it back three times. Each unit gets exactly the
series the in-memory run gives it (same points in the same order), so the findings are the same: the stored
findings tests compare both with ``analyse``.
"""

from __future__ import annotations

import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

from headcount.reconcile.findings import Finding
from headcount.reconcile.incremental import FLOW_EVENTS, series_of, units_findings
from headcount.reconcile.series import DocMeta, Point, points_of
from headcount.store.findings_tables import claim_series, reconciled_docs
from headcount.store.tables import documents

BATCH = 500  # documents read into points at a time
ROWS = 5000  # rows per insert


def reconcile_all(conn: Connection, registry: Any, tol: float, inputs: Any, stamp: Any,
                  write: Any) -> tuple[int, int, int]:
    """Reconcile the whole ledger (its stored rows already deleted) into ``claim_series``, ``reconciled_docs``
    and the findings; ``inputs``, ``stamp`` and ``write`` are ``findings_repo``'s readers and writer.
    Returns (documents, units, findings)."""
    from headcount.reconcile.running import join_running
    from headcount.store.findings_repo import series_row

    copies = {r.id: DocMeta(id=r.id, copy_of=r.copy_of) for r in conn.execute(
        select(documents.c.id, documents.c.copy_of).where(documents.c.copy_of.is_not(None)))}
    part_of = registry.part_of()
    with tempfile.TemporaryDirectory(prefix="headcount-reconcile-") as tmp:
        spill = _Spill(Path(tmp) / "spill.db")
        try:
            n_docs = _read_points(conn, registry, inputs, stamp, spill)
            n_units = n_found = 0
            for event in spill.events():
                raw = list(spill.points(event))
                joined = join_running(raw, part_of)
                spill.put_joined(joined)
                rows = [series_row(j, r) for r, j in zip(raw, joined, strict=True)]
                del raw
                for i in range(0, len(rows), ROWS):
                    conn.execute(insert(claim_series), rows[i:i + ROWS])
                series = series_of(joined, copies)
                n_units, n_found = _store(write, units_findings({f"key:{k}" for k in series}, series, tol),
                                          n_units, n_found)
            spill.index_joined()
            for event in spill.events():
                pts = list(spill.joined_of_event(event))
                ids = {p.id for p in pts}
                pts += spill.joined_claims(sorted({p.parent_id for p in pts if p.parent_id and p.parent_id not in ids}))
                n_units, n_found = _store(write, units_findings({f"event:{event}"}, series_of(pts, copies), tol),
                                          n_units, n_found)
            for place in spill.flow_places():
                series = series_of(list(spill.joined_at(place)), copies)
                n_units, n_found = _store(write, units_findings({f"place:{place}"}, series, tol), n_units, n_found)
        finally:
            spill.close()
    return n_docs, n_units, n_found


def _store(write: Any, by_unit: dict[str, list[Finding]], units: int, found: int) -> tuple[int, int]:
    return units + len(by_unit), found + int(write(by_unit))


def _read_points(conn: Connection, registry: Any, inputs: Any, stamp: Any, spill: _Spill) -> int:
    """Pass 1: every document into points (``BATCH`` at a time, by id), spilled; its stamp stored."""
    cols = [documents.c.id, documents.c.text_hash, documents.c.extractor_version, documents.c.copy_of,
            documents.c.published, documents.c.outlet, documents.c.title]
    last: str | None = None
    n = 0
    while True:
        q = select(*cols).order_by(documents.c.id).limit(BATCH)
        if last is not None:
            q = q.where(documents.c.id > last)
        rows = list(conn.execute(q))
        if not rows:
            return n
        last = rows[-1].id
        ids = [r.id for r in rows]
        cl, docs = inputs(conn, ids)
        spill.put(points_of(cl, docs, registry))
        conn.execute(insert(reconciled_docs), [{"doc_id": r.id, "stamp": stamp(r)} for r in rows])
        n += len(rows)


class _Spill:
    """Points pickled into a private SQLite file: this process wrote every row it reads back."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE pts (event TEXT, doc_id TEXT, idx INTEGER, blob BLOB)")
        self.db.execute("CREATE TABLE joined (event TEXT, place TEXT, flow INTEGER, claim_id TEXT, doc_id TEXT, "
                        "idx INTEGER, blob BLOB)")
        self.indexed = False

    def close(self) -> None:
        self.db.close()

    def put(self, pts: Sequence[Point]) -> None:
        self.db.executemany("INSERT INTO pts VALUES (?, ?, ?, ?)",
                            [(p.key.event, p.doc_id, p.index, _dump(p)) for p in pts])

    def events(self) -> list[str]:
        if not self.indexed:
            self.db.execute("CREATE INDEX pts_event ON pts (event, doc_id, idx)")
            self.indexed = True
        return [e for (e,) in self.db.execute("SELECT DISTINCT event FROM pts ORDER BY event")]

    def points(self, event: str) -> Iterator[Point]:
        """An event's points in the order a full run reads them: by document, then position in it."""
        for (b,) in self.db.execute("SELECT blob FROM pts WHERE event = ? ORDER BY doc_id, idx", (event,)):
            yield pickle.loads(b)  # noqa: S301 - this process's own spill file

    def put_joined(self, pts: Sequence[Point]) -> None:
        self.db.executemany("INSERT INTO joined VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(p.key.event, p.key.place, int(p.key.event in FLOW_EVENTS), p.id, p.doc_id, p.index,
                              _dump(p)) for p in pts])

    def index_joined(self) -> None:
        self.db.execute("CREATE INDEX joined_event ON joined (event, doc_id, idx)")
        self.db.execute("CREATE INDEX joined_claim ON joined (claim_id)")
        self.db.execute("CREATE INDEX joined_place ON joined (flow, place, doc_id, idx)")

    def _load(self, sql: str, args: Iterable[Any]) -> Iterator[Point]:
        for (b,) in self.db.execute(sql, tuple(args)):
            yield pickle.loads(b)  # noqa: S301 - this process's own spill file

    def joined_of_event(self, event: str) -> Iterator[Point]:
        return self._load("SELECT blob FROM joined WHERE event = ? ORDER BY doc_id, idx", [event])

    def joined_claims(self, claim_ids: Sequence[str]) -> list[Point]:
        out: list[Point] = []
        for i in range(0, len(claim_ids), BATCH):
            part = claim_ids[i:i + BATCH]
            marks = ", ".join("?" * len(part))
            out += self._load(f"SELECT blob FROM joined WHERE claim_id IN ({marks}) ORDER BY doc_id, idx", part)  # noqa: S608
        return out

    def flow_places(self) -> list[str]:
        return [p for (p,) in self.db.execute(
            "SELECT DISTINCT place FROM joined WHERE flow = 1 AND place IS NOT NULL ORDER BY place")]

    def joined_at(self, place: str) -> Iterator[Point]:
        return self._load("SELECT blob FROM joined WHERE flow = 1 AND place = ? ORDER BY doc_id, idx", [place])


def _dump(p: Point) -> bytes:
    return pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL)
