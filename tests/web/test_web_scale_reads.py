"""The sixth session's faster reads give the answers the old ones gave, on a real ledger (the bundled sample and
a few reports written for these tests), on SQLite and a real PostgreSQL server.

- A word's page walked in list order within a budget (``queries._walked``) equals the page read through the
  full-text index and sorted (``queries._indexed``), for offsets, cursors at every depth and budgets small
  enough that the walk runs out and hands over to the index.
- The stored words (migration 0013, PostgreSQL) match what the expression of migration 0007 matched.
- The overview's counts, read from the row the refresh writes, equal counting the tables; after a change
  the next refresh writes them again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text
from web_helpers import make_indexed_ledger

from headcount.store import migrate
from headcount.store.findings_tables import finding_claims, findings, reconcile_state
from headcount.store.ledger import Ledger
from headcount.store.reconcile_repo import ReconcileStore
from headcount.store.tables import claims
from headcount.store.web_index import COUNTS_ROW, count_summaries, refresh, stored_counts
from headcount.store.web_tables import claim_parties
from headcount.web import cursor, group_reads, queries, reads

# Written for these tests in the style of wire reports: a day with several reports (a cursor can stop inside
# it), one undated report (listed last).
EXTRA = [
    {"id": f"scale-{i}", "title": title, "outlet": "example-wire.org", "published": day,
     "url": f"https://example-wire.org/scale-{i}", "text": body}
    for i, (title, day, body) in enumerate([
        ("River crossing shelled", "2031-06-02",
         "At least 64 civilians were killed when shells hit the river crossing at Velmar, the district "
         "health office said. Another 120 people were wounded, it added."),
        ("Shelters fill in Velmar", "2031-06-02",
         "Some 3,400 displaced civilians reached school shelters in Velmar overnight, the local council said."),
        ("Evacuation halted", "2031-06-02",
         "Rescue teams evacuated 210 wounded before the road was closed, the Red Crescent said."),
        ("Undated note", None,
         "About 900 civilians remain trapped in the old quarter of Velmar, a monitoring group said."),
    ])
]
WORDS = ["civilians", "civil", "wounded", "killed", "shelters", "red crescent", "velmar", "nosuchword"]


def _ledger(db: str, scratch: Path) -> str:
    return make_indexed_ledger(db, scratch, EXTRA)


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    lite = tmp_path_factory.mktemp("scale-reads")
    out = {"sqlite": _ledger(str(lite / "scale.db"), lite)}
    try:
        cluster = request.getfixturevalue("pg_cluster")
        out["postgresql"] = _ledger(str(cluster.create_database("scale_reads")), tmp_path_factory.mktemp("pg"))
    except pytest.skip.Exception:
        pass
    yield out


def _pg(dbs: dict[str, str]) -> str:
    if "postgresql" not in dbs:
        pytest.skip("PostgreSQL is not available here")
    return dbs["postgresql"]


def _ids(rows: list[Any]) -> list[str]:
    return [r._mapping["id"] for r in rows]


def _cursor_after(row: Any) -> str:
    m = row._mapping
    return cursor.Cursor(m["order_published"], m["order_doc_id"], int(m["order_idx"]), 0).encode()


@pytest.mark.parametrize("budget", [3, 17, 60, queries.WALK_BUDGET])
def test_scale_reads_a_walked_word_page_equals_the_indexed_page(dbs: dict[str, str], budget: int) -> None:
    db = _pg(dbs)
    walked_some = fell_back = 0
    with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
        party = conn.scalar(select(claim_parties.c.party).group_by(claim_parties.c.party)
                            .order_by(func.count().desc()).limit(1))
        for word in WORDS:
            for extra in ({}, {"party": party}):
                for limit, offset in ((1, 0), (5, 0), (5, 3), (50, 0), (2, 11)):
                    q = queries.ClaimQuery(text=word, limit=limit, offset=offset, **extra)
                    want = queries._indexed(conn, q, "postgresql", None)
                    got = queries._walked(conn, q, "postgresql", None, budget)
                    fell_back += got is None
                    if got is not None:
                        walked_some += 1
                        assert _ids(got) == _ids(want), (word, extra, limit, offset)
                # from a cursor at every depth of the list, the ranges after it walked in turn
                everything = queries._indexed(conn, queries.ClaimQuery(limit=10_000, **extra), "postgresql", None)
                for row in everything[::7]:
                    at = cursor.decode(_cursor_after(row))
                    q = queries.ClaimQuery(text=word, limit=4, **extra)
                    want = queries._indexed(conn, q, "postgresql", at)
                    got = queries._walked(conn, q, "postgresql", at, budget)
                    fell_back += got is None
                    if got is not None:
                        walked_some += 1
                        assert _ids(got) == _ids(want), (word, extra, row._mapping["id"])
    assert walked_some > 0
    if budget < 60:
        assert fell_back > 0  # the hand-over to the index was exercised


def test_scale_reads_search_answers_the_same_through_the_walk(dbs: dict[str, str]) -> None:
    """``search`` (the walk first) lists what the index alone lists, with the same count and next cursor."""
    db = _pg(dbs)
    with Ledger.open(db) as ledger:
        for word in WORDS:
            for offset in (0, 4):
                q = queries.ClaimQuery(text=word, limit=6, offset=offset)
                got = queries.search(ledger.engine, q)
                with ledger.engine.connect() as conn:
                    want = queries._indexed(conn, q, "postgresql", None)
                assert [r["id"] for r in got.rows] == _ids(want)[:6]
                assert (got.next is not None) == (len(want) > 6)


def test_scale_reads_stored_words_match_what_the_expression_matched(dbs: dict[str, str]) -> None:
    """Migration 0013's column holds ``to_tsvector('simple', sentence)`` for every claim, including one stored
    after the migration (a generated column), and a word query answers what 0007's expression answered."""
    db = _pg(dbs)
    with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
        differ = conn.scalar(text("SELECT count(*) FROM claims WHERE claims_fts_words IS DISTINCT FROM "
                                  "to_tsvector('simple'::regconfig, sentence)"))
        assert differ == 0
        assert conn.scalar(text("SELECT count(*) FROM pg_indexes WHERE indexname = 'claims_fts_words_gin'")) == 1
        for word in WORDS:
            new = set(conn.scalars(select(claims.c.id).where(queries.text_condition("postgresql", word))))
            tsq = " & ".join(f"{w}:*" for w in queries.WORD.findall(word.casefold()))
            old = set(conn.scalars(text("SELECT id FROM claims WHERE to_tsvector('simple'::regconfig, sentence) "
                                        "@@ to_tsquery('simple'::regconfig, :q)"), {"q": tsq}))
            assert new == old, word


def test_scale_reads_migration_0013_goes_down_and_up(dbs: dict[str, str]) -> None:
    """Down below 0013 restores 0007's expression index and drops the column; up again fills the column for
    the rows that exist."""
    from alembic import command
    from alembic.script import ScriptDirectory

    db = _pg(dbs)
    with Ledger.open(db) as ledger:
        eng = ledger.engine
        cfg = migrate._config()
        below = ScriptDirectory.from_config(cfg).get_revision("0013").down_revision
        try:
            with eng.begin() as conn:
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, str(below))
            with eng.connect() as conn:
                assert conn.scalar(text("SELECT count(*) FROM pg_indexes WHERE indexname = 'claims_fts_sentence'")) == 1
                assert not conn.scalar(text("SELECT count(*) FROM information_schema.columns WHERE "
                                            "table_name = 'claims' AND column_name = 'claims_fts_words'"))
        finally:  # the module's ledger back at head for the other tests, whatever failed above
            migrate.upgrade(eng)
        with eng.connect() as conn:
            n = conn.scalar(select(func.count()).select_from(claims))
            filled = conn.scalar(text("SELECT count(*) FROM claims WHERE claims_fts_words = "
                                      "to_tsvector('simple'::regconfig, sentence)"))
            assert n and filled == n
            assert conn.scalar(text("SELECT count(*) FROM pg_indexes WHERE indexname = 'claims_fts_sentence'")) == 0


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_scale_reads_overview_counts_are_the_tables_counts(dbs: dict[str, str], backend: str) -> None:
    if backend not in dbs:
        pytest.skip("PostgreSQL is not available here")
    with Ledger.open(dbs[backend]) as ledger:
        eng = ledger.engine
        with eng.connect() as conn:
            counted = count_summaries(conn)
            assert stored_counts(conn) == counted  # the refresh of the fixture wrote them
            assert counted["series"] > 0 and counted["parties"] > 0 and counted["findings"] > 0
        stored, at = reads.summary_counts(eng)
        assert stored == {k: counted[k] for k in ("parties", "series", "findings")} and at is not None
        # a ledger the web has not refreshed since its upgrade: no row yet, so they are counted
        with eng.begin() as conn:
            conn.execute(delete(reconcile_state).where(reconcile_state.c.name == COUNTS_ROW))
        with eng.connect() as conn:
            assert stored_counts(conn) == counted
        # findings that changed alone (no document dirty): the next refresh writes the counts again
        with eng.begin() as conn:
            gone = conn.execute(select(findings).order_by(findings.c.id).limit(1)).one()._mapping
            links = [dict(r._mapping) for r in conn.execute(
                select(finding_claims).where(finding_claims.c.finding_id == gone["id"]))]
            conn.execute(delete(findings).where(findings.c.id == gone["id"]))
        try:
            refresh(eng, ReconcileStore(eng).party_overlay())
            with eng.connect() as conn:
                assert stored_counts(conn)["findings"] == counted["findings"] - 1 == count_summaries(conn)["findings"]
            # the findings page's numbers, unfiltered, from the row: what counting the groups gives
            _, n_groups, n_comparisons, _ = group_reads.group_page(eng, limit=1)
            group = func.coalesce(findings.c.group_id, findings.c.id)
            with eng.connect() as conn:
                assert n_groups == conn.scalar(select(func.count(func.distinct(group)))) > 0
                assert n_comparisons == conn.scalar(select(func.count()).select_from(findings)) == counted["findings"] - 1
        finally:  # the module's ledger as it was, for the other tests
            with eng.begin() as conn:
                conn.execute(findings.insert().values(dict(gone)))
                if links:
                    conn.execute(finding_claims.insert(), links)
            refresh(eng, ReconcileStore(eng).party_overlay())
        with eng.connect() as conn:
            assert count_summaries(conn) == stored_counts(conn) == counted


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_scale_reads_a_page_after_any_cursor_is_the_rest_of_the_list(dbs: dict[str, str], backend: str) -> None:
    """The ranges after a cursor, bounded at the cursor's document (``after_bounds``), give the rows that
    follow it in the whole list: from every row of it, for the whole list and a party's."""
    if backend not in dbs:
        pytest.skip("PostgreSQL is not available here")
    with Ledger.open(dbs[backend]) as ledger, ledger.engine.connect() as conn:
        party = conn.scalar(select(claim_parties.c.party).group_by(claim_parties.c.party)
                            .order_by(func.count().desc()).limit(1))
        for extra in ({}, {"party": party}):
            everything = _ids(queries._indexed(conn, queries.ClaimQuery(limit=10_000, **extra), backend, None))
            rows = queries._indexed(conn, queries.ClaimQuery(limit=10_000, **extra), backend, None)
            assert len(everything) > 20
            for i, row in enumerate(rows):
                if i % 3 and i != len(rows) - 1:
                    continue
                at = cursor.decode(_cursor_after(row))
                got = queries._indexed(conn, queries.ClaimQuery(limit=6, **extra), backend, at)
                assert _ids(got) == everything[i + 1:i + 8], (extra, i)


def _plan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for sub in plan.get("Plans", []):
        yield from _plan_nodes(sub)


def test_scale_reads_a_cursors_day_starts_at_its_document_on_both_sides_of_the_join(dbs: dict[str, str]) -> None:
    """The rest of a cursor's day (the first range after it) is read from the cursor's document on: in
    PostgreSQL's plan, the index on ``documents`` and the one on ``claims`` (or, for a party's list, on
    ``claim_parties``) each start at the cursor's document id (their Index Cond bounds the id from below).
    The answers are the same without that bound (the test above); only the plan shows it. Sequential scans
    are turned off: on a ledger this small the planner would otherwise read the tables whole."""
    db = _pg(dbs)
    with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
        party = conn.scalar(select(claim_parties.c.party).group_by(claim_parties.c.party)
                            .order_by(func.count().desc()).limit(1))
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_bitmapscan = off")
        for extra, tables in (({}, {"documents", "claims"}), ({"party": party}, {"claim_parties"})):
            q = queries.ClaimQuery(limit=4, **extra)
            rows = queries._indexed(conn, queries.ClaimQuery(limit=10_000, **extra), "postgresql", None)
            row = next(r for r in rows if r._mapping["order_published"] is not None)
            at = cursor.decode(_cursor_after(row))
            stmt, keys = queries._driven(q, "postgresql")
            first = (stmt.where(queries.after_bounds(keys, at, queries._same_doc(q))[0])
                     .order_by(*queries._ordered(keys, "postgresql")).limit(5))
            sql = str(first.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql).scalar()
            plan = json.loads(plan) if isinstance(plan, str) else plan
            starts = {n["Relation Name"] for n in _plan_nodes(plan[0]["Plan"])
                      if ">=" in n.get("Index Cond", "") and at.doc_id in n.get("Index Cond", "")}
            assert tables <= starts, (extra, json.dumps(plan, indent=1))
        conn.rollback()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_scale_reads_a_partys_count_is_the_lists_count(dbs: dict[str, str], backend: str) -> None:
    """A party's capped count, read from ``claim_parties`` and the claims' key, equals the count of the list's
    own rows (the join through documents), also with a row whose claim is gone (before the next refresh)."""
    if backend not in dbs:
        pytest.skip("PostgreSQL is not available here")

    def listed(conn: Any, party: str) -> int:
        stmt, _ = queries._driven(queries.ClaimQuery(party=party), backend)
        ids = stmt.with_only_columns(claims.c.id).limit(queries.COUNT_CAP + 1).subquery()
        return int(conn.scalar(select(func.count()).select_from(ids)) or 0)

    with Ledger.open(dbs[backend]) as ledger:
        with ledger.engine.begin() as conn:
            row = conn.execute(select(claim_parties).limit(1)).one()._mapping
            conn.execute(claim_parties.insert().values({**row, "claim_id": "scale-gone-claim"}))
        try:
            with ledger.engine.connect() as conn:
                parties = list(conn.scalars(select(claim_parties.c.party).distinct()))
                assert row["party"] in parties and len(parties) > 3
                for party in parties:
                    got = queries._count(conn, queries.ClaimQuery(party=party).cleaned(), backend)
                    assert got == listed(conn, party), party
        finally:
            with ledger.engine.begin() as conn:
                conn.execute(delete(claim_parties).where(claim_parties.c.claim_id == "scale-gone-claim"))
