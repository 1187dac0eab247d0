"""Findings of a stored SQLite ledger, reconciled batch by batch, checked equal to a full recompute.

Shared by the pairing tests that check a rule in a stored ledger (rounds 9 and 10 and their reviews).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reconcile_store.stored_state import assert_stored_is_full

from headcount.extract.pipeline import extract
from headcount.models import Document
from headcount.store import Entry, Ledger
from headcount.store.findings_repo import reconcile, stored


def stored_findings(path: str, batches: Sequence[Sequence[Document]], type_: str) -> list[Any]:
    """Put each batch of documents in a new ledger at ``path``, reconciling after each batch; the stored
    findings of ``type_`` once all are in (the stored state is checked equal to a full recompute)."""
    with Ledger.open(path, create=True) as ledger:
        for batch in batches:
            for doc in batch:
                ledger.put(Entry(doc, extract(doc), "test", source=doc.id))
            reconcile(ledger.engine)
        found = [f for f in stored(ledger.engine)[1] if f.type == type_]
        assert_stored_is_full(ledger)
    return found
