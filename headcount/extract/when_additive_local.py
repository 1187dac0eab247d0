"""A sentence opened by an additive connective goes on with the report before it (gold Periods rule 6:
"failing that, a neighbouring sentence about the same figure").

"Кроме того, N вышли", "Крім того, ... евакуйовано N", "Además, N ...", "En outre, N ...": the connective
adds a figure to what the sentence before it reported, so a flow there with nothing of its own bounding it
(basis "default") counts over that sentence's stated window, day or date. The connectives are a closed
class of each language's grammar ([periods] additive); a figure with a window, an origin or a total of its
own keeps it, and a state (a stock event) is never carried.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol

from headcount.extract.analyser_simple import normalise
from headcount.extract.linguistic import Word
from headcount.extract.period_text_local import is_number_word, period_phrases, time_units


class _Draft(Protocol):
    sentence_index: int
    event: str | None
    period_kind: str | None
    period_basis: str | None
    period_span: tuple[int, int, int] | None


@cache
def additive_connectives(code: str) -> frozenset[tuple[str, ...]]:
    """[periods] additive: "кроме того", "además", "en outre", "além disso", "علاوة على ذلك"."""
    return period_phrases(code, "additive")


def opens_with_addition(words: Sequence[Word], code: str) -> bool:
    """The sentence's first words are an additive connective (a leading "و" of Arabic written onto it)."""
    forms = [normalise(w.text, code) for w in words[:4] if w.text[:1].isalpha()]
    if code == "ar" and forms and forms[0].startswith("و") and len(forms[0]) > 3:
        forms[0] = forms[0][1:]
    return any(tuple(forms[: len(p)]) == p for p in additive_connectives(code))


def opens_with_sequence(words: Sequence[Word], code: str) -> bool:
    """The sentence opens with a time adverbial of sequence ([periods] sequence: "más tarde", "plus tard",
    "позже"), after its interval ("Horas más tarde", "Deux heures plus tard"): the narrator moves the story
    on to a new event, so the statement of the sentence before does not go on into it (the source stage
    reads this; a period is still carried by an additive connective, ``carry_additions``)."""
    k = 0
    while k < min(2, len(words)) and (is_number_word(words[k], code)
                                      or normalise(words[k].text, code) in time_units(code)):
        k += 1
    forms = [normalise(w.text, code) for w in words[k : k + 4]]
    return any(tuple(forms[: len(p)]) == p for p in period_phrases(code, "sequence"))


def carry_additions(drafts: Sequence[_Draft], words_of: Callable[[int], Sequence[Word]], code: str,
                    stock_events: frozenset[str]) -> None:
    """A default flow in a sentence opened by an additive connective takes the stated window of the
    sentence right before it (the kind and the words), when that sentence has one."""
    for d in drafts:
        if d.period_basis != "default" or (d.event or "other") in stock_events or d.event == "other":
            continue
        if not opens_with_addition(words_of(d.sentence_index), code):
            continue
        before = next((e for e in drafts if e.sentence_index == d.sentence_index - 1
                       and e.period_basis == "window" and e.period_span is not None), None)
        if before is not None:
            d.period_kind, d.period_basis, d.period_span = before.period_kind, "window", before.period_span
