"""Keeping the database's reconciled tables in step with the ledger, in the background, and small caches.

Nothing here holds the ledger: requests read the database (``headcount.web.reads``, ``headcount.web.queries``).
A background thread looks every ``CHECK_EVERY_S`` seconds at a cheap signature of the ledger (counts of
documents and of reconciled documents, the latest fetch, the party edits); when it changed (or a web write
asked), it runs the stored, incremental reconcile (``findings_repo.reconcile``: only what changed) and brings
the web's own tables up to date (``web_index.refresh``). Pages read whatever is stored meanwhile, so start-up
never waits for it.

Caches are per process, bounded, and keyed by ``web_version`` (a value the refresh changes), so another worker's
refresh is seen within ``VERSION_EVERY_S``: a built series (a chart reads thousands of reports), the overview's
lists.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, func, select

from headcount.store.findings_tables import reconciled_docs
from headcount.store.reconcile_repo import ReconcileStore
from headcount.store.tables import documents
from headcount.store.web_index import overlay_hash, store_counts, web_version

log = logging.getLogger(__name__)

CHECK_EVERY_S = 5.0
VERSION_EVERY_S = 1.0
CACHE_ITEMS = 64


def signature(engine: Engine) -> tuple[Any, ...]:
    """Cheap: two counts, one max and the party edits (a few ms at 100,000 claims)."""
    with engine.connect() as conn:
        n_docs, latest = conn.execute(select(func.count(), func.max(documents.c.fetched_at))
                                      .select_from(documents)).one()
        n_rec = conn.scalar(select(func.count()).select_from(reconciled_docs))
    return (int(n_docs), latest, int(n_rec or 0), overlay_hash(ReconcileStore(engine).party_overlay()))


def analyse_tables(engine: Engine) -> None:
    """Give the query planner statistics: without them SQLite reads a claims page by sorting every claim
    instead of walking the order index. SQLite samples (``analysis_limit``: tens of ms at any size);
    PostgreSQL samples anyway (about a second at a million claims), and its autovacuum may not yet have
    seen freshly loaded tables."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA analysis_limit=400")
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.exec_driver_sql("ANALYZE documents, claims, claim_series, claim_parties, findings, finding_claims, "
                                 "series_summaries, party_summaries")
        conn.commit()


class Live:
    """The background refresh and the per-process caches of one app."""

    def __init__(self, engine: Engine, *, reconcile: bool = True) -> None:
        self.engine = engine
        self.reconcile = reconcile
        self.error: str | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._cond = threading.Condition()
        self._asked = 0  # refreshes asked for
        self._done = 0  # the highest ask a finished refresh covered
        self._sig: tuple[Any, ...] | None = None
        self._thread: threading.Thread | None = None
        self._version: tuple[float, str] = (0.0, "")
        self._cache: OrderedDict[Any, Any] = OrderedDict()
        self._making: dict[Any, threading.Lock] = {}
        self._counts: tuple[float, dict[str, int]] = (0.0, {})
        self._counting = threading.Lock()

    # -- the background refresh ---------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="headcount-refresh", daemon=True)
            self._thread.start()

    def stop(self, wait_s: float | None = None) -> None:
        """Stop the background refresh and wait for it to end (None: however long that takes), so that it
        does not use an engine the app disposes just after. A running web refresh stops at its next batch of
        documents (``web_index.refresh``'s ``stop``); a running reconcile is one transaction and is waited
        for."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(wait_s)

    def poke(self) -> None:
        """The app changed the ledger: refresh now rather than at the next check."""
        with self._cond:
            self._asked += 1
        self._wake.set()
        self.start()

    def wait_fresh(self, timeout: float = 600.0) -> None:
        """Block until a refresh that began after this call has finished (tests, and after a web write)."""
        with self._cond:
            self._asked += 1
            want = self._asked
        self._wake.set()
        self.start()
        with self._cond:
            self._cond.wait_for(lambda: self._done >= want, timeout)
        self._version = (0.0, "")

    def _loop(self) -> None:
        first = True
        while not self._stop.is_set():
            self._wake.clear()
            with self._cond:
                asked = self._asked
            try:
                sig = signature(self.engine)
                if (first and self.reconcile) or asked > self._done or sig != self._sig:
                    if not first or self.reconcile:
                        self._work()
                    else:  # no reconcile at start: the counts row may predate a command's change; count now
                        store_counts(self.engine)
                    sig = signature(self.engine)
                    analyse_tables(self.engine)
                self._sig = sig
                self.error = None
            except Exception as exc:  # noqa: BLE001 - the pages keep serving what is stored, and say why
                log.exception("could not bring the reconciled tables up to date")
                self.error = f"{type(exc).__name__}: {exc}"
            first = False
            with self._cond:
                self._done = max(self._done, asked)
                self._cond.notify_all()
            self._wake.wait(CHECK_EVERY_S)

    def _work(self) -> None:
        from headcount.store.findings_repo import reconcile
        from headcount.store.web_index import refresh

        t0 = time.perf_counter()
        done = reconcile(self.engine)
        if self._stop.is_set():
            return
        got = refresh(self.engine, ReconcileStore(self.engine).party_overlay(), stop=self._stop.is_set)
        if done.documents or got.documents:
            log.info("reconciled %d documents (%d findings) and refreshed %d in %.1f s", done.documents,
                     done.findings, got.documents, time.perf_counter() - t0)

    # -- caches -------------------------------------------------------------------------------------------
    def version(self) -> str:
        """The stored tables' version, read at most every VERSION_EVERY_S (one primary-key lookup)."""
        now = time.monotonic()
        at, v = self._version
        if now - at > VERSION_EVERY_S:
            with self.engine.connect() as conn:
                v = web_version(conn)
            self._version = (now, v)
        return v

    def cached(self, name: Any, make: Callable[[], Any], *extra: Any) -> Any:
        """``make()`` once per (name, stored version, extra), keeping the CACHE_ITEMS most recent."""
        key = (name, self.version(), *extra)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            making = self._making.setdefault(key, threading.Lock())
        with making:  # twenty requests for one cold series build it once; the others wait for it
            with self._lock:
                if key in self._cache:
                    return self._cache[key]
            value = make()
            with self._lock:
                self._cache[key] = value
                self._making.pop(key, None)
                while len(self._cache) > CACHE_ITEMS:
                    self._cache.popitem(last=False)
        return value

    def counts(self) -> dict[str, int]:
        """Documents and claims, counted at most every 2 s (COUNT(*) reads an index of the whole table).

        One request counts; the others meanwhile answer with the counts before (at most a few seconds old, as
        always): when every request counted once they were 2 s old, twenty clients ran twenty counts of a
        million claims at once, every 2 s (seen in ``pg_stat_activity`` at 1M claims on PostgreSQL)."""
        now = time.monotonic()
        at, got = self._counts
        if now - at > 2.0 or not got:
            if not self._counting.acquire(blocking=not got):
                return got  # another request is counting: the counts before are at most a few seconds old
            try:
                at, got = self._counts
                if now - at > 2.0 or not got:
                    from headcount.store.tables import claims

                    with self.engine.connect() as conn:
                        got = {"documents": int(conn.scalar(select(func.count()).select_from(documents)) or 0),
                               "claims": int(conn.scalar(select(func.count()).select_from(claims)) or 0)}
                    self._counts = (time.monotonic(), got)
            finally:
                self._counting.release()
        return got
