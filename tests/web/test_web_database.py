"""The web app reads the database: what it answers equals reconciling the whole ledger in memory, start-up
reads no claims, a claim stored after start shows at once, text search is the database's own (SQLite FTS5,
PostgreSQL tsvector), on real SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_helpers import SAMPLE, Server, start_server

from headcount.reconcile.analysis import registry_with
from headcount.reconcile.incremental import series_of
from headcount.reconcile.running import join_running
from headcount.reconcile.series import points_of
from headcount.runner import ingest
from headcount.store.findings_repo import stored
from headcount.store.ledger import Ledger
from headcount.store.reconcile_repo import ReconcileStore
from headcount.store.web_index import refresh
from headcount.web import queries, reads
from headcount.web.live import Live
from headcount.web.views import finding_id

FRESH = {  # written for these tests, in the style of a news report
    "id": "fresh-01", "title": "Flood leaves families stranded near Tarvellan", "outlet": "example-news.org",
    "published": "2031-03-04", "url": "https://example-news.org/flood-tarvellan",
    "text": "Some 2,350 villagers were evacuated from low-lying districts of Tarvellan on Tuesday after the river "
            "burst its banks, the regional civil protection office said.",
}


def _ledger(db: str, *docs: dict[str, Any]) -> str:
    """A ledger of the bundled sample (and ``docs``), ingested with the real pipeline (which reconciles)."""
    with Ledger.open(db, create=True) as ledger:
        paths = [str(p) for p in sorted(SAMPLE.glob("*.jsonl"))]
        if docs:
            extra = Path(db + ".extra.jsonl") if "://" not in db else Path(f"/tmp/hc-web-extra-{abs(hash(db))}.jsonl")
            extra.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            paths.append(str(extra))
        summary = ingest(paths, ledger)
        assert summary.claims > 0 and not summary.failures
    return db


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The sample ledger on SQLite and on PostgreSQL (when a server can run here), web tables filled."""
    out = {"sqlite": _ledger(str(tmp_path_factory.mktemp("webdb") / "sample.db"))}
    try:
        cluster = request.getfixturevalue("pg_cluster")
        out["postgresql"] = _ledger(str(cluster.create_database("webdb_sample")))
    except pytest.skip.Exception:
        pass
    for db in out.values():
        with Ledger.open(db) as ledger:
            refresh(ledger.engine, ReconcileStore(ledger.engine).party_overlay())
    yield out


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_web_db_answers_equal_reconciling_in_memory(both: dict[str, str], backend: str) -> None:
    """Series summaries and reports, each claim's party and series, party counts and the findings, as the
    pages read them from the database, equal what the reconcile library gives over every claim in memory
    (points and series as the stored reconcile reads them, one party's running counts joined as ``analyse``
    joins them; findings as it stored them)."""
    if backend not in both:
        pytest.skip("PostgreSQL is not available here")
    with Ledger.open(both[backend]) as ledger:
        eng = ledger.engine
        store = ReconcileStore(eng)
        inputs = store.inputs()
        every = series_of(join_running(points_of(inputs.claims, inputs.docs, registry_with(store.party_overlay()))),
                          inputs.docs)
        live = Live(eng, reconcile=False)
        listed, total = reads.series_page(eng, limit=500)
        assert total == len(every) > 5
        want = {str(s.key): s.summary() for s in every.values()}
        assert {d["key"]: {k: d[k] for k in ("key", "claims", "reports", "parties", "first", "last")}
                for d in listed} == want
        top = max(every.values(), key=lambda s: (len(s.points), str(s.key)))
        detail = reads.series_detail(live, str(top.key))
        assert detail is not None
        assert [r["claims"] for r in detail["reports"]] == [list(r.claim_ids) for r in top.reports]
        points = {p.id: p for s in every.values() for p in s.points}
        rows = queries.search(eng, queries.ClaimQuery(limit=500)).rows
        assert len(rows) == len(inputs.claims)
        for row in rows:
            p = points.get(row["id"])
            assert (row["party"] or {}).get("key") == (p.party.key if p else None)
            assert row["series"] == (str(p.key) if p else None)
        _, kept = stored(eng)
        shown, n = reads.findings_page(eng, limit=500)
        assert n == len(kept) > 0
        assert [v["finding"]["id"] for v in shown] == [finding_id(f) for f in kept]  # most serious first
        parties, _ = reads.parties_page(live, limit=500)
        counts: dict[str, int] = {}
        for p in points.values():
            counts[p.party.key] = counts.get(p.party.key, 0) + 1
        assert {p["key"]: p["claims"] for p in parties} == counts


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_web_db_search_finds_a_word_of_the_sentence(both: dict[str, str], backend: str) -> None:
    if backend not in both:
        pytest.skip("PostgreSQL is not available here")
    with Ledger.open(both[backend]) as ledger:
        eng = ledger.engine
        every = queries.search(eng, queries.ClaimQuery(limit=500)).rows

        def found(text: str) -> list[dict[str, Any]]:
            got = queries.search(eng, queries.ClaimQuery(text=text, limit=500))
            assert got.exact and got.total == len(got.rows)
            return got.rows

        children = found("children")
        assert children and {c["id"] for c in children} == {c["id"] for c in every if "children" in c["sentence"].lower()}
        assert {c["id"] for c in found("CHILD")} >= {c["id"] for c in children}  # a word's start, any case
        both_words = found("children civilians")
        assert both_words and all(re.search(r"\bchildren", c["sentence"], re.I) and
                                  re.search(r"\bcivilians", c["sentence"], re.I) for c in both_words)
        assert found("zzyzzyva") == []
        for hostile in ('"; DROP TABLE claims; --', "NEAR(a b)", "a:* | !b", "%_\\", "' OR 1=1 --", ""):
            queries.search(eng, queries.ClaimQuery(text=hostile))  # parameterised: no error, no injection
        assert len(queries.search(eng, queries.ClaimQuery(limit=500)).rows) == len(every)


def _statements(db: str, paths: list[str]) -> list[tuple[str, Any]]:
    """Every SQL statement the app runs from creation through its first requests (SQLAlchemy events on every
    engine), with their parameters; the background refresh's own are left out (it only looks at counts
    here: the ledgers are reconciled, and it runs when it runs)."""
    from sqlalchemy import Engine, event

    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        if threading.current_thread().name != "headcount-refresh":
            seen.append((statement, params))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        for srv in start_server(db, reconcile_at_start=False):
            for p in paths:
                assert httpx.get(srv.url + p, timeout=60).status_code == 200, p
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    return seen


def _distinct(statements: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return list({(s, repr(p)): (s, p) for s, p in statements if "api_tokens" not in s}.values())


def _rows_fetched(db: str, statements: list[tuple[str, Any]]) -> int:
    """The rows those SELECT statements return, run again on the same ledger."""
    from sqlalchemy import text

    n = 0
    with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
        for stmt, params in statements:
            if not stmt.lstrip().upper().startswith(("SELECT", "WITH")) or "sqlite_master" in stmt:
                continue
            raw = conn.connection.dbapi_connection
            assert raw is not None
            cur = raw.cursor()
            cur.execute(stmt, params)
            n += len(cur.fetchall())
            cur.close()
        conn.execute(text("SELECT 1"))
    return n


def test_web_db_start_up_does_not_read_the_claims(tmp_path: Path, both: dict[str, str]) -> None:
    """Start-up and the first pages run the same statements on the sample ledger and on one twenty times its
    size, and fetch no more rows from the larger: nothing at start grows with the ledger."""
    from sqlalchemy import text

    small = str(tmp_path / "small.db")
    shutil.copy(both["sqlite"], small)
    big = str(tmp_path / "big.db")
    shutil.copy(both["sqlite"], big)
    with Ledger.open(big) as ledger, ledger.engine.begin() as conn:
        n_before = conn.scalar(text("SELECT count(*) FROM claims"))
        cols = [r[1] for r in conn.execute(text("PRAGMA table_info(documents)"))]
        ccols = [r[1] for r in conn.execute(text("PRAGMA table_info(claims)"))]
        for i in range(19):  # copies under other ids: twenty times the documents and claims
            tag = f"zz{i:02d}"  # ids are hex: no original starts with z
            sel = ", ".join(f"'{tag}' || {c}" if c == "id" else c for c in cols)
            conn.execute(text(f"INSERT INTO documents ({', '.join(cols)}) SELECT {sel} FROM documents "
                              "WHERE id NOT LIKE 'zz%'"))
            csel = ", ".join(f"'{tag}' || {c}" if c in ("id", "doc_id") else f'"{c}"' for c in ccols)
            names = ", ".join(f'"{c}"' for c in ccols)
            conn.execute(text(f"INSERT INTO claims ({names}) SELECT {csel} FROM claims WHERE doc_id NOT LIKE 'zz%'"))
        n_big = conn.scalar(text("SELECT count(*) FROM claims"))
        assert n_big == 20 * n_before
    paths = ["/api/overview", "/", "/api/claims?limit=20", "/search?text=civilians&limit=20"]
    # the same statements (once each: counts are re-read every few seconds, so how often depends on timing)
    small_sql, big_sql = _distinct(_statements(small, paths)), _distinct(_statements(big, paths))
    assert sorted(s for s, _ in small_sql) == sorted(s for s, _ in big_sql)
    fetched_small, fetched_big = _rows_fetched(small, small_sql), _rows_fetched(big, big_sql)
    assert fetched_big <= fetched_small < n_big / 5, (fetched_small, fetched_big, n_big)


@pytest.fixture(scope="module")
def fresh_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = _ledger(str(tmp_path_factory.mktemp("webdb-fresh") / "fresh.db"))
    yield from start_server(db)


def test_web_db_claim_stored_after_start_shows_without_restart(fresh_server: Server, tmp_path: Path) -> None:
    srv = fresh_server

    def get(path: str) -> Any:
        return httpx.get(srv.url + path, timeout=60).json()

    assert get("/api/claims?text=Tarvellan")["total"] == 0
    src = tmp_path / "fresh.jsonl"
    src.write_text(json.dumps(FRESH) + "\n", encoding="utf-8")
    with Ledger.open(srv.db) as ledger:  # another process would do the same: `headcount ingest`
        assert ingest([str(src)], ledger).claims >= 1
    got = get("/api/claims?text=Tarvellan")  # the claims table is read per request: no wait, no restart
    assert got["total"] == 1 and "2,350" in got["items"][0]["figure"]
    page = httpx.get(srv.url + "/search?text=tarvellan", timeout=60).text
    assert "2,350" in page and "Tarvellan" in page
    srv.wait_fresh()  # the background refresh resolves its party and summarises its series
    claim = get("/api/claims?text=Tarvellan")["items"][0]
    assert claim["party"] is not None and claim["series"]
    series = get(f"/api/series/{claim['series']}")
    assert any(claim["id"] in r["claims"] for r in series["reports"])
    assert any(s["key"] == claim["series"] for s in get("/api/series?limit=500")["items"])


@pytest.fixture(scope="module")
def pg_server(both: dict[str, str]) -> Iterator[Server]:
    if "postgresql" not in both:
        pytest.skip("PostgreSQL is not available here")
    yield from start_server(both["postgresql"])


def test_web_db_app_on_postgresql_serves_pages_and_api(pg_server: Server) -> None:
    srv = pg_server
    overview = httpx.get(srv.url + "/api/overview", timeout=60).json()
    assert overview["counts"]["claims"] > 40 and overview["top_series"] and overview["latest_findings"]
    key = overview["top_series"][0]["key"]
    for path in ("/", f"/series/{key}", "/search?text=children", "/parties", "/findings", "/parties/russia-mod"):
        resp = httpx.get(srv.url + path, timeout=60)
        assert resp.status_code == 200, path
    text = httpx.get(srv.url + "/api/claims?text=children&limit=500", timeout=60).json()
    assert text["total"] > 0 and all("children" in c["sentence"].lower() for c in text["items"])
    party = httpx.get(srv.url + "/api/claims?party=russia-mod&limit=500", timeout=60).json()
    assert party["total"] > 0 and all(c["party"]["key"] == "russia-mod" for c in party["items"])


def test_web_db_sessions_are_shared_by_workers(both: dict[str, str]) -> None:
    """Two workers (two ``StoredSessions`` on one ledger) know each other's sessions and make the same CSRF
    values; closing or idling ends a session for both."""
    from sqlalchemy import update

    from headcount.store.web_tables import web_sessions
    from headcount.web import stored_sessions as sessions
    from headcount.web.stored_sessions import StoredSessions

    for db in both.values():
        with Ledger.open(db) as one, Ledger.open(db) as two:
            a, b = StoredSessions(one.engine), StoredSessions(two.engine)
            sid = a.open("tok1")
            assert b.token_id(sid) == "tok1" and b.token_id(sid + "x") is None and b.token_id(None) is None
            assert a.csrf(sid) == b.csrf(sid) and b.csrf_ok(sid, a.csrf(sid))
            assert not b.csrf_ok(sid, a.csrf(a.new_id()))
            b.close(sid)
            assert a.token_id(sid) is None
            sid = a.open("tok2")
            with one.engine.begin() as conn:
                conn.execute(update(web_sessions).values(seen=web_sessions.c.seen - sessions.IDLE - 1))
            assert b.token_id(sid) is None
