"""What a place or vessel was made or allowed to hold: the figure is the object of a participle of making
or licensing with its complement of purpose (a hall "built for" N, a ferry "licensed to carry" N;
events.toml [capacity] before, only the phrases shown on texts). The figure is a capacity, no count of
people to whom something happened (gold convention 5: `other`, a stock), whatever event word stands near it.
Words of intent ("meant for", "planned for") are not here: what they introduce is whom aid is for.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.rules import Rules

_PHRASE_MAX = 3  # words in the longest phrase of [capacity] before
_HEDGE_MAX = 3   # hedge words between the phrase and the figure (built for about N)


def built_for(words: Sequence[str], fig_start: int, rules: Rules) -> bool:
    """A phrase of [capacity] before ends right before the figure, past its hedge only."""
    end = fig_start
    while end > 0 and fig_start - end < _HEDGE_MAX and words[end - 1] in rules.event_words.between_verb_and_object:
        if any(_ends_at(words, k, end, rules) for k in range(max(0, end - _PHRASE_MAX), end)):
            return True
        end -= 1
    return any(_ends_at(words, k, end, rules) for k in range(max(0, end - _PHRASE_MAX), end))


def _ends_at(words: Sequence[str], k: int, end: int, rules: Rules) -> bool:
    hit = rules.capacity_before.match(words, k)
    return hit is not None and k + hit[0] == end


def beyond_capacity(words: Sequence[str], fig_start: int, rules: Rules) -> bool:
    """The figure, past its hedge, is the object of a verb of hosting or holding in a sentence that gave a
    capacity before it (PLACE, built for N people, now holds M): how many are there, a population (gold
    convention 5), counted by the capacity's noun."""
    k = fig_start
    while k > 0 and fig_start - k < _HEDGE_MAX and words[k - 1] in rules.event_words.between_verb_and_object:
        k -= 1
    if k == 0 or not (words[k - 1] in rules.hosting or words[k - 1] in rules.period_words.holding):
        return False
    return any(built_for(words, j, rules) for j in range(k - 1) if words[j][:1].isdigit() or words[j] in rules.number_words)
