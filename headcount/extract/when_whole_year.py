"""A whole's total in a calendar year: "the cyclone of 1998 killed 9,000", "a cyclone struck the coast in 1998,
killing 9,000", "the drought killed thousands last year".

A war or disaster (the whole list of lexicons/periods.toml) that is the subject of the figure's verb, or of the
verb the figure's clause hangs on, and a window of a year on that verb, count what the whole did in that year:
its total (gold Periods rule 2), not a slice of it. A shorter window ("last week", "this month") on a whole is a
slice of it, an increment (gold Periods rules 1 and 2), and so is a figure whose whole is only a setting, the
object of a preposition ("during the drought, fighting killed 300 last year"). As the small parse does not
always hang the subject on the figure's verb, a whole outside any prepositional phrase counts too (a strict
subject test cost one dev half-B claim, .8880 -> .8859). Without a parse the rule does not fire.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.rules import Rules
from headcount.extract.sentences import Token
from headcount.extract.when_dates import parse_span, verb_above
from headcount.extract.when_windows import year_slice

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the figure's verb hangs on the whole's verb: "struck ..., killing 9,000" (advcl), "went on to kill" (xcomp)
_CLAUSE_LINKS = frozenset({"advcl", "xcomp", "conj"})


def year_window(words: Sequence[str], span: tuple[int, int], windows: Sequence[tuple[int, int]]) -> bool:
    """"In 1998", "last year", "this year": a year for a preposition's object, or a calendar window whose unit
    is a year."""
    return year_slice(words, span) or (span in windows and words[span[1] - 1].lower() == "year")


def whole_subject_of_figure(text: str, tokens: Sequence[Token], words: Sequence[str], fig: int, lo: int,
                            rules: Rules) -> bool:
    """Whether a whole's word between the clause start ``lo`` and the figure is the subject of the figure's
    verb, or of the verb that verb's clause modifies, or at least not the object of a preposition."""
    analysis = parse_span(text, tokens[0].start, tokens[-1].end)
    if analysis is None:
        return False
    f = analysis.word_at(tokens[fig].start)
    own = verb_above(analysis, f) if f is not None else None
    if own is None:
        return False
    heads = {own}
    if analysis.words[own].dep in _CLAUSE_LINKS:
        heads.add(analysis.words[own].head)
    for k in range(lo, fig):
        if words[k].lower() not in rules.wholes.first or rules.wholes.match(words, k) is None:
            continue
        w = analysis.word_at(tokens[k].start)
        if w is None:
            continue
        if analysis.words[w].dep in _SUBJECTS and analysis.words[w].head in heads:
            return True
        if analysis.words[w].dep != "pobj" and not any(analysis.words[m].dep == "pobj" for m in analysis.ancestors(w)):
            return True  # not a setting ("during the siege"): the parse may not hang the subject on the verb
    return False


def window_dates_whole(text: str, tokens: Sequence[Token], words: Sequence[str], hit: tuple[int, int], fig: int,
                       lo: int, rules: Rules) -> bool:
    """Whether the window at ``hit`` stands in a relative clause on a whole named before the figure ("the storm
    that struck the coast last week killed 1,250"): the window dates the whole itself, so the figure is that
    whole's toll (gold Periods rule 2, cumulative), not a slice of it measured over the window. A window on the
    figure's own verb ("the war displaced 5,000 last week") is not in such a clause and stays a slice."""
    if not lo <= hit[0] < fig:
        return False
    analysis = parse_span(text, tokens[0].start, tokens[-1].end)
    if analysis is None:
        return False
    t = analysis.word_at(tokens[hit[0]].start)
    if t is None:
        return False
    for k in range(lo, hit[0]):
        if words[k].lower() not in rules.wholes.first or rules.wholes.match(words, k) is None:
            continue
        w = analysis.word_at(tokens[k].start)
        if w is None:
            continue
        if analysis.words[w].dep not in _SUBJECTS:
            continue
        verb = analysis.words[w].head
        for r in analysis.children(w):
            # the window after the relative clause's verb and before the whole's own verb: a time adverbial
            # cannot stand between a subject and its verb in the main clause, so it closes the relative
            # clause, whichever verb the parser hangs it on ("that struck the coast last week killed")
            if analysis.words[r].dep == "relcl" and r < t < verb:
                return True
    return False
