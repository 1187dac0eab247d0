"""A full reconcile in worker processes stores exactly what one process stores.

Why: ``reconcile(full=True, jobs=N)`` reads documents into points and computes the units' checks in N spawned
workers (``store.reconcile_workers``) while the parent joins and writes. The stored rows (findings with their
ids, the findings' claims, every claim's series row and stored point, the stamps) must not depend on N nor on
which worker finished first, on SQLite and on PostgreSQL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from headcount.cli import main
from headcount.store import Ledger
from headcount.store import reconcile_workers as workers
from headcount.store.findings_repo import reconcile
from headcount.store.findings_tables import claim_series, finding_claims, findings, reconciled_docs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))


def _stored(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    tables = ((findings, findings.c.id), (finding_claims, finding_claims.c.finding_id),
              (claim_series, claim_series.c.claim_id), (reconciled_docs, reconciled_docs.c.doc_id))
    with engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(t).order_by(order))) for t, order in tables}


def test_two_workers_store_what_one_process_stores(ledger_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from web import build_ledger

    build_ledger(ledger_db, 700)
    for extra in ("crossing.jsonl", "locality.jsonl"):  # texts written for the tests of findings across keys
        result = CliRunner().invoke(main, ["ingest", str(HERE / extra), "--db", ledger_db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    # small tasks, so that one event's series keys go to several workers and their results are merged
    monkeypatch.setattr(workers, "KEY_TASK_POINTS", 40)
    with Ledger.open(ledger_db) as ledger:
        one = reconcile(ledger.engine, full=True, jobs=1)
        alone = _stored(ledger.engine)
        two = reconcile(ledger.engine, full=True, jobs=2)
        shared = _stored(ledger.engine)
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


def test_jobs_default_to_one_process_for_a_small_ledger_and_one_per_cpu_for_a_large_one() -> None:
    assert workers.jobs_for(None, 10) == 1
    assert workers.jobs_for(None, workers.WORKERS_FROM) >= 1
    assert workers.jobs_for(3, 10) == 3
    assert workers.jobs_for(0, 10) == 1
