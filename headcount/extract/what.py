"""What happened to the people counted: the event, and whether it happened or is expected.

The event comes from the trigger word nearest the figure in its clause: a verb or noun right before the
figure governs it ("killing at least 82 civilians", "the evacuation of 5,000"), otherwise the first trigger
after its noun phrase ("200,000 people are still trapped"), otherwise the nearest one before it; a noun
that implies an event ("200 wounded", "4,000 refugees") is the fallback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from headcount.extract.rules import Rules
from headcount.models import Event, Modality

_GOVERNS = 3          # a trigger this close before the figure is its verb or noun ("killed eight militants")
_AFTER_WINDOW = 16    # how far after the noun phrase a predicate is looked for
_CLAUSE_END = frozenset({";", ".", "?", "!", ":"})
_MODALITY_WINDOW = 5
_PUNCT = frozenset({",", ";", ":", "(", ")", "–", "—", '"', "“", "”"})


@dataclass(frozen=True, slots=True)
class EventHit:
    event: str
    start: int  # token index of the trigger, or -1 when implied by the noun
    end: int


def find_event(
    words: Sequence[str], fig_start: int, head_end: int, category: str | None, rules: Rules,
    blocked: Sequence[tuple[int, int]] = (), inner: str | None = None,
) -> EventHit:
    """The event of the figure whose tokens are [fig_start, head_end).

    ``blocked`` are the other figures' noun phrases (their words are theirs: "3,000 civilians and 40
    wounded people were evacuated"); ``inner`` is an event implied by a word inside this figure's own noun
    phrase ("internally displaced persons"), used when the clause has no trigger of its own.
    """
    before = _triggers_before(words, fig_start, rules)
    if before and fig_start - before[0].end < _GOVERNS and not any(
        w in _PUNCT for w in words[before[0].end : fig_start]
    ):
        return before[0]
    j = head_end
    limit = min(len(words), head_end + _AFTER_WINDOW)
    while j < limit and words[j] not in _CLAUSE_END:
        if any(s <= j < e for s, e in blocked):
            j += 1
            continue
        hit = rules.triggers.match(words, j)
        if hit is not None:
            return EventHit(_refine(words, j, hit[1]), j, j + hit[0])
        j += 1
    if category and category in rules.implied_event:
        return EventHit(rules.implied_event[category], -1, -1)
    if inner is not None:
        return EventHit(inner, -1, -1)
    if before:
        return before[0]
    return EventHit(Event.OTHER.value, -1, -1)


def _triggers_before(words: Sequence[str], fig_start: int, rules: Rules) -> list[EventHit]:
    """Triggers left of the figure in its clause, nearest first."""
    hits: list[EventHit] = []
    j = fig_start - 1
    while j >= 0 and words[j] not in _CLAUSE_END:
        # try phrases that end at or before fig_start: scan starts from each position
        hit = rules.triggers.match(words, j)
        if hit is not None and j + hit[0] <= fig_start:
            hits.append(EventHit(_refine(words, j, hit[1]), j, j + hit[0]))
        j -= 1
    return hits


def _refine(words: Sequence[str], j: int, event: str) -> str:
    """'killed or injured' is casualties even when matched from its first word."""
    if event in ("killed", "injured") and j + 2 < len(words) and words[j + 1] in ("or", "and"):
        if words[j + 2] in ("injured", "wounded", "killed", "dead"):
            return Event.CASUALTIES.value
    return event


def find_modality(words: Sequence[str], fig_start: int, hit: EventHit, rules: Rules) -> str:
    """Expected when a modal or a word of planning stands right before the trigger or between it and the figure."""
    if hit.start < 0:
        return Modality.ACTUAL.value
    lo = max(0, min(hit.start, fig_start) - _MODALITY_WINDOW)
    hi = hit.start
    for j in range(lo, hi):
        if words[j] in _CLAUSE_END:
            continue
        if rules.expected.match(words, j) is not None:
            return Modality.EXPECTED.value
    return Modality.ACTUAL.value
