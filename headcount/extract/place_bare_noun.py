"""A bare singular noun with no determiner ("still in hospital", "fishermen at sea", "in prison") is
English's institutional idiom: it says what state people are in (hospitalised, afloat, jailed), not which
place. A place given by a common noun carries a determiner or its own words ("the local hospital", "a
collection centre", "relief camps"), and those are kept as written (gold convention 7); the bare
singular is not a place, and the figure's place is found as if the sentence named none.
"""

from __future__ import annotations

from headcount.extract.place_words import DESCRIBED, POINTER, Place


def institutional_idiom(p: Place) -> bool:
    """The description is one lower-case singular noun with nothing before it."""
    words = p.text.split()
    return (p.described in (DESCRIBED, POINTER) and len(words) == 1 and words[0].isalpha()
            and words[0].islower() and not words[0].endswith("s"))
