"""The invariant of stored reconciliation, checked by the random-ledger properties: what a run stored (findings
and each claim's series key) is what a full analysis of the ledger gives; and the stored rows themselves, which
the tests of a full reconcile's ways of running (workers, windows, join slices) compare with a default run's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from headcount.reconcile.analysis import analyse
from headcount.store import Ledger
from headcount.store.findings_repo import stored
from headcount.store.findings_tables import claim_series, finding_claims, findings, reconciled_docs
from headcount.store.reconcile_repo import ReconcileStore

HERE = Path(__file__).resolve().parent  # the test texts beside this file
sys.path.insert(0, str(HERE.parents[1] / "bench"))  # ``web.build_ledger``


def stored_rows(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row of a reconcile (findings with their ids, their claims, the series rows, the stamps),
    table by table, sorted."""
    tables = ((findings, findings.c.id), (finding_claims, finding_claims.c.finding_id),
              (claim_series, claim_series.c.claim_id), (reconciled_docs, reconciled_docs.c.doc_id))
    with engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(t).order_by(order))) for t, order in tables}


def assert_stored_is_full(ledger: Ledger) -> None:
    inputs = ReconcileStore(ledger.engine).inputs()
    full = analyse(inputs.claims, inputs.docs)
    assert [f.as_dict() for f in stored(ledger.engine)[1]] == [f.as_dict() for f in full.findings]
    with ledger.engine.connect() as conn:
        keys = {r.claim_id: r.key for r in conn.execute(select(claim_series.c.claim_id, claim_series.c.key))}
    assert keys == {p.id: str(s.key) for s in full.all_series for p in s.points}
