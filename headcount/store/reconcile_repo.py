"""The reconcile commands' reads and writes on a ledger: claims with their documents, settled figures, party edits.

Kept apart from ``ledger.py`` (the ingest side) and written with SQLAlchemy Core and bound parameters only,
so that it runs the same on SQLite and PostgreSQL. What it returns are the reconcile stage's plain inputs
(``Claim``, ``DocMeta``, ``Settled`` and an overlay mapping in the party registry's TOML shape); the
arithmetic happens in ``headcount.reconcile``, which never sees a database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from headcount.errors import StoreError
from headcount.models import Claim
from headcount.reconcile.series import DocMeta
from headcount.reconcile.track_record import Settled
from headcount.store.reconcile_tables import party_edits, party_names, settled
from headcount.store.tables import CLAIM_COLUMNS, claims, documents

NAME_ROLES = ("alias", "member", "merged")


@dataclass(frozen=True, slots=True)
class LedgerInputs:
    """Everything reconcile needs from a ledger: claims in extractor order per document, and documents' metadata."""

    claims: list[Claim] = field(default_factory=list)
    docs: dict[str, DocMeta] = field(default_factory=dict)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ReconcileStore:
    """Reads claims and documents; keeps settled figures and party edits. One instance per open engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- claims and documents ------------------------------------------------------------------------------
    def inputs(self, *, with_text: bool = True) -> LedgerInputs:
        """Every claim and the metadata of its document.

        Claims come back per document in the extractor's order (``idx``), and each ``parent`` is rewritten
        to the position in that list: the ledger skips a repeated claim id, so stored positions can have gaps.
        ``with_text``: also read documents' texts (who speaks for whom is learned from them).
        """
        doc_cols = [documents.c.id, documents.c.outlet, documents.c.published, documents.c.copy_of,
                    documents.c.title, documents.c.url, documents.c.source, documents.c.approx_date,
                    documents.c.dated_by]
        if with_text:
            doc_cols.append(documents.c.text)
        q_claims = select(claims.c.idx, *(claims.c[c] for c in CLAIM_COLUMNS)).order_by(claims.c.doc_id, claims.c.idx)
        try:
            with self.engine.connect() as conn:
                docs = {r.id: DocMeta(id=r.id, outlet=r.outlet, published=r.published, copy_of=r.copy_of,
                                      title=r.title, url=r.url, text=r.text if with_text else None,
                                      name=input_name(r.id, r.source, r.url), approx_date=r.approx_date,
                                      dated_by=r.dated_by)
                        for r in conn.execute(select(*doc_cols))}
                rows: list[dict[str, Any]] = [dict(r._mapping) for r in conn.execute(q_claims)]
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read claims: {_one_line(exc)}") from None
        return LedgerInputs(claims=claims_from_rows(rows), docs=docs)

    # -- settled figures -----------------------------------------------------------------------------------
    def settle(self, item: Settled) -> bool:
        """Store a settled figure; True when it replaced one for the same key and day."""
        as_of = item.as_of or ""
        try:
            with self.engine.begin() as conn:
                gone = conn.execute(delete(settled).where(settled.c.key == item.key, settled.c.as_of == as_of))
                conn.execute(insert(settled).values(key=item.key, as_of=as_of, low=item.low, high=item.high,
                                                    note=item.note or None, settled_at=_now()))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store the settled figure: {_one_line(exc)}") from None
        return bool(gone.rowcount)

    def settled(self) -> list[Settled]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(settled).order_by(settled.c.key, settled.c.as_of)).all()
        return [Settled(key=r.key, low=r.low, high=r.high, as_of=r.as_of or None, note=r.note or "") for r in rows]

    # -- party edits ---------------------------------------------------------------------------------------
    def edit_party(self, party: str, *, name: str | None = None, kind: str | None = None,
                   aliases: Iterable[str] = (), members: Iterable[str] = ()) -> None:
        """Change a party's kind (and name) and add aliases and members; creates the edit row when new."""
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(select(party_edits.c.party).where(party_edits.c.party == party)).first()
                if exists is None:
                    conn.execute(insert(party_edits).values(party=party, name=name, kind=kind, updated_at=_now()))
                else:
                    changes: dict[str, Any] = {"updated_at": _now()}
                    if name is not None:
                        changes["name"] = name
                    if kind is not None:
                        changes["kind"] = kind
                    conn.execute(update(party_edits).where(party_edits.c.party == party).values(**changes))
                have = {(r.role, r.name) for r in conn.execute(
                    select(party_names.c.role, party_names.c.name).where(party_names.c.party == party))}
                new = [{"party": party, "role": role, "name": n.strip()}
                       for role, names in (("alias", aliases), ("member", members)) for n in names
                       if n.strip() and (role, n.strip()) not in have]
                new = list({(d["role"], d["name"]): d for d in new}.values())
                if new:
                    conn.execute(insert(party_names), new)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store the party edit: {_one_line(exc)}") from None
        _party_changed(self.engine)

    def merge_parties(self, party: str, into: str) -> None:
        """Record that ``party`` is one with ``into`` (both party keys): its figures count as ``into``'s.

        Kept as a name row of role "merged" (``party_names``: party, "merged", into), so no table is added;
        merging again replaces the earlier target.
        """
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(party_edits.c.party).where(party_edits.c.party == party)).first() is None:
                    conn.execute(insert(party_edits).values(party=party, name=None, kind=None, updated_at=_now()))
                conn.execute(delete(party_names).where(party_names.c.party == party, party_names.c.role == "merged"))
                conn.execute(insert(party_names).values(party=party, role="merged", name=into))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store the merge: {_one_line(exc)}") from None
        _party_changed(self.engine)

    def unmerge_party(self, party: str) -> bool:
        """Undo a merge of ``party``; True when there was one."""
        try:
            with self.engine.begin() as conn:
                gone = conn.execute(delete(party_names).where(party_names.c.party == party,
                                                              party_names.c.role == "merged"))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot undo the merge: {_one_line(exc)}") from None
        if gone.rowcount:
            _party_changed(self.engine)
        return bool(gone.rowcount)

    def party_overlay(self) -> dict[str, Any]:
        """The stored edits as a registry overlay: ``{"parties": {key: {kind, name, aliases, members}},
        "merged": {key: key}}``."""
        with self.engine.connect() as conn:
            edits = conn.execute(select(party_edits).order_by(party_edits.c.party)).all()
            names = conn.execute(select(party_names).order_by(party_names.c.party, party_names.c.role,
                                                              party_names.c.name)).all()
        tables: dict[str, dict[str, Any]] = {}
        for e in edits:
            t: dict[str, Any] = {}
            if e.name:
                t["name"] = e.name
            if e.kind:
                t["kind"] = e.kind
            tables[e.party] = t
        merged: dict[str, str] = {}
        for n in names:
            if n.role == "merged":
                merged[n.party] = n.name
                continue
            field_name = "aliases" if n.role == "alias" else "members"
            tables.setdefault(n.party, {}).setdefault(field_name, []).append(n.name)
        out: dict[str, Any] = {"parties": {k: t for k, t in tables.items() if t}}
        if merged:
            out["merged"] = merged
        return out


def claims_from_rows(rows: Iterable[dict[str, Any]]) -> list[Claim]:
    """Claims from stored rows ordered by document and index; a stored parent (the whole's ``idx``) becomes
    the whole's position in its document's list, as the reconcile stage reads it."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in rows:
        by_doc[m["doc_id"]].append(m)
    out: list[Claim] = []
    for doc_rows in by_doc.values():
        position = {m["idx"]: i for i, m in enumerate(doc_rows)}
        out.extend(claim_of_row({c: m[c] for c in CLAIM_COLUMNS}, position) for m in doc_rows)
    return out


def claim_of_row(values: dict[str, Any], position: Mapping[int, int]) -> Claim:
    """A claim from its stored CLAIM_COLUMNS values by name.

    Stored, a claim's parent is the whole's ``idx`` and ``approx`` an integer; read, the parent is the whole's
    position among its document's claims (``position``: idx -> position) and ``approx`` a bool, as the
    reconcile stage reads them. One conversion (``claim_of_values``) for the full and the incremental reader,
    so they cannot differ."""
    return claim_of_values([values[c] for c in CLAIM_COLUMNS], position)


_PARENT_AT = CLAIM_COLUMNS.index("parent")
_APPROX_AT = CLAIM_COLUMNS.index("approx")
#: ``claim_of_values`` passes the stored values by position: the table's claim columns are the claim's fields,
#: in the same order (checked here, once, so that a column added to one and not the other fails at import)
if tuple(f.name for f in fields(Claim)) != CLAIM_COLUMNS:
    raise RuntimeError("the claims table's columns and Claim's fields differ in order")


def claim_of_values(values: Sequence[Any], position: Mapping[int, int]) -> Claim:
    """A claim from its stored CLAIM_COLUMNS values in column order (a row's slice), without building a dict
    of them: the incremental run reads back every claim of the changed events this way
    (``point_reads._read_back``), and the dict and the keyword call were a third of that read at 1M
    (docs/scale.md, eleventh session). ``claim_of_row`` passes its dict's values through here."""
    v = list(values)
    parent = v[_PARENT_AT]
    v[_PARENT_AT] = position.get(parent) if parent is not None else None
    v[_APPROX_AT] = bool(v[_APPROX_AT])
    return Claim(*v)


def _party_changed(engine: Engine) -> None:
    """Who a source is may change in any series after a party edit, merge or unmerge, whoever made it (the CLI
    or the web app): every series is marked dirty, so the next reconcile replaces the stored findings."""
    from headcount.store.findings_repo import mark_dirty

    mark_dirty(engine)


def input_name(doc_id: str, source: str | None, url: str | None) -> str:
    """The name the input gave a document, read back from what ingest stored as its ``source``.

    Ingest stores a JSONL record as ``PATH#ID`` (ID is the record's ``id``, or the ledger's content id when
    the record had none), a page as its URL or path. A reader names the document by the record's own id,
    else its URL, else its path; the ledger id is the last resort. No column is needed for this.
    """
    if (source or "").startswith(("http://", "https://")):
        return url or source or doc_id
    path, sep, fragment = (source or "").rpartition("#")
    if sep and fragment and fragment != doc_id:
        return fragment
    if url:
        return url
    return (path if sep else source) or doc_id


def _one_line(exc: BaseException) -> str:
    return " ".join(str(getattr(exc, "orig", exc)).split())[:300]
