"""Migration 0012 (``documents.dated_by``, ``date_precision``, ``approx_date``) goes down and up again on a
ledger that holds an estimated document, on SQLite and PostgreSQL (``ledger_db``). The report is written for
the project; the place is made up."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from headcount.extract.pipeline import extract
from headcount.ingest.jsonl import document_from_record
from headcount.store import migrate
from headcount.store.ledger import Entry, Ledger
from headcount.store.tables import documents

_REPORT = ("Some 1,800 people fled Westmere on 4 May 2025, the relief agency said. By 6 May, another 700 had "
           "reached the camps at Lowbridge, it added.")
_DATING = ("dated_by", "date_precision", "approx_date")


def _columns(ledger: Ledger) -> set[str]:
    return {c["name"] for c in inspect(ledger.engine).get_columns("documents")}


def test_migration_0012_goes_down_and_up(ledger_db: str) -> None:
    """Down to 0011 drops the three columns and keeps the documents; up again adds them back, NULL for the
    documents already stored (an unchanged text put again is not rewritten, so they stay NULL), and a new
    document's put fills them."""
    doc = document_from_record({"id": "w1", "text": _REPORT}, "t:1")
    assert doc.approx_date == "2025-05-06"
    with Ledger.open(ledger_db, create=True) as ledger:
        ledger.put(Entry(doc, extract(doc), "t", source="t:1"))
        cfg = migrate._config()
        with ledger.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0011")
        assert migrate.status(ledger.engine).current == "0011"
        assert not _columns(ledger) & set(_DATING)
        migrate.upgrade(ledger.engine)
        assert set(_DATING) <= _columns(ledger)
        with ledger.engine.connect() as conn:
            kept = conn.execute(select(documents.c.id, documents.c.dated_by, documents.c.approx_date)).all()
        assert [tuple(r) for r in kept] == [("w1", None, None)]
        new = document_from_record({"id": "w2", "text": _REPORT.replace("1,800", "1,900")}, "t:2")
        ledger.put(Entry(new, extract(new), "t", source="t:2"))
        with ledger.engine.connect() as conn:
            again = conn.execute(select(documents.c.dated_by, documents.c.date_precision, documents.c.approx_date)
                                 .where(documents.c.id == "w2")).one()
        assert tuple(again) == ("text", "estimate", "2025-05-06")
