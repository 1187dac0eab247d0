"""A place label opening a sentence and ending at a colon ("X: 63 herders seized near Y are released")
stands aside for a place named after it.

The label before the colon files the story under a place (most often a country, in a headline), as a
section heading does; the words after it
say where the counted people are. So the label is the figure's place only when nothing after it names one
(gold convention 7: the most specific place the sentence gives for the figure).
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.place_words import NAMED, Place


def label_aside(places: Sequence[Place], words: Sequence[str]) -> list[Place]:
    """``places`` without a label that opens the sentence and ends at a colon, when another named place
    follows (a description after it, "a strike on a weekly market", says less than the label). Any place
    and any sentence: neither a country check nor the headline's position is required (a body sentence
    opening "X:" is rare, and is read the same way)."""
    labels = [p for p in places if p.start == 0 and p.end < len(words) and words[p.end] == ":"]
    if not labels or not any(p.start > labels[0].end and p.described == NAMED for p in places):
        return list(places)
    return [p for p in places if p is not labels[0]]
