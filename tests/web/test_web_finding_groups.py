"""The web lists findings as ``check`` does: comparisons sharing a claim are one finding, paged by group.

``group_reads.group_page`` on SQLite and PostgreSQL (``ledger_db``) against ``check --format json --notes``
on the same ledger (the bundled samples and the store tests' written texts): the same findings, each with
the same comparisons, the same head and the same summary; pages of one finding add up to the whole list; a
filter keeps whole groups headed by a kept comparison. Then the page and the API over a running app, with
text from the ledger that must stay escaped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import update
from web_helpers import Server, start_server

from headcount.cli import main
from headcount.store import engine as engines
from headcount.store.findings_tables import findings
from headcount.web.group_reads import group_page

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (ROOT / "headcount" / "sample" / "aleppo.jsonl", ROOT / "headcount" / "sample" / "stock_flow.jsonl",
           ROOT / "tests" / "reconcile_store" / "crossing.jsonl")


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _sig(c: dict[str, Any]) -> tuple[str, str, str]:
    return (c["type"], c["key"], c["explanation"])


def test_group_pages_are_check_findings(ledger_db: str) -> None:
    cli("ingest", *map(str, SOURCES), "--db", ledger_db)
    want = json.loads(cli("check", "--db", ledger_db, "--format", "json", "--notes"))
    eng = engines.make_engine(ledger_db)
    try:
        items, n, m, _ = group_page(eng, limit=1000)
        assert n == len(want) == len(items) and m == sum(len(r["comparisons"]) for r in want)
        assert any(len(r["comparisons"]) > 1 for r in want)  # a group of several, so grouping was tested
        by_head = {_sig(r): r for r in want}
        for g in items:
            r = by_head[_sig(g)]  # the same head: its most serious comparison
            assert sorted(map(_sig, g["comparisons"])) == sorted(map(_sig, r["comparisons"]))
            assert g["summary"] == r["summary"]
            assert set(g["claims"]) == {c["id"] for c in r["claims"]}
            assert [d["id"] for d in g["claim_details"]] == g["claims"]
        ranks = [("alert", "warning", "info").index(g["severity"]) for g in items]
        assert ranks == sorted(ranks)  # most serious first
        one_by_one = [group_page(eng, limit=1, offset=i)[0] for i in range(n + 1)]
        assert [p[0]["group"] for p in one_by_one[:n]] == [g["group"] for g in items] and one_by_one[n] == []

        kept, kn, km, _ = group_page(eng, type="contradiction", limit=1000)
        assert kept and all(g["type"] == "contradiction" for g in kept)
        assert kn == len({g["group"] for g in items if any(c["type"] == "contradiction" for c in g["comparisons"])})
        assert km == sum(len(g["comparisons"]) for g in kept)  # a group is shown whole
    finally:
        eng.dispose()


HOSTILE = '<img src=x onerror="alert(1)">'


@pytest.fixture(scope="module")
def group_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = str(tmp_path_factory.mktemp("web-groups") / "groups.db")
    cli("ingest", *map(str, SOURCES), "--db", db)
    eng = engines.make_engine(db)
    try:
        with eng.begin() as conn:  # text a page shows must stay text, wherever it came from
            conn.execute(update(findings).values(explanation=findings.c.explanation + " " + HOSTILE))
    finally:
        eng.dispose()
    yield from start_server(db)


def test_findings_page_and_api_list_groups(group_server: Server) -> None:
    api = httpx.get(group_server.url + "/api/findings", params={"limit": 2}, timeout=60).json()
    assert api["total"] < api["comparisons"] and len(api["items"]) == 2
    first = api["items"][0]
    assert first["comparisons"][0]["explanation"] == first["explanation"]
    big = next(g for g in httpx.get(group_server.url + "/api/findings", timeout=60).json()["items"]
               if len(g["comparisons"]) > 1)
    assert big["summary"].startswith(f"{len(big['comparisons'])} comparisons of ")

    page = httpx.get(group_server.url + "/findings", timeout=60).text
    assert f"of {api['total']} findings from {api['comparisons']} comparisons" in page
    assert page.count('<article class="finding') == api["total"]
    assert page.count('<li class="comparison') == api["comparisons"] - api["total"]
    assert HOSTILE not in page and "<img" not in page
    assert page.count("&lt;img src=x onerror=") >= api["comparisons"]  # every comparison's sentence, as text
