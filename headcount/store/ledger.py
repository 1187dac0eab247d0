"""The ledger repository: put documents with their claims, record failures, and query them back.

Every write of a document (its row, its claims, its near-duplicate band keys, clearing its old failure) is
one transaction, so a process killed at any moment leaves either the whole document or none of it. Every
statement is built with SQLAlchemy expressions and bound parameters; no text from a document or a user is
ever formatted into SQL.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, Row, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from headcount.errors import StoreError
from headcount.ingest.dates import document_dating
from headcount.models import Claim, Document
from headcount.reconcile.places import fill_places
from headcount.store import copies, dedup, migrate
from headcount.store import engine as engines
from headcount.store.filters import claim_conditions, end_of, estimated_on_or_after
from headcount.store.tables import CLAIM_COLUMNS, claims, documents, failures
from headcount.store.writer import Writer

log = logging.getLogger(__name__)

DOC_COLUMNS = ("url", "outlet", "title", "published", "language", "dated_by", "approx_date")


@dataclass(frozen=True, slots=True)
class Entry:
    """A document ready to store: the record, its claims, and how it came in."""

    document: Document
    claims: Sequence[Claim] | Callable[[], Sequence[Claim]]  # a callable runs only if the text is new
    extractor_version: str
    source: str | None = None
    kind: str = "article"
    comment_of: str | None = None
    commenter: str | None = None


@dataclass(frozen=True, slots=True)
class Stored:
    doc_id: str
    status: str  # new, unchanged or updated
    claims: int  # claims written (none for an unchanged document)
    copy_of: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """What `headcount claims` and `export` narrow by; None means any. Text filters match substrings."""

    event: str | None = None
    category: str | None = None  # the category as written or its group
    place: str | None = None  # the normalised place key (prefix) or the location as written
    source: str | None = None
    outlet: str | None = None
    since: str | None = None  # ISO date, compared with the claim's period end/start, else published
    until: str | None = None
    text: str | None = None  # in the sentence
    doc_id: str | None = None
    originals_only: bool = False  # leave out claims carried by copies
    limit: int | None = None
    language: str | None = None  # the document's language, ISO 639-1 (ru, ar ...)


@dataclass(slots=True)
class ClaimDiff:
    """What re-extraction changed in one document's claims, by claim id."""

    doc_id: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    kept: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Ledger:
    """A ledger open on one database (a SQLite file or a PostgreSQL URL)."""

    def __init__(self, engine: Engine, db: str) -> None:
        self.engine = engine
        self.db = db
        self._writer = Writer(engine)
        with engine.connect() as conn:  # skip clearing failures on every put while there are none
            self._failures_seen = conn.execute(select(failures.c.source).limit(1)).first() is not None

    # -- opening --------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, db: str, *, create: bool = False) -> Ledger:
        """Open an up-to-date ledger. ``create``: make a fresh one when the database is empty or absent.

        An old or foreign schema is never changed here: the error says which command to run.
        """
        shown = engines.display(db)
        path = engines.sqlite_path(engines.database_url(db))
        if path is not None and not path.exists() and not create:
            raise StoreError(f"no ledger at {shown}: run `headcount ingest SOURCE --db {shown}` to make one")
        if path is not None and create:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = engines.make_engine(db)
        try:
            st = migrate.status(engine)
            if st.empty:
                if not create:
                    raise StoreError(f"no ledger in {shown}: run `headcount db upgrade --db {shown}` to make one")
                migrate.upgrade(engine)
            elif st.current is None:
                raise StoreError(f"{shown} has tables but no headcount schema version; is it a headcount ledger?")
            elif not st.up_to_date:
                raise StoreError(
                    f"ledger {shown} is at schema {st.current}, this headcount needs {st.head}: "
                    f"run `headcount db upgrade --db {shown}`"
                )
        except StoreError:
            engine.dispose()
            raise
        except OperationalError as exc:
            engine.dispose()
            raise StoreError(f"cannot open {shown}: {_one_line(exc)}") from exc
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open {shown}: {_one_line(exc)}") from exc
        return cls(engine, db)

    def close(self) -> None:
        self._writer.close()
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------------------
    def fingerprint(self, doc_id: str) -> str | None:
        """The text hash of a stored document, so unchanged input is not extracted again."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents.c.text_hash).where(documents.c.id == doc_id)).first()
        return row[0] if row else None

    def put(self, entry: Entry) -> Stored:
        """Store one document and its claims in one transaction; say whether it was new, unchanged or updated.

        Unchanged means the same text under the same id: its stored claims stay, even when they came from an
        older extractor (``headcount reextract`` re-runs those, and says so). Updated means new text under a
        known id (a page that changed): its claims are replaced. The statements run on the ledger's write
        connection (``writer.py``): one held connection, statements compiled once, few round trips.
        """
        doc = entry.document
        thash = text_hash(doc.text)
        with self._writer.transaction() as tx:
            if self._failures_seen and (entry.source or doc.url):
                tx.run("clear_failures", {"source": entry.source, "url": doc.url})
            old = tx.first("old", {"id": doc.id})
            if old is not None and old[0] == thash:  # same text: claims are reextract's business
                return Stored(doc.id, "unchanged", 0, old[2])
            items = fill_places(entry.claims() if callable(entry.claims) else entry.claims)
            # the signature only for new text: on a re-run (mostly unchanged documents) it would be wasted.
            sig = dedup.signature(doc.text) if entry.kind == "article" else None
            keys = dedup.band_keys(sig) if sig is not None else []
            moved: dict[str, str | None] = {}
            if old is not None:  # new text under a known id: its old claims, bands and copy links go
                tx.run("delete_claims", {"doc_id": doc.id})
                stored = tx.first("old_minhash", {"id": doc.id})
                if stored is not None and stored[0] is not None:  # no signature, no bands
                    old_keys = dedup.band_keys(dedup.from_bytes(stored[0]))
                    tx.run("delete_bands", {"doc_id": doc.id, **_key_params(old_keys)})
                moved = copies.detach(tx, doc.id, old[2])
            near = tx.all("near", _near_params(doc.id, keys)) if keys else []
            (copy_of, sim), relinked = copies.link(tx, doc.id, dedup.rank(doc.id, doc.published, doc.fetched_at),
                                                   sig, near)
            moved.update(relinked)
            dating = document_dating(doc.published, doc.dated_by, doc.approx_date, fetched_at=doc.fetched_at)
            row = {
                "id": doc.id,
                "url": doc.url,
                "outlet": doc.outlet,
                "title": doc.title,
                "published": doc.published,
                "language": doc.language,
                "fetched_at": doc.fetched_at,
                "dated_by": dating.dated_by,
                "date_precision": dating.precision,
                "approx_date": dating.approx_date,
                "text": doc.text,
                "text_hash": thash,
                "source": entry.source,
                "kind": entry.kind,
                "comment_of": entry.comment_of,
                "commenter": entry.commenter,
                "extractor_version": entry.extractor_version,
                "copy_of": copy_of,
                "similarity": sim,
                "minhash": dedup.to_bytes(sig) if sig is not None else None,
            }
            if old is None:
                tx.run("insert_doc", row)
            else:
                tx.run("update_doc", {**row, "doc_id": doc.id})
            tx.insert_rows("insert_bands", [{"key": k, "doc_id": doc.id} for k in keys])
            original = tx.all("original_claims", {"doc_id": copy_of}) if copy_of is not None and items else []
            rows = claim_rows(doc.id, items, carried_from(items, original))
            tx.insert_rows("insert_claims", rows)
            copies.recarry(tx, moved)  # after this document's claims: a copy of it now carries them
        status = "new" if old is None else "updated"
        log.info("stored %s (%s, %d claims%s)", doc.id, status, len(rows),
                 f", copy of {copy_of}" if copy_of else "")
        return Stored(doc.id, status, len(rows), copy_of)

    def replace_claims(self, doc_id: str, items: Sequence[Claim], extractor_version: str) -> ClaimDiff:
        """Swap a document's claims for a re-extraction, in one transaction, and say what changed."""
        diff = ClaimDiff(doc_id)
        items = fill_places(items)
        compare = [c for c in CLAIM_COLUMNS if c not in ("extractor_version", "doc_id")]
        with self.engine.begin() as conn:
            copy_of = conn.execute(select(documents.c.copy_of).where(documents.c.id == doc_id)).scalar_one_or_none()
            old = {r.id: r for r in conn.execute(select(claims).where(claims.c.doc_id == doc_id))}
            new = {c.id: c for c in items}
            for cid, c in new.items():
                if cid not in old:
                    diff.added.append(cid)
                elif any(_same(getattr(old[cid], k), getattr(c, k)) is False for k in compare):
                    diff.changed.append(cid)
                else:
                    diff.kept += 1
            diff.removed = [cid for cid in old if cid not in new]
            conn.execute(delete(claims).where(claims.c.doc_id == doc_id))
            original = conn.execute(
                select(claims.c.id, claims.c.figure, claims.c.low, claims.c.high, claims.c.category)
                .where(claims.c.doc_id == copy_of).order_by(claims.c.idx)
            ).all() if copy_of is not None and items else []
            rows = claim_rows(doc_id, items, carried_from(items, original))
            if rows:
                conn.execute(insert(claims), rows)
            conn.execute(
                update(documents).where(documents.c.id == doc_id).values(extractor_version=extractor_version)
            )
        return diff

    def record_failure(self, source: str, reason: str, stage: str) -> None:
        """Keep why ``source`` failed (one line); the latest failure of a source replaces earlier ones."""
        self._failures_seen = True
        with self.engine.begin() as conn:
            conn.execute(delete(failures).where(failures.c.source == source))
            conn.execute(insert(failures), [{"source": source, "reason": _line(reason), "stage": stage, "at": now()}])

    # -- reading --------------------------------------------------------------------------------------------
    def failures(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(failures).order_by(failures.c.at, failures.c.source))]

    def stats(self, extractor_version: str | None = None) -> dict[str, int]:
        with self.engine.connect() as conn:
            def count(q: Any) -> int:
                return int(conn.execute(q).scalar_one())

            return {
                "documents": count(select(func.count()).select_from(documents)),
                "copies": count(select(func.count()).select_from(documents).where(documents.c.copy_of.is_not(None))),
                "claims": count(select(func.count()).select_from(claims)),
                "carried": count(select(func.count()).select_from(claims).where(claims.c.carried_from.is_not(None))),
                "failures": count(select(func.count()).select_from(failures)),
                "stale": count(select(func.count()).select_from(documents).where(
                    documents.c.extractor_version != extractor_version)) if extractor_version else 0,
            }

    def claims(self, flt: ClaimFilter | None = None) -> Iterator[dict[str, Any]]:
        """Claims as ``Claim.as_dict()`` plus carried_from and the document's url, outlet, title, published."""
        flt = flt or ClaimFilter()
        q = select(claims, *(documents.c[c] for c in DOC_COLUMNS)).join(documents, claims.c.doc_id == documents.c.id)
        conds = claim_conditions(
            event=flt.event, category=flt.category, place=flt.place, source=flt.source, outlet=flt.outlet,
            since=flt.since, until=flt.until, text=flt.text, doc_id=flt.doc_id, originals_only=flt.originals_only,
            language=flt.language,
        )
        q = q.where(and_(*conds)).order_by(documents.c.published.asc().nulls_last(), claims.c.doc_id, claims.c.idx)
        if flt.limit:
            q = q.limit(flt.limit)
        with self.engine.connect() as conn:
            for r in conn.execution_options(stream_results=True).execute(q):
                yield claim_row(r)

    def documents(
        self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
        text: str | None = None, limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Documents (without their text) with their claim counts and what they are a copy of."""
        n = select(func.count()).select_from(claims).where(claims.c.doc_id == documents.c.id).scalar_subquery()
        cols = [documents.c[c] for c in ("id", "published", "outlet", "title", "url", "kind", "copy_of",
                                          "similarity", "extractor_version", "source")]
        q = select(*cols, n.label("claims"))
        if outlet:
            q = q.where(documents.c.outlet.icontains(outlet, autoescape=True))
        if since:
            q = q.where(or_(documents.c.published >= since, estimated_on_or_after(since)))
        if until:
            q = q.where(documents.c.published <= end_of(until))
        if text:
            q = q.where(or_(documents.c.title.icontains(text, autoescape=True),
                            documents.c.text.icontains(text, autoescape=True)))
        q = q.order_by(documents.c.published.asc().nulls_last(), documents.c.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def claim(self, claim_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """One claim (by id or a unique prefix of at least 6 characters) and its whole document."""
        with self.engine.connect() as conn:
            q = select(claims, *(documents.c[c] for c in DOC_COLUMNS)).join(documents, claims.c.doc_id == documents.c.id)
            rows = conn.execute(q.where(claims.c.id == claim_id)).all()
            if not rows and len(claim_id) >= 6:
                rows = conn.execute(q.where(claims.c.id.startswith(claim_id, autoescape=True)).limit(2)).all()
            if not rows:
                raise StoreError(f"no claim {claim_id!r} in {engines.display(self.db)}")
            if len(rows) > 1:
                raise StoreError(f"claim id prefix {claim_id!r} is ambiguous; give more characters")
            c = claim_row(rows[0])
            d = conn.execute(select(documents).where(documents.c.id == c["doc_id"])).one()
            doc = {k: v for k, v in d._mapping.items() if k not in ("minhash", "text_hash")}
            carriers = conn.execute(
                select(claims.c.doc_id).where(claims.c.carried_from == c["id"]).order_by(claims.c.doc_id)
            ).scalars().all()
            c["carriers"] = list(carriers)
        return c, doc

    def stale(self, extractor_version: str) -> list[tuple[Document, dict[str, Any]]]:
        """Documents whose claims came from another extractor version, originals before their copies."""
        q = (
            select(documents)
            .where(documents.c.extractor_version != extractor_version)
            .order_by(documents.c.copy_of.is_not(None), documents.c.id)
        )
        with self.engine.connect() as conn:
            return [(document_from_row(r), {"source": r.source, "kind": r.kind, "commenter": r.commenter})
                    for r in conn.execute(q)]


def _key_params(keys: Sequence[int]) -> dict[str, Any]:
    """Band keys as the writer's statements take them: one array (PostgreSQL) or k0..k31 (SQLite)."""
    return {"keys": list(keys), **{f"k{i}": k for i, k in enumerate(keys)}}


def _near_params(doc_id: str, keys: Sequence[int]) -> dict[str, Any]:
    return {"id": doc_id, **_key_params(keys)}


def carried_from(items: Sequence[Claim], original: Sequence[Any]) -> list[str | None]:
    """For each claim of a copy, the claim of its original it carries; ``original``: (id, figure, low, high,
    category) rows of the original's claims in order."""
    if not original:
        return [None] * len(items)
    return dedup.match_carried([(c.figure, c.low, c.high, c.category) for c in items],
                               [(r[0], (r[1], r[2], r[3], r[4])) for r in original])


def claim_rows(doc_id: str, items: Sequence[Claim], carried: Sequence[str | None]) -> list[dict[str, Any]]:
    """The claims table's rows for a document's claims, each id once (the first claim with it wins)."""
    rows, seen = [], set()
    for i, c in enumerate(items):
        cid = c.id if c.doc_id == doc_id else Claim.from_dict({**c.as_dict(), "doc_id": doc_id}).id
        if cid in seen:
            continue
        seen.add(cid)
        r = {name: getattr(c, name) for name in CLAIM_COLUMNS}
        r.update(id=cid, doc_id=doc_id, idx=i, carried_from=carried[i])
        rows.append(r)
    return rows


def document_from_row(r: Row[Any]) -> Document:
    m = r._mapping
    return Document(id=m["id"], text=m["text"], url=m["url"], outlet=m["outlet"], published=m["published"],
                    title=m["title"], language=m["language"], fetched_at=m["fetched_at"],
                    dated_by=m.get("dated_by"), approx_date=m.get("approx_date"))


def claim_row(r: Row[Any]) -> dict[str, Any]:
    m = r._mapping
    c = Claim.from_dict({k: m[k] for k in CLAIM_COLUMNS})
    d = c.as_dict()
    if d["id"] != m["id"]:  # the stored id is authoritative (it was computed when stored)
        d["id"] = m["id"]
    d["carried_from"] = m["carried_from"]
    for k in DOC_COLUMNS:
        d[k] = m[k]
    return d


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and float(a) == float(b) or (a is None and b is None)
    return bool(a == b)


def _line(text: str) -> str:
    return " ".join(str(text).split())[:500]


def _one_line(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc)
    return _line(msg.splitlines()[0] if msg else type(exc).__name__)
