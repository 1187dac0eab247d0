#!/usr/bin/env python3
"""Stored reconciliation at scale: full reconcile, then incremental after 100 new documents; SQLite and PostgreSQL.

    .venv/bin/python bench/reconcile.py [--sizes 10000 100000 1000000] [--backends sqlite postgresql] [--new-docs 100]
        [--repeat 3] [--jobs N] [--baseline DIR]      # DIR: another checkout (git archive main | tar -x -C DIR), same ledgers

For each size and backend:
1. builds a ledger as ``bench/web.py`` does (the bundled sample extracted once, then variants with the place
   renamed and the dates moved on, written straight into the tables; nothing reconciled yet);
2. full reconcile (``findings_repo.reconcile(full=True)``: every document read into series, every unit's
   checks, findings stored): wall time and the peak memory (max RSS) of the process that ran it;
3. writes --new-docs more documents (another round of variants) and times the incremental reconcile that
   ``ingest`` would run at its end (only the units those documents touch);
4. times ``headcount check --format json`` on the reconciled ledger (issue 12's bar: under a minute at 100k),
   the whole command in its own process (start-up, reading the stored findings, printing).
Each measured step runs in its own Python process, so the peak memory is that step's alone. PostgreSQL comes
from a throwaway cluster (``tests/pg_throwaway.py``), stopped at the end. ``--sizes 1000000`` is the 1M run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

STEP = """
import inspect, json, os, resource, sys, threading, time
from headcount.store import engine as engines
from headcount.store.findings_repo import reconcile

def tree_kb():
    # this process and its workers (children of any of its threads, the fork server's too): resident (RSS,
    # shared pages counted in each process) and proportional (PSS: shared pages split between the sharers)
    rss = pss = 0
    todo = [os.getpid()]
    while todo:
        pid = todo.pop()
        try:
            if pid != os.getpid():  # CPU of workers: the fork server's children are not ours to wait for
                fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                cpu[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            rss += next(int(x.split()[1]) for x in open(f"/proc/{pid}/status") if x.startswith("VmRSS:"))
            pss += next(int(x.split()[1]) for x in open(f"/proc/{pid}/smaps_rollup") if x.startswith("Pss:"))
            for t in os.listdir(f"/proc/{pid}/task"):
                todo += [int(c) for c in open(f"/proc/{pid}/task/{t}/children").read().split()]
        except (OSError, StopIteration, ValueError):
            pass
    return rss, pss

peak = [0, 0]
cpu = {}  # pid -> CPU seconds last seen (a worker's last 0.2 s may be missed)
stop = threading.Event()
def sample():
    while not stop.wait(0.2):
        rss, pss = tree_kb()
        peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
threading.Thread(target=sample, daemon=True).start()
eng = engines.make_engine(sys.argv[1])
jobs = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] != "auto" else None
t = time.perf_counter()
kw = {"jobs": jobs} if "jobs" in inspect.signature(reconcile).parameters else {}  # older code: no workers
done = reconcile(eng, full=sys.argv[2] == "full", **kw)
stop.set()
use = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
# the peak of this process's own memory: ru_maxrss keeps the parent's peak across fork and exec (the bench
# builds the ledger in the parent), VmHWM is this image's; with workers, the largest total of the process
# and its workers sampled every 0.2 s
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:"))
print(json.dumps({"seconds": time.perf_counter() - t, "documents": done.documents, "units": done.units,
                  "findings": done.findings, "max_rss_mb": max(hwm, peak[0]) / 1024, "parent_rss_mb": hwm / 1024,
                  "max_pss_mb": peak[1] / 1024,
                  "worker_max_rss_mb": kids.ru_maxrss / 1024,
                  "cpu_seconds": use.ru_utime + use.ru_stime + max(kids.ru_utime + kids.ru_stime, sum(cpu.values()))}))
"""


def run_step(db: str, mode: str, code: Path = REPO, jobs: str = "auto") -> dict[str, Any]:
    """One reconcile in its own process (and its workers), with the headcount package of the checkout
    ``code``; ``jobs``: worker processes of a full reconcile ("auto": the default, one per CPU on a large
    ledger). CPU time is the process's and its workers'."""
    out = subprocess.run([sys.executable, "-c", STEP, db, mode, jobs], capture_output=True, text=True, cwd=code,
                         env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"})
    if out.returncode != 0:
        raise SystemExit(f"{mode} reconcile failed: {out.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def run_check(db: str, code: Path = REPO) -> dict[str, Any]:
    """``headcount check`` on a reconciled ledger, timed from outside (the whole command)."""

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", "from headcount.cli import main; main()", "check", "--db", db, "--format", "json"],
                         capture_output=True, text=True, cwd=code, env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"})
    seconds = time.perf_counter() - t
    if out.returncode != 0:
        raise SystemExit(f"check failed: {out.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"seconds": seconds, "cpu_seconds": cpu}


def add_documents(db: str, n_docs: int) -> tuple[int, list[str]]:
    """n_docs more documents: a round of variants past any the ledger holds (another city, later dates).
    The same ledger gets the same documents (a fixed seed, ids past the ones it holds). Returns the number of
    claims and the documents' ids (``remove_documents`` takes them out again)."""
    from sqlalchemy import insert, select
    from web import CITIES, sample_docs, variant

    from headcount.extract.pipeline import extract
    from headcount.models import Document
    from headcount.store import engine as engines
    from headcount.store.tables import claims, documents

    templates = [(d, extract(Document(id=d["id"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"),
                                      published=d.get("published"), title=d.get("title")))) for d in sample_docs()]
    eng = engines.make_engine(db)
    with eng.connect() as conn:
        have = set(conn.scalars(select(documents.c.id)))
    rng = random.Random(11)
    doc_rows: list[dict[str, Any]] = []
    claim_rows: list[dict[str, Any]] = []
    rounds = 100_000
    while len(doc_rows) < n_docs:
        city = CITIES[rng.randrange(len(CITIES))]
        for d, cs in templates:
            row, rows = variant(d, cs, city, 21 * (rounds % 200) + rng.randint(0, 3), rounds)
            if row["id"] in have or len(doc_rows) >= n_docs:
                continue
            have.add(row["id"])
            doc_rows.append(row)
            claim_rows += rows
        rounds += 1
    with eng.begin() as conn:
        conn.execute(insert(documents), doc_rows)
        conn.execute(insert(claims), claim_rows)
    eng.dispose()
    return len(claim_rows), [r["id"] for r in doc_rows]


def remove_documents(db: str, doc_ids: list[str]) -> None:
    """Take documents added by ``add_documents`` out again (their claims first), so that the next code's
    run starts from the same ledger: ``--baseline`` used to add a second hundred on top of the first."""
    from sqlalchemy import delete

    from headcount.store import engine as engines
    from headcount.store.tables import claims, documents

    eng = engines.make_engine(db)
    with eng.begin() as conn:
        for i in range(0, len(doc_ids), 500):
            part = doc_ids[i:i + 500]
            conn.execute(delete(claims).where(claims.c.doc_id.in_(part)))
            conn.execute(delete(documents).where(documents.c.id.in_(part)))
    eng.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", "--claims", dest="sizes", type=int, nargs="+", default=[10_000, 100_000],
                    help="ledger sizes in claims")
    ap.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    ap.add_argument("--new-docs", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=1, help="full reconciles per code; the median is printed")
    ap.add_argument("--jobs", default="auto", help="worker processes of the full reconcile (a number, or auto)")
    ap.add_argument("--baseline", type=Path, help="a checkout of other code (e.g. `git archive main | tar -x "
                    "-C DIR`): each step also runs with it, on the same ledger, before this checkout's")
    args = ap.parse_args()
    from web import build_ledger

    tmp = Path(tempfile.mkdtemp(prefix="headcount-bench-reconcile-"))
    cluster = None
    rows = []
    try:
        if "postgresql" in args.backends:
            import pg_throwaway

            cluster = pg_throwaway.start()
        for n in args.sizes:
            for backend in args.backends:
                db = str(tmp / f"r{n}.db") if backend == "sqlite" else str(cluster.create_database(f"r{n}"))  # type: ignore[union-attr]
                n_docs, n_claims, build_s = build_ledger(db, n)
                codes = ([("baseline", args.baseline)] if args.baseline else []) + [("this", REPO)]
                # every code's full reconciles on the same ledger first (a full run does not read the stored
                # state), then per code: its own full (so the stored state is its own), new documents, incremental
                fulls_of = {label: [run_step(db, "full", code, args.jobs) for _ in range(args.repeat)]
                            for label, code in codes}
                for i, (label, code) in enumerate(codes):
                    fulls = fulls_of[label]
                    full = _median(fulls)
                    if len(codes) > 1:
                        run_step(db, "full", code, args.jobs)
                    added, new_ids = add_documents(db, args.new_docs)
                    inc = run_step(db, "changed", code)
                    chk = run_check(db, code)
                    if i + 1 < len(codes):  # the next code starts from the same ledger, with the same new documents
                        remove_documents(db, new_ids)
                    line = {"backend": backend, "code": label, "claims": n_claims, "documents": n_docs, "full": full,
                            "fulls": fulls, "new_claims": added, "incremental": inc, "check": chk,
                            "load_average": os.getloadavg()[0]}
                    rows.append(line)
                    print(f"{backend:10} {label:8} {n_claims:>9,} claims: full {full['seconds']:7.1f} s "
                          f"({full['cpu_seconds']:.1f} s CPU), {full['max_rss_mb']:6.0f} MB RSS "
                          f"({full.get('max_pss_mb', 0):.0f} MB PSS; parent {full.get('parent_rss_mb', 0):.0f} MB), "
                          f"{full['findings']:,} findings in {full['units']:,} units; +{args.new_docs} docs "
                          f"({added} claims): incremental {inc['seconds']:6.1f} s ({inc['cpu_seconds']:.1f} s CPU), "
                          f"{inc['max_rss_mb']:6.0f} MB, {inc['units']} units; check {chk['seconds']:.1f} s "
                          f"({chk['cpu_seconds']:.1f} s CPU); load average {line['load_average']:.1f}", flush=True)
    finally:
        if cluster is not None:
            cluster.stop()
        for f in tmp.glob("*"):
            f.unlink()
        tmp.rmdir()
    print(json.dumps(rows))
    _table(rows)
    return 0


def _table(rows: list[dict[str, Any]]) -> None:
    """The figures side by side: one line per size, SQLite and PostgreSQL in columns."""
    sizes = sorted({r["claims"] for r in rows})
    backends = [b for b in ("sqlite", "postgresql") if any(r["backend"] == b for r in rows)]
    head = f"{'claims':>10} {'code':8} " + " ".join(f"| {b + ' full s (cpu)':>22} {'MB':>6} {'+docs s (cpu)':>14} {'check s (cpu)':>14}"
                                         for b in backends)
    print(head)
    for n in sizes:
        for code in sorted({r.get("code", "this") for r in rows}):
            cells = []
            for b in backends:
                r = next((x for x in rows if x["claims"] == n and x["backend"] == b and x.get("code", "this") == code),
                         None)
                cells.append("| " + (f"{_t(r['full']):>22} {r['full']['max_rss_mb']:>6.0f} {_t(r['incremental']):>14} "
                                     f"{_t(r['check']):>14}" if r else " " * 59))
            print(f"{n:>10,} {code:8} " + " ".join(cells))
    for b in backends:
        pts = sorted((x["claims"], x["full"]["cpu_seconds"]) for x in rows
                     if x["backend"] == b and x.get("code", "this") == "this")
        if len(pts) >= 2 and pts[0][1] > 0:
            import math

            k = math.log(pts[-1][1] / pts[0][1]) / math.log(pts[-1][0] / pts[0][0])
            print(f"{b}: full reconcile's CPU time grows as n^{k:.2f} from {pts[0][0]:,} to {pts[-1][0]:,} claims "
                  "(CPU time: wall time on a shared machine says more about the other jobs)")


def _median(steps: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median CPU time (its wall time and memory with it)."""
    return sorted(steps, key=lambda x: x["cpu_seconds"])[len(steps) // 2]


def _t(step: dict[str, Any]) -> str:
    return f"{step['seconds']:.1f} ({step['cpu_seconds']:.1f})"


if __name__ == "__main__":
    sys.exit(main())
