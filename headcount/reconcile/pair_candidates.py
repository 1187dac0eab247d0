"""Which pairs of one series a check compares: those ``pairing.pair`` could call comparable, found without
trying every pair.

Why a module of its own: a long series is compared pair by pair, and the pairs made (not only the cost of
each) decide how a full reconcile grows with the ledger. Reports that share a document always meet; across
documents only reports whose last days lie within ``pairing.FALL_DAYS`` (the widest window ``pair``
accepts), so a report meets the reports of its window, not the whole series. A check that compares only one
party's figures (``checks.revisions``) or only two parties' (``checks.contradictions``) asks for those alone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from headcount.reconcile.pairing import FALL_DAYS, docs_of
from headcount.reconcile.series import Report


def candidate_pairs(reports: Sequence[Report]) -> Iterator[tuple[Report, Report]]:
    """The pairs of one series that ``pair`` could call comparable, without trying every pair.

    Those that share a document, and those whose last days lie within FALL_DAYS of each other (the widest
    window ``pair`` accepts across documents). Each pair comes once, in list order. Undated reports meet
    only reports of their own documents.
    """
    for i, j in candidate_indices(reports):
        yield reports[i], reports[j]


def candidate_indices(reports: Sequence[Report], parties: Sequence[str] | None = None,
                      same: bool = True) -> Iterator[tuple[int, int]]:
    """``candidate_pairs`` as positions in ``reports`` (i < j), in the same order.

    With ``parties`` (a key per report), only the pairs of one party (``same``) or of two (not ``same``),
    still in that order: a check that compares only one party's figures with each other (``revisions``)
    then meets only that party's reports in each window, instead of every report of the series in it, and
    one that compares only two parties' (``contradictions``) skips the others before any is read."""
    by_doc: dict[str, list[int]] = {}
    for i, r in enumerate(reports):
        for d in docs_of(r):
            by_doc.setdefault(d, []).append(i)
    seen: set[tuple[int, int]] = set()  # pairs given for a shared document, not given again for their days
    for group in by_doc.values():
        for x, i in enumerate(group):
            for j in group[x + 1:]:
                if i == j or (i, j) in seen:
                    continue
                seen.add((i, j))
                if parties is None or (parties[i] == parties[j]) == same:
                    yield i, j
    dated = sorted((i for i, r in enumerate(reports) if r.end is not None), key=lambda i: reports[i].end or date.min)
    ends = [reports[i].end or date.min for i in dated]
    window = timedelta(days=FALL_DAYS)
    if parties is not None and same:  # each report against its own party's reports in its window only
        own: dict[str, list[int]] = {}  # a party's positions in ``dated``
        at: list[int] = []  # each position's place in its party's list
        for x in range(len(dated)):
            xs = own.setdefault(parties[dated[x]], [])
            at.append(len(xs))
            xs.append(x)
        own_ends = {p: [ends[x] for x in xs] for p, xs in own.items()}
        for x, i in enumerate(dated):
            xs, k = own[parties[i]], at[x]
            stop = bisect_right(own_ends[parties[i]], ends[x] + window)
            for y in xs[k + 1:stop]:
                j = dated[y]
                if (min(i, j), max(i, j)) not in seen:
                    yield (i, j) if i < j else (j, i)
        return
    for x, i in enumerate(dated):
        stop = bisect_right(ends, ends[x] + window)
        for j in dated[x + 1:stop]:
            if (min(i, j), max(i, j)) in seen or (parties is not None and parties[i] == parties[j]):
                continue
            yield (i, j) if i < j else (j, i)
