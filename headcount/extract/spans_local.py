"""Word spans of a clause, for the languages read by lexicon (used by ``attribution_local``, ``where_local``,
``stages_local`` and ``coordination_local``): the signs that close a clause, the span a cue, a reporting verb or
a preposition takes, and three tests on the words before a reporting verb: a negation that denies it, a counted
noun phrase that is its subject (the people counted, not a party), and a subject ending in a quoted name.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word

# signs that close a clause: the event, place and source searches stay inside one
CLAUSE_SIGNS = frozenset(",;:()[]«»\"“”„—–-|،؛")
QUOTES = frozenset("«»\"“”„")
SPAN_WORDS = 12  # longest party name or place taken after a cue, preposition or verb


def is_sign(w: Word) -> bool:
    return w.pos == "PUNCT"


def clause_sign(w: Word) -> bool:
    return w.text in CLAUSE_SIGNS or w.text in (".", "!", "?")


def clause_range(words: Sequence[Word], w0: int, w1: int) -> range:
    """The word indices of the clause that holds words ``w0:w1``: out to the nearest clause sign each side."""
    lo = w0
    while lo > 0 and not clause_sign(words[lo - 1]):
        lo -= 1
    hi = w1
    while hi < len(words) and not clause_sign(words[hi]):
        hi += 1
    return range(lo, hi)


def inside_other(k: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= k < b for a, b in spans)


def take(words: tuple[Word, ...], k: int, step: int, stop: frozenset[str] = frozenset(),
          blocked: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Words from ``k`` in direction ``step`` up to a clause sign (a parenthesis is kept whole), a stop word
    or a figure, at most SPAN_WORDS: the party after a cue or around a reporting verb, or a place."""
    j = k
    depth = 0
    n = 0
    while 0 <= j < len(words) and n < SPAN_WORDS:
        t = words[j].text
        if t in "()":
            depth += 1 if (t == "(") == (step > 0) else -1
            j += step
            continue
        if depth <= 0 and (clause_sign(words[j]) or t.lower() in stop or words[j].pos == "NUM"
                           or (blocked and inside_other(j, blocked))):
            break
        n += 1
        j += step
    return (k, j) if step > 0 else (j + 1, k + 1)


NEGATION_REACH = 3  # words from a negation to the verb it negates: "no supera", "n'a pas dépassé", "não disse"


def negated_before(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> bool:
    """A negation word ([grammar] negation: "não", "ne ... pas", "не", "sem", "sin") among the NEGATION_REACH
    words before word ``k``, in its clause: a denied verb of saying names no party, a negated verb of
    exceeding is a ceiling ("no supera las 300": no more than 300)."""
    for j in range(k - 1, max(-1, k - 1 - NEGATION_REACH), -1):
        if clause_sign(words[j]):
            return False
        if normalise(words[j].text, language) in lex.negation:
            return True
    return False


def counted_subject(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> bool:
    """In an SVO language, the verb's subject is a counted noun phrase: a figure, at most its noun and one
    modifier, and auxiliaries stand right before the verb ("300 habitants ont vu", "quelque 1 200 familles
    ont constaté"). The people counted do what the verb says; they are not a party giving the figure."""
    if not lex.subject_before_verb:
        return False
    j = k - 1
    while j >= 0 and normalise(words[j].text, language) in lex.auxiliaries:
        j -= 1
    for n in range(3):
        if j - n < 0 or clause_sign(words[j - n]):
            return False
        if words[j - n].pos == "NUM":
            return True
    return False


_CLOSING = {"»": "«", "“": "„", "”": "“", '"': '"'}


def quoted_name_before(words: tuple[Word, ...], b: int, lex: Lexicon,
                       blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A subject that ends in a name in quotation marks right before its verb ("Благодійний фонд
    «Суданські лікарі» виявив", "l'association « Urgence Darfour » a recensé"): the quoted name and the words
    before it that it names; None when word ``b`` closes no quotation."""
    opening = _CLOSING.get(words[b].text)
    if opening is None:
        return None
    o = next((j for j in range(b - 1, max(-1, b - SPAN_WORDS), -1) if words[j].text == opening), None)
    if o is None or o + 1 >= b or any(clause_sign(words[j]) for j in range(o + 1, b)):
        return None
    lo = take(words, o - 1, -1, lex.complementisers, blocked)[0] if o > 0 else o
    return min(lo, o), b + 1
