"""People said to be "without" something right after their noun, in Spanish, Portuguese and French.

Why: a people noun followed by "sin/sem/sans" and a noun of a basic need names a deprivation, whatever the verb
of the clause leaves unsaid ("dejó N familias sin hogar", "N famílias sem luz", "N personnes sans abri"):
without a home the people are displaced, without power, water, food or school they are affected. "Without
life" ("N cuerpos sin vida", "sem vida", "sans vie") is the usual way of saying the people were found dead:
killed. Any other noun after "without" ("sin papeles", "sem ferimentos", "sans emploi") describes the people
and names no event, so the rule gives None and the other rules of the chain decide.

The rule rests on one open text (a Portuguese storm report); the closed lists of need nouns keep it narrow.
The lists are in each lexicon's [without] table (lexicons/lang/<code>.toml): ``words`` (the preposition),
``homes``, ``needs`` and ``life``.
"""

from __future__ import annotations

from functools import cache

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon, WordTable, word_table
from headcount.extract.linguistic import Word
from headcount.extract.word_lists import word_lists

_KINDS = {"homes": "displaced", "needs": "affected", "life": "killed"}


@cache
def _tables(language: str) -> dict[str, WordTable]:
    lists = word_lists(language, "without", ("words", *_KINDS))
    return {k: word_table(dict.fromkeys(v, k), language) for k, v in lists.items()}


def without_event(words: tuple[Word, ...], k: int, language: str) -> str | None:
    """The event of a "without" phrase that opens at word ``k`` ("sin hogar" displaced, "sem luz" affected,
    "sans vie" killed); None if no "without" word stands there or its noun is not in a closed list."""
    tables = _tables(language)
    if k + 1 >= len(words) or tables["words"].match(words, k, language) is None:
        return None
    return next((event for kind, event in _KINDS.items()
                 if tables[kind].match(words, k + 1, language) is not None), None)


def _left_in_state(words: tuple[Word, ...], first: int, lex: Lexicon, language: str) -> bool:
    """True if a verb of leaving governs the figure at ``first`` as its object ("dejó a N familias sin ...",
    "deixou N moradores sem ..."): with a "without" phrase it leaves the people in a state, not a place."""
    k = first - 1
    while k >= 0 and first - k <= 2 and normalise(words[k].text, language) in lex.determiners | lex.place_at:
        k -= 1  # the personal "a" of Spanish, an article
    return k >= 0 and lex.leave_verbs.match(words, k, language) is not None


def state_event(words: tuple[Word, ...], first: int, end: int, lex: Lexicon, language: str) -> str | None:
    """The event of a "without" phrase right after the people noun (``end``) that outranks the clause's verb:
    "killed" for people "without life", a death construction of its own that outranks the verb of finding or
    recovering beside it; and the deprivation of people a verb of leaving leaves "without" a home or a need
    (not a movement: "dejó N familias sin hogar"). None otherwise."""
    event = without_event(words, end, language)
    if event == "killed" or (event is not None and _left_in_state(words, first, lex, language)):
        return event
    return None


def deprived_event(words: tuple[Word, ...], end: int, language: str) -> str | None:
    """Displaced or affected for people without a home or a basic need right after their noun (``end``); None
    otherwise. Called after the clause's verb had its say, so "N migrantes sin papeles fueron detenidos" stays
    detained."""
    event = without_event(words, end, language)
    return event if event in ("displaced", "affected") else None
