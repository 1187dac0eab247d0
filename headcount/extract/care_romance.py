"""Wounded people taken to or received by a hospital are aided, in Spanish, Portuguese and French.

Why: the gold conventions count people treated or hospitalised as aided (README rule 5), and the predicate
decides, not the noun: "N heridos llegaron en ambulancia a la clínica", "N feridos deram entrada no
hospital", "l'hôpital a reçu N blessés" count the wounded as taken into care. The claim stages gave
them the event of their noun (injured) or of the verb of moving (evacuated). A care place (the [remain] care
nouns: hospital, clínica, hôpital) in the figure's clause, not after a preposition of origin ("evacuados del
hospital" is a flow out of it) nor as the object of a verb of leaving ("abandonaron la clínica"), makes the
figure aided. Only an injury, a movement, or no event is replaced: a
death in a hospital (a death word in the clause) stays a death.
"""

from __future__ import annotations

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word
from headcount.extract.remain_romance import complement_nouns
from headcount.extract.spans_local import clause_sign

_REPLACED = frozenset({None, "injured", "evacuated", "other"})
_WINDOW = 8  # words either side of the figure searched for the care place, within its clause


def _care_at(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> bool:
    if complement_nouns(language, "care").match(words, k, language) is None:
        return False
    j = k - 1
    if j >= 0 and normalise(words[j].text, language) in lex.determiners:
        j -= 1  # "deixaram o hospital": the place left is the object of the verb of leaving
    if j >= 0 and lex.leave_verbs.match(words, j, language) is not None:
        return False
    return k == 0 or normalise(words[k - 1].text, language) not in lex.place_from


def care_event(words: tuple[Word, ...], first: int, last: int, event: str | None, spans: list[tuple[int, int]],
               lex: Lexicon, language: str) -> str | None:
    """"aided" when a care place stands in the clause of the figure at words [``first``, ``last``) and its event
    is an injury, a movement or none; None otherwise (the event stays)."""
    if event not in _REPLACED:
        return None
    others = [a for a, b in spans if a != first]
    care = False
    for step, start, stop in ((-1, first - 1, max(-1, first - 1 - _WINDOW)),
                              (1, last, min(len(words), last + _WINDOW))):
        for k in range(start, stop, step):
            if clause_sign(words[k]) or k in others:
                break
            hit = lex.events.match(words, k, language)
            if hit is not None and hit[0] == "killed":
                return None  # "tres heridos murieron en el hospital": the clause's death outranks the care
            care = care or _care_at(words, k, lex, language)
    return "aided" if care else None
