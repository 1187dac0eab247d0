"""The seventh session's findings page reads give the answers the old reads gave, on a real ledger (the bundled
sample and a few reports written for these tests), on SQLite and a real PostgreSQL server.

- A comparison's ``latest`` taken from its claims' briefs equals the old ``MAX(documents.published)`` query.
- The briefs read table by table (claims, documents, parties) equal the old three-table join, including a
  claim with no party row (None) and a claim the ledger no longer holds (no brief, no day).
- Every page of groups, filtered or not, equals the old composition (``reads._views``, ``reads.claim_briefs``
  and the stored points read apart), written out below as it was.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import Column, MetaData, String, Table, delete, insert, select
from web_helpers import make_indexed_ledger

from headcount.reconcile.finding_groups import SUMMARY_FROM, summary
from headcount.store.findings_tables import claim_series, finding_claims, findings
from headcount.store.ledger import Ledger
from headcount.store.tables import claims
from headcount.store.web_tables import claim_parties
from headcount.web import group_reads, reads

# Written for these tests in the style of wire reports: two tolls of one strike that disagree, told by two
# parties, and a later revision (so the reconcile stores comparisons with several claims and days).
EXTRA = [
    {"id": f"grows-{i}", "title": title, "outlet": outlet, "published": day,
     "url": f"https://{outlet}/grows-{i}", "text": body}
    for i, (title, outlet, day, body) in enumerate([
        ("Market strike toll rises", "example-wire.org", "2031-03-04",
         "At least 41 civilians were killed in the strike on the Dornel market, the provincial health "
         "directorate said."),
        ("Monitors give higher toll", "example-news.net", "2031-03-05",
         "The strike on the Dornel market killed 58 civilians, a monitoring group said."),
        ("Directorate revises toll", "example-wire.org", "2031-03-06",
         "The provincial health directorate said 47 civilians were killed in the strike on the Dornel market."),
    ])
]


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    lite = tmp_path_factory.mktemp("group-rows")
    out = {"sqlite": _ledger(str(lite / "grows.db"), lite)}
    try:
        cluster = request.getfixturevalue("pg_cluster")
        out["postgresql"] = _ledger(str(cluster.create_database("group_rows")), tmp_path_factory.mktemp("pg"))
    except pytest.skip.Exception:
        pass
    yield out


def _ledger(db: str, scratch: Any) -> str:
    """The test ledger, then two gaps the old reads handled: a claim of a comparison without its party row,
    and another one gone from ``claims`` (its comparison still names it)."""
    make_indexed_ledger(db, scratch, EXTRA)
    with Ledger.open(db) as ledger, ledger.engine.begin() as conn:
        named = list(dict.fromkeys(conn.scalars(select(finding_claims.c.claim_id).order_by(
            finding_claims.c.finding_id, finding_claims.c.pos))))
        carried = set(conn.scalars(select(claims.c.carried_from).where(claims.c.carried_from.is_not(None))))
        with_party = set(conn.scalars(select(claim_parties.c.claim_id)))
        free = [c for c in named if c not in carried and c in with_party]
        assert len(free) >= 2
        conn.execute(delete(claim_parties).where(claim_parties.c.claim_id == free[0]))
        conn.execute(delete(claim_series).where(claim_series.c.claim_id == free[1]))
        conn.execute(delete(claim_parties).where(claim_parties.c.claim_id == free[1]))
        conn.execute(delete(claims).where(claims.c.id == free[1]))
    return db


# -- the old composition (group_reads._items and _as_read as they were before the seventh session) -----------
def _old_items(engine: Any, heads: Sequence[Any], members: dict[int, list[Any]]) -> list[dict[str, Any]]:
    rows = [r for h in heads for r in members[h.id]]
    views = {r.id: v for r, v in zip(rows, reads._views(engine, rows), strict=True)}
    ids = list(dict.fromkeys(c for v in views.values() for c in v["claims"]))
    briefs = reads.claim_briefs(engine, ids)
    read = _old_as_read(engine, ids)
    none = {"figure": None, "sentence": None, "party": None, "outlet": None, "published": None}
    out = []
    for h in heads:
        comparisons = [views[r.id]["finding"] for r in members[h.id]]
        claim_ids = list(dict.fromkeys(c for r in members[h.id] for c in views[r.id]["claims"]))
        details = [{**(briefs.get(c) or {"id": c, **none}), "when": None, **read.get(c, {})} for c in claim_ids]
        said = summary({"claims": details, "comparisons": comparisons}) if len(comparisons) >= SUMMARY_FROM else None
        latest = max((d for c in comparisons if (d := c.get("latest"))), default=None)
        out.append({**comparisons[0], "group": h.group_id if h.group_id is not None else h.id, "claims": claim_ids,
                    "claim_details": details, "latest": latest, "summary": said, "comparisons": comparisons})
    return out


def _old_as_read(engine: Any, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for part in [list(ids)[i:i + 500] for i in range(0, len(ids), 500)]:
            for cid, point in conn.execute(select(claim_series.c.claim_id, claim_series.c.point)
                                           .where(claim_series.c.claim_id.in_(part))).tuples():
                if point:
                    out[cid] = group_reads.point_fields(point)
    return out


def _old_page(engine: Any, limit: int, offset: int, **filters: Any) -> list[dict[str, Any]]:
    where = reads._finding_conditions(filters.get("type"), filters.get("severity"), filters.get("series"),
                                      filters.get("party"), filters.get("claim"))
    with engine.connect() as conn:
        heads = conn.execute(select(findings).where(where, group_reads._heads(where))
                             .order_by(reads.SEVERITY_RANK, findings.c.key, findings.c.type, findings.c.id)
                             .limit(limit).offset(offset)).all()
        members = group_reads._members(conn, heads)
    return _old_items(engine, heads, members)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_group_rows_pages_equal_the_old_reads(dbs: dict[str, str], backend: str) -> None:
    if backend not in dbs:
        pytest.skip("PostgreSQL is not available here")
    with Ledger.open(dbs[backend]) as ledger:
        eng = ledger.engine
        with eng.connect() as conn:
            n = len(conn.execute(select(findings.c.id)).all())
            a_series = conn.scalar(select(claim_series.c.key).join(
                finding_claims, finding_claims.c.claim_id == claim_series.c.claim_id).limit(1))
            a_claim = conn.scalar(select(finding_claims.c.claim_id).limit(1))
        assert n > 3
        pages = [(50, 0, {}), (2, 0, {}), (2, 2, {}), (3, 5, {}), (50, 0, {"severity": "warning"}),
                 (50, 0, {"type": "contradiction"}), (50, 0, {"series": a_series}), (50, 0, {"claim": a_claim})]
        seen_latest = seen_missing = False
        for limit, offset, filters in pages:
            new, *_ = group_reads.group_page(eng, limit=limit, offset=offset, **filters)
            old = _old_page(eng, limit, offset, **filters)
            assert new == old, (limit, offset, filters)
            for g in new:
                seen_latest |= any(c["latest"] for c in g["comparisons"])
                seen_missing |= any(d["sentence"] is None for d in g["claim_details"])
        assert seen_latest and seen_missing  # a dated comparison and the claim gone were on a page


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_group_rows_briefs_by_table_equal_the_join(dbs: dict[str, str], backend: str) -> None:
    if backend not in dbs:
        pytest.skip("PostgreSQL is not available here")
    with Ledger.open(dbs[backend]) as ledger:
        eng = ledger.engine
        with eng.connect() as conn:
            ids = list(dict.fromkeys(conn.scalars(select(finding_claims.c.claim_id))))
            ids += list(conn.scalars(select(claims.c.id).limit(600)))  # more than a SQLite chunk
            ids = list(dict.fromkeys([*ids, "no-such-claim"]))
            new = group_reads._briefs(conn, ids)
        old = reads.claim_briefs(eng, ids)
    assert new == old
    assert "no-such-claim" not in new and any(b["party_key"] is None for b in new.values())


def _series_keys(eng: Any) -> list[str]:
    """Series with findings, and a few without."""
    with eng.connect() as conn:
        with_findings = list(dict.fromkeys(conn.scalars(select(claim_series.c.key).join(
            finding_claims, finding_claims.c.claim_id == claim_series.c.claim_id).order_by(claim_series.c.key))))
        others = list(conn.scalars(select(claim_series.c.key).where(claim_series.c.key.not_in(with_findings))
                                   .distinct().order_by(claim_series.c.key).limit(3)))
    assert with_findings and others
    return [*with_findings, *others, "no/such/series"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_group_rows_a_series_findings_by_candidate_ids_equal_the_semi_join(dbs: dict[str, str], backend: str) -> None:
    """A series' findings read through its candidates' ids (PostgreSQL) are those of the old semi-join: the
    rows, the count and the groups."""
    if backend not in dbs:
        pytest.skip("PostgreSQL is not available here")
    from sqlalchemy import func

    with Ledger.open(dbs[backend]) as ledger:
        eng = ledger.engine
        for key in _series_keys(eng):
            with eng.connect() as conn:
                for severity in (None, "warning"):
                    old = reads._finding_conditions(None, severity, key, None, None)
                    new = reads._finding_conditions(None, severity, key, None, None, conn)
                    order = (reads.SEVERITY_RANK, findings.c.key, findings.c.type, findings.c.id)
                    assert conn.scalars(select(findings.c.id).where(new).order_by(*order)).all() == \
                        conn.scalars(select(findings.c.id).where(old).order_by(*order)).all(), key
                    assert conn.scalar(select(func.count()).select_from(findings).where(new)) == \
                        conn.scalar(select(func.count()).select_from(findings).where(old))
            new_page = group_reads.group_page(eng, series=key)
            assert new_page[0] == _old_page(eng, 50, 0, series=key)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_group_rows_series_page_findings_are_its_first_listed(dbs: dict[str, str], backend: str) -> None:
    """The series page shows the first SERIES_FINDINGS of the findings ``series_detail`` lists, and their
    number, where it read them apart before (``findings_page(series=..., limit=20)`` and its count)."""
    if backend not in dbs:
        pytest.skip("PostgreSQL is not available here")
    from headcount.web.live import Live
    from headcount.web.pages import SERIES_FINDINGS

    with Ledger.open(dbs[backend]) as ledger:
        eng = ledger.engine
        live = Live(eng, reconcile=False)
        for key in _series_keys(eng)[:-1]:
            d = reads.series_detail(live, key)
            assert d is not None
            old, total = reads.findings_page(eng, series=key, limit=SERIES_FINDINGS)
            assert len(d["findings"]) == total
            new = [{"finding": f, "claims": f["claims"]} for f in d["findings"][:SERIES_FINDINGS]]
            assert reads.finding_full(eng, new) == reads.finding_full(eng, old)


def test_group_rows_a_rare_words_page_from_its_matches_equals_the_indexed_page(dbs: dict[str, str]) -> None:
    """A word whose count is exact is paged from its matches (``queries._matched``, PostgreSQL): the same rows
    as ``queries._indexed`` at every offset and after every cursor, alone and with another filter."""
    from headcount.web import cursor, queries

    if "postgresql" not in dbs:
        pytest.skip("PostgreSQL is not available here")
    with Ledger.open(dbs["postgresql"]) as ledger:
        eng = ledger.engine
        tried = 0
        with eng.connect() as conn:
            for word, extra in [("killed", {}), ("civilians", {}), ("dornel market", {}), ("wounded", {}),
                                ("civilians", {"outlet": "example-wire.org"}), ("nosuchword", {})]:
                base = queries.ClaimQuery(text=word, limit=3, **extra)
                assert queries._count(conn, base, "postgresql") <= queries.COUNT_CAP
                whole = queries._indexed(conn, replace(base, limit=1000), "postgresql", None)
                for offset in range(0, len(whole) + 2, 2):
                    q = replace(base, offset=offset)
                    new = queries._matched(conn, q, "postgresql", None)
                    assert new == queries._indexed(conn, q, "postgresql", None), (word, offset)
                for r in whole:
                    m = r._mapping
                    at = cursor.Cursor(m["order_published"], m["order_doc_id"], int(m["order_idx"]), 0)
                    assert queries._matched(conn, base, "postgresql", at) == \
                        queries._indexed(conn, base, "postgresql", at), (word, m["id"])
                tried += len(whole)
        assert tried > 10


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_group_rows_among_is_in(dbs: dict[str, str], backend: str) -> None:
    """``reads.among`` (on PostgreSQL, strings joined into one text split by the server, or an array when a
    value holds the separator or is empty) keeps the rows ``IN`` keeps, for strings and numbers, and for the
    empty string (a text split by the server gives no element for a lone empty string)."""
    if backend not in dbs:
        pytest.skip("PostgreSQL is not available here")
    with Ledger.open(dbs[backend]) as ledger:
        eng = ledger.engine
        with eng.connect() as conn:
            ids = list(conn.scalars(select(claims.c.id).order_by(claims.c.id).limit(40)))
            fids = list(conn.scalars(select(findings.c.id).order_by(findings.c.id).limit(40)))
            for values in (ids, [*ids[:5], "not-an-id"], [*ids[:5], "a" + reads.SEP + "b"], ["x"], []):
                got = conn.scalars(select(claims.c.id).where(reads.among(eng, claims.c.id, values))
                                   .order_by(claims.c.id)).all()
                assert got == sorted(set(values) & set(ids)), values
            for numbers in (fids, fids[:3] + [-1], []):
                got_f = conn.scalars(select(findings.c.id).where(reads.among(eng, findings.c.id, numbers))
                                     .order_by(findings.c.id)).all()
                assert got_f == sorted(set(numbers) & set(fids))
        _among_empty_string(eng)


def _among_empty_string(eng: Any) -> None:
    """``among`` against ``IN`` on a table that holds an empty string (a temporary table of this test's)."""
    probe = Table("among_probe", MetaData(), Column("v", String(16), primary_key=True), prefixes=["TEMPORARY"])
    with eng.connect() as conn:
        probe.create(conn)
        try:
            conn.execute(insert(probe), [{"v": ""}, {"v": "a"}, {"v": "b"}])
            for values in ([""], ["a", ""], ["", "a"], ["", ""], ["c"]):
                got = conn.scalars(select(probe.c.v).where(reads.among(eng, probe.c.v, values))
                                   .order_by(probe.c.v)).all()
                want = conn.scalars(select(probe.c.v).where(probe.c.v.in_(values)).order_by(probe.c.v)).all()
                assert got == want, values
        finally:
            probe.drop(conn)
            conn.commit()
