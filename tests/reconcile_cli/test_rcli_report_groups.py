"""The HTML report shows findings as ``check`` does: comparisons sharing a claim are one finding.

On the bundled samples and this project's written texts (parties' figures for a besieged district, a part
above its whole, a city's toll above its country's: comparisons sharing claims and comparisons alone):
one block per ``check --format json`` record, in the same order, each with its comparisons counted and its
other comparisons listed under it, the count words "N findings from M comparisons", and text from the
ledger escaped in the new parts (the summary and the listed comparisons) as in the old ones.
"""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

import pytest
from rcli_helpers import as_json, cli

from headcount.cli.reconcile_cmds import run_analysis
from headcount.reconcile.report_html import finding_groups, render

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (ROOT / "headcount" / "sample" / "aleppo.jsonl", ROOT / "headcount" / "sample" / "stock_flow.jsonl",
           ROOT / "tests" / "reconcile_store" / "crossing.jsonl")


@pytest.fixture(scope="module")
def mixed_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("groups") / "ledger.db")
    cli("ingest", *map(str, SOURCES), "--db", db)
    return db


def test_report_lists_the_findings_check_lists(mixed_db: str, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    cli("report", "--db", mixed_db, "--out", str(out))
    page = out.read_text(encoding="utf-8")
    records = as_json(cli("check", "--db", mixed_db, "--format", "json", "--notes"))
    blocks = re.findall(r'<div class="finding (\w+)" id="finding-\d+" data-comparisons="(\d+)">', page)
    assert len(records) >= 2 and any(len(r["comparisons"]) > 1 for r in records)
    assert [(r["severity"], len(r["comparisons"])) for r in records] == [(s, int(n)) for s, n in blocks]
    m = sum(len(r["comparisons"]) for r in records)
    assert f"{len(records)} findings from {m} comparisons of figures" in page
    assert page.count('<li class="comparison') == m - len(records)
    for r in records:  # each comparison's sentence is on the page once, under its finding
        for c in r["comparisons"]:
            assert page.count(html.escape(c["explanation"])) >= 1
        if r["summary"]:
            assert html.escape(r["summary"]) in page


def test_report_escapes_what_the_grouped_parts_show(mixed_db: str) -> None:
    a = run_analysis(mixed_db)
    groups = finding_groups(a.findings)
    big = next(g for g in groups if len(g) > 1)
    hostile = '<img src=x onerror="alert(1)">'
    second = dataclasses.replace(big[1], explanation=hostile + " said", computation=hostile)
    a = dataclasses.replace(a, findings=[second if f is big[1] else f for f in a.findings])
    page = render(a)
    assert hostile not in page
    assert html.escape(hostile, quote=True) + " said" in page


def test_no_findings_says_so(mixed_db: str) -> None:
    a = dataclasses.replace(run_analysis(mixed_db), findings=[])
    page = render(a)
    assert "No comparisons that disagree" in page and 'class="finding' not in page
