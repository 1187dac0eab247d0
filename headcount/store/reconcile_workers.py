"""The full reconcile's independent units of work, run in worker processes (``check --jobs N``).

Why: a full reconcile at a million claims is tens of CPU-minutes in one process, and this machine (like most)
has more than one core. Most of that work needs no other part of it: reading a batch of documents into points
(the party model, places, periods: half the time) depends on those documents alone, and a unit's checks (one
series key, one event, one place) on that unit's series alone. Only the running-count join (one event's points
at once, ``running.join_running``) and the writes stay in the parent, which holds the ledger's one writer
transaction.

How, so that the findings stay exactly those of one process:

- the parent reads the ledger (documents and claims, a batch at a time, on the connection that holds the
  writer lock: ``findings_repo._writer_lock``) and hands each batch to a worker; workers never open the
  ledger, so no second reader or writer of it is added on either backend, and reading is a few per cent of
  the time. Workers read the parent's spill file (WAL: the parent commits each event's joined points, in a
  short transaction, before it gives out that event's tasks);
- a task returns plain data (pickled points, findings); the parent writes them, in the order the tasks were
  given, so finding ids and rows are the ones the single-process run writes;
- ``Pool(jobs=1)`` runs the same task functions in the parent, so one code path is tested either way; there
  the pool's own state object is passed to them (never a module global: two reconciles of two ledgers on two
  threads of one process each keep their own spill connection and registry). The module's ``_WORKER`` state
  is used in worker processes only, set by ``_init``.

Workers come from a fork server (``spawn`` where there is none): a clean process, started once per parent
process, that never held a connection, lock or thread of the parent (which matters in the web app, whose
reconcile runs in a thread) and that imported ``reconcile_preload``, which loads the gazetteer, the lemma
dictionaries and the party model's lists (330 MB and 5 s of CPU before ``startup_cache``; less since). Workers forked from it share those pages
and pay no start-up; a small ledger is still reconciled in the parent (``jobs_for``). As with any ``spawn``
or fork server, a script that runs a full reconcile must guard its entry (``if __name__ == "__main__"``):
the server imports the parent's main module.

The fork server is one per parent process and lives as long as it (idle between reconciles, holding the
loaded tables: in the web app, from the first large full reconcile on). It keeps the environment it started
with, so the cache directory is passed to each pool's workers (``initargs``) rather than read from it. If
``reconcile_preload`` fails to warm up, it logs a warning and the workers load on first use instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from headcount.models import Claim
from headcount.reconcile.findings import Finding
from headcount.reconcile.incremental import series_of, units_findings
from headcount.reconcile.series import DocMeta, Point
from headcount.store.reconcile_shared import decoded, encode, in_lists

#: below this many documents a full reconcile runs in one process: starting workers costs more than it saves
WORKERS_FROM = 5000
#: points per task of series-key units (a series is never split; a larger one is a task of its own)
KEY_TASK_POINTS = 20_000

log = logging.getLogger(__name__)

#: event, series key, doc id, position, the party key of a named figure (else None: ``join_slices``), pickled point
SpillRow = tuple[str, str, str, int, str | None, bytes]


def cpus() -> int:
    """The CPUs this process may run on (affinity where the system says), at least one."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def jobs_for(requested: int | None, documents: int) -> int:
    """How many processes a full reconcile uses: ``requested`` when given (at most one per CPU: more only
    queue for the same cores and each holds its own memory), else one per CPU for a ledger of
    ``WORKERS_FROM`` documents or more, else one."""
    if requested is not None:
        return max(1, min(requested, cpus()))
    return cpus() if documents >= WORKERS_FROM else 1


class _State:
    """What a worker (or the parent's pool, with jobs=1) keeps between tasks: opened once, on first use."""

    def __init__(self, overlay: Mapping[str, Any], spill: Path | None, copies: Mapping[str, DocMeta]) -> None:
        self.overlay, self.spill, self.copies = overlay, spill, copies
        self.registry: Any = None
        self.spill_db: sqlite3.Connection | None = None

    def registry_(self) -> Any:
        if self.registry is None:
            from headcount.reconcile.analysis import registry_with

            self.registry = registry_with(self.overlay)
        return self.registry

    def connect(self) -> None:
        if self.spill_db is None:
            assert self.spill is not None
            self.spill_db = sqlite3.connect(self.spill, timeout=600)
            self.spill_db.execute("PRAGMA query_only=ON")

    def load(self, sql: str, args: Sequence[Any]) -> list[Point]:
        self.connect()
        assert self.spill_db is not None
        return list(decoded(b for (b,) in self.spill_db.execute(sql, tuple(args))))  # values shared

    def close(self) -> None:
        if self.spill_db is not None:
            self.spill_db.close()
            self.spill_db = None


#: a worker process's state, set by ``_init``; never used in the parent
_WORKER = _State({}, None, {})


def _init(overlay: Mapping[str, Any], spill: Path, copies: Mapping[str, DocMeta], cache_env: str | None) -> None:
    global _WORKER
    if cache_env is not None:  # the parent's cache directory, not the one the fork server started with
        os.environ["HEADCOUNT_CACHE_DIR"] = cache_env
    _WORKER = _State(overlay, spill, copies)


def dump(p: Point) -> bytes:
    return encode(p)  # a flat tuple (``reconcile_shared``)


# -- tasks: module-level functions, so that a spawned worker can run them ---------------------------------------

# Each takes the pool's state as ``state`` when run in the parent (jobs=1) and uses the worker's otherwise.

def read_points(batch: tuple[list[Claim], dict[str, DocMeta]], state: _State | None = None) -> list[SpillRow]:
    """A batch of documents (their claims and metadata, read by the parent) into points
    (``series.points_of``), pickled for the spill file with the party of a named figure (what the parent
    slices each event's join by: ``join_slices``)."""
    from headcount.reconcile.running_places import named
    from headcount.reconcile.series import points_of

    st = state or _WORKER
    cl, docs = batch
    return [(p.key.event, str(p.key), p.doc_id, p.index, p.party.key if named(p) else None, dump(p))
            for p in points_of(cl, docs, st.registry_())]


def key_units(keys: Sequence[str], tol: float, state: _State | None = None) -> dict[str, list[Finding]]:
    """The findings of these series keys' units, from their joined points in the spill file."""
    st = state or _WORKER
    pts: list[Point] = []
    for part, qs in in_lists(keys):
        pts += st.load(f"SELECT blob FROM joined WHERE key IN ({qs}) ORDER BY doc_id, idx", part)  # noqa: S608
    series = series_of(pts, st.copies)
    return units_findings({f"key:{k}" for k in series}, series, tol)


def event_unit(event: str, tol: float, state: _State | None = None) -> dict[str, list[Finding]]:
    """The findings of one event's unit, with the points its "including" links lead to in other events."""
    st = state or _WORKER
    pts = st.load("SELECT blob FROM joined WHERE event = ? ORDER BY doc_id, idx", [event])
    pts += _parents(st, pts, None)
    return units_findings({f"event:{event}"}, series_of(pts, st.copies), tol)


def _parents(st: _State, pts: Sequence[Point], other_than: str | None) -> list[Point]:
    """The points the "including" links of ``pts`` lead to outside them, in batches; with ``other_than`` (a
    window of that event) only those in other events. A window does not load its own event's parents outside
    its read set, on purpose: a link is in the window's reach (``event_windows``), so a parent the window needs
    is read already, and a finding of a part lying outside is owned by the part's own window."""
    ids = {p.id for p in pts}
    parents = sorted({p.parent_id for p in pts if p.parent_id and p.parent_id not in ids})
    del ids
    out: list[Point] = []
    same = "" if other_than is None else " AND event != ?"
    for part, qs in in_lists(parents):
        out += st.load(f"SELECT blob FROM joined WHERE claim_id IN ({qs}){same} ORDER BY doc_id, idx",  # noqa: S608
                       [*part] if other_than is None else [*part, other_than])
    return out


def event_window(task: tuple[str, int, Sequence[Finding]], tol: float, state: _State | None = None) -> list[Finding]:
    """The findings one window of a large event owns (``event_windows``): the points the window reads, from
    the spill file's ``win`` rows the parent wrote for it, with the points their links lead to in other
    events; the event's keys' contradictions and revisions come with the task (from the key units)."""
    from headcount.reconcile.event_windows import window_findings

    event, w, disagreements = task
    st = state or _WORKER
    owns: list[int] = []

    def blobs() -> Iterator[bytes]:
        assert st.spill_db is not None
        # in the order a full run reads the event: the planned positions (the parent writes its joined rows a
        # join slice at a time, so their rowids are not in that order)
        for b, own in st.spill_db.execute("SELECT j.blob, w.own FROM win w JOIN joined j ON j.rowid = w.rid "
                                          "WHERE w.event = ? AND w.w = ? ORDER BY w.pos", (event, w)):
            owns.append(own)
            yield b

    st.connect()
    pts = list(decoded(blobs()))
    own = {p.id for p, o in zip(pts, owns, strict=True) if o}
    pts += _parents(st, pts, event)
    return window_findings(event, pts, own, st.copies, tol, w == 0, disagreements)


EventTask = tuple[str, int | None, Sequence[Finding]]  # event, window (None: whole), the keys' disagreements


def event_task(task: EventTask, tol: float, state: _State | None = None) -> list[Finding]:
    """An event's unit whole (``w`` None) or one of its windows: the findings as a list."""
    event, w, disagreements = task
    if w is None:
        return event_unit(event, tol, state)[f"event:{event}"]
    return event_window((event, w, disagreements), tol, state)


def place_unit(place: str, tol: float, state: _State | None = None) -> dict[str, list[Finding]]:
    """The stock-and-flow findings at one place, from the flow events' joined points there."""
    st = state or _WORKER
    pts = st.load("SELECT blob FROM joined WHERE flow = 1 AND place = ? ORDER BY doc_id, idx", [place])
    return units_findings({f"place:{place}"}, series_of(pts, st.copies), tol)


# -- the pool ---------------------------------------------------------------------------------------------------

class Pool:
    """``jobs`` worker processes running the tasks above, or (jobs=1) the parent itself.

    ``submit`` returns a future either way; the caller takes results in the order it submitted, so what it
    writes does not depend on which worker finished first."""

    def __init__(self, jobs: int, overlay: Mapping[str, Any], spill: Path, copies: Mapping[str, DocMeta]) -> None:
        self.jobs = jobs
        self.executor: ProcessPoolExecutor | None = None
        self.state: _State | None = None
        if jobs > 1:
            args = (dict(overlay), spill, dict(copies), os.environ.get("HEADCOUNT_CACHE_DIR"))
            self.executor = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_init,
                                                initargs=args)
        else:
            self.state = _State(dict(overlay), spill, dict(copies))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        if self.executor is not None:
            return self.executor.submit(fn, *args)
        done: Future[Any] = Future()
        done.set_result(fn(*args, state=self.state))
        return done

    def ordered(self, fn: Callable[..., Any], items: Iterable[Any], *args: Any) -> Iterator[Any]:
        """``fn(item, *args)`` for each item, in order, with at most twice ``jobs`` tasks queued (so results
        waiting to be written stay few)."""
        queue: list[Future[Any]] = []
        for item in items:
            queue.append(self.submit(fn, item, *args))
            if len(queue) >= 2 * self.jobs:
                yield queue.pop(0).result()
        while queue:
            yield queue.pop(0).result()

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
        if self.state is not None:
            self.state.close()
            self.state = None


def _context() -> multiprocessing.context.BaseContext:
    """Fork server where there is one (Linux, macOS): workers fork from a clean server process that imported
    ``reconcile_preload``, so they share its loaded data; else spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["headcount.store.reconcile_preload"])
    return ctx


def key_chunks(sizes: Mapping[str, int], limit: int = KEY_TASK_POINTS) -> list[list[str]]:
    """Series keys (sorted) cut into runs of at most ``limit`` points, a larger series alone."""
    out: list[list[str]] = []
    run: list[str] = []
    n = 0
    for k in sorted(sizes):
        if run and n + sizes[k] > limit:
            out.append(run)
            run, n = [], 0
        run.append(k)
        n += sizes[k]
    if run:
        out.append(run)
    return out
