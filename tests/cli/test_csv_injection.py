"""No formula reaches a spreadsheet: every CSV the CLI writes (``--format csv`` of each listing, ``export``)
neutralises cells that start with = + - @ tab or CR (OWASP), and numbers stay numbers.

The ledger holds one document whose title, outlet, URL and sentences start like spreadsheet formulas.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from headcount.cli import main
from headcount.cli.output import RecordWriter
from headcount.spreadsheet import FORMULA_START, safe_cell

HOSTILE = {
    "id": "=cmd", "url": "https://news.example/=2+3", "outlet": "@evil.example",
    "title": '=HYPERLINK("http://evil.example","open")', "published": "2019-05-02",
    "text": ("-2+3+cmd|' /C calc'!A0 Around 300 people were evacuated from the village of Tarnow on Tuesday, "
             "the regional governor said.\n\n=SUM(A1:A9) Some 40 families left the town of Brest on Wednesday, "
             "the Red Cross said.\n\n\tAbout 70 people fled the hamlet of Lidzbark overnight, police said."),
}
NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def run(*args: str) -> str:
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return str(r.stdout)


def assert_no_formula(text: str, numeric: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Every cell of the CSV is safe to open; the numeric columns hold numbers. Returns the rows."""
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    for row in rows:
        for k, v in row.items():
            assert not (v or "").startswith(FORMULA_START) or NUMBER.fullmatch(v), (k, v)
        for k in numeric:
            if row[k]:
                float(row[k])
    return rows


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    d = tmp_path_factory.mktemp("csv")
    src = d / "hostile.jsonl"
    src.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = str(d / "ledger.db")
    run("ingest", str(src), "--db", db)
    return db


def test_csv_claims_listing_neutralises_formulas(hostile_db: str) -> None:
    rows = assert_no_formula(run("claims", "--db", hostile_db, "-f", "csv"), ("low", "high", "start", "end"))
    sentences = {r["sentence"] for r in rows}
    assert any(s.startswith("'-2+3+cmd") for s in sentences) and any(s.startswith("'=SUM") for s in sentences)
    assert {r["outlet"] for r in rows} == {"'@evil.example"}
    assert {r["title"] for r in rows} == {"'" + HOSTILE["title"]}
    assert {r["low"] for r in rows} >= {"300", "40"}


def test_csv_documents_and_show_neutralise_formulas(hostile_db: str) -> None:
    docs = assert_no_formula(run("documents", "--db", hostile_db, "-f", "csv"), ("claims",))
    assert docs[0]["title"] == "'" + HOSTILE["title"]
    cid = assert_no_formula(run("claims", "--db", hostile_db, "-f", "csv"))[0]["id"]
    assert_no_formula(run("show", cid, "--db", hostile_db, "-f", "csv"), ("low", "high"))


@pytest.mark.parametrize("what", ["--claims", "--documents"])
def test_csv_export_neutralises_formulas(hostile_db: str, tmp_path: Path, what: str) -> None:
    out = tmp_path / "out.csv"
    CliRunner().invoke(main, ["export", str(out), "--db", hostile_db, what], catch_exceptions=False)
    rows = assert_no_formula(out.read_text(encoding="utf-8"), ("low", "high") if what == "--claims" else ())
    assert all(r["title"] == "'" + HOSTILE["title"] for r in rows)
    if what == "--documents":
        assert rows[0]["text"].startswith("'-2+3")


def test_csv_record_writer_keeps_numbers_and_neutralises_text() -> None:
    buf = io.StringIO()
    w = RecordWriter("csv", buf)
    w.write({"low": -5, "high": -5.5, "as_text": "-5", "formula": "-5+cmd", "tab": "\t=1", "cr": "\r=1",
             "at": "@SUM(1)", "plus": "+1+1", "plain": "people"})
    w.close()
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row == {"low": "-5", "high": "-5.5", "as_text": "-5", "formula": "'-5+cmd", "tab": "'\t=1",
                   "cr": "'\r=1", "at": "'@SUM(1)", "plus": "'+1+1", "plain": "people"}


@given(st.text(max_size=30))
def test_csv_safe_cell_never_leaves_a_formula(text: str) -> None:
    out = safe_cell(text)
    assert out == text or out == "'" + text
    if out.startswith(FORMULA_START):  # only a plain signed number may start so, and it is a number
        float(out)
        assert not re.search(r"[^\d.eE+-]", out)
