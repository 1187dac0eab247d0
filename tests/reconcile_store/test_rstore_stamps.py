"""Dirty documents are found by the database: a stamp computed in SQL equals the one written from Python, and
stamps stored in the old form (JSON lists) are converted once, so an unchanged ledger stays clean.

Why: building every document's stamp in Python to find the 100 that changed cost 0.5 s at 100,000 claims
and grew with the ledger; ``findings_repo._changed`` is one join in the database."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update

from headcount.models import Claim, Document
from headcount.store import Entry, Ledger
from headcount.store.findings_repo import STAMP_FIELDS, reconcile, stamp_of, stamps
from headcount.store.findings_tables import reconcile_state, reconciled_docs
from headcount.store.tables import documents
from headcount.store.web_tables import party_docs

VALUE = st.none() | st.text(alphabet=st.sampled_from(list("ab|\\N[],\" é")), max_size=6)


def _doc(doc_id: str, title: str | None, outlet: str | None) -> Entry:
    text = f"Rescuers said 14 people were killed in the flood in Hama. ({doc_id})"
    claim = Claim(doc_id=doc_id, figure="14", low=14, high=14, category="people", event="killed", group="people",
                  start=14, end=16, sentence=text, source="Rescuers")
    return Entry(Document(id=doc_id, text=text, title=title, outlet=outlet, published="2025-02-03"), [claim],
                 "test", source=doc_id)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=VALUE, b=VALUE, c=st.text(alphabet="x|\\", min_size=1, max_size=4))
def test_the_database_computes_the_stamp_python_writes(ledger_db: str, a: str | None, b: str | None,
                                                       c: str) -> None:
    with Ledger.open(ledger_db, create=True) as ledger:
        with ledger.engine.begin() as conn:
            conn.execute(delete(documents))
        ledger.put(_doc("d1", a, b))
        with ledger.engine.begin() as conn:
            conn.execute(update(documents).values(text_hash=c, extractor_version=c + "|"))
            row = conn.execute(select(*(documents.c[f] for f in STAMP_FIELDS))).one()
            assert stamps(conn) == {"d1": stamp_of(list(row))}
    # and the form tells fields apart: moving a "|" from one field to the next gives another stamp
    assert stamp_of([f"{c}|", None, "", None, a, b]) != stamp_of([c, "|", "", None, a, b])


def test_old_json_stamps_are_converted_once_and_an_unchanged_ledger_stays_clean(tmp_path: Path) -> None:
    with Ledger.open(str(tmp_path / "ledger.db"), create=True) as ledger:
        ledger.put(_doc("d1", "A | title", None))
        ledger.put(_doc("d2", None, "wire\\desk"))
        first = reconcile(ledger.engine)
        assert first.documents == 2
        with ledger.engine.begin() as conn:  # the ledger as the last version stored it
            rows = list(conn.execute(select(documents.c.id, *(documents.c[f] for f in STAMP_FIELDS))))
            old = {r.id: json.dumps(list(r)[1:]) for r in rows}
            for doc_id, stamp in old.items():
                conn.execute(update(reconciled_docs).where(reconciled_docs.c.doc_id == doc_id).values(stamp=stamp))
            conn.execute(insert(party_docs), [{"doc_id": d, "stamp": s, "overlay": "x"} for d, s in old.items()])
            conn.execute(delete(reconcile_state).where(reconcile_state.c.name == "stamp_version"))
        assert reconcile(ledger.engine).documents == 0  # converted, nothing read again
        with ledger.engine.connect() as conn:
            now = stamps(conn)
            assert dict(conn.execute(select(reconciled_docs.c.doc_id, reconciled_docs.c.stamp)).all()) == now
            assert dict(conn.execute(select(party_docs.c.doc_id, party_docs.c.stamp)).all()) == now
        with ledger.engine.begin() as conn:  # a tool outside headcount retitles a document
            conn.execute(update(documents).where(documents.c.id == "d2").values(title="Another | title"))
        assert reconcile(ledger.engine).documents == 1  # a change is still seen
