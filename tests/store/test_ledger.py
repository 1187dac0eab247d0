"""The ledger repository on real SQLite files and a real PostgreSQL server (``ledger_db`` runs both)."""

from __future__ import annotations

import dataclasses
import warnings

import pytest
from sqlalchemy import text as sql_text

from headcount.errors import StoreError
from headcount.models import Claim, Document, document_id
from headcount.store import ClaimFilter, Entry, Ledger, engine, migrate

REPORT = ("Aid workers said about 1,200 people left the northern districts of the city overnight, including "
          "300 children, as fighting moved closer to the old market. The local council said buses would keep "
          "running for as long as the truce held, and that families were registered at the crossing point.")


def make_doc(text: str = REPORT, url: str | None = "https://example.org/a", **kw: object) -> Document:
    return Document(id=document_id(text, url), text=text, url=url, outlet="example.org",
                    published="2016-12-08", title="Hundreds leave", **kw)  # type: ignore[arg-type]


def claims_for(doc: Document, version: str = "t1") -> list[Claim]:
    """Claims built by hand at the real offsets of the figures in the text."""
    out = []
    for figure, category, group, source in (("about 1,200", "people", "people", "Aid workers"),
                                            ("300", "children", "civilians", "Aid workers")):
        start = doc.text.index(figure)
        value = float(figure.split()[-1].replace(",", ""))
        out.append(Claim(doc_id=doc.id, start=start, end=start + len(figure), figure=figure, low=value,
                         high=value, approx=figure.startswith("about"), category=category, group=group,
                         event="evacuated", location="the northern districts", place="city/north",
                         source=source, cue="said", sentence=doc.text[: doc.text.index(".") + 1],
                         sentence_start=0, period_end="2016-12-08", extractor_version=version))
    return out


def put(ledger: Ledger, doc: Document, version: str = "t1", **kw: object) -> str:
    return ledger.put(Entry(doc, claims_for(doc, version), version, source=doc.url, **kw)).status  # type: ignore[arg-type]


def test_ledger_new_unchanged_updated(ledger_db: str) -> None:
    with Ledger.open(ledger_db, create=True) as ledger:
        doc = make_doc()
        assert put(ledger, doc) == "new"
        assert put(ledger, doc) == "unchanged"
        changed = dataclasses.replace(doc, text=doc.text + " Later, 40 more people arrived.")
        assert put(ledger, changed) == "updated"
        stats = ledger.stats()
        assert stats["documents"] == 1 and stats["claims"] == 2
        assert ledger.fingerprint(doc.id) is not None


def test_ledger_claims_round_trip(ledger_db: str) -> None:
    doc = make_doc()
    with Ledger.open(ledger_db, create=True) as ledger:
        put(ledger, doc)
        rows = list(ledger.claims())
    expected = {c.id: c.as_dict() for c in claims_for(doc)}
    assert len(rows) == 2
    for row in rows:
        want = expected[row["id"]]
        assert {k: row[k] for k in want} == want
        assert row["outlet"] == "example.org" and row["url"] == doc.url
        assert doc.text[row["start"]:row["end"]] == row["figure"]


@pytest.mark.parametrize(("flt", "n"), [
    (ClaimFilter(), 2),
    (ClaimFilter(category="children"), 1),
    (ClaimFilter(category="civilians"), 1),
    (ClaimFilter(event="evacuated"), 2),
    (ClaimFilter(event="killed"), 0),
    (ClaimFilter(place="city"), 2),
    (ClaimFilter(place="northern"), 2),
    (ClaimFilter(source="aid work"), 2),
    (ClaimFilter(outlet="EXAMPLE"), 2),
    (ClaimFilter(since="2016-12-08"), 2),
    (ClaimFilter(since="2016-12-09"), 0),
    (ClaimFilter(until="2016-12"), 2),
    (ClaimFilter(until="2016-11"), 0),
    (ClaimFilter(text="old market"), 2),
    (ClaimFilter(text="100%_"), 0),
    (ClaimFilter(limit=1), 1),
])
def test_ledger_claim_filters(ledger_db: str, flt: ClaimFilter, n: int) -> None:
    with Ledger.open(ledger_db, create=True) as ledger:
        put(ledger, make_doc())
        assert len(list(ledger.claims(flt))) == n


def test_ledger_text_never_reaches_sql(ledger_db: str) -> None:
    nasty = "'); DROP TABLE claims; -- " + REPORT + " \" OR 1=1 --"
    with Ledger.open(ledger_db, create=True) as ledger:
        doc = make_doc(nasty, url="https://example.org/x?'a'=1;--")
        assert put(ledger, doc) == "new"
        assert len(list(ledger.claims(ClaimFilter(text="'; DROP TABLE claims; --")))) == 0
        assert len(list(ledger.claims(ClaimFilter(source="' OR '1'='1")))) == 0
        assert ledger.documents(text="DROP TABLE")[0]["id"] == doc.id
        assert ledger.stats()["claims"] == 2


def test_ledger_failures_kept_and_cleared(ledger_db: str) -> None:
    with Ledger.open(ledger_db, create=True) as ledger:
        ledger.record_failure("https://example.org/a", "timed out after 20 s", "fetch")
        ledger.record_failure("https://example.org/a", "HTTP 503 from https://example.org/a", "fetch")
        ledger.record_failure("bad.jsonl:3", "not JSON", "read")
        fails = ledger.failures()
        assert {f["source"]: f["reason"] for f in fails} == {
            "https://example.org/a": "HTTP 503 from https://example.org/a", "bad.jsonl:3": "not JSON"}
        put(ledger, make_doc())  # the same source succeeding clears its failure
        assert [f["source"] for f in ledger.failures()] == ["bad.jsonl:3"]


def test_ledger_show_claim_by_id_and_prefix(ledger_db: str) -> None:
    doc = make_doc()
    with Ledger.open(ledger_db, create=True) as ledger:
        put(ledger, doc)
        cid = claims_for(doc)[0].id
        claim, stored = ledger.claim(cid)
        assert claim["figure"] == "about 1,200" and stored["text"] == doc.text
        assert ledger.claim(cid[:8])[0]["id"] == cid
        with pytest.raises(StoreError, match="no claim"):
            ledger.claim("0000000000000000")


def test_ledger_reextract_reports_changes(ledger_db: str) -> None:
    doc = make_doc()
    with Ledger.open(ledger_db, create=True) as ledger:
        put(ledger, doc, "t1")
        assert [d.id for d, _ in ledger.stale("t2")] == [doc.id]
        old = claims_for(doc, "t2")
        new = [dataclasses.replace(old[0], event="displaced"),
               Claim(doc_id=doc.id, start=0, end=3, figure="Aid", low=1, high=1, sentence="x", extractor_version="t2")]
        diff = ledger.replace_claims(doc.id, new, "t2")
        assert diff.changed == [old[0].id] and diff.removed == [old[1].id] and len(diff.added) == 1
        assert ledger.stale("t2") == []
        assert {r["event"] for r in ledger.claims()} == {"displaced", "other"}


def test_ledger_schema_matches_tables(ledger_db: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from headcount.store.tables import metadata

    Ledger.open(ledger_db, create=True).close()
    eng = engine.make_engine(ledger_db)
    with eng.connect() as conn:
        # migration 0007's full-text index of claim sentences is the database's own (an FTS5 table and its
        # shadow tables on SQLite, an expression index on PostgreSQL), and its order index has a descending
        # column per dialect: no Table describes them
        opts = {"include_name": lambda name, _type, _parent: not (name or "").startswith(("claims_fts", "web_order_"))}
        with warnings.catch_warnings():  # SQLite's reflection cannot read an index on an expression
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index web_order_")
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    eng.dispose()
    assert diff == []


def test_ledger_old_schema_says_what_to_run(ledger_db: str) -> None:
    eng = engine.make_engine(ledger_db)
    migrate.upgrade(eng, "0001")
    with eng.begin() as conn:  # a document stored by the old schema survives the upgrade
        conn.execute(sql_text("INSERT INTO documents (id, text, text_hash, kind, extractor_version) "
                              "VALUES (:id, :t, :h, 'article', 'old')"), {"id": "d1", "t": REPORT, "h": "x"})
    with pytest.raises(StoreError) as err:
        Ledger.open(ledger_db)
    msg = str(err.value)
    assert "schema 0001" in msg and "headcount db upgrade --db" in msg and "\n" not in msg
    assert migrate.upgrade(eng) == ("0001", migrate.head())
    eng.dispose()
    with Ledger.open(ledger_db) as ledger:
        assert ledger.stats()["documents"] == 1


def test_ledger_missing_sqlite_file_is_not_created(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "none.db"  # type: ignore[operator]
    with pytest.raises(StoreError, match="no ledger at"):
        Ledger.open(str(path))
    assert not path.exists()


@pytest.mark.parametrize(("approx", "since", "until", "n"), [
    ("2016-12-10", "2016-12-08", None, 2),  # a lower bound on or after the day: published on or after it too
    ("2016-12-10", "2016-12-10", None, 2),
    ("2016-12-10", "2016-12-11", None, 0),  # the estimate cannot say the document is that late
    ("2016-12", "2016-12-01", None, 2),  # a URL's month stands for its first day
    ("2016-12", "2016-12-02", None, 0),
    ("2016-12-10", None, "2016-12-31", 0),  # a lower bound never places a document before a day
])
def test_ledger_since_keeps_an_estimate_on_or_after_the_day(
    ledger_db: str, approx: str, since: str | None, until: str | None, n: int,
) -> None:
    doc = dataclasses.replace(make_doc(), published=None, dated_by="text" if len(approx) == 10 else "url_month",
                              approx_date=approx)
    undated = [dataclasses.replace(c, period_end=None) for c in claims_for(doc)]
    with Ledger.open(ledger_db, create=True) as ledger:
        ledger.put(Entry(doc, undated, "t1", source=doc.url))
        assert len(list(ledger.claims(ClaimFilter(since=since, until=until)))) == n
        assert len(ledger.documents(since=since, until=until)) == (1 if n else 0)
