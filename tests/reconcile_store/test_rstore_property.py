"""Property: whatever order and in whatever batches documents arrive, the stored findings equal a full recompute.

The documents (the bundled samples and this folder's ``crossing.jsonl``) are extracted once; hypothesis then
draws an order and the cut points between batches, stores each batch through ``Ledger.put`` (as ingest
does: copy links and carried claims included) and reconciles after each. SQLite only (the CLI test covers
PostgreSQL), a handful of examples: each is a real ledger.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headcount.extract.pipeline import extract
from headcount.models import Claim, Document
from headcount.reconcile.analysis import analyse
from headcount.store import Entry, Ledger
from headcount.store.findings_repo import reconcile, stored
from headcount.store.reconcile_repo import ReconcileStore

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "headcount" / "sample" / "aleppo.jsonl", ROOT / "headcount" / "sample" / "stock_flow.jsonl",
         Path(__file__).with_name("crossing.jsonl")]


@cache
def extracted() -> list[tuple[Document, list[Claim]]]:
    out = []
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            doc = Document(id=d["id"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"),
                           published=d.get("published"), title=d.get("title"))
            out.append((doc, extract(doc)))
    return out


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_order_and_batches_give_the_full_findings(tmp_path_factory: object, data: st.DataObject) -> None:
    docs = extracted()
    order = data.draw(st.permutations(range(len(docs))))
    cuts = sorted(data.draw(st.sets(st.integers(1, len(docs) - 1), max_size=3)))
    db = str(tmp_path_factory.mktemp("prop") / "ledger.db")  # type: ignore[attr-defined]
    with Ledger.open(db, create=True) as ledger:
        for lo, hi in zip([0, *cuts], [*cuts, len(docs)], strict=True):
            for i in order[lo:hi]:
                doc, claims = docs[i]
                ledger.put(Entry(doc, claims, "test", source=doc.id))
            reconcile(ledger.engine)
        store = ReconcileStore(ledger.engine)
        inputs = store.inputs()
        full = analyse(inputs.claims, inputs.docs).findings
        assert [f.as_dict() for f in stored(ledger.engine)[1]] == [f.as_dict() for f in full]
        assert full
