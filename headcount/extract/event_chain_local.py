"""The round-11 event rules of the languages read by lexicon, in the order the claim stages apply them.

Why: each round-11 rule (the clause predicate of Russian, Ukrainian and Arabic; the "without", remain, object,
crossing and care rules of Spanish, Portuguese and French) was a hook of its own in the second pass of
stages_local.claims_of, which grew past the size a module should have and hid the order the rules run in. The
order is the rules' meaning, so it is stated here once:

1. the clause predicate (ru/uk/ar, event_predicate_slavic.py) decides when it names an event;
2. else, for a figure with no event from its noun: the older count-noun rule, then "without life" and "left
   without" (deprived_romance.py), a remain verb's complement (remain_romance.py), the verb whose object the
   figure is (event_object_romance.py), a crossing verb with its object (crossing_romance.py), the older
   nearest event word, "without" a home or a need after the clause's verb had its say, then the older subject and
   restated rules;
3. a care place in the clause turns the wounded or moved into aided (care_romance.py);
4. later, once the figure's whole is known, a part takes the whole's event (part_event): a part whose event came
   from its noun under a whole whose event came from its verb ("N soldats se sont rendus, dont M blessés"), or a
   ru/uk/ar part whose own clause names no event (part_takes_whole_event), unless its predicate decided.

The older rules live in stages_local.py and are passed in as thunks, so their code stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from headcount.extract.care_romance import care_event
from headcount.extract.crossing_romance import crossing_event
from headcount.extract.deprived_romance import deprived_event, state_event
from headcount.extract.event_object_romance import object_event
from headcount.extract.event_predicate_slavic import part_takes_whole_event, predicate_event
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word
from headcount.extract.remain_romance import remain_event

OlderRule = Callable[[], str | None]


class Draft(Protocol):
    """The fields of a claim draft (stages_local.LocalDraft) the event rules read and set."""
    first: int
    last: int
    event: str | None
    category: str
    event_from_noun: bool


def local_event(words: tuple[Word, ...], d: Draft, spans: list[tuple[int, int]], lex: Lexicon, language: str,
                older: tuple[OlderRule, OlderRule, OlderRule, OlderRule]) -> bool:
    """Set the event of the draft ``d`` (its figure and people noun at words [first, last), its noun's event
    already in it); True if the clause predicate decided it (then the event is no longer the noun's). ``older``
    are the count-noun rule, the nearest event word, the subject rule and the restated rule of stages_local, run
    in their places in the chain."""
    counted, nearest, subject, restated = older
    first, last, event = d.first, d.last, d.event
    by_predicate = predicate_event(words, first, last, language, lex)  # the clause names no event itself
    if by_predicate is not None:
        event, d.event_from_noun = by_predicate, False
    elif event is None:
        event = counted() or state_event(words, first, last, lex, language) or remain_event(
            words, first, last, lex, language) or object_event(words, first, lex, language) or crossing_event(
            words, first, last, lex, language) or nearest() or deprived_event(words, last, language) or subject() \
            or restated()
    d.event = care_event(words, first, last, event, d.category, spans, lex, language) or event
    return by_predicate is not None


def part_event(words: tuple[Word, ...], d: Draft, whole: Draft, by_predicate: bool, lex: Lexicon,
               language: str) -> str | None:
    """The event of the whole the part ``d`` takes, or None (it keeps its own)."""
    if not whole.event:
        return None
    if d.event_from_noun and not whole.event_from_noun:
        return whole.event  # "312 soldats se sont rendus, dont 17 blessés": the wounded surrendered
    if not by_predicate and part_takes_whole_event(words, d.first, d.last, lex, language):
        return whole.event  # "among them" + N + a people noun, no event of its own: the part is in the toll (ru/uk/ar)
    return None
