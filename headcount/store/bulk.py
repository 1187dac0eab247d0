"""Bulk-load the Spark job's Parquet output (documents/, claims/, failures/) into a ledger.

``headcount ingest`` stores one document per transaction; at the scale of a crawl that is too slow, so this
loader writes batches: PostgreSQL through ``COPY`` (psycopg 3), SQLite through ``executemany`` in one
transaction per batch. It keeps ingest's rules, so a ledger cannot tell how a document came in:

- ids are the job's content ids (``models.document_id``, ``models.claim_id``); a document already stored
  with the same text is unchanged (its claims stay), new text under a known id replaces it (updated);
  loading the same output twice changes nothing (failures already recorded the same way are left alone).
- near-duplicates are linked by ``Ledger.put``'s rule (``store.dedup``, ``store.copies``): documents linked
  through the ledger's MinHash signature and LSH band keys form one set, whose earliest member (publication
  date, then fetch time, then id) is the original of all the others, whatever order they came in; stored
  members of a set a batch joins are re-linked when the batch brings an earlier one. The claims of a copy get
  ``carried_from`` by ``dedup.match_carried``, matched once every claim is in. (``copies.py`` works one
  document at a time in ``put``'s transaction, so the same rule is written here for a batch.)

Crash safety without one huge transaction: documents are written first with their extractor version
prefixed ``loading:``; their claims follow; the copies' claims are matched; only then does one statement
strip the prefix. A load killed at any point leaves documents marked ``loading:``, which the next load treats
as updated (their partial claims are replaced), so re-running the load always finishes the job.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import BigInteger, any_, bindparam, cast, delete, insert, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY

from headcount.errors import StoreError
from headcount.store import dedup
from headcount.store.engine import chunks
from headcount.store.ledger import Ledger, now, text_hash
from headcount.store.tables import claims, doc_bands, documents, failures

log = logging.getLogger(__name__)

LOADING = "loading:"
BATCH = 2000
_IN_CHUNK = 900  # ids per IN (...) list: under SQLite's variable limit with room for other parameters
Progress = Callable[[str, int], None]  # (stage, rows done in this call)


@dataclass(slots=True)
class LoadSummary:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    copies: int = 0
    claims: int = 0
    carried: int = 0
    failures: int = 0
    relinked: int = 0  # stored documents given another original by this load
    seconds: float = 0.0


def dataset_rows(directory: str | Path, name: str) -> int:
    """Rows in one of the output's datasets (0 when absent), from the Parquet footers only."""
    ds = _dataset(Path(directory), name)
    return int(ds.count_rows()) if ds is not None else 0


def _dataset(directory: Path, name: str) -> Any:
    import pyarrow.dataset as pads

    path = directory / name
    if not path.is_dir():
        return None
    return pads.dataset(str(path), format="parquet", partitioning="hive")


def _batches(ds: Any, columns: Sequence[str], size: int) -> Iterator[list[dict[str, Any]]]:
    if ds is None:
        return
    have = set(ds.schema.names)
    cols = [c for c in columns if c in have]
    for rb in ds.to_batches(columns=cols, batch_size=size):
        if rb.num_rows:
            yield rb.to_pylist()


def load(directory: str | Path, ledger: Ledger, *, batch_size: int = BATCH,
         on_progress: Progress | None = None) -> LoadSummary:
    """Load a Spark output directory into ``ledger``; returns what changed."""
    d = Path(directory)
    sets = {n: _dataset(d, n) for n in ("documents", "claims", "failures")}
    if all(v is None for v in sets.values()):
        raise StoreError(f"{d}: not an output of `headcount spark extract` (no documents/, claims/ or failures/)")
    t0 = time.perf_counter()
    s = LoadSummary()
    tick = on_progress or (lambda _stage, _n: None)
    pg = ledger.engine.dialect.name == "postgresql"
    for rows in _batches(sets["failures"], ("source", "reason", "stage"), batch_size):
        s.failures += _load_failures(ledger, rows)
        tick("failures", len(rows))
    doc_cols = [c.name for c in documents.columns if c.name not in ("copy_of", "similarity", "minhash")]
    moved: dict[str, str | None] = {}  # stored documents whose original changed: id -> new copy_of
    for rows in _batches(sets["documents"], doc_cols, batch_size):
        _load_documents(ledger, rows, s, pg, moved)
        tick("documents", len(rows))
    claim_cols = [c.name for c in claims.columns if c.name != "carried_from"] + ["doc_text_hash"]
    for rows in _batches(sets["claims"], claim_cols, batch_size):
        s.claims += _load_claims(ledger, rows, pg)
        tick("claims", len(rows))
    s.relinked = len(moved)
    s.carried = _mark_carried(ledger, batch_size, moved)
    _finish(ledger)
    s.seconds = time.perf_counter() - t0
    return s


# -- failures ----------------------------------------------------------------------------------------------
def _load_failures(ledger: Ledger, rows: list[dict[str, Any]]) -> int:
    """Record failures as ``record_failure`` does (latest replaces), leaving identical ones (and their time)."""
    latest = {_pg_text(r["source"]): (_pg_text(" ".join(str(r["reason"]).split())[:500]), r["stage"])
              for r in rows if r["source"]}
    with ledger.engine.begin() as conn:
        have = {}
        for chunk in chunks(list(latest), _IN_CHUNK):
            q = select(failures.c.source, failures.c.reason, failures.c.stage).where(failures.c.source.in_(chunk))
            have.update({r[0]: (r[1], r[2]) for r in conn.execute(q)})
        changed = [src for src, v in latest.items() if have.get(src) != v]
        if not changed:
            return 0
        for chunk in chunks(changed, _IN_CHUNK):
            conn.execute(delete(failures).where(failures.c.source.in_(chunk)))
        at = now()
        conn.execute(insert(failures), [{"source": src, "reason": latest[src][0], "stage": latest[src][1], "at": at}
                                        for src in changed])
    ledger._failures_seen = True
    return len(changed)


# -- documents ---------------------------------------------------------------------------------------------
def _load_documents(ledger: Ledger, rows: list[dict[str, Any]], s: LoadSummary, pg: bool,
                    moved: dict[str, str | None]) -> None:
    batch = {r["id"]: r for r in rows}  # the last capture of an id in the batch wins, as in ingest
    with ledger.engine.begin() as conn:
        old: dict[str, tuple[str, str]] = {}
        for chunk in chunks(list(batch), _IN_CHUNK):
            q = select(documents.c.id, documents.c.text_hash, documents.c.extractor_version)
            old.update({r[0]: (r[1], r[2] or "") for r in conn.execute(q.where(documents.c.id.in_(chunk)))})
        work, replaced = [], []
        for doc_id, r in batch.items():
            r["text_hash"] = r.get("text_hash") or text_hash(r["text"])
            prev = old.get(doc_id)
            if prev is not None and prev[0] == r["text_hash"] and not prev[1].startswith(LOADING):
                s.unchanged += 1
                continue
            work.append(r)  # in batch order: an earlier document is the original of a later copy
            if prev is None:
                s.new += 1
            else:
                replaced.append(r)
                s.updated += 1
        if not work:
            return
        if replaced:
            ids = [r["id"] for r in replaced]
            for chunk in chunks(ids, _IN_CHUNK):
                conn.execute(delete(claims).where(claims.c.doc_id.in_(chunk)))
            _delete_bands(conn, ids, pg)
            _detach(conn, ids, moved)
        sigs = {r["id"]: dedup.signature(r["text"]) for r in work}
        keys = {i: dedup.band_keys(sig) if sig is not None else [] for i, sig in sigs.items()}
        candidates = _stored_candidates(conn, keys, pg)
        links = _link_copies(conn, work, sigs, keys, candidates, s, moved)
        if replaced:
            for chunk in chunks([r["id"] for r in replaced], _IN_CHUNK):
                conn.execute(delete(documents).where(documents.c.id.in_(chunk)))
        doc_rows = []
        for r in work:
            sig = sigs[r["id"]]
            copy_of, sim = links.get(r["id"], (None, None))
            s.copies += copy_of is not None
            doc_rows.append({
                **{c.name: r.get(c.name) for c in documents.columns},
                "kind": r.get("kind") or "article",
                "extractor_version": LOADING + (r.get("extractor_version") or ""),
                "copy_of": copy_of, "similarity": sim,
                "minhash": dedup.to_bytes(sig) if sig is not None else None,
            })
        band_rows = [{"key": k, "doc_id": i} for i, ks in keys.items() for k in ks]
        _write(conn, documents, doc_rows, pg)
        _write(conn, doc_bands, band_rows, pg)
        if ledger._failures_seen:
            gone = [x for r in work for x in (r.get("source"), r.get("url")) if x]
            for chunk in chunks(gone, _IN_CHUNK):
                conn.execute(delete(failures).where(failures.c.source.in_(chunk)))


def _delete_bands(conn: Any, ids: Sequence[str], pg: bool) -> None:
    """Delete the band rows of stored documents by their primary key (key, doc_id): the keys are recomputed
    from each document's stored signature (a document without one has no bands). ``doc_bands`` has no
    foreign key, so this is what keeps it free of rows of replaced documents."""
    stored: list[tuple[str, bytes]] = []
    for chunk in chunks(ids, _IN_CHUNK):
        q = select(documents.c.id, documents.c.minhash).where(documents.c.id.in_(chunk),
                                                              documents.c.minhash.is_not(None))
        stored += [(r[0], r[1]) for r in conn.execute(q)]
    if not stored:
        return
    if pg:
        conn.execute(_DELETE_BANDS_PG, [{"d": i, "ks": dedup.band_keys(dedup.from_bytes(mh))} for i, mh in stored])
        return
    for i, mh in stored:
        conn.execute(delete(doc_bands).where(doc_bands.c.doc_id == i,
                                             doc_bands.c.key.in_(dedup.band_keys(dedup.from_bytes(mh)))))


_DELETE_BANDS_PG = delete(doc_bands).where(doc_bands.c.doc_id == bindparam("d"),
                                           doc_bands.c.key == any_(cast(bindparam("ks"), ARRAY(BigInteger))))
_BANDS_OF_KEYS_PG = select(doc_bands.c.key, doc_bands.c.doc_id).where(
    doc_bands.c.key == any_(cast(bindparam("ks"), ARRAY(BigInteger))))

Candidate = tuple[Any, str | None]  # (signature, copy_of)


def _stored_candidates(conn: Any, keys: dict[str, list[int]], pg: bool) -> dict[int, list[tuple[str, Candidate]]]:
    """Stored documents sharing a band key with the batch: key -> [(doc id, (signature, copy_of))], read
    from the band table's primary key (its first column is the key): on PostgreSQL with all the batch's keys
    as one array parameter, on SQLite in IN lists under its variable limit."""
    wanted = sorted({k for ks in keys.values() for k in ks})
    by_key: dict[int, list[str]] = {}
    if pg:
        queries = [(_BANDS_OF_KEYS_PG, {"ks": wanted})] if wanted else []
    else:
        queries = [(select(doc_bands.c.key, doc_bands.c.doc_id).where(doc_bands.c.key.in_(chunk)), {})
                   for chunk in chunks(wanted, _IN_CHUNK)]
    for q, params in queries:
        for k, i in conn.execute(q, params):
            by_key.setdefault(int(k), []).append(i)
    ids = sorted({i for v in by_key.values() for i in v})
    docs: dict[str, Candidate] = {}
    for chunk in chunks(ids, _IN_CHUNK):
        q = select(documents.c.id, documents.c.minhash, documents.c.copy_of).where(documents.c.id.in_(chunk))
        for i, mh, root in conn.execute(q):
            if mh is not None:
                docs[i] = (dedup.from_bytes(mh), root)
    return {k: [(i, docs[i]) for i in v if i in docs] for k, v in by_key.items()}


def _link_copies(conn: Any, work: list[dict[str, Any]], sigs: dict[str, Any], keys: dict[str, list[int]],
                 stored: dict[int, list[tuple[str, Candidate]]], s: LoadSummary,
                 moved: dict[str, str | None]) -> dict[str, dedup.Link]:
    """copy_of and similarity for the copies of the batch, by the order-free rule: the batch's documents,
    the stored ones they are linked to and those documents' sets are joined (union-find), and each joined set
    gets its earliest member as original (``dedup.assign``). Stored members whose link changes are updated
    here (recorded in ``moved`` when their original changed, for their claims' ``carried_from``)."""
    parent: dict[str, str] = {}

    def find(i: str) -> str:
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    batch = {r["id"]: r for r in work}
    roots: set[str] = set()
    seen: dict[int, list[tuple[str, Candidate]]] = {}  # band key -> documents of this batch before this one
    for r in work:
        doc_id, sig = r["id"], sigs[r["id"]]
        if sig is None:
            continue
        find(doc_id)
        cands = {i: c for k in keys[doc_id] for i, c in (*stored.get(k, ()), *seen.get(k, ()))}
        for cid, (mh, root) in cands.items():
            if cid != doc_id and dedup.similarity(sig, mh) >= dedup.COPY_THRESHOLD:
                union(doc_id, cid)
                if cid not in batch:
                    roots.add(root or cid)
        for k in keys[doc_id]:
            seen.setdefault(k, []).append((doc_id, (sig, None)))
    members = _components(conn, sorted(roots - set(batch)), set(batch))
    for i, (_, _, (copy_of, _)) in members.items():
        union(i, copy_of or i)
    groups: dict[str, dict[str, tuple[dedup.Rank, Any]]] = {}
    for i in parent:
        if i in batch:
            r = batch[i]
            groups.setdefault(find(i), {})[i] = (dedup.rank(i, r.get("published"), r.get("fetched_at")), sigs[i])
        elif i in members:
            groups.setdefault(find(i), {})[i] = members[i][:2]
    links: dict[str, dedup.Link] = {}
    changes = []
    for group in groups.values():
        for i, link in dedup.assign(group).items():
            if i in batch:
                if link[0] is not None:
                    links[i] = link
            elif members[i][2] != link:
                changes.append({"d": i, "c": link[0], "s": link[1]})
                if members[i][2][0] != link[0]:
                    moved[i] = link[0]
                    s.copies += members[i][2][0] is None  # an original that became a copy
    if changes:
        conn.execute(_SET_LINK, changes)
    return links


_SET_LINK = update(documents).where(documents.c.id == bindparam("d")).values(
    copy_of=bindparam("c"), similarity=bindparam("s"))
Member = tuple[dedup.Rank, Any, dedup.Link]  # rank, signature, the link stored now


def _components(conn: Any, roots: Sequence[str], skip: set[str]) -> dict[str, Member]:
    """The stored sets whose originals are ``roots``: each root and the documents whose copy_of names it."""
    cols = (documents.c.id, documents.c.minhash, documents.c.copy_of, documents.c.similarity,
            documents.c.published, documents.c.fetched_at)
    out: dict[str, Member] = {}
    for chunk in chunks(roots, _IN_CHUNK // 2):
        q = select(*cols).where(or_(documents.c.id.in_(chunk), documents.c.copy_of.in_(chunk)))
        for i, mh, copy_of, sim, published, fetched_at in conn.execute(q):
            if i not in skip and mh is not None:
                out[i] = (dedup.rank(i, published, fetched_at), dedup.from_bytes(mh), (copy_of, sim))
    return out


def _detach(conn: Any, ids: Sequence[str], moved: dict[str, str | None]) -> None:
    """Documents whose text is replaced leave their sets; what remains of each set is split into the sets its
    members still form (``dedup.clusters``), each with its earliest member as original."""
    gone = set(ids)
    roots: set[str] = set()
    for chunk in chunks(list(ids), _IN_CHUNK):
        q = select(documents.c.id, documents.c.copy_of).where(documents.c.id.in_(chunk))
        roots.update(copy_of or i for i, copy_of in conn.execute(q))
    members = _components(conn, sorted(roots), gone)
    by_root: dict[str, dict[str, Member]] = {}
    for i, m in members.items():
        by_root.setdefault(m[2][0] or i, {})[i] = m
    changes = []
    for group in by_root.values():
        for part in dedup.clusters({i: m[1] for i, m in group.items()}):
            for i, link in dedup.assign({i: group[i][:2] for i in part}).items():
                if group[i][2] != link:
                    changes.append({"d": i, "c": link[0], "s": link[1]})
                    if group[i][2][0] != link[0]:
                        moved[i] = link[0]
    if changes:
        conn.execute(_SET_LINK, changes)


# -- claims ------------------------------------------------------------------------------------------------
def _load_claims(ledger: Ledger, rows: list[dict[str, Any]], pg: bool) -> int:
    """Claims of the documents this load wrote (marked ``loading:``) and of the text it wrote."""
    doc_ids = sorted({r["doc_id"] for r in rows})
    with ledger.engine.begin() as conn:
        live: dict[str, str] = {}
        for chunk in chunks(doc_ids, _IN_CHUNK):
            q = select(documents.c.id, documents.c.text_hash).where(
                documents.c.id.in_(chunk), documents.c.extractor_version.startswith(LOADING))
            live.update({r[0]: r[1] for r in conn.execute(q)})
        out, seen = [], set()
        for r in rows:
            h = live.get(r["doc_id"])
            if h is None or (r.get("doc_text_hash") and r["doc_text_hash"] != h) or r["id"] in seen:
                continue
            seen.add(r["id"])
            row = {c.name: r.get(c.name) for c in claims.columns}
            row["carried_from"] = None
            out.append(row)
        _fill_places(out)
        if out:
            _write(conn, claims, out, pg, ignore_conflicts=True)
    return len(out)


def _fill_places(rows: list[dict[str, Any]]) -> None:
    """Each claim's place key, as ``Ledger.put`` stores it (``places.stored_keys`` per document, in claim
    order), for the rows whose place is not given."""
    from headcount.reconcile.places import stored_keys

    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    for doc_rows in by_doc.values():
        doc_rows.sort(key=lambda r: r["idx"])
        for r, key in zip(doc_rows, stored_keys([r["location"] for r in doc_rows]), strict=True):
            if r["place"] is None and r["location"]:
                r["place"] = key


def _mark_carried(ledger: Ledger, batch_size: int, moved: dict[str, str | None]) -> int:
    """Match the claims of every copy in a set this load touched with its original's (``match_carried``):
    the copies this load wrote, the stored copies of the originals they joined, and the stored documents
    re-linked (``moved``; one that became an original carries nothing). Reading the sets from the stored
    links, not from this run's memory, lets a re-run of a killed load finish the job."""
    with ledger.engine.connect() as conn:
        mine = conn.execute(select(documents.c.id, documents.c.copy_of).where(
            documents.c.extractor_version.startswith(LOADING), documents.c.minhash.is_not(None))).all()
        roots = sorted({copy_of or i for i, copy_of in mine})
        pairs: dict[str, str | None] = {}
        for chunk in chunks(roots, _IN_CHUNK):
            q = select(documents.c.id, documents.c.copy_of).where(documents.c.copy_of.in_(chunk))
            pairs.update({i: c for i, c in conn.execute(q)})
    pairs.update(moved)
    n = 0
    cols = (claims.c.id, claims.c.doc_id, claims.c.figure, claims.c.low, claims.c.high, claims.c.category,
            claims.c.carried_from)
    stmt = update(claims).where(claims.c.id == bindparam("cid")).values(carried_from=bindparam("orig"))
    items = sorted(pairs.items())
    for chunk in chunks(items, max(1, min(batch_size, _IN_CHUNK // 2))):
        ids = sorted({x for p in chunk for x in p if x is not None})
        with ledger.engine.begin() as conn:
            by_doc: dict[str, list[Any]] = {}
            q = select(*cols).where(claims.c.doc_id.in_(ids)).order_by(claims.c.doc_id, claims.c.idx)
            for row in conn.execute(q):
                by_doc.setdefault(row[1], []).append(row)
            params = []
            for copy_id, orig_id in chunk:
                claims_of = by_doc.get(copy_id, [])
                if not claims_of:
                    continue
                original = by_doc.get(orig_id, []) if orig_id is not None else []
                carried = dedup.match_carried([(r[2], r[3], r[4], r[5]) for r in claims_of],
                                              [(r[0], (r[2], r[3], r[4], r[5])) for r in original])
                params += [{"cid": r[0], "orig": c} for r, c in zip(claims_of, carried, strict=True) if r[6] != c]
            if params:
                conn.execute(stmt, params)
                n += sum(1 for p in params if p["orig"] is not None)
    return n


def _finish(ledger: Ledger) -> None:
    """Strip the ``loading:`` mark: from here on the documents are whole (their claims are all written)."""
    with ledger.engine.begin() as conn:
        marks = conn.execute(select(documents.c.extractor_version).distinct().where(
            documents.c.extractor_version.startswith(LOADING))).scalars().all()
        for m in marks:
            conn.execute(update(documents).where(documents.c.extractor_version == m)
                         .values(extractor_version=m[len(LOADING):]))


# -- writing -----------------------------------------------------------------------------------------------
def _write(conn: Any, table: Any, rows: list[dict[str, Any]], pg: bool, *, ignore_conflicts: bool = False) -> None:
    """Insert rows: PostgreSQL by COPY (through a staging table when conflicts are to be skipped), SQLite by
    one executemany."""
    if not rows:
        return
    if not pg:
        stmt = insert(table).prefix_with("OR IGNORE") if ignore_conflicts else insert(table)
        conn.execute(stmt, rows)
        return
    from psycopg import sql

    names = [c.name for c in table.columns]
    cols = sql.SQL(", ").join(sql.Identifier(n) for n in names)
    raw = conn.connection.driver_connection
    with raw.cursor() as cur:
        target = sql.Identifier(table.name)
        if ignore_conflicts:
            stage = sql.Identifier(f"_stage_{table.name}")
            cur.execute(sql.SQL("CREATE TEMP TABLE IF NOT EXISTS {} (LIKE {}) ON COMMIT DELETE ROWS")
                        .format(stage, target))
            target = stage
        with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(target, cols)) as cp:
            for r in rows:
                cp.write_row([_pg_text(r[n]) for n in names])
        if ignore_conflicts:
            cur.execute(sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT DO NOTHING")
                        .format(sql.Identifier(table.name), cols, cols, target))
            cur.execute(sql.SQL("TRUNCATE {}").format(target))


def _pg_text(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL; U+FFFD takes its place (one character for one: offsets still hold)."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value


