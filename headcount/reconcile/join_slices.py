"""One event's running-count join cut into slices of whole connected sets of documents; pure (no database).

Why: a full reconcile joined each event's points at once in the parent (``running.join_running``), so the
parent held the largest event whole, its points as read and as joined (80.6 MB traced at the 100k bench
ledger, of a parent of about 350 MB; ``docs/scale.md``, ninth session), growing with the event. Yet the join
of an event is the join of its connected sets of documents (``incremental.connected_sets``): the join decides
a named party's figure from the figures of that party's family (the party, its parent body, the parent's
members) in the event, and moves other named parties' figures of one document together; figures of no named
party never move. So the documents linked by sharing a family, transitively, join alone exactly as they join
within the whole event; and several such sets joined together join as each alone.

``slices`` gives those sets, whole, packed in order into slices of at most ``limit`` points (a larger set is
a slice of its own): the parent reads, joins and writes one slice at a time, and holds one slice's points
(at least the event's largest connected set: the whole event when it is one set) and, for an event planned
into windows, one mark per point (``event_windows.Mark``). The stored rows and findings are the same
(``tests/reconcile_store/test_join_slices.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from headcount.reconcile.incremental import connected_sets

#: points the parent joins at once at most (a connected set of documents larger than this is joined whole).
#: Measured on the 10k bench ledger (``docs/scale.md``, ninth session, "After review"): the parent's pass 2
#: took 0.83, 0.75 s of CPU at 1,000, 0.64, 0.76 at 5,000, 0.65, 0.70 at 20,000 (two runs each: within the
#: load's noise), its traced peak 5.6, 6.6 and 8.2-8.7 MB. A slice is never smaller than the largest set (3,180
#: points at 10k, 31,760 at 100k: above this limit, so the limit does not set the 100k peak), and each slice
#: costs a query, a commit and a decoder: a small limit buys little. The workers' ``KEY_TASK_POINTS`` is the
#: same size.
JOIN_POINTS = 20_000


def slices(rows: Iterable[tuple[str, str | None, int]], part_of: Mapping[str, str],
           limit: int = JOIN_POINTS) -> list[list[str]]:
    """The documents of one event in slices to join one at a time. ``rows``: (document, the party key of its
    named figures or None for the others, how many points), any number of rows per document. Each slice is
    one or more whole connected sets (``incremental.connected_sets``), in the order of their first document,
    its documents sorted; at most ``limit`` points unless it is one set."""
    rows = list(rows)
    of_doc, _ = connected_sets(((doc, party) for doc, party, _ in rows), part_of)
    size: dict[str, int] = {}
    for doc, _, n in rows:
        size[doc] = size.get(doc, 0) + n
    sets: dict[int, list[str]] = {}
    points: dict[int, int] = {}
    for doc in sorted(of_doc):
        r = of_doc[doc]
        sets.setdefault(r, []).append(doc)
        points[r] = points.get(r, 0) + size[doc]
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
