"""Events that did not happen to the people counted: what they fear or face ("feared being arrested") and
what they wait for when it is a ruling, not a way out ("waiting for a decision on their claims"). Token
rules, read with the words of lexicons/events.toml [grammar] (``fearing``, ``feared_links``, ``awaited``);
kept apart from what.py so that module stays a size one can read.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.rules import EventWords

#: Words before a verb of fearing that make it a passive of belief ("12 are feared dead").
_PASSIVE_LEAD = frozenset({"are", "were", "is", "was", "remain", "remained", "be", "been", "being", "now", "also"})


def awaits_a_decision(words: Sequence[str], j: int, lex: EventWords) -> bool:
    """"waiting for a decision on their claims": what is awaited is an administrative outcome, not rescue
    or evacuation (gold: besieged is waiting inside a besieged place)."""
    return j + 1 < len(words) and words[j + 1] == "for" and any(w in lex.awaited for w in words[j + 2 : j + 5])


def feared(words: Sequence[str], trigger: int, lex: EventWords) -> bool:
    """The event word at ``trigger`` is what the people fear or face ("feared detention", "fear being
    detained", "are afraid of arrest", "face possible arrest"): a verb of fearing right before it, past
    at most two linking words. The passive ("are feared dead") is a belief about what happened, not a fear."""
    k = trigger - 1
    while k >= 0 and trigger - k <= 3:
        if words[k] in lex.fearing:
            # "12 are feared dead", "dozens were feared killed": the passive says they probably died
            return not (k > 0 and words[k - 1] in _PASSIVE_LEAD)
        if words[k] not in lex.feared_links:
            return False
        k -= 1
    return False
