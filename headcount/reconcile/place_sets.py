"""A location that counts administrative divisions ("seven provinces", "all 12 regions") names no one place.

The extractor keeps the phrase a figure's place follows ("reported across seven provinces"); read as a
place key, it opens a series of its own ("killed/people/seven provinces") that no other report shares,
so one party's running count splits at every report that sums its units this way. A careful reader takes
such a phrase as "the provinces of the place the text is about": the figure has no place of its own,
and the rules that place an unplaced figure (``running.unplaced_to_document_place``: the whole that
holds the document's breakdown, or the document's one country) decide where it stands.

The construction: a cardinal (a numeral or a number word of ``lexicons/numbers.toml``) or a quantifier
of a set ("several", "all"), with no article, then words in lower case ending in the plural of an administrative
division (``DIVISIONS``: what a country's whole is summed over). A proper name never takes this shape
("Seven Sisters", "Three Gorges" are capitalised), so no known place is lost. A count of localities
("four neighbourhoods", "two camps") keeps its key, and so does a definite count ("the two districts"),
which points back to divisions the text has named: a part of the whole, not a sum over it. Measured on dev
(round 11): reading the definite one as unplaced moved two districts' injured onto their province's toll
and added a look-alike.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.lexicons import load

#: the administrative divisions a country's whole is summed over ("across seven provinces"), from
#: lexicons/places.toml [where] divisions (one list for extraction and reconcile); a count of localities
#: ("four neighbourhoods", "two camps", "three villages") is a narrower scope (one incident, one city's
#: quarters), not the whole the document counts, and keeps its key
DIVISIONS = frozenset(w.lower() for w in load("places")["where"]["divisions"])

#: quantifiers that count a set of places as a numeral does
_SET_WORDS = frozenset({"several", "all", "many", "multiple", "various", "numerous", "dozens"})


@cache
def _number_words() -> frozenset[str]:
    """The English number words below a hundred (lexicons/numbers.toml [words.units] and [words.teens],
    [words.tens] when present)."""
    words = load("numbers").get("words", {})
    out: set[str] = set()
    for table in ("units", "teens", "tens"):
        out |= {w.lower() for w in words.get(table, {})}
    return frozenset(out - {"zero", "nought", "naught", "one"})


def counts_places(location: str | None) -> bool:
    """``location`` counts several administrative divisions ("seven provinces", "all 12 regions") rather
    than naming one place; not a definite count ("the two districts": the ones named before)."""
    if not location:
        return False
    text = " ".join(location.split()).strip(" ,.;:")
    if re.match(r"(?:the|these|those|both)\s", text, flags=re.I):
        return False  # "the two districts": the ones named before, parts of the whole, not a sum over it
    words = re.sub(r"^(?:all|across|in)\s+", "", text, flags=re.I).split()
    if len(words) < 2 or any(w[:1].isupper() for w in words[1:]):
        return False
    first = words[0].lower()
    if not (first.isdigit() or first in _number_words() or first in _SET_WORDS):
        return False
    return words[-1] in DIVISIONS


def counts_places_in(name: str, text: str) -> bool:
    """``name`` (a location as keyed, its article dropped) counts divisions (``counts_places``), and the text
    writes it without a definite article at least once: a key loses "the", so the text says which it was."""
    if not counts_places(name):
        return False
    found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text, flags=re.I)]
    return any(not re.search(r"\b(?:the|these|those|both)\s+$", text[max(0, at - 8):at], flags=re.I)
               for at in found)
