"""What one text says about the moments of its own figures.

"One document never revises itself": two figures a text gives side by side are the text's moment. But a
text also tells history, and marks it: an adverb before the figure ("Earlier, the ministry reported ...")
or a clause that opens the sentence with a span of time before the main event ("A day after the minister
raised the toll to N, her office ..."). A figure so marked is of an earlier moment than the text's own
(``said_earlier``). When one party's figure is so marked and the text also gives that party's last word on
the same quantity, the text is telling that the party changed its figure (``told_earlier``): for a total
that only grows, a later figure below the earlier is a revision the text reports.

Read from the claims' offsets in their sentence (the markers are function words and the clause's position),
so no parse is needed at check time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from headcount.reconcile.series import Report

#: adverbs that set a statement before the moment of the report (an earlier toll, a superseded figure)
_EARLIER = re.compile(r"\b(?:earlier|previously|initially|originally|at first)\b", re.IGNORECASE)

#: a sentence that opens with a span of time before its main event: "A day after ...", "Two days after ...",
#: "Hours after ...", "The day after ...". The clause so opened happened first; it runs to the comma that
#: closes it, before the main clause ("A day after the minister raised the toll to 230,000, her office ...")
_AFTER_CLAUSE = re.compile(
    r"^\W*(?:(?:a|one|two|three|four|five|six|seven|several|a few|\d+)\s+(?:days?|hours?|weeks?)|hours|days"
    r"|the\s+day|the\s+morning|the\s+night)\s+after\b", re.IGNORECASE)


def said_earlier(r: Report) -> bool:
    """The figure's own sentence marks the statement as earlier than the report.

    "Earlier, the president reported 773 dead" beside "more than 2,000 have been buried" is a toll that
    rose, not two parties disagreeing about one moment. Only the words before the figure count, so an
    "earlier" that qualifies something after it ("12 more than earlier") does not. A figure in a clause that
    opens its sentence with a span of time before the main event ("A day after the minister raised the toll
    to 230,000, her office ...": the figure closes the clause, a comma follows) is that clause's moment,
    which the sentence places before its own.
    """
    c = r.first.claim
    if not c.sentence:
        return False
    at, end = max(0, c.start - c.sentence_start), c.end - c.sentence_start
    head = c.sentence[:at]
    if _EARLIER.search(head):
        return True
    return bool(_AFTER_CLAUSE.match(head) and re.match(r"\s*,", c.sentence[end:]))


def told_earlier(a: Report, b: Report, reports: Sequence[Report]) -> tuple[Report, Report] | None:
    """One document gives one party's figure as said earlier (``said_earlier``) and the party's last figure
    for the same quantity unmarked: (the earlier, the last), or None.

    What a text says a party said before, set beside what the party says now (its last unmarked figure in
    the text), is the text telling that the party changed its figure. Only the party's last figure: any
    other figure of the party in the text is another part of the story (a president's count of the bodies
    in mass graves beside a minister's toll), not the word that replaced the earlier one. ``reports``: the
    series' reports (the party's other figures in the document decide which is its last)."""
    if a.party.key != b.party.key or said_earlier(a) == said_earlier(b):
        return None
    earlier, now = (a, b) if said_earlier(a) else (b, a)
    docs = {p.doc_id for p in earlier.points} & {p.doc_id for p in now.points}
    for doc in docs:
        last: tuple[int, Report] | None = None
        for r in reports:
            if r.party.key != a.party.key or said_earlier(r):
                continue
            for p in r.points:
                if p.doc_id == doc and (last is None or p.claim.start > last[0]):
                    last = (p.claim.start, r)
        if last is not None and last[1] is now:
            return earlier, now
    return None
