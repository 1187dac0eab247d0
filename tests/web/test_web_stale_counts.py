"""The counts the refresh stores (parties, series, findings and their groups) lag the rows the pages read:
pages and the API say when they were counted, the findings pager offers no page past the rows that exist,
and an app that does not reconcile at start counts them at start (a row written before a command changed the
ledger would otherwise stay). On the bundled sample, real SQLite, the app over HTTP."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import delete, func, select
from web_helpers import Server, make_ledger, start_server

from headcount.store.findings_tables import findings, reconcile_state
from headcount.store.ledger import Ledger
from headcount.store.web_index import COUNTS_ROW, count_summaries, counts_as_of, store_counts
from headcount.web.live import Live


@pytest.fixture(scope="module")
def stale_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from start_server(make_ledger(tmp_path_factory.mktemp("web-stale") / "stale.db"))


def _write_row(db: str, **counts: int) -> None:
    with Ledger.open(db) as ledger, ledger.engine.begin() as conn:
        conn.execute(delete(reconcile_state).where(reconcile_state.c.name == COUNTS_ROW))
        conn.execute(reconcile_state.insert().values(name=COUNTS_ROW, value=json.dumps(
            {**counts, "counted_at": "2026-12-07T09:30:00Z"})))


def test_stale_counts_the_findings_pager_stops_at_the_rows_that_exist(stale_server: Server) -> None:
    srv = stale_server
    h = {"authorization": f"Bearer {srv.token}"}
    with Ledger.open(srv.db) as ledger, ledger.engine.connect() as conn:
        real = count_summaries(conn)
    assert 2 < real["finding_groups"] < 50
    # the last refresh counted more than there are now (findings removed since, e.g. by a command)
    _write_row(srv.db, **{**real, "finding_groups": real["finding_groups"] + 120, "findings": real["findings"] + 300})
    try:
        api = httpx.get(srv.url + "/api/findings", headers=h, timeout=60).json()
        assert api["total"] == real["finding_groups"] + 120 and api["counted_at"] == "2026-12-07T09:30:00Z"
        html = httpx.get(srv.url + "/findings?limit=50", headers=h, timeout=60).text
        assert 'rel="next"' not in html  # one short page: the last, whatever the stored count says
        assert f"1–{real['finding_groups']} of {real['finding_groups']} findings" in html
        assert "counted at the last refresh, 2026-12-07 09:30:00 UTC" in html
        # fewer stored than there are now (findings added since): a full page counts at least its own rows
        _write_row(srv.db, **{**real, "finding_groups": 1})
        html = httpx.get(srv.url + "/findings?limit=2", headers=h, timeout=60).text
        assert "1–2 of 2 findings" in html
        over = httpx.get(srv.url + "/", headers=h, timeout=60).text
        assert re.search(r"as of the last refresh \(2026-12-07 09:30:00 UTC\)", over)
        assert httpx.get(srv.url + "/api/overview", headers=h, timeout=60).json()["counted_at"] == \
            "2026-12-07T09:30:00Z"
        filtered = httpx.get(srv.url + "/api/findings?severity=info", headers=h, timeout=60).json()
        assert filtered["counted_at"] is None  # counted for the answer
    finally:
        with Ledger.open(srv.db) as ledger:
            store_counts(ledger.engine)


def test_stale_counts_are_counted_at_start_without_a_reconcile(tmp_path: Path) -> None:
    with Ledger.open(make_ledger(tmp_path / "start.db")) as ledger:
        eng = ledger.engine
        first = Live(eng)
        first.wait_fresh(120)  # reconciled and refreshed: the row written
        first.stop()
        with eng.begin() as conn:  # a command changes the ledger while no app runs
            gone = conn.scalar(select(findings.c.id).order_by(findings.c.id).limit(1))
            assert gone is not None
            conn.execute(delete(findings).where(findings.c.id == gone))
            now = int(conn.scalar(select(func.count()).select_from(findings)) or 0)
        with eng.connect() as conn:
            assert counts_as_of(conn)[0]["findings"] == now + 1  # the row from before
        live = Live(eng, reconcile=False)
        try:
            live.wait_fresh(120)
        finally:
            live.stop()
        with eng.connect() as conn:
            counts, at = counts_as_of(conn)
        assert counts["findings"] == now and at is not None
