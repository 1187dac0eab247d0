"""The web app's CSV download (/api/claims?format=csv) neutralises cells a spreadsheet would run as a formula,
as the CLI's writers do (tests/cli/test_csv_injection.py), and keeps numeric columns numeric."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import httpx
import pytest
from click.testing import CliRunner
from web_helpers import Server, start_server

from headcount.cli import main
from headcount.spreadsheet import FORMULA_START

HOSTILE = {
    "id": "=web", "url": "https://news.example/=1+1", "outlet": "+evil.example", "published": "2020-02-03",
    "title": "@SUM(1+1)*cmd|' /C calc'!A0",
    "text": ("=HYPERLINK(\"http://evil.example\") Nearly 430 people left the town of Kalisz on "
             "Monday, the fire service said.\n\n-1+1 About 60 people fled the village of Opole overnight, "
             "police said."),
}


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    d = tmp_path_factory.mktemp("web-csv")
    (d / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = str(d / "ledger.db")
    r = CliRunner().invoke(main, ["ingest", str(d / "hostile.jsonl"), "--db", db], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    yield from start_server(db)


def test_web_csv_download_has_no_formula(hostile_server: Server) -> None:
    resp = httpx.get(hostile_server.url + "/api/claims", params={"format": "csv"}, timeout=60)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert len(rows) == 2
    for row in rows:
        for k, v in row.items():
            assert not (v or "").startswith(FORMULA_START), (k, v)
        assert all(float(row[k]) > 0 for k in ("low", "high", "start", "end") if row[k])
    assert any(r["low"] for r in rows)
    assert {r["outlet"] for r in rows} == {"'+evil.example"}
    assert {r["title"] for r in rows} == {"'" + HOSTILE["title"]}
    assert sorted(r["sentence"][:3] for r in rows) == ["'-1", "'=H"]
