"""A figure that is the object of a reporting verb in a relative clause on it: "against the N it gave
on Monday", "the 300 deaths the ministry had confirmed by then".

The relative clause says who gave the count: its subject (a pronoun resolves to the party named before
it, as any pointer does in speakers._parsed). The figure hangs on the sentence's main verb through a
preposition or an object, so the walk up from the figure (attribution_parse.source_for_figure) never meets
that verb; this reads the clause below the figure instead, when the walk up found no one. The verb must be
a verb of saying that takes what it says as its object (not one that attributes only through a clause,
"the 30 bodies they found", nor a verb of publishing, "the 40 prisoners it released"), and the clause
must have no object of its own: its gap is the figure.
"""

from __future__ import annotations

from headcount.extract.attribution_parse import Lexicon, ParsedSource, speaker_of
from headcount.extract.linguistic import Analysis

_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})


def relative_report(an: Analysis, start: int, end: int, lex: Lexicon) -> ParsedSource | None:
    """The speaker of a reporting verb in a relative clause whose gap is the figure at ``[start, end)``."""
    inside = [k for k, w in enumerate(an.words) if w.start >= start and w.end <= end]
    if not inside:
        return None
    fig = next((k for k in reversed(inside) if not start <= an.words[an.words[k].head].start < end), inside[-1])
    nodes = [fig]
    if an.words[fig].dep in ("nummod", "quantmod"):
        nodes.append(an.words[fig].head)  # "the 300 deaths the ministry had confirmed": the clause is on the noun
    for node in nodes:
        for c in an.children(node):
            w = an.words[c]
            if w.dep != "relcl" or w.pos != "VERB" or w.lemma not in lex.speech:
                continue
            if w.lemma in lex.clause_only or w.lemma in lex.publishing or w.lemma in lex.at_object:
                continue
            if any(an.words[k].dep in _OBJECTS for k in an.children(c)):
                continue
            hit = speaker_of(an, c, lex)
            if hit is not None:
                return hit
    return None
