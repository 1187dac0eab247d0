"""The SQL the web app runs for claims: search with filters and pages, counts, one claim with its copies.

Every statement is SQLAlchemy Core with bound parameters. Filters that only reconcile knows (the party a
source resolves to, the series a claim belongs to) are semi-joins on the stored ``claim_parties`` and
``claim_series``; text is the database's full-text index. A page is read in index order and stops when it is
full: from the start (``offset``, O(offset)) or just after the last row of the page before (``after``, a
keyset cursor: ``headcount.web.cursor``, the same cost at any depth). Its count stops at ``COUNT_CAP``.

A party with many claims is walked in ``claim_parties``' own order index (migration 0010) instead of being a
semi-join whose matches were all read and sorted; its capped count reads ``claim_parties (party, claim_id)``
(migration 0013). A word's matches are read through the full-text index and sorted (O(matches)); on
PostgreSQL a common word's page (its count reached the cap) is first read by walking the order over at most
``WALK_BUDGET`` claims, checking each claim's stored words (migration 0013), which fills a page from the newest
reports when the word is common among them. The unbounded walk of the fifth session was dropped: its cost was
the claims read before the page filled, unbounded when a common word is absent from the newest documents
(docs/scale.md, fifth and sixth sessions).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    Select,
    and_,
    case,
    func,
    literal,
    literal_column,
    select,
    tuple_,
)
from sqlalchemy import text as sql_text

from headcount.errors import StoreError
from headcount.store.filters import claim_conditions
from headcount.store.findings_tables import claim_series
from headcount.store.ledger import DOC_COLUMNS
from headcount.store.tables import CLAIM_COLUMNS, claims, documents
from headcount.store.web_tables import claim_parties
from headcount.web import cursor
from headcount.web.reads import decorate

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
    after: str | None = None  # a keyset cursor (the ``next`` of the page before); when set, offset is ignored

    def filters(self) -> dict[str, str]:
        """The filters that are set, as query parameters (for links: next page, CSV)."""
        return {f.name: str(v) for f in fields(self) if f.name not in ("limit", "offset", "after")
                and (v := getattr(self, f.name)) not in (None, "")}

    def cleaned(self) -> ClaimQuery:
        blank = {f.name: None for f in fields(self) if isinstance(getattr(self, f.name), str)
                 and not getattr(self, f.name).strip()}
        return replace(self, **blank, limit=max(1, min(self.limit, MAX_LIMIT)), offset=max(0, self.offset))


_ROWS = select(claims, *(documents.c[c] for c in DOC_COLUMNS)).join(documents, claims.c.doc_id == documents.c.id)


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


def text_condition(dialect: str, text: str) -> ColumnElement[bool]:
    """Sentences with every word of ``text`` (each as a word or the start of one), by the database's own
    full-text index: on PostgreSQL the stored ``tsvector`` column ``claims_fts_words`` (``to_tsvector('simple',
    sentence)``, migration 0013) and its GIN index, so a row checked one by one is not parsed again; SQLite's
    FTS5 table (migration 0007). The words are letters and digits only, and the query is a bound parameter."""
    words = WORD.findall(text.casefold())
    if not words:
        return literal(False) == literal(True)
    if dialect == "postgresql":
        simple: ColumnElement[Any] = literal_column("'simple'::regconfig")
        return PG_WORDS.bool_op("@@")(func.to_tsquery(simple, " & ".join(f"{w}:*" for w in words)))
    match: Select[Any] = select(literal_column("rowid")).select_from(sql_text("claims_fts")).where(
        sql_text("claims_fts MATCH :fts").bindparams(fts=" ".join(f'"{w}"*' for w in words)))
    return literal_column("claims.rowid").in_(match)


PG_WORDS: ColumnElement[Any] = literal_column("claims.claims_fts_words")
"""The stored words of a claim (migration 0013: a generated column no ``Table`` declares)."""


WORD = re.compile(r"[^\W_]+")


def _conditions(q: ClaimQuery, dialect: str) -> list[ColumnElement[bool]]:
    """The filters of ``q`` on a claim, but its party (a semi-join here, the driving table of a page)."""
    conds = claim_conditions(event=q.event, kind=q.kind, category=q.category, place=q.place, source=q.source,
                             outlet=q.outlet, since=q.since, until=q.until, doc_id=q.doc_id)
    if q.text:
        conds.append(text_condition(dialect, q.text))
    if q.series:
        conds.append(claims.c.id.in_(select(claim_series.c.claim_id).where(claim_series.c.key == q.series)))
    return conds


def _filtered(stmt: Select[Any], q: ClaimQuery, dialect: str) -> Select[Any]:
    conds = _conditions(q, dialect)
    if q.party:
        conds.append(claims.c.id.in_(select(claim_parties.c.claim_id).where(claim_parties.c.party == q.party)))
    return stmt.where(and_(*conds)) if conds else stmt


def order(dialect: str) -> tuple[Any, ...]:
    """Newest first (undated last), then by document, within one in the extractor's order: the order of the
    ``web_order_documents`` and ``claims (doc_id, idx)`` indexes (migration 0007), so a page is read, not
    sorted. SQLite sorts NULLs first ascending, so last descending; PostgreSQL is told."""
    published = documents.c.published.desc()
    return (published.nulls_last() if dialect == "postgresql" else published, documents.c.id, claims.c.idx)
COUNT_CAP = 2_000
"""A filtered search counts its matches up to here and says "more than" beyond (an exact count of a common
word over a million claims reads every match)."""


@dataclass(frozen=True, slots=True)
class Found:
    rows: list[dict[str, Any]]
    total: int
    exact: bool  # False: at least ``total`` match (the count stopped at COUNT_CAP)
    start: int = 0  # rows before this page (the offset, or the one the cursor carried)
    next: str | None = None  # the cursor of the next page; None on the last page


Keys = tuple[Any, Any, Any]  # the columns of the list's order: published, document id, position


def _driven(q: ClaimQuery, dialect: str) -> tuple[Select[Any], Keys]:
    """The rows of ``q`` unordered, and the columns its order is read from.

    A party's claims are read from ``claim_parties`` (its ``web_order_claim_parties`` index is in page
    order); any other list from ``documents`` and ``claims`` (``web_order_documents``, ``claims (doc_id,
    idx)``)."""
    conds = _conditions(q, dialect)
    if q.party:
        cp = claim_parties.c
        stmt = (select(claims, *(documents.c[c] for c in DOC_COLUMNS))
                .select_from(claim_parties.join(claims, claims.c.id == cp.claim_id)
                             .join(documents, claims.c.doc_id == documents.c.id))
                .where(cp.party == q.party))
        keys: Keys = (cp.published, cp.doc_id, cp.idx)
    else:
        stmt, keys = _ROWS, (documents.c.published, documents.c.id, claims.c.idx)
    stmt = stmt.add_columns(*(k.label(name) for k, name in zip(keys, ORDER_LABELS, strict=True)))
    return (stmt.where(and_(*conds)) if conds else stmt), keys


ORDER_LABELS = ("order_published", "order_doc_id", "order_idx")
"""The labels of the order's own columns on every page row: the next page's cursor is built from them, so it
holds the values the list is ordered by. A party's list is ordered by its copies in ``claim_parties``, which
lag ``documents.published`` between an ingest that changes a date and the next web refresh; a cursor taken
from the document's date would then skip or repeat rows."""


def _ordered(keys: Keys, dialect: str) -> tuple[Any, ...]:
    published = keys[0].desc()
    return (published.nulls_last() if dialect == "postgresql" else published, keys[1], keys[2])


def after_bounds(keys: Keys, at: cursor.Cursor, same_doc: tuple[Any, ...] = ()) -> list[ColumnElement[bool]]:
    """The rows after ``at`` in list order, as ranges an index serves, in that order: the rest of its date
    (later documents of the day, later claims of its document), then every earlier date, then the undated.
    One condition with ORs would not bound the index walk; each of these does.

    Within its date the rest starts at the cursor's document: the row-value bound spans two tables (the
    document id, the claim's position), so no index can start there, and PostgreSQL walked every document of
    that day before it (a merge join reading ``claims`` by document id from the first: 234 ms of its CPU per
    page at a million claims). ``doc >= its id`` (implied by the row value) lets the order index start at the
    cursor's document, and the same bound on ``same_doc`` (columns the join makes equal to the document id:
    ``claims.doc_id``) lets the other side of a join start there too."""
    published, doc, idx = keys
    rest = and_(tuple_(doc, idx) > tuple_(literal(at.doc_id), literal(at.idx)),
                *(c >= at.doc_id for c in (doc, *same_doc)))
    if at.published is None:
        return [and_(published.is_(None), rest)]
    return [and_(published == at.published, rest), published < at.published, published.is_(None)]


WALK_BUDGET = 2_000
"""Claims a word search reads in list order, checking each, before it falls back to the full-text index."""


def _walked(conn: Connection, q: ClaimQuery, dialect: str, at: cursor.Cursor | None,
            budget: int = WALK_BUDGET) -> list[Row[Any]] | None:
    """A word's page read by walking the list's order over at most WALK_BUDGET claims and keeping those that
    have the words (each a check of the stored words, migration 0013), or None when the walk ran out first.

    Why: through the index a word's page costs O(its matches) (every match read and sorted: 545 ms of
    PostgreSQL at a million claims for a word in 45% of them), while a word as common as that fills a page
    from the newest few hundred claims. The budget bounds the walk for a word that is rare, or common but
    absent from the newest reports (then the index answers, as before, after at most WALK_BUDGET checks).
    The rows are those of ``_page`` without the walk: the same filters and order, only the plan differs."""
    plain, keys = _driven(replace(q, text=None), dialect)
    assert q.text is not None
    want, skip = q.limit + 1, (q.offset if at is None else 0)
    if skip + want > budget:
        return None
    hit = text_condition(dialect, q.text)
    out: list[Row[Any]] = []
    for bound in (after_bounds(keys, at, _same_doc(q)) if at is not None else [None]):
        window = plain.add_columns(case((hit, 1), else_=0).label("walk_hit"))
        if bound is not None:
            window = window.where(bound)
        win = window.order_by(*_ordered(keys, dialect)).limit(budget).subquery("walk")
        in_order = _ordered((win.c.order_published, win.c.order_doc_id, win.c.order_idx), dialect)
        counted = select(win, func.count().over().label("walk_seen"),
                         func.row_number().over(order_by=in_order).label("walk_row"),
                         func.sum(win.c.walk_hit).over(order_by=in_order, rows=(None, 0)).label("walk_rank"),
                         ).subquery("walked")
        # the window's first row always comes back, match or not, so that its size is known
        rows = list(conn.execute(
            select(counted).where(((counted.c.walk_hit == 1) & (counted.c.walk_rank > skip)) | (counted.c.walk_row == 1))
            .order_by(counted.c.walk_row).limit(want - len(out) + 1)))
        out += [r for r in rows if r.walk_hit == 1 and r.walk_rank > skip][:want - len(out)]
        if len(out) >= want:
            return out
        seen = int(rows[0].walk_seen) if rows else 0
        if seen >= budget:  # the window was full and the page is not: the index answers
            return None
        budget -= seen
        skip = 0
    return out  # every range read within the budget: this is all there is


def _same_doc(q: ClaimQuery) -> tuple[Any, ...]:
    """Columns the join of ``q``'s list makes equal to its order's document id (see ``after_bounds``)."""
    return () if q.party else (claims.c.doc_id,)


def _page(conn: Connection, q: ClaimQuery, dialect: str, at: cursor.Cursor | None,
          common: bool = True) -> list[Row[Any]]:
    """Up to limit + 1 rows (the extra one says whether a next page exists), read in index order; a word's
    page first by a bounded walk of that order (``_walked``) when it is ``common`` (its count reached the cap:
    with fewer matches the index reads and sorts at most COUNT_CAP rows, and a walk would mostly run out)."""
    if q.text and dialect == "postgresql":
        if not common:
            return _matched(conn, q, dialect, at)
        walked = _walked(conn, q, dialect, at)
        if walked is not None:
            return walked
    return _indexed(conn, q, dialect, at)


def _matched(conn: Connection, q: ClaimQuery, dialect: str, at: cursor.Cursor | None) -> list[Row[Any]]:
    """``_indexed`` for a word whose count is exact (at most COUNT_CAP matches): every match read through
    the full-text index, then ordered and paged. PostgreSQL's planner walked the list's order index instead,
    checking each claim's words until the page filled (10,565 documents for a word in 780 of 100,000 claims:
    186 ms, against 6 ms for its matches); ``OFFSET 0`` keeps the matches' subquery planned on its own (the
    planner does not pull a subquery with an OFFSET into the outer query). The same rows and order."""
    stmt, _ = _driven(q, dialect)
    matches = stmt.offset(0).subquery("matches")
    keys: Keys = (matches.c.order_published, matches.c.order_doc_id, matches.c.order_idx)
    page = select(matches)
    want = q.limit + 1
    if at is None:
        return list(conn.execute(page.order_by(*_ordered(keys, dialect)).limit(want).offset(q.offset)))
    out: list[Row[Any]] = []
    for bound in after_bounds(keys, at):
        out += conn.execute(page.where(bound).order_by(*_ordered(keys, dialect)).limit(want - len(out)))
        if len(out) >= want:
            break
    return out


def _indexed(conn: Connection, q: ClaimQuery, dialect: str, at: cursor.Cursor | None) -> list[Row[Any]]:
    """``_page`` through the indexes of the filters (a word's: its full-text index), matches sorted."""
    stmt, keys = _driven(q, dialect)
    want = q.limit + 1
    if at is None:
        return list(conn.execute(stmt.order_by(*_ordered(keys, dialect)).limit(want).offset(q.offset)))
    out: list[Row[Any]] = []
    for bound in after_bounds(keys, at, _same_doc(q)):
        out += conn.execute(stmt.where(bound).order_by(*_ordered(keys, dialect)).limit(want - len(out)))
        if len(out) >= want:
            break
    return out


def _count(conn: Connection, q: ClaimQuery, dialect: str) -> int:
    """Matches of ``q``, counted up to COUNT_CAP + 1 (through the full-text index, not row by row)."""
    if q.party and set(q.filters()) == {"party"}:
        # a party's list and nothing else: the party's rows whose claim exists, read from two indexes
        # (``claim_parties (party, claim_id)``, migration 0013, and the claims' primary key); the list's
        # join to documents drops no claim (claims.doc_id is a NOT NULL foreign key), so it is left out
        cp = claim_parties.c
        ids = (select(cp.claim_id).join(claims, claims.c.id == cp.claim_id).where(cp.party == q.party)
               .limit(COUNT_CAP + 1).subquery())
        return int(conn.scalar(select(func.count()).select_from(ids)) or 0)
    stmt, _ = _driven(q, dialect)
    ids = stmt.with_only_columns(claims.c.id).limit(COUNT_CAP + 1).subquery()
    return int(conn.scalar(select(func.count()).select_from(ids)) or 0)


def search(engine: Engine, q: ClaimQuery, *, all_claims: int | None = None) -> Found:
    """One page of claims matching ``q`` (newest first), how many match (capped, unless no filter is set and
    ``all_claims`` gives the ledger's count), and the cursor of the next page.

    The page is read in index order from ``q.after`` (a cursor) or from ``q.offset``, then its rows are
    decorated with their party, series and findings by id. A malformed cursor is a ValueError.
    """
    q = q.cleaned()
    dialect = engine.dialect.name
    at = cursor.decode(q.after) if q.after else None
    start = at.shown if at is not None else q.offset
    with engine.connect() as conn:
        if not q.filters() and all_claims is not None:
            total, exact = all_claims, True
        else:
            n = _count(conn, q, dialect)
            total, exact = min(n, COUNT_CAP), n <= COUNT_CAP
        got = _page(conn, q, dialect, at, common=not exact)
    rows = [row_dict(r) for r in got[:q.limit]]
    nxt = None
    if len(got) > q.limit:
        m = got[q.limit - 1]._mapping
        published, doc_id, idx = (m[k] for k in ORDER_LABELS)
        nxt = cursor.Cursor(published, doc_id, int(idx), start + q.limit).encode()
    if not exact:
        total = max(total, start + len(rows))
    return Found(decorate(engine, rows), total, exact, start, nxt)


def iter_all(engine: Engine, q: ClaimQuery, batch: int = MAX_LIMIT) -> Iterator[dict[str, Any]]:
    """Every claim matching ``q`` (for CSV downloads): one streamed query, decorated a batch at a time."""
    stmt = _filtered(_ROWS, q.cleaned(), engine.dialect.name).order_by(*order(engine.dialect.name))
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
        for part in result.partitions(batch):
            yield from decorate(engine, [row_dict(r) for r in part])


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
