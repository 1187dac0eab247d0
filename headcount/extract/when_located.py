"""People located at a time: a count whose own predicate is a copula or a verb of staying with a place or a
condition for its complement ("30 wounded remain in the health centre", "208 were still in hospital", "as many
as 10 were in critical condition", "9,000 of them are staying in schools").

Such a predicate tells where or how the people counted are at the time of the report, not what happened
to them: a state, a stock (gold Periods: people in hospital or receiving care, people sheltering, crowds
present at a place), whatever flow the noun names ("wounded", "displaced"). A passive ("were killed in")
puts a participle, not a preposition, after the copula, and a relative or a clause break before the verb
makes it another noun's.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.sentences import Token
from headcount.extract.when_clauses import CLAUSE_BREAKS

_COPULAS = frozenset({"are", "is", "were", "was", "remain", "remains", "remained", "stay", "stays", "stayed"})
# Words that may stand between the copula and its complement without changing it.
_BETWEEN = frozenset({"still", "now", "currently", "also", "reportedly", "already", "all"})
# Prepositions of place or state that make the complement a location ("in hospital", "at the school").
_LOCATIVE = frozenset({"in", "at", "inside"})
# The progressive of a verb of staying ("are staying", "were sheltering", "are living").
_STAYING = frozenset({"staying", "sheltering", "living", "camping", "sleeping"})
# Words that open another clause or another noun's relative before the figure's verb.
_OTHER_CLAUSE = frozenset({",", "who", "which", "that", "whom", "whose", "where", "when", "while", "but", "and"})
_REACH = 8  # tokens from the figure to its verb: "between 30 and 40 wounded Fulani herders remain"


def located_now(words: Sequence[str], tokens: Sequence[Token], fig: int, hi: int) -> bool:
    """Whether the first verb after the figure (within its clause, before any other clause opens) is a
    copula or verb of staying whose complement is a place or a condition, or the progressive of staying.
    The tokens as written tell a named place by its case."""
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
            return w not in _BE or not _names_a_place(tokens, j + 1)
    return False


_BE = frozenset({"are", "is", "were", "was"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def _names_a_place(tokens: Sequence[Token], k: int) -> bool:
    """Whether the noun phrase at token ``k`` (after its determiner) opens with a capitalised word."""
    while k < len(tokens) and tokens[k].lower in _DETERMINERS:
        k += 1
    return k < len(tokens) and tokens[k].text[:1].isupper()
