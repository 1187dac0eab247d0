"""The SQL the web app runs: claim search with filters and pages, counts, one claim with its copies.

Every statement is SQLAlchemy Core with bound parameters. Filters that only reconcile knows (the party a
source resolves to, the series a claim belongs to) come from the snapshot as ordered id lists; the SQL
filters then narrow those, and a page of rows is fetched by id. Everything else is one indexed query with
LIMIT/OFFSET and one COUNT.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import ColumnElement, Engine, Row, and_, func, select

from headcount.errors import StoreError
from headcount.store.filters import claim_conditions
from headcount.store.ledger import DOC_COLUMNS
from headcount.store.tables import CLAIM_COLUMNS, claims, documents
from headcount.web.snapshot import Snapshot

MAX_LIMIT = 500


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Filters over claims; None means any. Text filters match case-insensitive substrings."""

    text: str | None = None  # in the sentence
    place: str | None = None  # the place key (prefix) or the location as written
    party: str | None = None  # a party key, as reconcile resolved the source
    series: str | None = None  # a series key
    event: str | None = None
    category: str | None = None  # the category as written, or its group
    source: str | None = None  # the source as written
    outlet: str | None = None
    kind: str | None = None  # period kind: increment, cumulative, stock
    since: str | None = None  # ISO date, against the period end/start, else the published date
    until: str | None = None
    doc_id: str | None = None
    limit: int = 50
    offset: int = 0

    def filters(self) -> dict[str, str]:
        """The filters that are set, as query parameters (for links: next page, CSV)."""
        return {f.name: str(v) for f in fields(self) if f.name not in ("limit", "offset")
                and (v := getattr(self, f.name)) not in (None, "")}

    def cleaned(self) -> ClaimQuery:
        blank = {f.name: None for f in fields(self) if isinstance(getattr(self, f.name), str)
                 and not getattr(self, f.name).strip()}
        return replace(self, **blank, limit=max(1, min(self.limit, MAX_LIMIT)), offset=max(0, self.offset))


def _conditions(q: ClaimQuery) -> list[ColumnElement[bool]]:
    # the text filter is applied in memory over the snapshot's sentences (see claims_page)
    return claim_conditions(event=q.event, kind=q.kind, category=q.category, place=q.place, source=q.source,
                            outlet=q.outlet, since=q.since, until=q.until, doc_id=q.doc_id)


_ROWS = select(claims, *(documents.c[c] for c in DOC_COLUMNS)).join(documents, claims.c.doc_id == documents.c.id)


def decorate(row: dict[str, Any], snap: Snapshot | None) -> dict[str, Any]:
    """A claim row with what reconcile knows about it: its party, series and number of findings."""
    if snap is None:
        return row
    cid = row["id"]
    p = snap.claim_party.get(cid)
    row["party"] = {"key": p.key, "name": p.name, "kind": p.kind} if p else None
    row["series"] = snap.claim_series.get(cid)
    row["findings"] = len(snap.findings_by_claim.get(cid, ()))
    return row


def _candidates(snap: Snapshot, q: ClaimQuery) -> list[str] | None:
    """Ordered claim ids the reconcile-only filters allow; None when neither is set."""
    if not q.party and not q.series:
        return None
    out: list[str] | None = None
    if q.series:
        out = list(snap.series_claims.get(q.series, ()))
    if q.party:
        party = snap.party_claims.get(q.party, [])
        if out is None:
            out = party
        else:
            allowed = set(party)
            out = [c for c in out if c in allowed]
    return out


def row_dict(r: Row[Any]) -> dict[str, Any]:
    """A stored claim as ``Claim.as_dict()`` shapes it (whole numbers as ints), plus its document's fields.

    Read straight off the row: going through ``Claim.from_dict(...).as_dict()`` (``dataclasses.asdict``)
    was most of the claims API's time.
    """
    m = r._mapping
    d = {k: m[k] for k in CLAIM_COLUMNS}
    d["low"], d["high"], d["approx"] = _num(m["low"]), _num(m["high"]), bool(m["approx"])
    d["id"] = m["id"]
    d["carried_from"] = m["carried_from"]
    for k in DOC_COLUMNS:
        d[k] = m[k]
    return d


def _num(v: float | None) -> int | float | None:
    return None if v is None else int(v) if float(v).is_integer() else v


def _rows_by_id(engine: Engine, ids: Sequence[str], snap: Snapshot) -> list[dict[str, Any]]:
    if not ids:
        return []
    with engine.connect() as conn:
        got = {r.id: row_dict(r) for r in conn.execute(_ROWS.where(claims.c.id.in_(list(ids))))}
    return [decorate(got[c], snap) for c in ids if c in got]


def _matching_ids(engine: Engine, q: ClaimQuery, conds: list[ColumnElement[bool]]) -> set[str]:
    stmt = select(claims.c.id)
    if q.outlet or q.since or q.until:
        stmt = stmt.join(documents, claims.c.doc_id == documents.c.id)
    with engine.connect() as conn:
        return set(conn.execute(stmt.where(and_(*conds))).scalars())


TEXT_MEMO = 256  # text searches remembered per snapshot (paging through results repeats the search)


def _with_text(snap: Snapshot, ids: list[str], text: str, scoped: bool) -> list[str]:
    """The ids whose sentence contains ``text`` (case-insensitive), in the order of ``ids``: a scan of the
    snapshot's sentences in memory (a LIKE over the table took several times longer on SQLite)."""
    needle = text.casefold()
    if not scoped:
        texts: dict[str, list[str]] = snap.memo.get("texts") or {}
        found = texts.get(needle)
        if found is None:
            if "sentences" not in snap.memo:
                point = snap.claim_point
                snap.memo["sentences"] = [point[c].claim.sentence.casefold() if c in point else "" for c in snap.order]
            found = [c for c, s in zip(snap.order, snap.memo["sentences"], strict=True) if needle in s]
            if len(texts) >= TEXT_MEMO:  # start afresh rather than evict (no iteration while others read)
                texts = {}
            texts[needle] = found
            snap.memo["texts"] = texts
        return found
    point = snap.claim_point
    return [c for c in ids if c in point and needle in point[c].claim.sentence.casefold()]


def search(engine: Engine, snap: Snapshot, q: ClaimQuery) -> tuple[list[dict[str, Any]], int]:
    """One page of claims matching ``q`` (newest first) and how many match in all.

    The claims are the snapshot's, in its order (the ledger's claims by date, computed once per ledger
    version), so no query sorts the whole table: the SQL filters return a set of ids, the page is a slice
    of the ordered ids that pass, and its rows are fetched by primary key. A claim stored since the
    snapshot was built is listed once the snapshot is rebuilt (seconds later).
    """
    q = q.cleaned()
    conds = _conditions(q)
    cands = _candidates(snap, q)
    ids = cands if cands is not None else snap.order
    if q.text:
        ids = _with_text(snap, ids, q.text, cands is not None)
    if conds:
        ok = _matching_ids(engine, q, conds)
        ids = [c for c in ids if c in ok]
    return _rows_by_id(engine, ids[q.offset:q.offset + q.limit], snap), len(ids)


def iter_all(engine: Engine, snap: Snapshot, q: ClaimQuery, batch: int = MAX_LIMIT) -> Iterator[dict[str, Any]]:
    """Every claim matching ``q``, page after page (for CSV downloads)."""
    offset = 0
    while True:
        rows, total = search(engine, snap, replace(q, limit=batch, offset=offset))
        yield from rows
        offset += batch
        if not rows or offset >= total:
            return


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            "documents": int(conn.execute(select(func.count()).select_from(documents)).scalar_one()),
            "claims": int(conn.execute(select(func.count()).select_from(claims)).scalar_one()),
        }


def claim_detail(engine: Engine, claim_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """One claim and its document (with the text), plus the copies that carry it and the claim it copies."""
    with engine.connect() as conn:
        row = conn.execute(_ROWS.where(claims.c.id == claim_id)).first()
        if row is None:
            raise StoreError(f"no claim {claim_id!r}")
        c = row_dict(row)
        d = conn.execute(select(documents).where(documents.c.id == c["doc_id"])).one()
        doc = {k: v for k, v in d._mapping.items() if k not in ("minhash", "text_hash")}
        copy_cols = (claims.c.id, claims.c.doc_id, claims.c.figure, documents.c.outlet, documents.c.title,
                     documents.c.published, documents.c.url)
        carriers = conn.execute(select(*copy_cols).join(documents, claims.c.doc_id == documents.c.id)
                                .where(claims.c.carried_from == claim_id).order_by(documents.c.published,
                                                                                  claims.c.doc_id)).all()
        c["carried_by"] = [dict(r._mapping) for r in carriers]
        orig = None
        if c.get("carried_from"):
            orig = conn.execute(select(*copy_cols).join(documents, claims.c.doc_id == documents.c.id)
                                .where(claims.c.id == c["carried_from"])).first()
        c["original"] = dict(orig._mapping) if orig is not None else None
    return c, doc


def document_row(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        d = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
    return {k: v for k, v in d._mapping.items() if k not in ("minhash", "text_hash")} if d is not None else None
