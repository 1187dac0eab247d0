"""Keyset pages, a party's claims by its order index, the row-by-row word probe: on a real SQLite file and a
real PostgreSQL server, through real HTTP.

Walking every page by its ``next`` cursor yields every matching claim exactly once, in the list's order
(newest first, undated last, then document id, then position), for any page size; that order is computed
here from the tables, not by the code under test. The word probe (walking the order row by row, off by default) finds
the same claims as the full-text index. Migration 0010 fills the party order columns of rows that exist.
A cursor is untrusted input: a malformed one is refused with 422, and nothing from it reaches a page
unescaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, inspect, select
from web_helpers import Server, make_indexed_ledger, start_server

from headcount.runner import ingest
from headcount.store import migrate
from headcount.store.ledger import Ledger
from headcount.store.reconcile_repo import ReconcileStore
from headcount.store.tables import claims, documents
from headcount.store.web_index import refresh
from headcount.store.web_tables import claim_parties, party_docs
from headcount.web import cursor, queries

# Written for these tests in the style of news reports: three reports of one day (so a page boundary can fall
# inside a day and inside a document) and one without a date (sorted last).
EXTRA = [
    {"id": f"keyset-{i}", "title": title, "outlet": "example-wire.org", "published": day,
     "url": f"https://example-wire.org/keyset-{i}", "text": body}
    for i, (title, day, body) in enumerate([
        ("Hill town empties as fighting nears", "2031-05-10",
         "At least 1,240 residents fled the hill town of Morvask on Monday, the provincial governor said. "
         "Another 315 civilians were moved to school shelters in Ostrel, he added."),
        ("Aid convoy reaches Ostrel", "2031-05-10",
         "Some 2,600 civilians received food parcels in Ostrel on Monday, the regional Red Crescent said, "
         "while 48 wounded were taken to the district hospital."),
        ("Camp numbers rise", "2031-05-10",
         "The number of displaced civilians in the Ostrel camp rose to 7,900, the camp administration said."),
        ("Undated bulletin", None,
         "About 530 families were sheltering in mosques across Morvask, a local council official said."),
    ])
]


def _ledger(db: str, scratch: Path) -> str:
    return make_indexed_ledger(db, scratch, EXTRA)


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict[str, str]:
    lite = tmp_path_factory.mktemp("keyset")
    out = {"sqlite": _ledger(str(lite / "keyset.db"), lite)}
    try:
        cluster = request.getfixturevalue("pg_cluster")
        out["postgresql"] = _ledger(str(cluster.create_database("keyset_sample")), tmp_path_factory.mktemp("pg"))
    except pytest.skip.Exception:
        pass
    return out


@pytest.fixture(scope="module")
def servers(dbs: dict[str, str]) -> Iterator[dict[str, Server]]:
    gens = {name: start_server(db) for name, db in dbs.items()}
    out = {name: next(g) for name, g in gens.items()}
    yield out
    for g in gens.values():
        next(g, None)


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, servers: dict[str, Server]) -> Server:
    """One backend's server; the skip is per backend and comes before any example is drawn, so the SQLite
    property always runs (a skip inside a hypothesis test ends the whole run)."""
    if request.param not in servers:
        pytest.skip("PostgreSQL is not available here")
    return servers[request.param]


def expected_order(db: str, *, party: str | None = None, word: str | None = None) -> list[str]:
    """The claim ids of the list in its order, computed here: newest first, undated last, then document id,
    then position; ``party`` from claim_parties, ``word`` as a word or the start of one in the sentence."""
    with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
        rows = conn.execute(select(claims.c.id, claims.c.doc_id, claims.c.idx, claims.c.sentence,
                                   documents.c.published).join(documents, documents.c.id == claims.c.doc_id)).all()
        of_party = set(conn.scalars(select(claim_parties.c.claim_id).where(claim_parties.c.party == party))) \
            if party else None
    if of_party is not None:
        rows = [r for r in rows if r.id in of_party]
    if word:
        starts = re.compile(rf"(?<![^\W_]){re.escape(word)}", re.IGNORECASE)
        rows = [r for r in rows if starts.search(r.sentence or "")]
    rows.sort(key=lambda r: (r.doc_id, r.idx))
    rows.sort(key=lambda r: r.published or "", reverse=True)  # stable: ties keep document, position
    rows.sort(key=lambda r: r.published is None)
    return [r.id for r in rows]


def walk(srv: Server, params: dict[str, Any]) -> list[str]:
    """Every claim id the API lists, page after page by the ``next`` cursor."""
    ids: list[str] = []
    after: str | None = None
    for _ in range(1000):
        got = httpx.get(srv.url + "/api/claims", params={**params, **({"after": after} if after else {})},
                        timeout=60).json()
        assert got["offset"] == len(ids)
        ids += [c["id"] for c in got["items"]]
        after = got["next"]
        if after is None:
            return ids
        assert len(got["items"]) == params["limit"]
    raise AssertionError("the pages did not end")


def top_party(srv: Server) -> str:
    return str(httpx.get(srv.url + "/api/parties?limit=1", timeout=60).json()["items"][0]["key"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 9), which=st.sampled_from(["all", "party", "word"]))
def test_web_keyset_walking_every_page_yields_each_claim_once_in_order(server: Server, limit: int,
                                                                       which: str) -> None:
    srv = server
    params: dict[str, Any] = {"limit": limit}
    if which == "party":
        params["party"] = top_party(srv)
        want = expected_order(srv.db, party=params["party"])
    elif which == "word":
        params["text"] = "civilian"
        want = expected_order(srv.db, word="civilian")
    else:
        want = expected_order(srv.db)
    assert len(want) > limit  # more than one page
    got = walk(srv, params)
    assert got == want
    assert len(set(got)) == len(got)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_web_keyset_a_cursor_page_equals_the_offset_page(servers: dict[str, Server], backend: str) -> None:
    if backend not in servers:
        pytest.skip("PostgreSQL is not available here")
    srv = servers[backend]
    first = httpx.get(srv.url + "/api/claims", params={"limit": 7}, timeout=60).json()
    by_cursor = httpx.get(srv.url + "/api/claims", params={"limit": 7, "after": first["next"]}, timeout=60).json()
    by_offset = httpx.get(srv.url + "/api/claims", params={"limit": 7, "offset": 7}, timeout=60).json()
    assert [c["id"] for c in by_cursor["items"]] == [c["id"] for c in by_offset["items"]]
    assert by_cursor["offset"] == 7 and by_cursor["total"] == by_offset["total"]


def test_web_keyset_party_list_walks_its_order_index(dbs: dict[str, str]) -> None:
    """SQLite's plan for a party's page reads ``web_order_claim_parties`` in order: no sort of the party's
    claims (what made a large party cost O(its claims))."""
    with Ledger.open(dbs["sqlite"]) as ledger, ledger.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        party = conn.scalar(select(claim_parties.c.party).limit(1))
        stmt, keys = queries._driven(queries.ClaimQuery(party=party), "sqlite")
        page = stmt.order_by(*queries._ordered(keys, "sqlite")).limit(50)
        sql = str(page.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "web_order_claim_parties" in plan, plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan, plan


def test_web_keyset_migration_fills_the_order_of_existing_rows(ledger_db: str, tmp_path: Path) -> None:
    """Down to the revision before 0010 (the columns dropped) and up again: every claim_parties row gets its
    document's date and its position back from the ledger, equal to what the refresh wrote; a row whose claim
    is gone is dropped with its document's refresh mark, and the position is NOT NULL."""
    from alembic import command
    from alembic.script import ScriptDirectory

    extra = tmp_path / "extra.jsonl"
    extra.write_text("".join(json.dumps(d) + "\n" for d in EXTRA), encoding="utf-8")
    with Ledger.open(ledger_db, create=True) as ledger:
        assert ingest([str(extra)], ledger).claims > 0
        refresh(ledger.engine, ReconcileStore(ledger.engine).party_overlay())
        read = select(claim_parties.c.claim_id, claim_parties.c.published, claim_parties.c.idx)
        with ledger.engine.connect() as conn:
            before = sorted(conn.execute(read).all())
        cfg = migrate._config()
        below = ScriptDirectory.from_config(cfg).get_revision("0010").down_revision
        with ledger.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, str(below))
        with ledger.engine.connect() as conn:
            cols = {c["name"] for c in inspect(conn).get_columns("claim_parties")}
        assert "published" not in cols and "idx" not in cols
        with ledger.engine.begin() as conn:  # a row whose claim is gone: no position to fill
            conn.execute(insert(claim_parties).values(claim_id="gone-claim", doc_id="gone-doc", party="p", name="P",
                                                      kind="agency", key="k"))
            conn.execute(insert(party_docs).values(doc_id="gone-doc", stamp="s", overlay="o"))
        migrate.upgrade(ledger.engine)
        with ledger.engine.connect() as conn:
            after = sorted(conn.execute(read).all())
            marks = set(conn.scalars(select(party_docs.c.doc_id)))
            nullable = {c["name"]: c["nullable"] for c in inspect(conn).get_columns("claim_parties")}
    assert after == before and len(after) >= 4  # the orphan dropped, every other row filled
    assert "gone-doc" not in marks and marks  # its document is marked for the refresh to resolve again
    assert nullable["idx"] is False and nullable["published"] is True
    assert {r.published for r in after} >= {"2031-05-10", None} and all(r.idx is not None for r in after)


def test_web_keyset_a_party_list_with_stale_copies_neither_skips_nor_repeats(ledger_db: str, tmp_path: Path) -> None:
    """Between an ingest that changes documents' dates and the next web refresh, ``claim_parties`` keeps the old
    dates: a party's pages, walked by their cursors at every page size, still give each of its claims once,
    in the order of those copies (the cursor is built from the columns the list is ordered by)."""
    from sqlalchemy import update

    extra = tmp_path / "extra.jsonl"
    extra.write_text("".join(json.dumps(d) + "\n" for d in EXTRA), encoding="utf-8")
    with Ledger.open(ledger_db, create=True) as ledger:
        assert ingest([str(extra)], ledger).claims > 0
        refresh(ledger.engine, ReconcileStore(ledger.engine).party_overlay())
        with ledger.engine.begin() as conn:  # the dated documents move back, the undated one gets a date
            conn.execute(update(documents).where(documents.c.published.is_not(None)).values(published="2001-01-01"))
            conn.execute(update(documents).where(documents.c.published.is_(None)).values(published="2040-01-01"))
            cp = claim_parties.c
            rows = conn.execute(select(cp.party, cp.claim_id, cp.published, cp.doc_id, cp.idx)).all()
        assert all(r.idx is not None for r in rows)
        parties = sorted({r.party for r in rows})
        assert any(sum(r.party == p for r in rows) > 1 for p in parties)  # some party's list has several pages
        for party in parties:
            mine = sorted((r for r in rows if r.party == party), key=lambda r: (r.doc_id, r.idx))
            mine.sort(key=lambda r: r.published or "", reverse=True)
            mine.sort(key=lambda r: r.published is None)
            want = [r.claim_id for r in mine]
            for limit in (1, 2, 3):
                got: list[str] = []
                q = queries.ClaimQuery(party=party, limit=limit)
                for _ in range(len(want) + 1):
                    page = queries.search(ledger.engine, q)
                    got += [r["id"] for r in page.rows]
                    if page.next is None:
                        break
                    q = queries.ClaimQuery(party=party, limit=limit, after=page.next)
                assert got == want, (party, limit)


@pytest.mark.parametrize("bad", ["<script>alert(1)</script>", "bm90IGpzb24", "W251bGwsIngiLC0xLDBd", "x" * 500])
def test_web_keyset_a_bad_cursor_is_refused(servers: dict[str, Server], bad: str) -> None:
    srv = servers["sqlite"]
    api = httpx.get(srv.url + "/api/claims", params={"after": bad}, timeout=60)
    assert api.status_code == 422
    assert "<script>" not in api.text
    page = httpx.get(srv.url + "/search", params={"after": bad}, timeout=60)
    assert page.status_code == 422 and "<script>alert" not in page.text
    with pytest.raises(ValueError):
        cursor.decode(bad)


def test_web_keyset_a_cursor_carrying_markup_is_only_a_bound_value(servers: dict[str, Server]) -> None:
    """A well-formed cursor whose document id is markup: the page answers (nothing sorts after it, or
    everything does), and neither the markup nor the search text appears unescaped."""
    srv = servers["sqlite"]
    token = cursor.Cursor("2031-05-10", "<img src=x onerror=alert(1)>", 0, 3).encode()
    resp = httpx.get(srv.url + "/search", params={"after": token, "limit": 2, "text": "<b>civilians</b>"},
                     timeout=60)
    assert resp.status_code == 200
    assert "<img src=x" not in resp.text and "<b>civilians</b>" not in resp.text
    assert cursor.decode(token).doc_id == "<img src=x onerror=alert(1)>"


def test_web_keyset_search_page_links_the_next_page_by_cursor(servers: dict[str, Server]) -> None:
    srv = servers["sqlite"]
    want = expected_order(srv.db, word="civilian")
    seen: list[str] = []
    path = "/search?text=civilian&limit=3"
    while path:
        html = httpx.get(srv.url + path.replace("&amp;", "&"), timeout=60).text
        seen += re.findall(r'href="/claims/([^"]+)"', html)
        nxt = re.search(r'<a href="([^"]+)" rel="next">', html)
        assert nxt is None or "after=" in nxt.group(1) and "offset=" not in nxt.group(1)
        path = nxt.group(1) if nxt else ""
    assert list(dict.fromkeys(seen)) == want
