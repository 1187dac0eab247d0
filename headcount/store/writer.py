"""The ledger's per-document write path: statements compiled once, run on one held DBAPI connection.

``Ledger.put`` writes one document per transaction (the issue's rule: a killed run leaves whole documents
only), so at 10,000 documents the fixed cost of each transaction is what ingest pays. Measured with
``bench/ingest.py``, SQLAlchemy's per-statement and per-transaction machinery (pool checkout, result set-up,
the begin/commit bookkeeping) cost more than SQLite's own work, and on PostgreSQL each statement was a round
trip of its own. So this module

- compiles each statement once per dialect from the SQLAlchemy expressions below, to the driver's SQL with
  bound parameters only (no value is ever formatted into SQL);
- keeps one connection from the engine's pool for the ledger's writes, so no checkout per document;
- on SQLite writes a document's band keys and claims with ``executemany``, and checkpoints the WAL from a
  thread of its own (``Checkpointer``): with ``synchronous=NORMAL`` a commit only appends to the WAL, and
  the fsyncs are paid at checkpoints, which the bench showed to be more than half of SQLite's storage time
  when the committing connection ran them;
- on PostgreSQL runs the whole transaction in psycopg's pipeline mode and writes all band keys and all claims
  of a document with one statement each (band keys: ``unnest`` of one bigint array in binary; claims: one
  JSON parameter expanded by ``json_to_recordset``): a new
  document costs three round trips (BEGIN + the unchanged check; the near-duplicate lookup; the inserts +
  COMMIT), an unchanged one two, and a commit does not wait for the WAL flush (``SET LOCAL
  synchronous_commit TO OFF``, see docs/ledger.md).

Database errors come out as SQLAlchemy's ``DBAPIError`` family, as they would from an ``Engine``.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from typing import Any

from sqlalchemy import (
    BigInteger,
    Engine,
    String,
    Text,
    any_,
    bindparam,
    cast,
    column,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSON
from sqlalchemy.exc import DBAPIError

from headcount.store import dedup
from headcount.store.tables import claims, doc_bands, documents, failures

log = logging.getLogger(__name__)

# PostgreSQL: a commit returns before its WAL record is flushed to disk. A server crash can lose the last
# few committed documents (at most about three wal_writer_delay, 0.6 s by default), whole, never a part of
# one; a killed client loses nothing it committed. Re-running the ingest stores them again (ids from content).
ASYNC_COMMIT = True

_DOC_COLUMNS = tuple(c.name for c in documents.columns)
_CLAIM_COLUMNS_ALL = tuple(c.name for c in claims.columns)


def _scalar_of(col: Any) -> Any:
    # Strings travel as text: a cast to varchar(n) would silently cut a value that is too long, where the
    # INSERT's own assignment cast refuses it, as a plain INSERT does.
    return Text if isinstance(col.type, String) else col.type


def _array_of(col: Any) -> ARRAY[Any]:
    return ARRAY(_scalar_of(col))


_unnest_claims = func.unnest(*[cast(bindparam(c.name), _array_of(c)) for c in claims.columns]).table_valued(
    *_CLAIM_COLUMNS_ALL).render_derived()

_json_claims = func.json_to_recordset(cast(bindparam("rows"), JSON)).table_valued(
    *[column(c.name, _scalar_of(c)) for c in claims.columns]).render_derived(name="r", with_types=True)

# name -> (statement, the parameter names a compiled INSERT/UPDATE must list; () for others)
_COMMON: dict[str, tuple[Any, tuple[str, ...]]] = {
    "old": (select(documents.c.text_hash, documents.c.extractor_version, documents.c.copy_of)
            .where(documents.c.id == bindparam("id")), ()),
    "clear_failures": (delete(failures).where(or_(failures.c.source == bindparam("source"),
                                                  failures.c.source == bindparam("url"))), ()),
    "near": (select(documents.c.id, documents.c.minhash, documents.c.copy_of).where(documents.c.id.in_(
        select(doc_bands.c.doc_id).where(doc_bands.c.key.in_([bindparam(f"k{i}") for i in range(dedup.BANDS)]),
                                         doc_bands.c.doc_id != bindparam("id")))), ()),
    "original_claims": (select(claims.c.id, claims.c.figure, claims.c.low, claims.c.high, claims.c.category)
                        .where(claims.c.doc_id == bindparam("doc_id")).order_by(claims.c.idx), ()),
    # a set of near-duplicates: its original and the copies that name it (copies.py)
    "component": (select(documents.c.id, documents.c.minhash, documents.c.copy_of, documents.c.similarity,
                         documents.c.published, documents.c.fetched_at)
                  .where(or_(documents.c.id == bindparam("root"), documents.c.copy_of == bindparam("root")))
                  .order_by(documents.c.id), ()),
    "root": (select(documents.c.id, documents.c.minhash, documents.c.copy_of, documents.c.similarity,
                    documents.c.published, documents.c.fetched_at).where(documents.c.id == bindparam("root")), ()),
    "set_link": (update(documents).where(documents.c.id == bindparam("doc_id"))
                 .values(copy_of=bindparam("copy_of"), similarity=bindparam("similarity")), ()),
    "set_carried": (update(claims).where(claims.c.id == bindparam("cid")).values(carried_from=bindparam("orig")), ()),
    "insert_doc": (insert(documents), _DOC_COLUMNS),
    "update_doc": (update(documents).where(documents.c.id == bindparam("doc_id"))
                   .values({c: bindparam(c) for c in _DOC_COLUMNS if c != "id"}), ()),
    "delete_claims": (delete(claims).where(claims.c.doc_id == bindparam("doc_id")), ()),
    # an updated document's stored signature, whose band keys say which band rows to delete
    "old_minhash": (select(documents.c.minhash).where(documents.c.id == bindparam("id")), ()),
    # a document's band rows by primary key (key, doc_id): its BANDS keys, recomputed from the stored signature
    "delete_bands": (delete(doc_bands).where(doc_bands.c.doc_id == bindparam("doc_id"), doc_bands.c.key.in_(
        [bindparam(f"k{i}") for i in range(dedup.BANDS)])), ()),
}
_ROWS: dict[str, tuple[Any, tuple[str, ...]]] = {  # SQLite: one row per parameter set, executemany
    "insert_bands": (insert(doc_bands), ("key", "doc_id")),
    "insert_claims": (insert(claims), _CLAIM_COLUMNS_ALL),
}
_ARRAYS: dict[str, tuple[Any, tuple[str, ...]]] = {  # PostgreSQL: one statement, one array per column
    "insert_bands": (insert(doc_bands).from_select(["key", "doc_id"], select(
        func.unnest(cast(bindparam("keys"), ARRAY(BigInteger))), bindparam("doc_id", type_=Text))), ()),
    # A document's claims as ONE parameter, a JSON array of row objects expanded by the server. As ~30 arrays
    # (one per column, the unnest form below) psycopg adapted every element in Python, which was most of the
    # client's storage time; json.dumps is one C call.
    "insert_claims": (insert(claims).from_select(list(_CLAIM_COLUMNS_ALL),
                                                 select(*[_json_claims.c[c] for c in _CLAIM_COLUMNS_ALL])), ()),
    # the same rows as one array per column: for rows JSON cannot carry (a float that is not finite)
    "insert_claims_arrays": (insert(claims).from_select(
        list(_CLAIM_COLUMNS_ALL), select(*[_unnest_claims.c[c] for c in _CLAIM_COLUMNS_ALL])), ()),
    # the band keys as one array parameter
    "delete_bands": (delete(doc_bands).where(doc_bands.c.doc_id == bindparam("doc_id"), doc_bands.c.key == any_(
        cast(bindparam("keys"), ARRAY(BigInteger)))), ()),
    # The candidates' ids are gathered into an array first (an InitPlan), then fetched by primary key. Written
    # as `id IN (subquery)`, PostgreSQL planned a hash join over a sequential scan of all documents whenever
    # the tables had no statistics yet (a fresh or fast-growing ledger, before autovacuum's ANALYZE): at
    # 2,000 documents that lookup took 1.2 ms of server time a document, 70% of all the ingest's statements.
    "near": (select(documents.c.id, documents.c.minhash, documents.c.copy_of).where(documents.c.id == any_(
        func.array(select(doc_bands.c.doc_id).where(
            doc_bands.c.key == any_(cast(bindparam("keys"), ARRAY(BigInteger))),
            doc_bands.c.doc_id != bindparam("id")).scalar_subquery()))), ()),
}


_PYFORMAT = re.compile(r"%\((\w+)\)s")  # a named placeholder as SQLAlchemy's psycopg dialect writes it


# psycopg prepares a statement after a few runs, and PostgreSQL then may settle on a generic plan. For the
# near-duplicate lookup the generic plan measured slower than planning each run with its keys (10,000
# documents: 3.4 against 2.4 ms a document in all; with the keys as 32 parameters, 3.4 against 2.6), so it is
# always planned afresh.
_UNPREPARED = frozenset({"near"})


class Tx:
    """One open write transaction: run the named statements with bound parameters."""

    def __init__(self, writer: Writer, cursor: Any) -> None:
        self._w = writer
        self._cur = cursor

    def all(self, name: str, params: dict[str, Any]) -> list[Any]:
        if self._w.pg and name in _UNPREPARED:
            self._cur.execute(*self._w.sql(name, params), prepare=False)
        else:
            self._cur.execute(*self._w.sql(name, params))
        return list(self._cur.fetchall())

    def first(self, name: str, params: dict[str, Any]) -> Any:
        rows = self.all(name, params)
        return rows[0] if rows else None

    def run(self, name: str, params: dict[str, Any]) -> None:
        self._cur.execute(*self._w.sql(name, params))

    def insert_rows(self, name: str, rows: Sequence[dict[str, Any]]) -> None:
        """Several rows into one table: executemany on SQLite, one unnest INSERT on PostgreSQL."""
        if not rows:
            return
        if self._w.pg:
            if name == "insert_bands":
                params: dict[str, Any] = {"keys": [r["key"] for r in rows], "doc_id": rows[0]["doc_id"]}
                if any(r["doc_id"] != params["doc_id"] for r in rows):
                    raise ValueError("insert_bands: one document's band keys at a time")
            else:
                try:
                    params = {"rows": json.dumps(rows, separators=(",", ":"), ensure_ascii=False, allow_nan=False)}
                except ValueError:  # inf or nan: JSON has no such number
                    name, params = "insert_claims_arrays", {c: [r[c] for r in rows] for c in _CLAIM_COLUMNS_ALL}
            self._cur.execute(*self._w.sql(name, params))
        else:
            sql, order = self._w.compiled(name)
            assert order is not None
            self._cur.executemany(sql, [tuple(r[k] for k in order) for r in rows])


class Checkpointer:
    """Copies a SQLite ledger's WAL into the database file (and fsyncs both) from a thread of its own.

    A document's commit appends its pages to the WAL; making them durable in the database file (a
    checkpoint: copy, then fsync the WAL and the file) is what costs on a real disk. Done here, a PASSIVE
    checkpoint at most every ``every`` seconds, it overlaps with extraction instead of stalling the next
    document. Nothing about consistency changes: a checkpoint only copies committed pages, and a killed
    process leaves a WAL that the next open replays. The committing connection keeps SQLite's automatic
    checkpoint as a backstop (after ``wal_autocheckpoint`` pages it finishes what this thread has not yet
    copied, so the WAL restarts from its beginning and stays bounded).
    """

    def __init__(self, path: str, every: float = 0.1) -> None:
        self.path = path
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="headcount-checkpoint", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        except sqlite3.Error as exc:
            log.debug("checkpointer not started: %s", exc)
            return
        try:
            conn.execute("PRAGMA synchronous=NORMAL")
            while not self._stop.wait(self.every):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error as exc:  # busy or locked now: the next round (or the backstop) does it
                    log.debug("checkpoint skipped: %s", exc)
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


class Writer:
    """The write connection of one ledger (taken from the engine's pool on first use, given back on close)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.pg = engine.dialect.name == "postgresql"
        self._conn: Any = None  # the pool's proxy for a DBAPI connection
        self._checkpointer: Checkpointer | None = None
        self._lock = threading.Lock()
        self._compiled: dict[str, tuple[str, tuple[str, ...] | None]] = {}

    def compiled(self, name: str) -> tuple[str, tuple[str, ...] | None]:
        """The driver SQL of a statement and, for a positional paramstyle, the parameter order."""
        got = self._compiled.get(name)
        if got is None:
            stmt, columns = (_ARRAYS if self.pg else _ROWS).get(name) or _COMMON[name]
            c = stmt.compile(dialect=self.engine.dialect, column_keys=list(columns) or None)
            order = tuple(c.positiontup) if c.positional and c.positiontup else None
            sql = str(c)
            if self.pg and name in _ARRAYS:  # arrays travel in psycopg's binary format: no quoting pass
                sql = _PYFORMAT.sub(r"%(\1)b", sql)
            got = self._compiled[name] = (sql, order)
        return got

    def sql(self, name: str, params: dict[str, Any]) -> tuple[str, Any]:
        sql, order = self.compiled(name)
        return sql, (tuple(params[k] for k in order) if order else params)

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """A transaction that commits when the block ends and rolls back when it raises.

        One at a time per ledger (a lock): the web app ingests from a worker thread while requests read.
        """
        with self._lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[Tx]:
        conn = self._connection()
        dbapi_error: type[Exception] = self.engine.dialect.loaded_dbapi.Error
        cur = conn.cursor()
        try:
            with conn.driver_connection.pipeline() if self.pg else nullcontext():
                if self.pg:
                    # Every read here is a key lookup (the unchanged check, the band lookup, the original's
                    # claims). While a fresh or fast-growing ledger has no statistics yet (before autovacuum's
                    # ANALYZE), PostgreSQL took doc_bands for a small table and scanned all of it per
                    # document (auto_explain: 2 to 6 ms at 2,000 documents). Same round trip as the BEGIN.
                    cur.execute("SET LOCAL enable_seqscan TO off")
                if self.pg and ASYNC_COMMIT:
                    cur.execute("SET LOCAL synchronous_commit TO OFF")
                yield Tx(self, cur)
                conn.commit()
        except dbapi_error as exc:
            self._abort(conn)
            raise DBAPIError.instance(None, None, exc, dbapi_error, dialect=self.engine.dialect) from exc
        except BaseException:
            self._abort(conn)
            raise
        finally:
            with suppress(Exception):  # the cursor of a connection already gone
                cur.close()

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                conn.close()
            except Exception as exc:  # noqa: BLE001 - closing must not mask what came before
                log.debug("closing the write connection: %s", exc)

    def _connection(self) -> Any:
        if self._conn is None:
            self._conn = self.engine.raw_connection()
            path = self.engine.url.database
            if not self.pg and self._checkpointer is None and path and path != ":memory:":
                self._checkpointer = Checkpointer(path)
        return self._conn

    def _abort(self, conn: Any) -> None:
        try:
            conn.rollback()
            if not getattr(conn.driver_connection, "closed", False):
                return
        except Exception as exc:  # noqa: BLE001 - a lost connection: drop it, the next write reconnects
            log.debug("rollback failed: %s", exc)
        try:
            conn.invalidate()
        finally:
            self._conn = None
