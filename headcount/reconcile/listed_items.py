"""Figures a sentence lists one after another are the items of a breakdown, not estimates of one quantity.

A sentence that gives three or more figures of one party for one series key ("the worst-hit district had 33
deaths, followed by the two next (19) and (11)"; "12 died in the north, 9 in the east and 4 in the west") is
listing the parts of something: one sentence does not give three values of one count at one moment. When the
extractor has not read each item's own place (a place named in brackets, or after the figure), the items land
in the series of the whole and were set against the whole's other figures ("87 dead since Monday, the ministry
said"), which a reader rejects: the list is the toll broken down.

``listed`` marks such reports so that ``checks.contradictions`` does not set them against another party's
figure. Two figures in one sentence are left alone: that is how a text sets two parties' tolls against each
other ("the army said 12 were killed, the rebels 40"). A change the sentence tells through its items ("from 12
to 20 to 33": ``pairing.stated_revision``) is no list. Read from the claims' documents and sentence offsets,
so a stored, incremental reconcile gives what a full one does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from headcount.reconcile.pairing import stated_revision
from headcount.reconcile.series import Report

#: how many figures of one party and one key a sentence must hold to be read as a list of parts
LIST_ITEMS = 3


def listed(reports: Sequence[Report]) -> set[int]:
    """The indices of the reports (of one series) that are items of a list some sentence gives."""
    by_sentence: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    figures: dict[tuple[str, int, str], int] = defaultdict(int)
    for i, r in enumerate(reports):
        for p in r.points:
            at = (p.doc_id, p.claim.sentence_start, r.party.key)
            figures[at] += 1
            if i not in by_sentence[at]:
                by_sentence[at].append(i)
    out: set[int] = set()
    for at, items in by_sentence.items():
        # the sentence's figures are counted, not its reports: two equal items ("12 in the north, 12 in the
        # east and 4 in the west") are one report of the party's, and still two items of the list
        if figures[at] < LIST_ITEMS or len(items) < 2:
            continue
        if any(stated_revision(reports[i], reports[j]) for n, i in enumerate(items) for j in items[n + 1:]):
            continue
        out.update(items)
    return out
