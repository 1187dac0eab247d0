"""States at a time: whether a counted group is where it is now, not what happened to it.

A count of people held now, still there or staying ("are holding 250 hostages", "some 60 remain trapped"),
or displaced as a state or in progress ("are internally displaced", "are receiving care"), is a stock (gold
Periods rule 4), whatever window its clause names. These readings of aspect and of verbs of having and
staying were part of when.py; they stand alone here, as pure functions of the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from headcount.extract.rules import Rules
from headcount.extract.rules import rules as load_rules
from headcount.lexicons import load
from headcount.lexicons import words as word_list

_HEDGE_REACH = 3  # "have more than 260": how many words of a hedge may stand between a verb and its count


def _before_hedge(words: Sequence[str], lo: int, fig: int, rules: Rules) -> int:
    """The index of the word before the count at ``fig`` and its hedge ("some", "more than", "at least"),
    within the clause starting at ``lo``: the verb that governs the quantity, if one does."""
    grammar = rules.period_words
    hedge = grammar.quantity_openers | grammar.quantity_closers
    k = fig - 1
    while k >= lo and k >= fig - _HEDGE_REACH and words[k] in hedge:
        k -= 1
    return k


def held_now(words: Sequence[str], lo: int, fig: int, rules: Rules) -> bool:
    """"The gunmen are holding some 250 hostages", "the militia has 60 captives": a verb of having or
    holding in the present right before the count (only its hedge between) tells who is held now, a state
    (gold Periods rule 4: people still held are a stock; those taken in an attack are a flow)."""
    k = _before_hedge(words, lo, fig, rules)
    return k >= lo and words[k] in rules.period_words.holding


def still_held(words: Sequence[str], lo: int, fig: int, rules: Rules) -> bool:
    """"The clinic still has some 40 dead in its cold room": "still" on a verb of having before the count says who
    or what is there now, whatever happened to them before: a state."""
    k = _before_hedge(words, lo, fig, rules)
    return k - 1 >= lo and words[k] in rules.period_words.holding and words[k - 1] == "still"




@cache
def _staying() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of staying in the present, and the words that open another clause before one
    (lexicons/periods.toml [staying])."""
    table, where = load("periods").get("staying", {}), "lexicons/periods.toml [staying]"
    return frozenset(word_list(table, "now", where=where)), frozenset(word_list(table, "new_clause", where=where))


_STAY_REACH = 6  # words from the figure to its verb of staying: "scores of the dead are believed to remain"


def remain_now(words: Sequence[str], fig: int, hi: int) -> bool:
    """"scores of the dead are believed to remain under the rubble", "some 60 people remain trapped": a verb of staying in
    the present, with only the figure's noun phrase and a raising verb before it (words, no punctuation, no
    conjunction or relative that opens another clause), says who is there now: a state (gold Periods rule 4),
    whatever happened to them before. "remained" tells a past state and is left to the event."""
    stay_now, new_clause = _staying()
    for k in range(fig + 1, min(hi, fig + _STAY_REACH + 1, len(words))):
        if words[k] in stay_now:
            return all(w.isalpha() and w not in new_clause for w in words[fig + 1 : k])
    return False


_AUXILIARIES = frozenset({"have", "has", "had", "were", "was", "been", "be", "are", "is", "being"})


def stative(words: Sequence[str], trigger: int) -> bool:
    """'are internally displaced', 'remain displaced': displacement as a state, a stock (gold Periods rule 4).

    So is a phrase whose words name shelter ("have taken refuge in schools", "left homeless"), and a
    participle with its agent that describes the people counted rather than tells what happened ("the
    9,000 families displaced by the floods"): no auxiliary before it, "by" after it."""
    r = load_rules()
    if any(w in r.shelter for w in words[trigger : trigger + 3]):
        return True
    if 0 <= trigger < len(words) and r.staying.match(words, trigger) is not None:
        return True  # "those still in displacement", "remain in camps": staying is a state
    if (0 < trigger < len(words) - 1 and words[trigger].endswith("ed") and words[trigger + 1] == "by"
            and words[trigger - 1] not in _AUXILIARIES and words[trigger - 1].isalpha()):
        return True
    k = trigger - 1
    while k >= 0 and words[k] in ("internally", "still", "currently", "now", "newly"):
        k -= 1
    if trigger > 0 and k >= 0 and words[trigger].endswith("ing") and words[k] in ("were", "was", "been"):
        return True  # "were sheltering in its facilities", "have been sheltering": a state at the time
    return trigger > 0 and k >= 0 and words[k] in ("are", "is", "remain", "remains", "remained", "being", "live")


def progressive(words: Sequence[str], trigger: int) -> bool:
    """'are receiving medical care', 'are still being treated', 'were being held': an event in progress at
    the time of the report, a state (gold Periods: people in hospital or receiving care are a stock)."""
    if trigger <= 0:
        return False
    k = trigger - 1
    while k >= 0 and words[k] in ("still", "currently", "now", "being"):
        k -= 1
    gerund = words[trigger].endswith("ing") or "being" in words[k + 1 : trigger]
    return k >= 0 and gerund and words[k] in ("are", "is", "were", "was", "been")
