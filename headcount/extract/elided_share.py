"""One place's share of a count named earlier in the sentence, its noun left out: a bare figure that ends
its clause right after "PLACE with", "PLACE reporting" or "PLACE accounting for" (elided.toml share_links),
where an earlier figure of the sentence names the count. The figure counts what that count counts (gold
convention 4).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from headcount.extract import calendar_words

_CLOSERS = frozenset({".", ",", ";", ":", "!", "?", ")", '"', "”", "’", "–", "—", "and"})
_NAME_REACH = 4  # words from the place name to the figure ("the PLACE district accounting for")


def place_share(words: Sequence[str], raw: Sequence[str], a: int, b: int, links: frozenset[str]) -> bool:
    """Figure [a, b) ends its clause right after a link of ``links`` ("with", "accounting for") that
    follows a capitalised name within a few words. A day or month name is no place ("on Sunday with N"), nor
    is the sentence's first word (capitalised by position). The token layer has no parse, so this is a
    capitalisation test with those exclusions, not a reading of the NER. An agency's name before
    "reporting" passes: its figure is another source's for the same count, and the count's noun is right
    for it too."""
    if b < len(words) and words[b] not in _CLOSERS:
        return False
    link = next((n for n in (2, 1) if a - n >= 1 and " ".join(words[a - n:a]) in links), None)
    if link is None:
        return False
    name = a - link - 1
    return any(k > 0 and raw[k][:1].isupper() and raw[k].isalpha() and raw[k].lower() not in _calendar()
               for k in range(name, max(-1, name - _NAME_REACH), -1))


@cache
def _calendar() -> frozenset[str]:
    """Day and month names (CLDR, lower case): capitalised, but no place."""
    return frozenset(w.lower() for w in (*calendar_words.weekdays(), *calendar_words.months(abbreviated=False)))
