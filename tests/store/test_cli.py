"""The ledger commands end to end: ingest a mixed batch with bad inputs, query, show, export, reextract."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from sqlalchemy import update

from headcount.cli import main
from headcount.store import Ledger
from headcount.store.tables import documents

GOOD = ("MOSUL, March 2 - More than 4,000 civilians fled the western half of the city on Thursday, the "
        "International Organization for Migration said, as Iraqi forces pushed into the old town.\n\n"
        "Aid workers said about 600 families were waiting at the checkpoint south of the airport.\n")
HTML = """<html><head><title>Thousands flee fighting</title>
<meta property="article:published_time" content="2017-03-03"></head><body><article>
<p>About 12,000 people fled the fighting in the west of the city over the past 24 hours, the UN refugee
agency said on Friday, and many were sheltering in camps south of the city.</p>
<p>The agency said it expected the number to rise as the offensive moved into the densely populated old
town, where the streets are too narrow for vehicles to pass.</p></article></body></html>"""
NO_ARTICLE = "<html><head><title>Live</title></head><body><div id='app'></div><script>go()</script></body></html>"


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "mosul.txt").write_text(GOOD, encoding="utf-8")
    (d / "flee.html").write_text(HTML, encoding="utf-8")
    (d / "live.html").write_text(NO_ARTICLE, encoding="utf-8")
    (d / "latin1.txt").write_bytes("Pr\xe9fecture: 300 personnes \xe9vacu\xe9es.".encode("latin-1"))
    lines = [json.dumps({"id": "r1", "url": "https://news.example/r1", "outlet": "news.example",
                         "published": "2017-03-04", "text": "Some 900 people were evacuated from the old town on "
                         "Saturday, the Red Crescent said, after a night of shelling in the river district."}),
             "{not json",
             json.dumps({"id": "r3", "title": "no text here"})]
    (d / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_cli_ingest_batch_with_bad_inputs(batch: Path, ledger_db: str) -> None:
    r = run("ingest", str(batch), "--db", ledger_db)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    out = r.output  # type: ignore[attr-defined]
    assert "3 new, 0 unchanged, 0 updated, 4 failed" in out
    for reason in ("no article text", "not UTF-8 text", "docs.jsonl:2", "docs.jsonl:3: no 'text' field"):
        assert reason in out, reason
    again = run("ingest", str(batch), "--db", ledger_db)
    assert "0 new, 3 unchanged, 0 updated, 4 failed" in again.output  # type: ignore[attr-defined]
    r = run("failures", "--db", ledger_db, "-f", "jsonl")
    fails = [json.loads(line) for line in r.output.splitlines()]  # type: ignore[attr-defined]
    assert len(fails) == 4 and all("\n" not in f["reason"] for f in fails)


def test_cli_queries_show_and_export(batch: Path, ledger_db: str, tmp_path: Path) -> None:
    run("ingest", str(batch), "--db", ledger_db)
    r = run("claims", "--db", ledger_db, "-f", "jsonl")
    claims = [json.loads(line) for line in r.output.splitlines()]  # type: ignore[attr-defined]
    assert claims and all(c["sentence"] for c in claims)
    assert {c["outlet"] for c in claims} >= {"news.example"}
    r = run("claims", "--db", ledger_db, "-f", "json", "--outlet", "news.example")
    assert [c["low"] for c in json.loads(r.output)] == [900]  # type: ignore[attr-defined]
    r = run("claims", "--db", ledger_db, "-f", "csv", "--since", "2017-03-04")
    rows = list(csv.DictReader(r.output.splitlines()))  # type: ignore[attr-defined]
    assert rows and all((row["period_end"] or row["published"]) >= "2017-03-04" for row in rows)
    assert "claims" in run("claims", "--db", ledger_db).output  # type: ignore[attr-defined]
    r = run("documents", "--db", ledger_db, "-f", "jsonl")
    assert len(r.output.splitlines()) == 3  # type: ignore[attr-defined]
    cid = next(c["id"] for c in claims if c["low"] == 900)
    r = run("show", cid, "--db", ledger_db)
    assert r.exit_code == 0 and "Red Crescent" in r.output and "river district" in r.output  # type: ignore[attr-defined]
    r = run("show", cid, "--db", ledger_db, "-f", "json")
    assert json.loads(r.output)[0]["document"]["url"] == "https://news.example/r1"  # type: ignore[attr-defined]
    r = CliRunner().invoke(main, ["show", "ffffffffffffffff", "--db", ledger_db])
    assert r.exit_code == 1 and "no claim 'ffffffffffffffff'" in r.output
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"claims.{fmt}"
        r = run("export", str(out), "--db", ledger_db)
        assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    assert pq.read_table(tmp_path / "claims.parquet").num_rows == len(claims)
    assert len((tmp_path / "claims.jsonl").read_text().splitlines()) == len(claims)
    run("export", str(tmp_path / "docs.parquet"), "--documents", "--db", ledger_db)
    assert pq.read_table(tmp_path / "docs.parquet").num_rows == 3


def test_cli_reextract_reports_changes(batch: Path, ledger_db: str) -> None:
    run("ingest", str(batch), "--db", ledger_db)
    r = run("reextract", "--db", ledger_db)
    assert "0 documents re-extracted" in r.output  # type: ignore[attr-defined]
    with Ledger.open(ledger_db) as ledger, ledger.engine.begin() as conn:
        conn.execute(update(documents).values(extractor_version="0+old"))
    r = run("ingest", str(batch), "--db", ledger_db)
    assert "3 stored documents have claims from another extractor version" in r.output  # type: ignore[attr-defined]
    r = run("reextract", "--db", ledger_db)
    assert "3 documents re-extracted, 0 changed" in r.output  # type: ignore[attr-defined]


def test_cli_db_upgrade_and_status(tmp_path: Path) -> None:
    db = str(tmp_path / "new.db")
    r = CliRunner().invoke(main, ["claims", "--db", db])
    assert r.exit_code == 1 and "no ledger at" in r.output and "Traceback" not in r.output
    assert "upgraded from nothing" in run("db", "upgrade", "--db", db).output  # type: ignore[attr-defined]
    assert "already at" in run("db", "upgrade", "--db", db).output  # type: ignore[attr-defined]
    assert "up to date" in run("db", "status", "--db", db).output  # type: ignore[attr-defined]


def test_cli_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("HEADCOUNT_DB", str(db))
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    assert run("ingest", str(src)).exit_code == 0  # type: ignore[attr-defined]
    assert db.exists()
