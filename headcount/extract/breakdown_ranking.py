"""A ranking sentence that breaks a count given before down by place: "<Place> is / remains the hardest-hit
area, with N dead, then <Place> with M". It names no speaker because it goes on with the figures
of the statement before it (gold convention 9: "a breakdown that directly follows its total"), even across a
paragraph break or a sentence with no count between them (wire copy gives each sentence a paragraph).

Read from the parse: the main verb is a copula ("be", "remain"), its subject a name (a place), and the
figure sits in a "with" phrase ("with N cases"). A sentence about a named party doing something has a verb
of its own; a place that "has" or "reports" N is not this construction.
"""

from __future__ import annotations

from headcount.extract.linguistic import Analysis

_COPULAS = frozenset({"be", "remain"})


def ranks_places(an: Analysis | None, start: int, end: int) -> bool:
    """The figure at document offsets [start, end) is the count of a place in a ranking sentence."""
    if an is None:
        return False
    root = next((k for k, w in enumerate(an.words) if w.dep == "ROOT"), None)
    if root is None or an.words[root].lemma not in _COPULAS:
        return False
    subjects = [c for c in an.children(root) if an.words[c].dep == "nsubj"]
    if not subjects or not _named(an, subjects[0]):
        return False
    fig = an.word_at(start)
    if fig is None:
        return False
    return any(an.words[k].dep == "prep" and an.words[k].lemma == "with" for k in an.ancestors(fig))


def _named(an: Analysis, head: int) -> bool:
    """The subject headed by ``head`` is a name: a capitalised word that is no determiner, in its own words
    ("Kestrin", "Kestrin province"; the tagger may read an unknown name as an adjective)."""
    lo, hi = an.subtree(head)
    return any(an.words[k].text[:1].isupper() and an.words[k].pos in ("PROPN", "ADJ", "NOUN")
               for k in range(lo, hi) if an.words[k].dep in ("compound", "amod", "nsubj"))
