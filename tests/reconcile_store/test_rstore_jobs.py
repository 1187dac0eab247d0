"""A full reconcile in worker processes stores exactly what one process stores.

Why: ``reconcile(full=True, jobs=N)`` reads documents into points and computes the units' checks in N spawned
workers (``store.reconcile_workers``) while the parent joins and writes. The stored rows (findings with their
ids, the findings' claims, every claim's series row and stored point, the stamps) must not depend on N nor on
which worker finished first, on SQLite and on PostgreSQL."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from stored_state import HERE, stored_rows

from headcount.cli import main
from headcount.store import Ledger
from headcount.store import reconcile_workers as workers
from headcount.store.findings_repo import reconcile


def test_two_workers_store_what_one_process_stores(ledger_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from web import build_ledger

    build_ledger(ledger_db, 700)
    for extra in ("crossing.jsonl", "locality.jsonl"):  # texts written for the tests of findings across keys
        result = CliRunner().invoke(main, ["ingest", str(HERE / extra), "--db", ledger_db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    # small tasks, so that one event's series keys go to several workers and their results are merged
    monkeypatch.setattr(workers, "KEY_TASK_POINTS", 40)
    monkeypatch.setattr(workers, "cpus", lambda: 2)  # two workers even on a one-CPU machine
    with Ledger.open(ledger_db) as ledger:
        one = reconcile(ledger.engine, full=True, jobs=1)
        alone = stored_rows(ledger.engine)
        two = reconcile(ledger.engine, full=True, jobs=2)
        shared = stored_rows(ledger.engine)
    assert one == two
    assert alone == shared
    units = {r[1].partition(":")[0] for r in alone["findings"]}
    assert units == {"key", "event", "place"}, units  # every kind of unit went through the workers
    assert len(alone["claim_series"]) >= 700 and one.findings > 20


@given(st.dictionaries(st.text(min_size=1, max_size=4), st.integers(1, 60), max_size=30), st.integers(1, 100))
def test_key_chunks_keep_every_key_once_in_order_and_within_the_limit(sizes: dict[str, int], limit: int) -> None:
    chunks = workers.key_chunks(sizes, limit)
    assert [k for c in chunks for k in c] == sorted(sizes)
    for c in chunks:
        assert len(c) == 1 or sum(sizes[k] for k in c) <= limit  # a series larger than the limit is alone


def test_jobs_default_to_one_process_for_a_small_ledger_and_one_per_cpu_for_a_large_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "cpus", lambda: 3)
    assert workers.jobs_for(None, 10) == 1
    assert workers.jobs_for(None, workers.WORKERS_FROM - 1) == 1
    assert workers.jobs_for(None, workers.WORKERS_FROM) == 3
    assert workers.jobs_for(2, 10) == 2
    assert workers.jobs_for(500, 10) == 3  # capped at the CPUs
    assert workers.jobs_for(0, 10) == 1


def test_cpus_follow_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr("os.sched_getaffinity", raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    assert workers.cpus() == 3
    monkeypatch.setattr("os.cpu_count", lambda: None)
    assert workers.cpus() == 1


def test_jobs_with_a_date_filter_is_a_usage_error(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["check", "--jobs", "2", "--since", "2024-01-01", "--db", db])
    assert result.exit_code == 2, result.output
    assert "--jobs" in result.output and "date filter" in result.output
    assert not (tmp_path / "ledger.db").exists()  # refused before the ledger was opened


def test_the_help_says_where_jobs_applies() -> None:
    text = " ".join(CliRunner().invoke(main, ["check", "--help"]).output.split())
    assert "whole-ledger reconcile" in text and "At most one per CPU" in text and "--since/--until" in text


def test_two_one_process_pools_keep_their_own_state(tmp_path: Path) -> None:
    """Two full reconciles in one process (two ledgers, two threads) each run their tasks with their own
    state: closing one leaves the other's spill file and registry alone."""
    import sqlite3

    spills = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite"
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE joined (event TEXT, key TEXT, doc_id TEXT, idx INT, claim_id TEXT, "
                         "flow INT, place TEXT, blob BLOB)")
        spills.append(path)
    first, second = (workers.Pool(1, {}, s, {}) for s in spills)
    assert first.submit(workers.event_unit, "killed", 0.1).result() == {"event:killed": []}
    first.close()
    assert second.state is not None and second.state.spill == spills[1]
    assert second.submit(workers.place_unit, "Aleppo", 0.1).result() == {"place:Aleppo": []}
    second.close()


def test_a_failed_warm_up_is_logged_not_raised() -> None:
    """Raised in the fork server, a warm-up error would kill it and every later reconcile with workers."""
    import os
    import subprocess

    code = ("import logging, sys\nlogging.basicConfig(stream=sys.stdout)\n"
            "import headcount.reconcile.series as s\n"
            "def broken(*a, **k):\n    raise RuntimeError('no tables here')\n"
            "s.points_of = broken\nimport headcount.store.reconcile_preload\nprint('imported')")
    env = {**os.environ, "PYTHONPATH": str(HERE.parents[1])}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert "preload failed (RuntimeError: no tables here)" in out and out.rstrip().endswith("imported")
