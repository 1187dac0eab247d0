"""One event's running-count join cut into slices of whole connected sets of documents; pure (no database).

Why: a full reconcile joined each event's points at once in the parent (``running.join_running``), so the
parent held the largest event whole, its points as read and as joined: 399 MB at the 100k bench ledger, the
run's peak since the largest event's unit is computed in windows (``event_windows``), and growing with the
event (``docs/scale.md``, eighth session). Yet the join of an event is the join of its connected sets of
documents (``incremental.join_scope``): the join decides a named party's figure from the figures of that
party's family (the party, its parent body, the parent's members) in the event, and moves other named
parties' figures of one document together; figures of no named party never move. So the documents linked by
sharing a family, transitively, join alone exactly as they join within the whole event; and several such sets
joined together join as each alone.

``slices`` gives those sets, whole, packed in order into slices of at most ``limit`` points (a larger set is
a slice of its own): the parent reads, joins and writes one slice at a time, and holds one slice's points,
not the event's. The stored rows and findings are the same (``tests/reconcile_store/test_join_slices.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from headcount.reconcile.incremental import family

#: points the parent joins at once at most (a connected set of documents larger than this is joined whole)
JOIN_POINTS = 20_000


def slices(rows: Iterable[tuple[str, str | None, int]], part_of: Mapping[str, str],
           limit: int = JOIN_POINTS) -> list[list[str]]:
    """The documents of one event in slices to join one at a time. ``rows``: (document, the party key of its
    named figures or None for the others, how many points), any number of rows per document. Each slice is
    one or more whole connected sets (documents sharing a party family, transitively), in the order of their
    first document, its documents sorted; at most ``limit`` points unless it is one set."""
    index: dict[str, int] = {}  # document -> its number
    size: list[int] = []
    up: list[int] = []  # union-find over documents' numbers
    first_of: dict[str, int] = {}  # party family -> the first document seen with it

    def find(i: int) -> int:
        while up[i] != i:
            up[i] = up[up[i]]
            i = up[i]
        return i

    for doc, party, n in rows:
        i = index.get(doc)
        if i is None:
            i = index[doc] = len(size)
            size.append(0)
            up.append(i)
        size[i] += n
        if party is not None:
            j = first_of.setdefault(family(party, part_of), i)
            a, b = find(i), find(j)
            if a != b:
                up[max(a, b)] = min(a, b)
    sets: dict[int, list[str]] = {}
    points: dict[int, int] = {}
    for doc in sorted(index):
        r = find(index[doc])
        sets.setdefault(r, []).append(doc)
        points[r] = points.get(r, 0) + size[index[doc]]
    out: list[list[str]] = []
    run: list[str] = []
    n = 0
    for r, docs in sets.items():  # in the order of their first document (``sets`` filled in document order)
        if run and n + points[r] > limit:
            out.append(sorted(run))
            run, n = [], 0
        run += docs
        n += points[r]
    if run:
        out.append(sorted(run))
    return out
