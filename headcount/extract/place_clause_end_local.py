"""Where an Arabic place phrase ends before the next clause.

Arabic has no capitals, so a place phrase runs to the clause's end (``where_local._place_span``) and on
into what follows it with no comma: the clause's own verb ("في المنطقة بلغ ...", the total "reached"), a
verb of saying, an event verb, or a conjunction that opens another clause ("حيث", "فيما", "بينما"). A verb
never carries the article, so an event or reaching word with "ال" written onto it is a noun of the place
phrase ("منطقة النزوح"), not its end. The words come from the language's tables: [periods] reaching and
contrast, the reporting verbs, the events, and [grammar] clause_openers.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word
from headcount.extract.period_text_local import reads_as_noun
from headcount.extract.when_local import period_words


def clause_end(words: Sequence[Word], lo: int, hi: int, lex: Lexicon) -> int:
    """The first word after ``lo`` (and before ``hi``) that opens another clause; ``hi`` when none does."""
    pw = period_words(lex.code)
    openers = lex.clause_openers
    for j in range(lo + 1, hi):
        form = normalise(words[j].text, lex.code)
        if form in openers or pw.tables["contrast"].match(words, j, lex.code) is not None:
            return j
        if reads_as_noun(words[j], lex.code):
            continue
        if pw.tables["reaching"].match(words, j, lex.code) is not None \
                or lex.reporting_verbs.match(words, j, lex.code) is not None \
                or lex.events.match(words, j, lex.code) is not None:
            return j
    return hi
