"""People crossing a border, a river or a sea are evacuated, in French and Portuguese; crossing anything else is
no event.

Why: the gold conventions count people who "crossed a border" as a flow (evacuated), and "traverser" and
"atravessar" were listed as event words on their own, so "N personnes ont traversé le centre-ville en cortège"
or "atravessar a avenida" read as a flight. The verb names the flow only with its object: a crossing verb in the
figure's clause whose object (past an article) is a border, a river or a sea gives evacuated; with any other
object the verb gives nothing and the other rules decide. The verbs and objects are each lexicon's [crossing]
table (lexicons/lang/<code>.toml); Spanish "cruzar" is an older event word, measured on dev, and left as it is.
"""

from __future__ import annotations

from functools import cache

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon, WordTable, word_table
from headcount.extract.linguistic import Word
from headcount.extract.spans_local import clause_sign
from headcount.extract.word_lists import word_lists

_WINDOW = 8  # words either side of the figure searched for the verb, within its clause


@cache
def _tables(language: str) -> dict[str, WordTable]:
    lists = word_lists(language, "crossing", ("verbs", "objects"))
    return {k: word_table(dict.fromkeys(v, k), language) for k, v in lists.items()}


def _crosses_border(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> bool:
    """True if the object after the crossing verb ending at word ``k`` is a border, river or sea."""
    while k < len(words) and normalise(words[k].text, language) in lex.determiners:
        k += 1
    return k < len(words) and _tables(language)["objects"].match(words, k, language) is not None


def crossing_event(words: tuple[Word, ...], first: int, last: int, lex: Lexicon, language: str) -> str | None:
    """"evacuated" when a crossing verb in the clause of the figure at words [``first``, ``last``) has a border,
    a river or a sea as its object; None otherwise."""
    verbs = _tables(language)["verbs"]
    if not verbs.first:
        return None
    for step, start, stop in ((-1, first - 1, max(-1, first - 1 - _WINDOW)),
                              (1, last, min(len(words), last + _WINDOW))):
        for k in range(start, stop, step):
            if clause_sign(words[k]):
                break
            hit = verbs.match(words, k, language)
            if hit is not None:
                return "evacuated" if _crosses_border(words, hit[1], lex, language) else None
    return None
