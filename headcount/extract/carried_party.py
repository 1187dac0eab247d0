"""The party a sentence's figures carry over to the next sentence, matched across the two readers.

The token rules (attribution.py) and the parse (attribution_parse.py) may bound the same party's name
differently: the token rules stop at a conjunction inside a name ("the Coast and River Relief Authority
(X)"), the parse takes the whole phrase. A sentence continues the statement before it only when the party
the token rules find there is the party its figures were given (speakers._continued); the two are the same
party when one name holds the other as a run of whole words, and the fuller name is the one carried. When
the token rules find no party at all in that sentence (their word lists do not know every head noun of a
speaker: "according to a ward official"), the parse's own reading of it decides: its figures were
all given to one party by a verb of saying or "according to".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from headcount.extract.attribution import Attribution
from headcount.extract.attribution_party import Lexicon, child
from headcount.extract.linguistic import Analysis
from headcount.extract.rules import Rules


def _words(name: str) -> list[str]:
    return name.lower().split()


def _holds(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


def given_party(found: Sequence[str], given: Sequence[str | None]) -> str | None:
    """The party among ``given`` (the sources of the sentence's figures) that one of ``found`` (the token
    rules' parties of the sentence, strongest first) names. A weaker party counts too: "X has recorded N,
    according to its bulletin" names X by its verb, and the pointer "its" by "according to"."""
    for name in found:
        hit = _given(name, given)
        if hit is not None:
            return hit
    return None


def _given(found: str, given: Iterable[str | None]) -> str | None:
    """The party among ``given`` that ``found`` names: the same string, or one holding the other as whole
    words; the longer name wins. None when the figures were given to no such party."""
    mine = _words(found)
    best: str | None = None
    for g in given:
        if g is None:
            continue
        if g == found:
            return g
        theirs = _words(g)
        if _holds(theirs, mine) or _holds(mine, theirs):
            cand = g if len(theirs) >= len(mine) else found
            if best is None or len(cand) > len(best):
                best = cand
    return best


def stated_party(given: Sequence[tuple[str | None, str | None]], r: Rules) -> str | None:
    """The one party the figures of a sentence were given by a statement (``given``: each figure's source
    and cue): "according to" or a verb of saying, the same party for every figure. None otherwise (a figure
    in the outlet's voice, a party's own aid work, two parties)."""
    parties = {source for source, _ in given}
    if len(parties) != 1 or None in parties:
        return None
    if not all(cue == "according to" or cue in r.reporting_lemmas for _, cue in given):
        return None
    return next(iter(parties))


def believed_by_no_one(an: Analysis | None, lex: Lexicon) -> bool:
    """The sentence hedges its own count with an agentless passive of a verb of belief (lexicons/
    attribution.toml belief_lemmas): "N more are thought to be trapped". It says no one holds that view
    (the outlet's voice) and so starts its own statement instead of continuing the one before. Verbs of
    finding are not here: "N more bodies were found" goes on with the toll given before it."""
    if an is None:
        return False
    return any(w.lemma in lex.beliefs and w.pos == "VERB" and child(an, k, ("auxpass",)) is not None
               and child(an, k, ("agent",)) is None and child(an, k, ("nsubjpass",)) is not None
               for k, w in enumerate(an.words))


# Possessive pronouns: an attribution opened by one ("according to its bulletin") points back to a party
# already named, and is no second voice.
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def last_speaks_for(atts: Sequence[Attribution], carried: str) -> bool:
    """The last voice of the sentence before (its last attribution by position) is the carried party's, or
    points back to it. A sentence that ends on another party's words ("X said N died, but monitors
    put the toll higher") hands on that other party's doubt, not X's statement."""
    last = max(atts, key=lambda a: a.position)
    words = (last.source or "").lower().split()
    return not words or words[0] in _POSSESSIVES or _given(last.source or "", [carried]) is not None
