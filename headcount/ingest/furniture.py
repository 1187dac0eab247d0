"""Page furniture printed into a document's text: a metadata line a scraper kept above the story.

A scraped page often opens with its metadata written out as a line of its own: a label ("date",
"published", "posted", "updated") and an ISO date ("Posted: 2031-04-02 Rivermouth, Eastland — ..."). It is
not part of the story, but a reader of the text takes it as words of the first sentence: a source phrase
running from the opening of the text then begins "date 2031-04-02 ...". The label and date are blanked
with spaces (newlines kept) rather than cut, so that every offset into the text stays where it was.

Where it applies: to a phrase read out of a text (reconcile reads a claim's source through it, before
the dateline rule of ``reconcile.party_phrase``). Not yet to whole texts at ingest: blanking the dev
corpus's page dates before extraction changed the parse of a dateline that then opens the text ("PLACE,
Region • the governor said ..." read with the place as the speaker), which cost source accuracy; the
extractor's reading of a text-opening dateline must come first (see docs/reconcile.md).
"""

from __future__ import annotations

import re

# A metadata label and an ISO date (with an optional time) opening the text, before any word of the story.
_PAGE_DATE = re.compile(
    r"\A\s*(?:date|published|posted|updated)(?:\s+on)?\s*:?\s+"
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|\Z)",
    re.IGNORECASE,
)


def blank_page_date(text: str) -> str:
    """``text`` with a labelled ISO date opening it blanked to spaces, same length; unchanged otherwise."""
    m = _PAGE_DATE.match(text)
    if m is None:
        return text
    blank = re.sub(r"[^\n]", " ", m.group())
    return blank + text[m.end():]
