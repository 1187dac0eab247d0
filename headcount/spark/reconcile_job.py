"""Reconcile a whole ledger on Spark: ``headcount spark reconcile --db URL``.

The same arithmetic as ``headcount check --recompute`` (``findings_repo.reconcile(full=True)``), spread out:

1. the driver reads every document's stamp and the ledger's party edits, and cuts the document ids in
   batches; each task opens the ledger itself (SQLite file or PostgreSQL URL, reachable from the executors)
   and reads its batch's claims into points (``findings_repo.document_points``: parties, places, periods);
2. the points are grouped by event and joined (``running.join_running``: one party's running count under one
   key, which reads the other documents of the event, never another event); each point goes to the units it
   belongs to (``incremental.units_of_key``: its series key, its event, and
   for stocks and flows its place); a point whose "including" link leads into another event goes to that
   event's unit too, as only that link is read there (links stay inside one document, so the task that
   read the child holds the parent);
3. grouped by unit, the unit's points become series in the order ``reconcile`` builds them (by document,
   then position) and ``incremental.findings_for`` computes its findings;
4. the driver stores the findings, series rows and stamps in one transaction (``findings_repo.store_all``).

So the stored findings are those of ``check --recompute``; tests/spark/test_spark_reconcile.py compares them.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from headcount.store.findings_repo import Reconciled

BATCH = 500  # documents per task: a task reads them in one query per table


@dataclass(frozen=True, slots=True)
class SparkReconciled:
    done: Reconciled
    seconds: float
    tasks: int


def _event_points(db: str, doc_ids: list[str], overlay: dict[str, Any] | None) -> Iterator[tuple[str, Any]]:
    """(event, (point, events its "including" link is read from)) for every point of these documents: the
    join of one party's running count (``running.join_running``) needs every point of an event together."""
    from headcount.store import engine as engines
    from headcount.store.findings_repo import document_points

    eng = engines.make_engine(db)
    try:
        pts = document_points(eng, doc_ids, overlay)
    finally:
        eng.dispose()
    by_id = {p.id: p for p in pts}
    linked: dict[str, set[str]] = {}
    for p in pts:
        parent = by_id.get(p.parent_id) if p.parent_id else None
        if parent is not None and parent.key.event != p.key.event:
            linked.setdefault(parent.id, set()).add(p.key.event)
    for p in pts:
        yield p.key.event, (p, tuple(sorted(linked.get(p.id, ()))))


def _unit_points(event_points: Iterable[tuple[Any, tuple[str, ...]]],
                 part_of: Mapping[str, str]) -> Iterator[tuple[str, Any]]:
    """One event's points joined (in the order ``reconcile`` reads them), then (unit, point) for every unit
    each belongs to, and (series row) under the unit "" for the store. A point an "including" link of another
    event leads to goes to that event's unit too, as only that link is read there."""
    from headcount.reconcile.incremental import units_of_key
    from headcount.reconcile.running import join_running
    from headcount.store.findings_repo import series_row

    items = sorted(event_points, key=lambda pe: (pe[0].doc_id, pe[0].index))
    joined = join_running([p for p, _ in items], part_of)
    for p, (raw, events) in zip(joined, items, strict=True):
        yield "", series_row(p, raw)
        for u in units_of_key(p.key):
            yield u, p
        for e in events:
            yield f"event:{e}", p


def _unit_findings(unit: str, points: Iterable[Any], metas: dict[str, Any], tol: float) -> tuple[str, list[Any]]:
    from headcount.reconcile.incremental import findings_for, in_unit, series_of

    pts = sorted({p.id: p for p in points}.values(), key=lambda p: (p.doc_id, p.index))
    series = series_of(pts, metas)
    members = [s for k, s in series.items() if in_unit(unit, k)]
    key_of = {p.id: p.key for p in pts}
    return unit, findings_for(unit, members, series, key_of, tol)


def reconcile_on_spark(spark: Any, db: str, *, tolerance: float | None = None,
                       batch: int = BATCH) -> SparkReconciled:
    """Every finding of the ledger at ``db`` computed on ``spark`` and stored there (see the module docstring)."""
    from headcount.reconcile.analysis import registry_with
    from headcount.store import engine as engines
    from headcount.store.findings_repo import (
        DEFAULT_TOLERANCE,
        copy_links,
        stamps,
        store_all,
        stored_tolerance,
    )
    from headcount.store.reconcile_repo import ReconcileStore

    t0 = time.perf_counter()
    eng = engines.make_engine(db)
    try:
        overlay = ReconcileStore(eng).party_overlay()
        with eng.connect() as conn:
            had = stored_tolerance(conn)
            stamped = stamps(conn)
        tol = tolerance if tolerance is not None else had if had is not None else DEFAULT_TOLERANCE
        metas = copy_links(eng)
        ids = sorted(stamped)
        batches = [ids[i:i + batch] for i in range(0, len(ids), batch)]
        sc = spark.sparkContext
        b_overlay, b_metas = sc.broadcast(overlay), sc.broadcast(metas)
        b_part_of = sc.broadcast(registry_with(overlay).part_of())
        pairs = (sc.parallelize(batches, max(1, len(batches)))
                 .flatMap(lambda part: _event_points(db, part, b_overlay.value))
                 .groupByKey().flatMap(lambda kv: _unit_points(kv[1], b_part_of.value)).persist())
        rows = pairs.filter(lambda kv: kv[0] == "").values().collect()
        by_unit = dict(pairs.filter(lambda kv: kv[0] != "").groupByKey()
                       .map(lambda kv: _unit_findings(kv[0], kv[1], b_metas.value, tol)).collect())
        pairs.unpersist()
        done = store_all(eng, tol, stamped, rows, by_unit)
    finally:
        eng.dispose()
    return SparkReconciled(done, time.perf_counter() - t0, len(batches))
