"""Stored findings: find what changed since the last reconcile, reconcile those units, store their findings.

What changed is read from the data, not from a log: a document whose stamp (``findings_tables``) is missing or
differs is dirty, so any writer (``ingest``, ``load``, a re-extraction, a tool outside headcount) is covered,
and a run that is killed leaves the old findings and stamps in place (one transaction). Marking series dirty
(after a party edit or a merge) is deleting the stamps of their documents: ``mark_dirty``.

The arithmetic is ``headcount.reconcile.incremental``'s; this module only reads and writes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from headcount.errors import StoreError
from headcount.reconcile.findings import Finding, sort_findings
from headcount.reconcile.incremental import (
    FLOW_EVENTS,
    join_scope,
    series_of,
    touched_keys,
    touching,
    units_findings,
    units_of,
)
from headcount.reconcile.neighbourhood import needed_keys
from headcount.reconcile.series import DocMeta, Point, SeriesKey, points_of
from headcount.store import point_rows
from headcount.store.engine import chunks
from headcount.store.finding_group_ids import groups_where, regroup_all, regroup_from
from headcount.store.findings_tables import (
    claim_series,
    finding_claims,
    findings,
    reconcile_state,
    reconciled_docs,
)
from headcount.store.point_reads import (
    CHUNK,
    _claim_keys_of_events,
    _docs_of_events,
    _events_of_docs,
    _keep,
    _key,
    _load,
    _parties_before,
)
from headcount.store.point_reads import (
    _inputs as _inputs,  # re-exported: the web index reads it here
)
from headcount.store.point_reads import rekeyed as rekeyed  # re-exported: the web index reads it here
from headcount.store.point_reads import stored_keys as stored_keys  # re-exported: the web index reads it here
from headcount.store.reconcile_repo import ReconcileStore, input_name
from headcount.store.reconcile_rows import write_rows
from headcount.store.reconcile_stream import reconcile_all
from headcount.store.stamps import changed as changed_docs
from headcount.store.stamps import stamp_of_row, stamps_current
from headcount.store.stamps import stamps as stamps  # re-exported: the Spark job reads it here
from headcount.store.tables import documents

DEFAULT_TOLERANCE = 0.10
WAIT_MS = 30 * 60 * 1000  # how long a reconcile waits for another to finish (a full one at 1M takes minutes)
BUSY_MS = 10000  # the engine's busy timeout (``engine._sqlite_pragmas``), put back after a reconcile
ADVISORY_LOCK = 0x68636E74  # 'hcnt': the key of PostgreSQL's lock held while reconciling


@dataclass(frozen=True, slots=True)
class Reconciled:
    """What one reconcile run did: documents read again, units recomputed, findings stored in them."""

    documents: int
    units: int
    findings: int


def mark_dirty(engine: Engine, keys: Iterable[str] | None = None) -> None:
    """Mark series dirty (every series when ``keys`` is None): the next reconcile reads their documents again.

    Call it after anything that changes how claims are read into series without changing a document: a party
    edit or merge (who a source is), a new lexicon."""
    try:
        with engine.begin() as conn:
            if keys is None:
                conn.execute(delete(reconciled_docs))
                return
            wanted = sorted(set(keys))
            doc_ids: set[str] = set()
            for part in chunks(wanted, CHUNK):
                doc_ids |= set(conn.scalars(select(claim_series.c.doc_id).where(claim_series.c.key.in_(part))))
            for part in chunks(sorted(doc_ids), CHUNK):
                conn.execute(delete(reconciled_docs).where(reconciled_docs.c.doc_id.in_(part)))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot mark series dirty: {exc}") from None


def stored_tolerance(conn: Connection) -> float | None:
    v = conn.scalar(select(reconcile_state.c.value).where(reconcile_state.c.name == "tolerance"))
    return float(v) if v is not None else None


def _unit_docs(conn: Connection, units: Iterable[str]) -> set[str]:
    """Every document with a claim in a series of these units (so the units' series are complete)."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for u in units:
        kind, _, name = u.partition(":")
        by_kind[kind].append(name)
    c = claim_series.c
    out: set[str] = set()
    for kind, names in by_kind.items():
        for part in chunks(sorted(names), CHUNK):
            where = (c.key.in_(part) if kind == "key" else c.event.in_(part) if kind == "event"
                     else c.place.in_(part) & c.event.in_(sorted(FLOW_EVENTS)))
            out |= set(conn.scalars(select(c.doc_id).where(where).distinct()))
    return out


#: the columns ``_write_findings`` writes, in its rows' order (``group_id`` is set by the regrouping after)
FINDING_COLUMNS = ("id", "unit", "type", "severity", "key", "explanation", "computation", "numbers", "parties")


def _write_findings(conn: Connection, by_unit: dict[str, list[Finding]],
                    touched: Collection[str] | None = None) -> int:
    """Replace the stored findings of these units with theirs. With ``touched`` (an incremental run), an
    event unit holds only its findings naming a touched series (``incremental.event_findings``): only the
    stored ones naming one are replaced, the others kept. An incremental run then recomputes the group ids
    (``finding_group_ids``) of the groups it wrote into or deleted from; a full run calls ``regroup_all``."""
    units = sorted(by_unit)
    whole = [u for u in units if touched is None or not u.startswith("event:")]
    old_groups: set[int] = set()  # groups losing findings: they may part
    for part in chunks(whole, CHUNK):
        if touched is not None:
            old_groups |= groups_where(conn, findings.c.unit.in_(part))
        ids = select(findings.c.id).where(findings.c.unit.in_(part)).scalar_subquery()
        conn.execute(delete(finding_claims).where(finding_claims.c.finding_id.in_(ids)))
        conn.execute(delete(findings).where(findings.c.unit.in_(part)))
    if touched is not None:
        stale = [r.id for u in units if u.startswith("event:")
                 for r in conn.execute(select(findings.c.id, findings.c.key).where(findings.c.unit == u))
                 if touching(r.key, touched)]
        for part in chunks(stale, CHUNK):
            old_groups |= groups_where(conn, findings.c.id.in_(part))
            conn.execute(delete(finding_claims).where(finding_claims.c.finding_id.in_(part)))
            conn.execute(delete(findings).where(findings.c.id.in_(part)))
    next_id = (conn.scalar(select(func.max(findings.c.id))) or 0) + 1  # one writer: the transaction holds it
    rows: list[tuple[Any, ...]] = []
    links: list[tuple[int, int, str]] = []
    for unit in units:
        for f in by_unit[unit]:
            rows.append((next_id, unit, str(f.type), str(f.severity), f.key, f.explanation, f.computation,
                         json.dumps([[k, v] for k, v in f.numbers]), json.dumps(list(f.parties))))
            links += [(next_id, i, c) for i, c in enumerate(f.claims)]
            next_id += 1
    write_rows(conn, findings, FINDING_COLUMNS, rows)  # the driver's bulk path: ``reconcile_rows``
    write_rows(conn, finding_claims, ("finding_id", "pos", "claim_id"), links)
    if touched is not None:
        regroup_from(conn, old_groups)
    return len(rows)


def reconcile(engine: Engine, *, tolerance: float | None = None, full: bool = False,
              jobs: int | None = None) -> Reconciled:
    """Reconcile what changed since the last run (everything when ``full``, or when the tolerance differs from
    the stored findings') and store the findings, in one transaction. A whole-ledger run uses ``jobs`` worker
    processes (None: one per CPU on a large ledger; ``store.reconcile_workers``)."""
    overlay = ReconcileStore(engine).party_overlay()
    from headcount.reconcile.analysis import registry_with

    registry = registry_with(overlay)
    try:
        with engine.connect() as conn:
            try:
                _writer_lock(conn)
                had = stored_tolerance(conn)
                tol = tolerance if tolerance is not None else had if had is not None else DEFAULT_TOLERANCE
                # nothing stamped (a fresh ledger, or a party edit marked every series dirty): the whole ledger,
                # streamed, rather than every document held at once by the incremental run
                whole = full or had is None or had != tol or conn.scalar(select(reconciled_docs.c.doc_id).limit(1)) is None
                stamps_current(conn)  # the web index's copies too, on a full run as on an incremental one
                if whole:
                    for t in (finding_claims, findings, claim_series, reconciled_docs):
                        conn.execute(delete(t))
                    conn.execute(delete(reconcile_state).where(reconcile_state.c.name == "tolerance"))
                    conn.execute(insert(reconcile_state).values(name="tolerance", value=repr(tol)))
                    done = Reconciled(*reconcile_all(conn, tol, _inputs, stamp_of_row,
                                                     lambda by_unit: _write_findings(conn, by_unit),
                                                     overlay=overlay, part_of=registry.part_of(), jobs=jobs))
                    regroup_all(conn)  # every group id, once all findings are written
                else:
                    done = _run(conn, registry, tol)
                conn.commit()
                return done
            finally:
                _release(conn)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot reconcile: {exc}") from None


def _writer_lock(conn: Connection) -> None:
    """Take the one-reconcile-at-a-time lock before reading anything.

    SQLite: a reconcile used to read the stamps first and ask for the write lock at its first write, waiting
only the engine's busy timeout (10 s), so a second reconcile (or an ingest) holding the lock longer made it
fail with "database is locked", and what it had read could be stale by then. BEGIN IMMEDIATE takes the write
lock before any read, waiting up to WAIT_MS; the second reconcile then reads what the first stored.
PostgreSQL: a transaction-scoped advisory lock does the same."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA busy_timeout={WAIT_MS}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_LOCK})


def _release(conn: Connection) -> None:
    """End a reconcile's transaction (whatever was not committed is rolled back) and give SQLite back the
    engine's usual busy timeout, which ``_writer_lock`` raised for the wait."""
    conn.rollback()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_MS}")
        conn.commit()


def series_row(p: Point, raw: Point | None = None) -> dict[str, Any]:
    """The ``claim_series`` row of a joined point: which series its claim is in, and (given the point as read)
    the stored point an incremental run reads back."""
    return {"claim_id": p.id, "doc_id": p.doc_id, "key": str(p.key), "event": p.key.event, "place": p.key.place,
            "point": point_rows.encode(raw, p) if raw is not None else None}


def _run(conn: Connection, registry: Any, tol: float) -> Reconciled:
    """Reconcile the dirty documents' events.

    A claim's series key depends on its document and, through ``running.join_running`` (one party's running
    count joined to one key), on the other documents of its event that share a party with it, transitively
    (``incremental.join_scope``), never on another event. So in the events of a dirty document (before and
    after) the documents linked to it by a party (before or after the change) are joined again and their
    ``claim_series`` rows replaced (an event with a row lacking its stored point is joined whole); a series is
    dirty when a changed document has a claim in it (before or after) or the join moved a claim into or out
    of it (any other series holds the same points as before). Only the dirty documents are read into points;
    every other document of those events and of the units' series is read back from ``claim_series.point``
    (``point_rows``), as read and as joined (a document whose rows have no stored point is read again)."""
    from headcount.reconcile.running import join_running

    now, gone = changed_docs(conn)
    dirty = sorted(now)
    if not dirty and not gone:
        return Reconciled(0, 0, 0)
    events = _events_of_docs(conn, [*dirty, *gone])
    kept: dict[str, list[Point]] = {}  # each document's points as read, in its order
    metas: dict[str, DocMeta] = {}  # copy links only (``reports_of`` reads no text)
    joined_at: dict[str, Point] = {}  # claim id -> its point as last joined (documents read back)
    for batch in chunks(dirty, CHUNK):
        cl, docs = _inputs(conn, batch)
        pts = points_of(cl, docs, registry)
        events |= {p.key.event for p in pts}
        _keep(kept, metas, pts, docs, batch)
    was_keyed = _claim_keys_of_events(conn, events)  # claim id -> (document, key) as stored
    changed = set(dirty) | set(gone)
    keys = {k for d, k in was_keyed.values() if d in changed}
    had, whole = _parties_before(conn, [*dirty, *gone])
    for part in chunks([*dirty, *gone], CHUNK):
        conn.execute(delete(claim_series).where(claim_series.c.doc_id.in_(part)))
        conn.execute(delete(reconciled_docs).where(reconciled_docs.c.doc_id.in_(part)))
    reread = _load(conn, registry, kept, metas, joined_at, _docs_of_events(conn, events))
    by_event: dict[str, list[Point]] = defaultdict(list)
    for d in sorted(kept):
        for p in kept[d]:
            if p.key.event in events:
                by_event[p.key.event].append(p)
                if d in reread:  # no stored point: its joined place and party are not known exactly
                    whole.add(p.key.event)
    part_of = registry.part_of()
    raw: list[Point] = []
    joined: list[Point] = []
    for event, pts in sorted(by_event.items()):
        if event not in whole:
            scope = join_scope(pts, changed, had.get(event, ()), part_of)
            pts = [p for p in pts if p.doc_id in scope]
        raw += pts
        joined += join_running(pts, part_of)
    # a row is written again only when its document changed, had no stored point, or the join moved its
    # claim: any other row already holds this key and point (``point_rows`` reads back what it wrote), and
    # rewriting the scope's every row grew with the event, not with the change
    again = [(r, j) for r, j in zip(raw, joined, strict=True)
             if r.doc_id in changed or r.doc_id in reread or joined_at.get(r.id) != j]
    for part in chunks([r.id for r, _ in again], CHUNK):
        conn.execute(delete(claim_series).where(claim_series.c.claim_id.in_(part)))
    rows = [series_row(j, r) for r, j in again]
    for i in range(0, len(rows), 5000):
        conn.execute(insert(claim_series), rows[i:i + 5000])
    for batch in chunks(dirty, 5000):
        conn.execute(insert(reconciled_docs), [{"doc_id": d, "stamp": now[d]} for d in batch])
    for r in rows:  # a series is dirty when a changed document has a claim in it, or a claim moved in or out
        before = was_keyed.get(r["claim_id"])
        if r["doc_id"] in changed or before is None or before[1] != r["key"]:
            keys.add(str(r["key"]))
            if before is not None:
                keys.add(before[1])
    units = units_of(_key(k) for k in keys)
    need = _unit_docs(conn, units)
    _load(conn, registry, kept, metas, joined_at, need - kept.keys())
    by_id = {p.id: p for p in joined}
    points = [q for d in sorted(need) for p in kept[d] if (q := by_id.get(p.id) or joined_at.get(p.id)) is not None]
    touched = touched_keys(points, keys)
    # an event unit needs only its touched series' neighbourhood (``neighbourhood``), not every series built
    keep = needed_keys(points, units, touched)
    series = series_of([p for p in points if str(p.key) in keep], metas)
    by_unit = units_findings(units, series, tol, touched)
    return Reconciled(len(dirty) + len(gone), len(units), _write_findings(conn, by_unit, touched))


def document_points(engine: Engine, doc_ids: Sequence[str], overlay: dict[str, Any] | None) -> list[Point]:
    """The points of these documents (as ``reconcile`` reads them), for a worker that has only the ledger's
    address: ``headcount.spark.reconcile_job`` runs this in its tasks."""
    from headcount.reconcile.analysis import registry_with

    try:
        with engine.connect() as conn:
            cl, docs = _inputs(conn, doc_ids)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read documents: {exc}") from None
    return points_of(cl, docs, registry_with(overlay))


def copy_links(engine: Engine) -> dict[str, DocMeta]:
    """The documents that are copies, with the id each copies: all ``reports_of`` reads of documents."""
    try:
        with engine.connect() as conn:
            return {r.id: DocMeta(id=r.id, copy_of=r.copy_of) for r in conn.execute(
                select(documents.c.id, documents.c.copy_of).where(documents.c.copy_of.is_not(None)))}
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read copy links: {exc}") from None


def store_all(engine: Engine, tol: float, stamped: dict[str, str], series_rows: Iterable[dict[str, Any]],
              by_unit: dict[str, list[Finding]]) -> Reconciled:
    """Replace every stored finding, series row and stamp with a whole ledger's, computed elsewhere (on Spark),
    in one transaction under the reconcile lock. ``stamped`` are the stamps read before the documents were:
    a document changed since then keeps an old stamp and is reconciled again by the next ``reconcile``."""
    try:
        with engine.connect() as conn:
            try:
                _writer_lock(conn)
                for t in (finding_claims, findings, claim_series, reconciled_docs):
                    conn.execute(delete(t))
                conn.execute(delete(reconcile_state).where(reconcile_state.c.name == "tolerance"))
                conn.execute(insert(reconcile_state).values(name="tolerance", value=repr(tol)))
                stamps_current(conn)
                batch: list[dict[str, Any]] = []
                for row in series_rows:
                    batch.append(row)
                    if len(batch) >= 5000:
                        conn.execute(insert(claim_series), batch)
                        batch = []
                if batch:
                    conn.execute(insert(claim_series), batch)
                docs = sorted(stamped)
                for i in range(0, len(docs), 5000):
                    conn.execute(insert(reconciled_docs), [{"doc_id": d, "stamp": stamped[d]} for d in docs[i:i + 5000]])
                n = _write_findings(conn, by_unit)
                regroup_all(conn)
                conn.commit()
                return Reconciled(len(docs), len(by_unit), n)
            finally:
                _release(conn)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot store findings: {exc}") from None


def stored(engine: Engine) -> tuple[float | None, list[Finding]]:
    """The stored findings (most serious first, as ``run_checks`` orders them) and the tolerance they hold for."""
    try:
        with engine.connect() as conn:
            tol = stored_tolerance(conn)
            by_finding: dict[int, list[str]] = defaultdict(list)
            for r in conn.execute(select(finding_claims).order_by(finding_claims.c.finding_id, finding_claims.c.pos)):
                by_finding[r.finding_id].append(r.claim_id)
            out = [Finding(type=r.type, key=r.key, claims=tuple(by_finding.get(r.id, ())), explanation=r.explanation,
                           numbers=tuple((k, v) for k, v in json.loads(r.numbers)), computation=r.computation,
                           severity=r.severity, parties=tuple(json.loads(r.parties)))
                   for r in conn.execute(select(findings).order_by(findings.c.id))]
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read stored findings: {exc}") from None
    return tol, sort_findings(out)


def series_keys(engine: Engine) -> list[SeriesKey]:
    """Every series key of the ledger, as the stored reconcile filed its claims."""
    try:
        with engine.connect() as conn:
            return [_key(k) for k in conn.scalars(select(claim_series.c.key).distinct().order_by(claim_series.c.key))]
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read series keys: {exc}") from None


def claim_points(engine: Engine, claim_ids: Iterable[str], registry: Any) -> tuple[list[Point], dict[str, DocMeta]]:
    """The points of these claims (party, span) under the series keys stored for them, and their documents'
    metadata: what ``check`` prints for a finding's claims, read for those claims' documents only."""
    wanted = set(claim_ids)
    try:
        with engine.connect() as conn:
            doc_ids: set[str] = set()
            for part in chunks(sorted(wanted), CHUNK):
                doc_ids |= set(conn.scalars(select(claim_series.c.doc_id).where(claim_series.c.claim_id.in_(part))))
            kept: dict[str, list[Point]] = {}
            joined_at: dict[str, Point] = {}
            _load(conn, registry, kept, {}, joined_at, doc_ids)
            docs = _doc_metas(conn, sorted(doc_ids))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the findings' claims: {exc}") from None
    pts = [q for d in sorted(kept) for p in kept[d] if p.id in wanted and (q := joined_at.get(p.id)) is not None]
    return pts, docs


def _doc_metas(conn: Connection, doc_ids: Sequence[str]) -> dict[str, DocMeta]:
    """What ``check`` prints of these documents (no text)."""
    out: dict[str, DocMeta] = {}
    for part in chunks(doc_ids, CHUNK):
        for r in conn.execute(select(documents.c.id, documents.c.outlet, documents.c.published, documents.c.copy_of,
                                     documents.c.title, documents.c.url, documents.c.source, documents.c.approx_date,
                                     documents.c.dated_by)
                              .where(documents.c.id.in_(part))):
            out[r.id] = DocMeta(id=r.id, outlet=r.outlet, published=r.published, copy_of=r.copy_of, title=r.title,
                                url=r.url, name=input_name(r.id, r.source, r.url), approx_date=r.approx_date,
                                dated_by=r.dated_by)
    return out
