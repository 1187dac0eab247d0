"""One place's share of a count named earlier in the sentence, its noun left out: "Ostra recorded 640
evacuees, followed by Kesh with 410", "with Anvar reporting 95", "the Tulsa district
accounting for 310". The figure counts what the sentence's earlier count counts (gold convention 4).
"""

from __future__ import annotations

from collections.abc import Sequence

_CLOSERS = frozenset({".", ",", ";", ":", "!", "?", ")", '"', "”", "’", "–", "—", "and"})
_NAME_REACH = 4  # words from the place name to the figure ("the Tulsa district accounting for")


def place_share(words: Sequence[str], raw: Sequence[str], a: int, b: int, links: frozenset[str]) -> bool:
    """Figure [a, b) ends its clause right after a link of ``links`` ("with", "accounting for") that
    follows a capitalised place name within a few words."""
    if b < len(words) and words[b] not in _CLOSERS:
        return False
    link = next((n for n in (2, 1) if a - n >= 1 and " ".join(words[a - n:a]) in links), None)
    if link is None:
        return False
    name = a - link - 1
    return any(raw[k][:1].isupper() and raw[k].isalpha() for k in range(name, max(-1, name - _NAME_REACH), -1))
