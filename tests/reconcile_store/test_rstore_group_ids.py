"""Stored finding group ids (``findings.group_id``): the smallest finding id of each component over shared
claims, kept by recomputing only the components a write reached, equal to a full recompute.

The pure part against ``pairing.group_findings`` (the grouping ``check`` prints), by hypothesis; the SQL part
on SQLite and PostgreSQL (``ledger_db``): findings written and deleted in random steps, as a reconcile
writes them, with ``regroup_from`` after each step, then the stored ids against ``recomputed``.
"""

from __future__ import annotations

import random
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, delete, insert, select

from headcount.reconcile.pairing import group_findings
from headcount.store import Ledger
from headcount.store.finding_group_ids import (
    closure,
    components,
    groups_where,
    recomputed,
    regroup_all,
    regroup_from,
    stored_groups,
)
from headcount.store.findings_tables import finding_claims, findings

CLAIMS = st.lists(st.sets(st.sampled_from("abcdefghij"), max_size=3).map(lambda s: tuple(sorted(s))), max_size=12)


def _partition(labels: dict[int, int]) -> set[frozenset[int]]:
    by: dict[int, set[int]] = defaultdict(set)
    for f, g in labels.items():
        by[g].add(f)
    return {frozenset(v) for v in by.values()}


@settings(deadline=None)  # a pure function; on a loaded machine one example took 272 ms against the 200 ms default
@given(CLAIMS)
def test_components_are_check_groups_named_by_their_smallest_id(claim_sets: list[tuple[str, ...]]) -> None:
    ids = [10 + 3 * i for i in range(len(claim_sets))]  # ids need not start at 1 nor be consecutive
    got = components(ids, [(f, c) for f, cs in zip(ids, claim_sets, strict=True) for c in cs])
    assert set(got) == set(ids)
    check = group_findings(claim_sets)
    assert _partition(got) == _partition(dict(zip(ids, check, strict=True)))
    for members in _partition(got):
        assert all(got[f] == min(members) for f in members)


def test_components_join_through_a_chain_and_keep_a_claimless_finding_alone() -> None:
    got = components([7, 3, 5, 9], [(7, "x"), (3, "y"), (5, "x"), (5, "y")])
    assert got == {7: 3, 3: 3, 5: 3, 9: 9}


def _add(conn: Connection, fid: int, claim_ids: list[str]) -> None:
    conn.execute(insert(findings).values(id=fid, unit=f"key:k{fid % 3}", type="contradiction",
                                         severity="alert", key="k", explanation="", computation="",
                                         numbers="[]", parties="[]"))
    if claim_ids:
        conn.execute(insert(finding_claims), [{"finding_id": fid, "pos": i, "claim_id": c}
                                              for i, c in enumerate(claim_ids)])


def _drop(conn: Connection, ids: list[int]) -> None:
    conn.execute(delete(finding_claims).where(finding_claims.c.finding_id.in_(ids)))
    conn.execute(delete(findings).where(findings.c.id.in_(ids)))


def test_incremental_group_ids_equal_a_full_recompute_at_every_step(ledger_db: str) -> None:
    ledger = Ledger.open(ledger_db, create=True)
    rng = random.Random(12)
    claim_pool = [f"c{i}" for i in range(40)]
    next_id = 1
    split_seen = False
    try:
        for step in range(25):
            with ledger.engine.begin() as conn:
                live = sorted(conn.scalars(select(findings.c.id)))
                gone = rng.sample(live, k=min(len(live), rng.randint(0, 3)))
                old = groups_where(conn, findings.c.id.in_(gone)) if gone else set()
                before = _partition({f: g for f, g in stored_groups(conn).items() if g is not None})
                if gone:
                    _drop(conn, gone)
                for _ in range(rng.randint(0 if gone else 1, 4)):
                    _add(conn, next_id, rng.sample(claim_pool, k=rng.randint(0, 3)))
                    next_id += 1
                regroup_from(conn, old)
                got = stored_groups(conn)
                assert got == recomputed(conn), f"step {step}"
                after = _partition({f: g for f, g in got.items() if g is not None})
                split_seen |= any(len([a for a in after if a & b]) > 1 for b in before)
        assert split_seen  # a deletion parted a group, so the old-group seeds were needed
        with ledger.engine.begin() as conn:
            assert regroup_all(conn) == 0  # nothing left to change
    finally:
        ledger.close()


def test_the_walk_reads_only_the_components_it_reaches(ledger_db: str) -> None:
    ledger = Ledger.open(ledger_db, create=True)
    try:
        with ledger.engine.begin() as conn:
            _add(conn, 1, ["a", "b"])
            _add(conn, 2, ["b", "c"])
            _add(conn, 3, ["c"])
            _add(conn, 4, ["z"])  # another component: never read from seed 3
            _add(conn, 5, [])
            seen, links = closure(conn, [3])
            assert seen == {1, 2, 3}
            assert sorted(links) == [(1, "a"), (1, "b"), (2, "b"), (2, "c"), (3, "c")]
            assert regroup_all(conn) == 5
            assert stored_groups(conn) == {1: 1, 2: 1, 3: 1, 4: 4, 5: 5}
            # the link between 1 and 3 goes: 3 is a group of its own, named by itself
            old = groups_where(conn, findings.c.id == 2)
            _drop(conn, [2])
            assert regroup_from(conn, old) == 1
            assert stored_groups(conn) == {1: 1, 3: 3, 4: 4, 5: 5}
    finally:
        ledger.close()
