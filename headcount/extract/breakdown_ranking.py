"""A ranking sentence that breaks a count given before down by place: a place is or remains the first of
the places by that count ("the hardest-hit area, with N dead"), or is ranked against another ("followed by
<Place> with M", "ahead of <Place>"). It names no speaker because it goes on with the figures of the
statement before it (gold convention 9: "a breakdown that directly follows its total"), even across a
paragraph break or a sentence with no count between them.

Read from the parse: the main verb is a copula ("be", "remain"); its subject a name that is no person; the
figure sits in a "with" phrase ("with N cases"); and the clause ranks: a superlative (tag JJS or RBS:
"worst", "hardest", "largest") or a second ranked member ("followed by", "ahead of"). A sentence about a
named party doing something has a verb of its own; a place that "has" or "reports" N, or a person who "was
with" N others, is not this construction.
"""

from __future__ import annotations

from headcount.extract.linguistic import Analysis

_COPULAS = frozenset({"be", "remain"})
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
# A second ranked member after the first: "followed by X", "ahead of X" (the word, then its preposition).
_RANKING_PAIRS = frozenset({("follow", "by"), ("ahead", "of")})


def ranks_places(an: Analysis | None, start: int, end: int) -> bool:
    """The figure at document offsets [start, end) is the count of a place in a ranking sentence."""
    subject = ranked_subject(an)
    if an is None or subject is None:
        return False
    fig = an.word_at(start)
    if fig is None:
        return False
    return any(an.words[k].dep == "prep" and an.words[k].lemma == "with" for k in an.ancestors(fig))


def ranked_subject(an: Analysis | None) -> int | None:
    """The head of the subject of a ranking sentence (a named place ranked by a count), or None when the
    sentence is no ranking."""
    if an is None:
        return None
    root = next((k for k, w in enumerate(an.words) if w.dep == "ROOT"), None)
    if root is None or an.words[root].lemma not in _COPULAS:
        return None
    subjects = [c for c in an.children(root) if an.words[c].dep == "nsubj"]
    if not subjects or not _named(an, subjects[0]) or not _ranks(an, root):
        return None
    return subjects[0]


def _ranks(an: Analysis, root: int) -> bool:
    """The clause of ``root`` ranks: a superlative outside its subject, or a second ranked member."""
    lo, hi = an.subtree(root)
    words = an.words
    subj = [an.subtree(c) for c in an.children(root) if words[c].dep == "nsubj"]
    in_subject = {k for a, b in subj for k in range(a, b)}
    for k in range(lo, hi):
        if k in in_subject:
            continue
        if words[k].tag in _SUPERLATIVE_TAGS:
            return True
        if any((words[k].lemma.lower(), words[c].lemma.lower()) in _RANKING_PAIRS for c in an.children(k)):
            return True
    return False


def _named(an: Analysis, head: int) -> bool:
    """The subject headed by ``head`` is a name that is no person: a capitalised word that is no determiner,
    in its own words ("Kestrin", "Kestrin province"; the tagger may read an unknown name as an adjective),
    and no word the recogniser reads as a person's name."""
    lo, hi = an.subtree(head)
    if any(an.words[k].ent_type == "PERSON" or an.words[k].pos == "PRON" for k in range(lo, hi)):
        return False
    return any(an.words[k].text[:1].isupper() and an.words[k].pos in ("PROPN", "ADJ", "NOUN")
               for k in range(lo, hi) if an.words[k].dep in ("compound", "amod", "nsubj"))
