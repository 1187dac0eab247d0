"""A figure's party from an "according to" phrase or a carrier that points back ("From that data, N ..."),
read from the parse. Kept apart from attribution_parse (which climbs from the figure to its reporting verb)
so that module stays small: these phrases name the party without a verb of saying.
"""

from __future__ import annotations

from headcount.extract.attribution_party import Lexicon, ParsedSource, child, is_carrier, of_by, party
from headcount.extract.attribution_subjects import per_word
from headcount.extract.linguistic import Analysis

__all__ = ["according", "final_according", "how", "initial_according", "that_carrier"]


def how(p: ParsedSource, how: str, via: str | None = None) -> ParsedSource:
    """The same party, marked with the construction that found it (and the relay it came through)."""
    return ParsedSource(p.source, p.cue, p.cue_start, p.start, p.end, p.pointer, p.phrase, via or p.via, how)


def final_according(an: Analysis, lex: Lexicon) -> ParsedSource | None:
    """'..., according to X.' at the end of the sentence."""
    for k in range(len(an.words) - 1, -1, -1):
        if an.words[k].lemma == "accord" and k + 1 < len(an.words) and an.words[k + 1].text.lower() == "to":
            lo, hi = an.subtree(k)
            if all(an.words[j].dep == "punct" for j in range(hi, len(an.words))):
                return according(an, k, lex)
            return None
    return None


def initial_according(an: Analysis, lex: Lexicon) -> ParsedSource | None:
    """'According to X, ...' opening the sentence: it frames every clause that follows, coordinated ones
    included ("According to X, N died, M others were injured"), however the parse attached it."""
    k = next((j for j, w in enumerate(an.words) if w.dep != "punct"), None)
    if k is None:
        return None
    per = per_word(an, k)
    if per is None and (an.words[k].lemma != "accord" or k + 1 >= len(an.words)
                        or an.words[k + 1].text.lower() != "to"):
        return None
    hi = an.subtree(k)[1]
    if hi >= len(an.words) or an.words[hi].text != ",":
        return None  # the phrase must close with a comma before the main clause
    if per is not None:
        obj = child(an, per, ("pobj",))
        hit = party(an, obj, "per", per, lex) if obj is not None else None
        return how(hit, "according") if hit is not None else None
    return according(an, k, lex)


def that_carrier(an: Analysis, prep: int, lex: Lexicon) -> ParsedSource | None:
    """A demonstrative carrier before the figure's clause ("From that data, N ...", "In this report, N
    ..."): it points back to the party whose data or report the text named before."""
    obj = child(an, prep, ("pobj",))
    if obj is None:
        return None
    w = an.words[obj]
    if not (is_carrier(w, lex) or w.lemma in lex.documents or w.lemma in lex.tallies):
        return None
    if not any(an.words[d].dep == "det" and an.words[d].lemma in ("this", "that", "these", "those")
               for d in an.children(obj)) or of_by(an, obj) is not None:
        return None
    p = an.words[prep]
    return ParsedSource(None, "according to", p.start, p.start, w.end, pointer=True, how="according")


def according(an: Analysis, acc: int, lex: Lexicon) -> ParsedSource | None:
    to = child(an, acc, ("prep",))
    if to is None:
        return None
    obj = child(an, to, ("pobj",))
    if obj is None:
        return None
    hit = party(an, obj, "according to", acc, lex)
    return how(hit, "according") if hit is not None else None
