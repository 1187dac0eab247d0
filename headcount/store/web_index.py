"""What the web app reads besides claims and stored findings: each claim's party, series and party summaries.

Why stored: the party a source resolves to depends on its document's text and on the user's party edits, and a
series' report count and span need its reports built; doing that for the whole ledger on every start took
minutes and gigabytes at 200,000 claims. Here it is done once per document (and again only when the document's
reconcile stamp or the party edits change), in batches of documents, so memory is bounded by a batch, not by
the ledger. The tables are ``headcount.store.web_tables``' (migration 0007); the reading side is
``headcount.web.reads``.

What is dirty mirrors ``findings_repo``: a document whose row in ``reconciled_docs`` has a stamp other than the
one in ``party_docs`` (or whose party edits hash differs), or that is gone from ``reconciled_docs``. The series
keys its claims had before (``claim_parties.key``) and have now (``claim_series``) get their summaries again.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from headcount.errors import StoreError
from headcount.reconcile.incremental import series_of
from headcount.reconcile.parties import Registry
from headcount.reconcile.series import Report, Series, points_of
from headcount.store.engine import chunks
from headcount.store.findings_repo import _inputs, rekeyed, stored_keys
from headcount.store.findings_tables import claim_series, reconcile_state, reconciled_docs
from headcount.store.tables import claims
from headcount.store.web_tables import claim_parties, party_docs, party_summaries, series_summaries

log = logging.getLogger(__name__)

DOC_BATCH = 500  # documents whose claims are resolved in one transaction
SERIES_CLAIMS = 20_000  # claims read per batch of series (a larger single series is read alone)
VERSION_ROW = "web_version"  # reconcile_state row that changes whenever the tables here change
COUNTS_ROW = "web_counts"  # reconcile_state row: the overview's counts of series, findings and parties (JSON)
ADVISORY_LOCK = 0x68637762  # 'hcwb': PostgreSQL lock held while refreshing (one worker at a time)


@dataclass(frozen=True, slots=True)
class Refreshed:
    documents: int
    series: int
    parties: int


def overlay_hash(overlay: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(overlay, sort_keys=True, default=str).encode()).hexdigest()[:32]


def web_version(conn: Connection) -> str:
    """Changes whenever a refresh changed anything (the pages' in-process caches key on it)."""
    return str(conn.scalar(select(reconcile_state.c.value).where(reconcile_state.c.name == VERSION_ROW)) or "")


def count_summaries(conn: Connection) -> dict[str, int]:
    """Series, findings (comparisons), their groups (``findings.group_id``; an ungrouped row alone) and
    parties as stored now. Counted per request they were most of the overview's database time (71 ms of
    PostgreSQL at 1M claims) and of the findings page's (the groups: seconds there)."""
    from headcount.store.findings_tables import findings

    got = {name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
           for name, t in (("parties", party_summaries), ("series", series_summaries), ("findings", findings))}
    group = func.coalesce(findings.c.group_id, findings.c.id)
    got["finding_groups"] = int(conn.scalar(select(func.count(func.distinct(group)))) or 0)
    return got


COUNT_NAMES = frozenset({"parties", "series", "findings", "finding_groups"})
COUNTED_AT = "counted_at"  # the counts row's time: when they were counted (UTC, ISO 8601, to the second)


def stored_counts(conn: Connection) -> dict[str, int]:
    """The counts the last refresh wrote (one primary-key read), or counted now when none was written yet (a
    ledger the web has not refreshed since it was upgraded)."""
    return counts_as_of(conn)[0]


def counts_as_of(conn: Connection) -> tuple[dict[str, int], str | None]:
    """``stored_counts`` and when they were counted ("2026-12-07T12:00:00Z"; None: counted now, or by a refresh
    before the row held its time). Pages say so: the documents and claims beside them are counted live."""
    raw = conn.scalar(select(reconcile_state.c.value).where(reconcile_state.c.name == COUNTS_ROW))
    got: dict[str, Any] = json.loads(raw) if raw is not None else {}
    at = got.pop(COUNTED_AT, None)
    if set(got) != COUNT_NAMES:
        return count_summaries(conn), None
    return {k: int(v) for k, v in got.items()}, at


def _store_counts(conn: Connection) -> None:
    """Write the counts row, with the time: after every refresh, dirty documents or not, because the findings
    are the stored reconcile's, which ran just before and may have changed alone."""
    import datetime as dt

    at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    now = json.dumps({**count_summaries(conn), COUNTED_AT: at}, sort_keys=True)
    conn.execute(delete(reconcile_state).where(reconcile_state.c.name == COUNTS_ROW))
    conn.execute(insert(reconcile_state).values(name=COUNTS_ROW, value=now))


def store_counts(engine: Engine) -> None:
    """Count now and write the row (the app at start when it does not reconcile then: a row written before a
    command changed the ledger would otherwise stay until the next change)."""
    try:
        with engine.begin() as conn:
            _store_counts(conn)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot count the web's tables: {exc}") from None


def _dirty(conn: Connection, overlay: str) -> tuple[list[str], list[str]]:
    r, p = reconciled_docs.c, party_docs.c
    stale = (select(r.doc_id).select_from(reconciled_docs.outerjoin(party_docs, p.doc_id == r.doc_id))
             .where(p.doc_id.is_(None) | (p.stamp != r.stamp) | (p.overlay != overlay)))
    gone = select(p.doc_id).where(~select(r.doc_id).where(r.doc_id == p.doc_id).exists())
    return sorted(conn.scalars(stale)), sorted(conn.scalars(gone))


def build_series(conn: Connection, keys: Sequence[str], registry: Registry) -> dict[str, Series]:
    """The series of these keys, as reconcile builds them: every document with a claim in them (by
    ``claim_series``), read into points under the keys stored for their claims (the stored reconcile joined
    each event's running counts: ``findings_repo._run``), only the points of these keys kept."""
    if not keys:
        return {}
    docs: set[str] = set()
    for part in chunks(sorted(keys), DOC_BATCH):
        docs |= set(conn.scalars(select(claim_series.c.doc_id).where(claim_series.c.key.in_(part)).distinct()))
    cl, meta = _inputs(conn, sorted(docs))
    wanted = set(keys)
    stored = stored_keys(conn, sorted(docs))
    pts = [q for p in points_of(cl, meta, registry) if stored.get(p.id) in wanted
           and (q := rekeyed(p, stored[p.id])) is not None]
    return {str(k): s for k, s in series_of(pts, meta).items()}


def _key_batches(conn: Connection, keys: Iterable[str]) -> Iterator[list[str]]:
    """Keys in runs of at most SERIES_CLAIMS claims (by ``claim_series``), so a batch's memory is bounded."""
    sizes: dict[str, int] = {}
    wanted = sorted(set(keys))
    for part in chunks(wanted, DOC_BATCH):
        sizes.update({k: int(n) for k, n in conn.execute(
            select(claim_series.c.key, func.count()).where(claim_series.c.key.in_(part)).group_by(claim_series.c.key))})
    batch: list[str] = []
    total = 0
    for k in wanted:
        n = sizes.get(k, 0)
        if batch and total + n > SERIES_CLAIMS:
            yield batch
            batch, total = [], 0
        batch.append(k)
        total += n
    if batch:
        yield batch


PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd")
"""One colour per party in a series, in order of how many reports each has (Tableau 10, then darker tones)."""


def _num(v: float | None) -> int | float | None:
    """Whole numbers as ints (8461, not 8461.0), as every JSON headcount writes."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _day(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


def report_dict(r: Report) -> dict[str, Any]:
    """A report as the chart and the API show it."""
    p = r.first
    c = p.claim
    return {
        "id": r.id, "party": r.party.key, "party_name": r.party.name, "low": _num(r.low), "high": _num(r.high),
        "approx": c.approx, "qualifier": c.qualifier, "figure": c.figure, "category": c.category,
        "kind": r.kind, "start": _day(r.start), "end": _day(r.end), "expected": r.expected,
        "copies": r.copies, "carriers": list(r.carriers), "claims": list(r.claim_ids),
        "sentence": c.sentence, "outlet": p.outlet, "published": p.published,
    }


def detail_of(s: Series) -> dict[str, Any]:
    """What a series page draws besides its summary: its parties (with colours, most reports first) and reports."""
    counts: dict[str, int] = {}
    for r in s.reports:
        counts[r.party.key] = counts.get(r.party.key, 0) + 1
    order = sorted(counts, key=lambda k: (-counts[k], k))
    names = {r.party.key: (r.party.name, r.party.kind) for r in s.reports}
    parties = [{"key": k, "name": names[k][0], "kind": names[k][1], "reports": counts[k],
                "colour": PALETTE[i % len(PALETTE)]} for i, k in enumerate(order)]
    return {"parties": parties, "reports": [report_dict(r) for r in s.reports]}


def summary_row(s: Series) -> dict[str, Any]:
    d = s.summary()
    return {"key": d["key"], "event": s.key.event, "grp": s.key.group, "place": s.key.place, "claims": d["claims"],
            "reports": d["reports"], "parties": d["parties"], "first": d["first"], "last": d["last"],
            "detail": json.dumps(detail_of(s), ensure_ascii=False, separators=(",", ":"))}


def _resolve_docs(conn: Connection, doc_ids: Sequence[str], stamps: Mapping[str, str], overlay: str,
                  registry: Registry) -> set[str]:
    """Resolve the parties of these documents' claims; returns the series keys they had and have."""
    keys = set(conn.scalars(select(claim_parties.c.key).where(claim_parties.c.doc_id.in_(doc_ids)).distinct()))
    conn.execute(delete(claim_parties).where(claim_parties.c.doc_id.in_(doc_ids)))
    conn.execute(delete(party_docs).where(party_docs.c.doc_id.in_(doc_ids)))
    live = [d for d in doc_ids if d in stamps]
    if not live:
        return keys
    cl, meta = _inputs(conn, live)
    idx = {r.id: r.idx for part in chunks(live, DOC_BATCH)
           for r in conn.execute(select(claims.c.id, claims.c.idx).where(claims.c.doc_id.in_(part)))}
    rows = [{"claim_id": p.id, "doc_id": p.doc_id, "party": p.party.key, "name": p.party.name,
             "kind": p.party.kind, "as_written": p.party.as_written, "key": str(p.key),
             "published": meta[p.doc_id].published, "idx": idx[p.id]}
            for p in points_of(cl, meta, registry) if p.doc_id in stamps]
    if rows:
        conn.execute(insert(claim_parties), rows)
    conn.execute(insert(party_docs), [{"doc_id": d, "stamp": stamps[d], "overlay": overlay} for d in live])
    return keys | {str(r["key"]) for r in rows}


def _summarise_series(conn: Connection, keys: set[str], registry: Registry) -> int:
    n = 0
    for batch in _key_batches(conn, keys):
        built = build_series(conn, batch, registry)
        conn.execute(delete(series_summaries).where(series_summaries.c.key.in_(batch)))
        rows = [summary_row(s) for s in built.values()]
        if rows:
            conn.execute(insert(series_summaries), rows)
        n += len(rows)
    for part in chunks(sorted(keys), DOC_BATCH):
        live = set(conn.scalars(select(claim_series.c.key).where(claim_series.c.key.in_(part)).distinct()))
        gone = [k for k in part if k not in live]
        if gone:
            conn.execute(delete(series_summaries).where(series_summaries.c.key.in_(gone)))
    return n


def _summarise_parties(conn: Connection) -> int:
    c = claim_parties.c
    rows = [{"key": r.party, "name": r.name, "kind": r.kind, "claims": int(r.n), "series": int(r.s)}
            for r in conn.execute(select(c.party, func.max(c.name).label("name"), func.max(c.kind).label("kind"),
                                         func.count().label("n"), func.count(c.key.distinct()).label("s"))
                                  .group_by(c.party))]
    conn.execute(delete(party_summaries))
    for i in range(0, len(rows), 5000):
        conn.execute(insert(party_summaries), rows[i:i + 5000])
    return len(rows)


def _bump(conn: Connection) -> None:
    import uuid

    conn.execute(delete(reconcile_state).where(reconcile_state.c.name == VERSION_ROW))
    conn.execute(insert(reconcile_state).values(name=VERSION_ROW, value=uuid.uuid4().hex))


def refresh(engine: Engine, overlay: Mapping[str, Any], *, stop: Callable[[], bool] | None = None) -> Refreshed:
    """Bring the web's tables in step with the reconciled ledger: documents in batches, one transaction each
    (a killed refresh keeps what it finished), then the party summaries. Another worker refreshing the same
    PostgreSQL ledger makes this one return at once.

    ``stop`` is asked between batches of documents: when it says so, the documents resolved so far get their
    series and party summaries (so nothing resolved is left unsummarised) and the rest wait for the next
    refresh (still dirty). At a million claims a refresh takes minutes; the app stops it this way before it
    disposes the engine (``web.live.Live.stop``)."""
    from headcount.reconcile.analysis import registry_with

    registry = registry_with(overlay)
    ohash = overlay_hash(overlay)
    try:
        with engine.connect() as lock_conn:
            pg = engine.dialect.name == "postgresql"
            if pg and not lock_conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_LOCK}):
                return Refreshed(0, 0, 0)
            try:
                got = _refresh(engine, registry, ohash, stop or (lambda: False))
                with engine.begin() as conn:
                    _store_counts(conn)
                return got
            finally:
                if engine.dialect.name == "postgresql":
                    lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK})
                    lock_conn.commit()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot refresh the web's tables: {exc}") from None


def _refresh(engine: Engine, registry: Registry, ohash: str, stop: Callable[[], bool]) -> Refreshed:
    with engine.connect() as conn:
        dirty, gone = _dirty(conn, ohash)
    if not dirty and not gone:
        return Refreshed(0, 0, 0)
    keys: set[str] = set()
    todo = sorted({*dirty, *gone})
    done = 0
    for part in chunks(todo, DOC_BATCH):
        if done and stop():
            log.info("web tables: stopped after %d of %d documents", done, len(todo))
            break
        done += len(part)
        with engine.begin() as conn:
            stamps = {r.doc_id: r.stamp for r in conn.execute(
                select(reconciled_docs).where(reconciled_docs.c.doc_id.in_(part)))}
            keys |= _resolve_docs(conn, part, stamps, ohash, registry)
    with engine.begin() as conn:
        n_series = _summarise_series(conn, keys, registry)
        n_parties = _summarise_parties(conn)
        _bump(conn)
    log.info("web tables: %d documents resolved, %d series and %d parties summarised", done, n_series,
             n_parties)
    return Refreshed(done, n_series, n_parties)
