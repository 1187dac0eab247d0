"""The LSH band table keyed by (key, doc_id): migration 0005 both ways, and band rows kept exact on update.

Band rows have no foreign key any more, so the code that replaces a document must delete its old rows
itself (by the keys of its stored signature); these tests check that no row of an old text is left behind,
on a real SQLite file and a real PostgreSQL server.
"""

from __future__ import annotations

import dataclasses

from alembic import command
from sqlalchemy import Engine, func, inspect, select
from sqlalchemy import text as sql_text

from headcount.models import Document, document_id
from headcount.store import Entry, Ledger, dedup, engine, migrate
from headcount.store.tables import doc_bands, documents

LONGER = ("Aid workers said about 1,200 people left the northern districts of the city overnight, including "
          "300 children, as fighting moved closer to the old market. The local council said buses would keep "
          "running for as long as the truce held, and that families were registered at the crossing point."
          " Officials at the crossing counted the buses as they came in and said the numbers would be "
                   "published each morning, while volunteers handed out blankets and water to the families.")
OTHER = ("Rescue teams in the southern valley pulled 45 people from collapsed houses on Tuesday, the regional "
         "governor said, and more than 2,000 residents spent the night in tents set up by the army near the "
         "stadium, where doctors treated the injured and engineers checked the dam above the town.")


def make_doc(text: str, url: str = "https://example.org/a") -> Document:
    return Document(id=document_id(text, url), text=text, url=url, outlet="example.org", published="2016-12-08")


def downgrade(eng: Engine, revision: str) -> None:
    cfg = migrate._config()
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def bands_of(ledger: Ledger) -> dict[str, set[int]]:
    with ledger.engine.connect() as conn:
        out: dict[str, set[int]] = {}
        for k, i in conn.execute(select(doc_bands.c.key, doc_bands.c.doc_id)):
            out.setdefault(i, set()).add(int(k))
        return out


def expected(text: str) -> set[int]:
    sig = dedup.signature(text)
    return set(dedup.band_keys(sig)) if sig is not None else set()


def test_bands_updated_document_keeps_only_its_new_keys(ledger_db: str) -> None:
    doc = make_doc(LONGER)
    other = make_doc(OTHER, url="https://example.org/b")
    with Ledger.open(ledger_db, create=True) as ledger:
        for d in (doc, other):
            assert ledger.put(Entry(d, [], "t1", source=d.url)).status == "new"
        assert bands_of(ledger) == {doc.id: expected(LONGER), other.id: expected(OTHER)}
        changed = dataclasses.replace(doc, text=OTHER + " Later, 40 more people arrived at the stadium.")
        assert ledger.put(Entry(changed, [], "t1", source=doc.url)).status == "updated"
        assert bands_of(ledger) == {doc.id: expected(changed.text), other.id: expected(OTHER)}
        assert ledger.put(Entry(dataclasses.replace(doc, text="Too short to compare."), [], "t1")).status == "updated"
        assert bands_of(ledger) == {other.id: expected(OTHER)}  # no signature, no bands
        assert ledger.put(Entry(changed, [], "t1")).status == "updated"  # from no signature back to one
        assert bands_of(ledger) == {doc.id: expected(changed.text), other.id: expected(OTHER)}


def test_bands_migration_0005_copies_rows_both_ways(ledger_db: str) -> None:
    eng = engine.make_engine(ledger_db)
    try:
        migrate.upgrade(eng, "0004")
        sig = dedup.signature(LONGER)
        assert sig is not None
        keys = dedup.band_keys(sig)
        with eng.begin() as conn:  # a document and its bands as the 0004 schema stored them
            conn.execute(sql_text("INSERT INTO documents (id, text, text_hash, kind, extractor_version, minhash) "
                                  "VALUES ('d1', :t, 'x', 'article', 'old', :m)"), {"t": LONGER, "m": dedup.to_bytes(sig)})
            conn.execute(sql_text('INSERT INTO doc_bands ("key", doc_id) VALUES (:k, \'d1\')'), [{"k": k} for k in keys])
        assert migrate.upgrade(eng) == ("0004", migrate.head())
        with eng.connect() as conn:
            assert {int(r[0]) for r in conn.execute(select(doc_bands.c.key).where(doc_bands.c.doc_id == "d1"))} == set(keys)
            insp = inspect(conn)
            assert insp.get_pk_constraint("doc_bands")["constrained_columns"] == ["key", "doc_id"]
            assert insp.get_indexes("doc_bands") == [] and insp.get_foreign_keys("doc_bands") == []
            if eng.dialect.name == "sqlite":
                ddl = conn.execute(sql_text("SELECT sql FROM sqlite_master WHERE name = 'doc_bands'")).scalar_one()
                assert "WITHOUT ROWID" in ddl
        with Ledger.open(ledger_db) as ledger:  # the copied rows find the stored document as the original
            copy = make_doc(LONGER + " Shared by a partner site.", url="https://example.net/copy")
            assert ledger.put(Entry(copy, [], "t1")).copy_of is None  # dated: the earlier of the two
            assert {d["id"]: d["copy_of"] for d in ledger.documents()}["d1"] == copy.id
        downgrade(eng, "0004")
        with eng.connect() as conn:
            n = conn.execute(select(func.count()).select_from(doc_bands).where(doc_bands.c.doc_id == "d1")).scalar_one()
            assert n == len(keys)
            insp = inspect(conn)
            assert {ix["name"] for ix in insp.get_indexes("doc_bands")} == {"ix_doc_bands_key", "ix_doc_bands_doc_id"}
            assert [fk["referred_table"] for fk in insp.get_foreign_keys("doc_bands")] == ["documents"]
            assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 2
        assert migrate.upgrade(eng) == ("0004", migrate.head())
    finally:
        eng.dispose()
