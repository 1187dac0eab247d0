"""Reading a reconcile's inputs back: documents into claims, and stored points (``claim_series.point``) into the
points as read and as joined, for the incremental run (``findings_repo._run``), ``check``'s claim records and
the web index's refresh.

Why apart from ``findings_repo``: that module decides what a run recomputes and writes it; this one only
reads, and the read-back of every document of the changed events is the part of an incremental run that
grows with those events (``docs/scale.md``, "Incremental, seventh session").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, select

from headcount.models import Claim
from headcount.reconcile.places import Place, normalise_place
from headcount.reconcile.series import NO_PLACE, DocMeta, Point, SeriesKey, points_of
from headcount.store import point_rows
from headcount.store.engine import chunks
from headcount.store.findings_tables import claim_series
from headcount.store.reconcile_repo import claim_of_values, claims_from_rows, input_name
from headcount.store.tables import CLAIM_COLUMNS, claims, documents

CHUNK = 500  # ids per IN list: well under SQLite's bound-parameter limit


def _inputs(conn: Connection, doc_ids: Sequence[str]) -> tuple[list[Claim], dict[str, DocMeta]]:
    """Claims (per document in extractor order, parents as list positions) and metadata of these documents,
    with the documents their copy links lead to (``reports_of`` follows those chains)."""
    docs: dict[str, DocMeta] = {}
    rows: list[dict[str, Any]] = []
    cols = [documents.c.id, documents.c.outlet, documents.c.published, documents.c.copy_of, documents.c.title,
            documents.c.url, documents.c.source, documents.c.approx_date, documents.c.dated_by, documents.c.text]
    for part in chunks(sorted(doc_ids), CHUNK):
        for r in conn.execute(select(*cols).where(documents.c.id.in_(part))):
            docs[r.id] = DocMeta(id=r.id, outlet=r.outlet, published=r.published, copy_of=r.copy_of, title=r.title,
                                 url=r.url, text=r.text, name=input_name(r.id, r.source, r.url),
                                 approx_date=r.approx_date, dated_by=r.dated_by)
        rows += [dict(m._mapping) for m in conn.execute(
            select(claims.c.idx, *(claims.c[c] for c in CLAIM_COLUMNS)).where(claims.c.doc_id.in_(part)))]
    chase = {d.copy_of for d in docs.values() if d.copy_of and d.copy_of not in docs}
    while chase:
        found = []
        for part in chunks(sorted(chase), CHUNK):
            for r in conn.execute(select(*cols[:-1]).where(documents.c.id.in_(part))):
                docs[r.id] = DocMeta(id=r.id, outlet=r.outlet, published=r.published, copy_of=r.copy_of,
                                     title=r.title, url=r.url, name=input_name(r.id, r.source, r.url),
                                     approx_date=r.approx_date, dated_by=r.dated_by)
                found.append(docs[r.id])
        chase = {d.copy_of for d in found if d.copy_of and d.copy_of not in docs}
    rows.sort(key=lambda m: (m["doc_id"], m["idx"]))  # the order ReconcileStore.inputs reads them in
    return claims_from_rows(rows), docs


def rekeyed(p: Point, key: str | None) -> Point | None:
    """A point read from its document, under the key stored for its claim (None: it is in no series). When
    only the key is at hand (a row with no stored point): the join moves a figure to a place, and the place
    is rebuilt from the key (a part's whole keeps its country), not left at the one the figure was read at."""
    if key is None:
        return None
    if str(p.key) == key:
        return p
    k = _key(key)
    if k.place == p.key.place:
        return replace(p, key=k)
    return replace(p, key=k, place=_place_at(p, k.place))


def _place_at(p: Point, place: str | None) -> Place | None:
    if place is None:
        return None
    if p.place is not None and p.place.name == place:
        return Place(key=place, name=place, country=p.place.country, known=p.place.known)
    return normalise_place(place) or Place(place, place)


def _load(conn: Connection, registry: Any, kept: dict[str, list[Point]], metas: dict[str, DocMeta],
          joined_at: dict[str, Point], doc_ids: Iterable[str]) -> set[str]:
    """These documents' points (as read, into ``kept``; as last joined, into ``joined_at``) from their stored
    points; a document with a row lacking one is read into points again, under its stored keys. Returns the
    documents so read."""
    out: set[str] = set()
    for batch in chunks(sorted(set(doc_ids) - kept.keys()), CHUNK):
        reread = _read_back(conn, batch, kept, joined_at)
        _copy_links(conn, batch, metas)
        if reread:
            cl, docs = _inputs(conn, reread)
            pts = points_of(cl, docs, registry)
            have = stored_keys(conn, reread)
            _keep(kept, metas, pts, docs, reread)
            joined_at.update({p.id: q for p in pts if (q := rekeyed(p, have.get(p.id))) is not None})
            out |= set(reread)
    return out


def _parties_before(conn: Connection, doc_ids: Sequence[str]) -> tuple[dict[str, set[str]], set[str]]:
    """Per event, the parties these documents' stored points counted for (a changed document's figures may
    leave a party's running count); and the events where a row has no stored point (joined whole)."""
    had: dict[str, set[str]] = defaultdict(set)
    whole: set[str] = set()
    for part in chunks(sorted(doc_ids), CHUNK):
        for r in conn.execute(select(claim_series.c.event, claim_series.c.point).where(claim_series.c.doc_id.in_(part))):
            if r.point is None:
                whole.add(r.event)
            else:
                had[r.event] |= point_rows.parties(r.point)
    return had, whole


def _read_back(conn: Connection, doc_ids: Sequence[str], kept: dict[str, list[Point]],
               joined_at: dict[str, Point]) -> list[str]:
    """Points of these documents from ``claim_series.point``; returns the documents that must be read again.

    One query for the claims and their series rows, in the order a full run reads them (document, then
    position), each row's values taken by position: this is what an incremental run does for every
    unchanged document of a changed event, so its cost per claim counts."""
    c = claim_series.c
    cols = [claims.c.id, claims.c.idx, *(claims.c[x] for x in CLAIM_COLUMNS), c.key, c.point]
    rows = conn.execute(select(*cols).select_from(claims.outerjoin(claim_series, c.claim_id == claims.c.id))
                        .where(claims.c.doc_id.in_(doc_ids)).order_by(claims.c.doc_id, claims.c.idx)).all()
    at = {name: i + 2 for i, name in enumerate(CLAIM_COLUMNS)}
    doc_at, key_at = at["doc_id"], len(cols) - 2
    reread = sorted({r[doc_at] for r in rows if r[key_at] is not None and r[key_at + 1] is None})
    skip = set(reread)
    for d in doc_ids:
        if d not in skip:
            kept.setdefault(d, [])
    start = 0
    while start < len(rows):
        doc = rows[start][doc_at]
        end = start
        while end < len(rows) and rows[end][doc_at] == doc:
            end += 1
        if doc not in skip:
            group = rows[start:end]
            position = {r[1]: i for i, r in enumerate(group)}  # a stored parent is the whole's idx
            pts = kept[doc]
            for r in group:
                if r[key_at] is None:  # in no series (``points_of`` gave it no point)
                    continue
                claim = claim_of_values(r[2:key_at], position)
                raw, joined = point_rows.decode(r[key_at + 1], claim, r[0], r[key_at])
                pts.append(raw)
                joined_at[r[0]] = joined
            pts.sort(key=lambda p: p.index)
        start = end
    return reread


def _copy_links(conn: Connection, doc_ids: Sequence[str], metas: dict[str, DocMeta]) -> None:
    """The copy links of these documents and of the documents their chains lead to (``reports_of``).

    Only the copies are filed: ``series.reports_of`` follows a document's link while it has one, and a
    document missing from ``metas`` stops the chain as one without a link does, so a row per document read
    back (every document of the changed events) cost objects and fetches and changed nothing."""
    chase = {d for d in doc_ids if d not in metas}
    while chase:
        found: list[DocMeta] = []
        for part in chunks(sorted(chase), CHUNK):
            for r in conn.execute(select(documents.c.id, documents.c.copy_of)
                                  .where(documents.c.id.in_(part), documents.c.copy_of.is_not(None))):
                metas[r.id] = DocMeta(id=r.id, copy_of=r.copy_of)
                found.append(metas[r.id])
        chase = {m.copy_of for m in found if m.copy_of and m.copy_of not in metas}


def _events_of_docs(conn: Connection, doc_ids: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for part in chunks(sorted(doc_ids), CHUNK):
        out |= set(conn.scalars(select(claim_series.c.event).where(claim_series.c.doc_id.in_(part)).distinct()))
    return out


def _claim_keys_of_events(conn: Connection, events: Iterable[str]) -> dict[str, tuple[str, str]]:
    c = claim_series.c
    out: dict[str, tuple[str, str]] = {}
    for part in chunks(sorted(events), CHUNK):
        out.update({r.claim_id: (r.doc_id, r.key) for r in conn.execute(
            select(c.claim_id, c.doc_id, c.key).where(c.event.in_(part)))})
    return out


def _docs_of_events(conn: Connection, events: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for part in chunks(sorted(events), CHUNK):
        out |= set(conn.scalars(select(claim_series.c.doc_id).where(claim_series.c.event.in_(part)).distinct()))
    return out


def stored_keys(conn: Connection, doc_ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in chunks(doc_ids, CHUNK):
        out.update({r.claim_id: r.key for r in conn.execute(
            select(claim_series.c.claim_id, claim_series.c.key).where(claim_series.c.doc_id.in_(part)))})
    return out


def _keep(kept: dict[str, list[Point]], metas: dict[str, DocMeta], pts: Sequence[Point],
          docs: dict[str, DocMeta], batch: Sequence[str]) -> None:
    """File a batch's points by document (in the order ``points_of`` gave them) and its documents' copy links."""
    for d in batch:
        kept.setdefault(d, [])
    for p in pts:
        kept[p.doc_id].append(p)
    for d, m in docs.items():
        metas.setdefault(d, replace(m, text=None))


def _key(text: str) -> SeriesKey:
    """A stored key back as a SeriesKey, without re-normalising its place (``SeriesKey.parse`` would)."""
    event, group, place = text.split("/", 2)
    return SeriesKey(event, group, None if place == NO_PLACE else place)
