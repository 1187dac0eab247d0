"""The invariant of stored reconciliation, checked by the random-ledger properties: what a run stored (findings
and each claim's series key) is what a full analysis of the ledger gives."""

from __future__ import annotations

from sqlalchemy import select

from headcount.reconcile.analysis import analyse
from headcount.store import Ledger
from headcount.store.findings_repo import stored
from headcount.store.findings_tables import claim_series
from headcount.store.reconcile_repo import ReconcileStore


def assert_stored_is_full(ledger: Ledger) -> None:
    inputs = ReconcileStore(ledger.engine).inputs()
    full = analyse(inputs.claims, inputs.docs)
    assert [f.as_dict() for f in stored(ledger.engine)[1]] == [f.as_dict() for f in full.findings]
    with ledger.engine.connect() as conn:
        keys = {r.claim_id: r.key for r in conn.execute(select(claim_series.c.claim_id, claim_series.c.key))}
    assert keys == {p.id: str(s.key) for s in full.all_series for p in s.points}
