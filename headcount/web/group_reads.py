"""Findings as the web lists them: groups of comparisons resting on shared claims, paged by group in SQL.

``check`` shows comparisons that share a claim as one finding (``reconcile.finding_groups``); the findings
page and ``/api/findings`` list the same units, so a reader is told one number of findings everywhere. The
group is stored on each comparison (``findings.group_id``, ``store.finding_group_ids``), so a page is read
without loading every finding:

- a group's head is its most serious comparison among those the filters keep (severity, then key, type,
  id: the order of the ``web_order_findings`` index); a comparison is a head when no kept comparison of its
  group comes before it (NOT EXISTS on the ``group_id`` index), so the database walks the order index and
  stops when the page is full, as it did for single comparisons;
- the unfiltered list's numbers of groups and comparisons are the counts the refresh stores
  (``web_index.counts_as_of``: counting distinct groups over every finding took seconds at 1M claims), with
  the time they were counted, which the page and the API show;
- then all comparisons of the page's groups (the filters choose groups, a group is shown whole), their claims
  and the summary of who gave which figures (``finding_groups.summary``, the words ``check`` prints).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, case, exists, func, select, tuple_
from sqlalchemy.sql.util import ClauseAdapter

from headcount.reconcile.finding_groups import SUMMARY_FROM, summary
from headcount.store.engine import chunks
from headcount.store.findings_tables import claim_series, findings
from headcount.store.tables import claims, documents
from headcount.store.web_index import counts_as_of
from headcount.store.web_tables import claim_parties
from headcount.web import reads

CHUNK = 500


def _rank(severity: ColumnElement[Any]) -> ColumnElement[int]:
    return case({"alert": 0, "warning": 1}, value=severity, else_=2)


def _heads(where: ColumnElement[bool]) -> ColumnElement[bool]:
    """The kept comparison is its group's head: no kept comparison of the same group comes before it."""
    f2 = findings.alias("earlier")
    kept = ClauseAdapter(f2).traverse(where)  # the same filters, on the other row
    first = tuple_(_rank(f2.c.severity), f2.c.key, f2.c.type, f2.c.id) < tuple_(
        _rank(findings.c.severity), findings.c.key, findings.c.type, findings.c.id)
    return ~exists().where(f2.c.group_id == findings.c.group_id, first, kept)


def group_page(engine: Engine, *, type: str | None = None, severity: str | None = None,
               series: str | None = None, party: str | None = None, claim: str | None = None,
               limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int, int, str | None]:
    """One page of findings (groups) most serious first, the number of findings and of their comparisons,
    and when those numbers were counted (None: now; unfiltered, the last refresh's time: the page's rows are
    read now, so the numbers may lag them by a refresh)."""
    group = func.coalesce(findings.c.group_id, findings.c.id)  # a row no reconcile grouped yet: alone
    with engine.connect() as conn:
        where = reads._finding_conditions(type, severity, series, party, claim, conn)
        heads = conn.execute(select(findings).where(where, _heads(where))
                             .order_by(reads.SEVERITY_RANK, findings.c.key, findings.c.type, findings.c.id)
                             .limit(limit).offset(offset)).all()
        if not any((type, severity, series, party, claim)):  # every finding: counted by the last refresh
            counts, at = counts_as_of(conn)
            n_groups, n_comparisons = counts["finding_groups"], counts["findings"]
        else:
            at = None
            n_groups = int(conn.scalar(select(func.count(func.distinct(group))).where(where)) or 0)
            n_comparisons = int(conn.scalar(select(func.count()).select_from(findings).where(
                group.in_(select(group).where(where)))) or 0)
        members = _members(conn, heads)
    return _items(engine, heads, members), n_groups, n_comparisons, at


def _members(conn: Connection, heads: Sequence[Any]) -> dict[int, list[Any]]:
    """Per head's row id, every comparison of its group: the head first, then most serious first."""
    gids = sorted({h.group_id for h in heads if h.group_id is not None})
    by_group: dict[int, list[Any]] = defaultdict(list)
    for part in chunks(gids, CHUNK):
        for r in conn.execute(select(findings).where(reads.among(conn.engine, findings.c.group_id, part))
                              .order_by(reads.SEVERITY_RANK, findings.c.key, findings.c.type, findings.c.id)).all():
            by_group[r.group_id].append(r)
    out: dict[int, list[Any]] = {}
    for h in heads:
        rows = by_group.get(h.group_id, []) if h.group_id is not None else []
        out[h.id] = [h, *(r for r in rows if r.id != h.id)]
    return out


def _items(engine: Engine, heads: Sequence[Any], members: dict[int, list[Any]]) -> list[dict[str, Any]]:
    """The page's groups as the API shows them, from three reads on one connection: the comparisons' claim
    ids, those claims' briefs (figure, sentence, party, outlet, day) and their stored points.

    A comparison's ``latest`` (its newest claim's day) is the largest ``published`` among its claims' briefs,
    which the page reads anyway: the query that computed it apart (``reads._views``: the comparisons' claims
    joined with ``claims`` and ``documents``, grouped) was most of the database's work for this page (a
    sequential scan of ``claims`` at 100k claims). A claim the ledger no longer holds has no brief and no day
    in either."""
    rows = [r for h in heads for r in members[h.id]]
    with engine.connect() as conn:
        claims_of = reads.finding_claim_ids(conn, [r.id for r in rows]) if rows else {}
        ids = list(dict.fromkeys(c for r in rows for c in claims_of.get(r.id, ())))
        briefs = _briefs(conn, ids)
        read = _as_read(conn, ids)
    views = {r.id: reads.finding_view(r, claims_of.get(r.id, ()), _latest(briefs, claims_of.get(r.id, ())))
             for r in rows}
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


def _latest(briefs: dict[str, dict[str, Any]], claim_ids: Sequence[str]) -> str | None:
    """The newest day among these claims' documents (``MAX(published)``: undated ones and claims without a
    brief left out; None when none is dated)."""
    return max((day for c in claim_ids if (b := briefs.get(c)) is not None and (day := b["published"]) is not None),
               default=None)


def _parts(conn: Connection, ids: Sequence[str]) -> list[Sequence[str]]:
    """``ids`` in as few statements as the database allows: one array on PostgreSQL, CHUNK at a time on
    SQLite (its bound-parameter limit)."""
    if not ids:
        return []
    return [list(ids)] if conn.dialect.name == "postgresql" else list(chunks(list(ids), CHUNK))


def _briefs(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``reads.claim_briefs`` on this connection: the claims, their documents and their parties read apart,
    each by its key (one statement per table on PostgreSQL). As one join of the three with 1,300 ids,
    PostgreSQL hashed whole ``documents`` and ``claim_parties`` (146 ms at 100k claims); by key it reads the
    1,300 rows of each. The same rows as the join: a claim's document always exists (a NOT NULL foreign
    key), its party may not (an outer join: None)."""
    eng = conn.engine
    c, d, p = claims.c, documents.c, claim_parties.c
    got: list[Any] = []
    for part in _parts(conn, ids):
        got += conn.execute(select(c.id, c.figure, c.sentence, c.doc_id).where(reads.among(eng, c.id, part))).all()
    docs: dict[str, tuple[Any, Any]] = {}
    for part in _parts(conn, list(dict.fromkeys(r.doc_id for r in got))):
        docs.update((i, (o, pub)) for i, o, pub in conn.execute(
            select(d.id, d.outlet, d.published).where(reads.among(eng, d.id, part))).tuples().all())
    parties: dict[str, tuple[Any, Any]] = {}
    for part in _parts(conn, [r.id for r in got]):
        parties.update((i, (n, k)) for i, n, k in conn.execute(
            select(p.claim_id, p.name, p.party).where(reads.among(eng, p.claim_id, part))).tuples().all())
    out: dict[str, dict[str, Any]] = {}
    for r in got:
        if r.doc_id not in docs:  # the join's inner side (cannot happen while the foreign key holds)
            continue
        outlet, published = docs[r.doc_id]
        name, party = parties.get(r.id, (None, None))
        out[r.id] = {"id": r.id, "figure": r.figure, "sentence": r.sentence, "party": name, "party_key": party,
                     "outlet": outlet, "published": published}
    return out


def _as_read(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each claim's day (or days) and party as its stored series point holds them (``point_rows.encode``):
    what ``check``'s summary names a figure by, read for these claims only."""
    out: dict[str, dict[str, Any]] = {}
    for part in _parts(conn, ids):
        for cid, point in conn.execute(select(claim_series.c.claim_id, claim_series.c.point)
                                       .where(reads.among(conn.engine, claim_series.c.claim_id, part))).tuples().all():
            if point:
                out[cid] = point_fields(point)
    return out


def point_fields(point: str) -> dict[str, Any]:
    """``when`` ("START..END" or "END", None without an end), ``party`` and ``party_key`` (as joined) of a
    stored point: its 2nd value is the party as read, its 5th and 6th the days, its 14th the joined party
    (0: the same)."""
    v = json.loads(point)
    start, end = v[4], v[5]
    party = v[13] if v[13] != 0 else v[1]
    when = None if end is None else f"{start}..{end}" if start and start != end else str(end)
    return {"when": when, "party_key": party[0], "party": party[1]}
