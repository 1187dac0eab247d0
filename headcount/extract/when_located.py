"""People located at a time: a count whose own predicate is a copula or a verb of staying with a place or a
condition for its complement ("the 30 injured stay at a field clinic", "some 200 are in hospital now", "up to
ten of them are in a critical state", "most of the 9,000 are living in schools").

Such a predicate tells where or how the people counted are at the time of the report, not what happened
to them: a state, a stock (gold Periods: people in hospital or receiving care, people sheltering, crowds
present at a place), whatever flow the noun names ("wounded", "displaced"). A passive ("were killed in")
puts a participle, not a preposition, after the copula, and a relative or a clause break before the verb
makes it another noun's.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.place_shapes import find_places
from headcount.extract.place_words import NAMED
from headcount.extract.sentences import Token
from headcount.extract.when_clauses import CLAUSE_BREAKS
from headcount.extract.when_dates import parse_span

_PLACE_ENTITIES = frozenset({"GPE", "LOC"})

_COPULAS = frozenset({"are", "is", "were", "was", "remain", "remains", "remained", "stay", "stays", "stayed"})
# Words that may stand between the copula and its complement without changing it.
_BETWEEN = frozenset({"still", "now", "currently", "also", "reportedly", "already", "all"})
# Prepositions of place or state that make the complement a location ("in hospital", "at the school").
_LOCATIVE = frozenset({"in", "at", "inside"})
# The progressive of a verb of staying ("are staying", "were sheltering", "are living").
_STAYING = frozenset({"staying", "sheltering", "living", "camping", "sleeping"})
# Words that open another clause or another noun's relative before the figure's verb.
_OTHER_CLAUSE = frozenset({",", "who", "which", "that", "whom", "whose", "where", "when", "while", "but", "and"})
_REACH = 8  # tokens from the figure to its verb: "from 30 to 40 injured cattle herders stay"


def located_now(words: Sequence[str], tokens: Sequence[Token], fig: int, hi: int, text: str = "") -> bool:
    """Whether the first verb after the figure (within its clause, before any other clause opens) is a
    copula or verb of staying whose complement is a place or a condition, or the progressive of staying.
    A named place is one the parse labels a place (GPE, LOC) or the places stage finds by name, not any
    capitalised word: "in MSF clinics", "in the Red Cross hospital" name an organisation's care."""
    number_part = True
    for k in range(fig + 1, min(hi, fig + _REACH + 1, len(words))):
        w = words[k]
        if number_part and (w[:1].isdigit() or w == "and"):
            continue  # the figure's own words: "between 30 and 40"
        number_part = False
        if w in CLAUSE_BREAKS or w in _OTHER_CLAUSE:
            return False
        if w in _COPULAS:
            j = k + 1
            while j < len(words) and words[j] in _BETWEEN:
                j += 1
            nxt = words[j] if j < len(words) else ""
            if nxt in _STAYING:
                return True
            if nxt not in _LOCATIVE:
                return False
            # "remain in Kessa": staying is a state wherever; "were in Vell", "six were in Mbeza
            # city": a copula with a named place tells where the counted flow happened, a state only with
            # a place or condition named by a common noun ("were in hospital", "in critical condition")
            return w not in _BE or not _names_a_place(text, tokens, words, j + 1)
    return False


_BE = frozenset({"are", "is", "were", "was"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def _names_a_place(text: str, tokens: Sequence[Token], words: Sequence[str], k: int) -> bool:
    """Whether the noun phrase at token ``k`` (after its determiner) opens with the name of a place: an
    entity of place in the parse, or a named place of the places stage (``where.find_places``)."""
    while k < len(tokens) and tokens[k].lower in _DETERMINERS:
        k += 1
    if k >= len(tokens) or not tokens[k].text[:1].isupper():
        return False
    analysis = parse_span(text, tokens[0].start, tokens[-1].end) if text else None
    if analysis is not None:
        w = analysis.word_at(tokens[k].start)
        if w is not None and analysis.words[w].ent_type in _PLACE_ENTITIES:
            return True
    return any(p.described == NAMED and p.start == k for p in find_places(tokens, words, text))
