"""Where a figure's own clause ends, for the period reader: a second statement coordinated after it ("and
added, on Thursday, that ..."), a conjunction of time whose clause holds the figure ("since dozens were killed"),
and "more" that makes the figure an addition to an earlier count. Split from ``when`` (which reads the period
itself) so that module stays small; the readings are the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.numbers import parse_numbers
from headcount.extract.rules import Rules

CLAUSE_BREAKS = frozenset({".", ";", ":", "?", "!"})

_ADDED_REACH = 4  # tokens after a figure's first word in which "more" still qualifies it ("three hundred more")


def added_count(words: Sequence[str], fig: int, hi: int) -> bool:
    """"more" right after the number ("thousands more Syrians", "two more children"): the figure counts
    people beyond those counted before. Not "or more" (a bound: "50 or more"), not "more than" (the next
    figure's hedge), not a comparative after the noun ("200 people are more vulnerable"). After "and" the figure adds to the
    figure before it in the same clause ("2,000 were killed and 1,200 more wounded": others besides those
    killed), not to an earlier report."""
    if fig > 0 and words[fig - 1] in ("and", "with", "while", "plus"):
        return False
    for k in range(fig + 1, min(hi, fig + _ADDED_REACH + 1, len(words))):
        if words[k] in CLAUSE_BREAKS or words[k] == ",":
            return False
        if words[k] == "more":
            # right after the number itself: "200 people are more vulnerable" compares, it adds no one
            return bool(parse_numbers(words[k - 1])) and (k + 1 >= len(words) or words[k + 1] != "than")
    return False


def next_statement(words: Sequence[str], fig: int, hi: int, rules: Rules) -> int:
    """Where a second statement coordinated after the figure begins: "X stated that N ..., and added, on
    Thursday, that M ...". The conjunction and a reporting verb open a new statement with its own day and
    figures; its time words are not the figure's period (the day is when M was said)."""
    for k in range(fig + 1, min(hi, len(words) - 1)):
        if words[k] == "and" and words[k + 1] in rules.reporting_verbs and words[k + 1] != "according":
            return k
    return hi


_CONJUNCTIONS_OF_TIME = frozenset({"since", "until", "till"})


def opens_figures_clause(words: Sequence[str], cue: tuple[int, int], fig: int) -> bool:
    """"since" or "until" right before the figure ("fears have grown since dozens were killed in 2012"):
    a preposition of time takes a time for its object, never a count of people, so here it is a
    conjunction whose clause holds the figure. The figure's flow is the origin of something else, not a
    total counted from an origin; its own window, if any, decides."""
    a = cue[0]
    return words[a] in _CONJUNCTIONS_OF_TIME and (fig == a + 1 or (fig == a + 2 and words[a + 1] == "the"))
