"""Which sentences besides those that count people are likely to be read with the parse, so that they join
the document's one parse batch instead of being parsed one by one when a stage first asks.

A call to spaCy's pipeline has a fixed cost of a few milliseconds whatever its length (each component sets
up its batch; matrix products on a few rows are slow), as much as parsing a whole sentence. The places stage
(``where.locate``) looks back to the sentences before a figure's, and to the headline, when the figure's
own sentence names no place; measured on the dev set, those look-backs were a quarter of the sentences
parsed, each in a call of its own (docs/extraction.md, Speed).

The guess mirrors the look-back by the shapes of names alone (``where.find_places``, no parse): a counting
sentence that names no place by shape will likely send the stage back to the sentence before it in its
paragraph, then the one before that while none names a place, then to the headline. A wrong guess costs one
sentence's parse in the batch; a missed one is parsed when asked, as before. The claims do not depend on
the guess: a sentence's parse is the same in a batch or alone, and every stage reads it through
``speakers.analysis``.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.drafts import SentenceInfo
from headcount.extract.where import HEADLINE_LINES, NAMED, PLACE_LOOKBACK, find_places, same_block


def likely_lookbacks(text: str, infos: Sequence[SentenceInfo], counting: Sequence[int]) -> list[int]:
    """The sentences (indices, in text order) the places stage is likely to read for the figures of the
    ``counting`` sentences, other than those sentences themselves."""
    chosen = set(counting)
    named: dict[int, bool] = {}

    def names_a_place(k: int) -> bool:
        if k not in named:
            info = infos[k].tokenized()
            named[k] = any(p.described == NAMED for p in find_places(info.tokens, info.words, text))
        return named[k]

    wanted: set[int] = set()
    headline = False
    for index in counting:
        if names_a_place(index):
            continue
        found = False
        for k in range(index - 1, max(-1, index - PLACE_LOOKBACK), -1):
            if not same_block(infos, k, index):
                break
            wanted.add(k)
            if names_a_place(k):
                found = True
                break
        headline = headline or not found
    if headline:
        wanted.update(k for k, info in enumerate(infos[:HEADLINE_LINES]) if info.sentence.headline)
    return sorted(wanted - chosen)
