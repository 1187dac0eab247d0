"""Each stored finding's group id: the smallest finding id of its connected component over shared claims.

Why stored: comparisons that rest on the same claims are one finding for a reader (``check`` shows them so,
``reconcile.finding_groups``), and the web pages the findings in SQL, so the group must be on the row
(``findings.group_id``, migration 0011) for a page to hold whole groups.

Why the smallest id: it is a pure function of the stored rows (the components and the ids), so a group id
needs no counter, and a full recompute of the same rows gives the same ids.

A full reconcile computes every component (``regroup_all``: one read of ``finding_claims``). An incremental
one must stay fast at a million claims, so it recomputes only the components it can have changed
(``regroup_from``): those of the findings it wrote (stored with no group yet) and of the groups it deleted
findings from (a deleted finding may have been the link between two parts, which then part), found by
walking ``finding_claims`` from them by indexed lookups (claims of these findings, findings of these claims)
until nothing new is reached. Every component outside that closure keeps its rows and so its id.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import ColumnElement, Connection, bindparam, select, update

from headcount.reconcile.pairing import group_findings
from headcount.store.engine import chunks
from headcount.store.findings_tables import finding_claims, findings

CHUNK = 500  # ids per IN list: well under SQLite's bound-parameter limit


def components(finding_ids: Iterable[int], links: Iterable[tuple[int, str]]) -> dict[int, int]:
    """Per finding id, the smallest finding id of its component: findings linked by a shared claim id, as
    ``check`` groups them (``pairing.group_findings``, the one union-find of the project).

    ``links`` are (finding id, claim id) pairs; a finding with no link is a component of its own. Pure."""
    claims_of: dict[int, list[str]] = {f: [] for f in finding_ids}
    for fid, claim in links:
        claims_of.setdefault(fid, []).append(claim)
    ids = sorted(claims_of)
    smallest: dict[int, int] = {}  # group number -> its first id, the smallest since ids are sorted
    return {f: smallest.setdefault(n, f) for f, n in zip(ids, group_findings([tuple(claims_of[f]) for f in ids]),
                                                          strict=True)}


def groups_where(conn: Connection, where: ColumnElement[bool]) -> set[int]:
    """The group ids of the stored findings matching ``where``: call it before deleting them, and pass the
    result to ``regroup_from`` after writing, so the groups they leave are recomputed."""
    return {g for g in conn.scalars(select(findings.c.group_id).where(where).distinct()) if g is not None}


def _store(conn: Connection, groups: dict[int, int], had: dict[int, int | None]) -> int:
    """Write the group ids that differ from the stored ones; returns how many rows changed."""
    changed = [{"fid": f, "gid": g} for f, g in sorted(groups.items()) if had.get(f, -1) != g]
    stmt = update(findings).where(findings.c.id == bindparam("fid")).values(group_id=bindparam("gid"))
    for i in range(0, len(changed), 5000):
        conn.execute(stmt, changed[i:i + 5000])
    return len(changed)


def regroup_all(conn: Connection) -> int:
    """Every stored finding's group id from every stored link (a full reconcile, a migration)."""
    had = stored_groups(conn)
    links = conn.execute(select(finding_claims.c.finding_id, finding_claims.c.claim_id)).tuples()
    return _store(conn, components(had, links), had)


def regroup_from(conn: Connection, old_groups: Collection[int] = ()) -> int:
    """The group ids of the components reachable from the findings with no group yet (just written) and from
    the findings still in ``old_groups`` (groups that lost findings); every other finding keeps its id.

    The walk reads only the rows it reaches, through the ``finding_claims`` primary key (by finding) and its
    claim index (by claim), and the ``findings.group_id`` index (the seeds)."""
    seeds = set(conn.scalars(select(findings.c.id).where(findings.c.group_id.is_(None))))
    for part in chunks(sorted(old_groups), CHUNK):
        seeds |= set(conn.scalars(select(findings.c.id).where(findings.c.group_id.in_(part))))
    seen, links = closure(conn, seeds)
    had: dict[int, int | None] = {}
    for part in chunks(sorted(seen), CHUNK):
        had.update({r.id: r.group_id for r in conn.execute(
            select(findings.c.id, findings.c.group_id).where(findings.c.id.in_(part)))})
    return _store(conn, components(had, links), had)


def closure(conn: Connection, seeds: Iterable[int]) -> tuple[set[int], list[tuple[int, str]]]:
    """The findings linked to ``seeds`` through shared claims, transitively, and all their links."""
    seen = set(seeds)
    frontier = sorted(seen)
    claims_seen: set[str] = set()
    links: list[tuple[int, str]] = []
    while frontier:
        new_claims: set[str] = set()
        for part in chunks(frontier, CHUNK):
            for fid, claim in conn.execute(select(finding_claims.c.finding_id, finding_claims.c.claim_id)
                                           .where(finding_claims.c.finding_id.in_(part))).tuples():
                links.append((fid, claim))
                if claim not in claims_seen:
                    new_claims.add(claim)
        claims_seen |= new_claims
        reached: set[int] = set()
        for cpart in chunks(sorted(new_claims), CHUNK):
            reached |= set(conn.scalars(select(finding_claims.c.finding_id)
                                        .where(finding_claims.c.claim_id.in_(cpart)).distinct()))
        frontier = sorted(reached - seen)
        seen |= reached
    return seen, links


def stored_groups(conn: Connection) -> dict[int, int | None]:
    """Every stored finding's group id, by finding id (for tests and checks)."""
    return {r.id: r.group_id for r in conn.execute(select(findings.c.id, findings.c.group_id))}


def recomputed(conn: Connection) -> dict[int, int]:
    """What ``regroup_all`` would store, without storing it: a full recompute to check the stored ids by."""
    ids = list(conn.scalars(select(findings.c.id)))
    return components(ids, conn.execute(select(finding_claims.c.finding_id, finding_claims.c.claim_id)).tuples())

