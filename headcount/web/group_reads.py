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
from headcount.store.web_index import counts_as_of
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
    where = reads._finding_conditions(type, severity, series, party, claim)
    group = func.coalesce(findings.c.group_id, findings.c.id)  # a row no reconcile grouped yet: alone
    with engine.connect() as conn:
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
                              .order_by(reads.SEVERITY_RANK, findings.c.key, findings.c.type, findings.c.id)):
            by_group[r.group_id].append(r)
    out: dict[int, list[Any]] = {}
    for h in heads:
        rows = by_group.get(h.group_id, []) if h.group_id is not None else []
        out[h.id] = [h, *(r for r in rows if r.id != h.id)]
    return out


def _items(engine: Engine, heads: Sequence[Any], members: dict[int, list[Any]]) -> list[dict[str, Any]]:
    rows = [r for h in heads for r in members[h.id]]
    views = {r.id: v for r, v in zip(rows, reads._views(engine, rows), strict=True)}
    ids = list(dict.fromkeys(c for v in views.values() for c in v["claims"]))
    briefs = reads.claim_briefs(engine, ids)
    read = _as_read(engine, ids)
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


def _as_read(engine: Engine, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each claim's day (or days) and party as its stored series point holds them (``point_rows.encode``):
    what ``check``'s summary names a figure by, read for these claims only."""
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for part in chunks(list(ids), CHUNK):
            for cid, point in conn.execute(select(claim_series.c.claim_id, claim_series.c.point)
                                           .where(reads.among(engine, claim_series.c.claim_id, part))).tuples():
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
