"""The party that issued a document a definite description takes up ("the bulletin said N", "according to
the update, N ...").

News copy introduces a document with its issuer ("the relief office reported in a nightly bulletin",
"the agency published an update") and then cites it by "the" + its noun alone. That description points back
to the document, and so to the party whose attribution introduced it, not to whatever party was named last
(a district, a town, another agency named in between).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from headcount.extract.attribution import Attribution
from headcount.extract.drafts import SentenceInfo

# How many sentences back the introduction of the document is looked for: a report cites its source
# document over a few paragraphs, not across the whole text.
_REACH = 6


def issuer(infos: Sequence[SentenceInfo], index: int, at: int, phrase: str,
           attributions: Callable[[SentenceInfo], list[Attribution]]) -> str | None:
    """The speaker of the nearest sentence before document offset ``at`` (in sentence ``index`` or up to
    ``_REACH`` sentences back) that names the document noun of ``phrase`` ("the bulletin") and attributes
    something to a party: the party that issued the document. None when no such sentence is near."""
    noun = phrase.lower().split()[-1]
    pattern = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    for k in range(index, max(-1, index - _REACH - 1), -1):
        sent = infos[k].sentence
        if sent.headline:
            break
        upto = sent.text if sent.start + len(sent.text) <= at else sent.text[: max(0, at - sent.start)]
        if not pattern.search(upto):
            continue
        atts = [a for a in attributions(infos[k]) if a.source and a.strength >= 1
                and a.source.lower().split()[-1:] != [noun]]
        if atts:
            return min(atts, key=lambda a: (a.strength != 1, a.position)).source  # the speaker first
    return None
