"""The event of a "remain" verb in Spanish, Portuguese and French comes from where the people remain.

Why: "permanecer" and "rester" were listed as besieged, so every count of people who stay somewhere read as a
siege. The gold conventions keep besieged for people held in a besieged or encircled place or under rubble; people
who stay in a shelter are displaced, in a hospital aided, and people who are simply somewhere are a population.
A remain verb names no event of its own: its complement does. So the verb is read with its complement:

- a complement that is an event word ("siguen desaparecidos", "permanecen alojados", "restent ensevelis")
  gives that event;
- else a noun of shelter ("albergues", "abrigos", "centres d'hébergement"), of care ("hospital") or of rubble
  and siege ("escombros", "décombres") in the complement gives displaced, aided or besieged;
- else a "without" phrase gives the event of its closed list ("quedaron sin agua" affected, see
  deprived_romance.py), or none;
- else, the people are where they are: population. (Leaving the figure to the other rules instead, as the
  round-11 review proposed for a complement without a preposition of place, hands it to the lexicon's older
  "permanecer = besieged": "permanecen aislados en el pabellón" read as a siege, the error this rule fixes.)

A remain verb followed by an object (a determiner or a noun: "siguieron el partido") or a gerund ("continúan
buscando") is a full verb, not a remain verb, and gives None.

The verb is found right after the counted people (past a comma and a relative pronoun: "N personas, que
permanecen en ...") or right before the figure, with the subject after its verb ("donde permanecen N"). The word
lists are in each lexicon's [remain] table (lexicons/lang/<code>.toml); the care places in [care_places].
"""

from __future__ import annotations

from functools import cache

from headcount.extract.analyser_simple import normalise
from headcount.extract.deprived_romance import without_event
from headcount.extract.languages import Lexicon, WordTable, word_table
from headcount.extract.linguistic import Word
from headcount.extract.spans_local import clause_sign
from headcount.extract.word_lists import word_lists

_CLASSES = {"shelter": "displaced", "care": "aided", "siege": "besieged"}
_COMPLEMENT_WINDOW = 6  # words after the verb read as its complement, up to a clause sign
_VERB_GAP = 2           # words between the people noun and the verb ("que", an adverb)


@cache
def _tables(language: str) -> dict[str, WordTable]:
    lists = dict(word_lists(language, "remain", ("verbs", "shelter", "siege")))
    lists["care"] = word_lists(language, "care_places", ("words",))["words"]
    return {k: word_table(dict.fromkeys(v, k), language) for k, v in lists.items()}


def _complement_event(words: tuple[Word, ...], k: int, lex: Lexicon, language: str,
                      tables: dict[str, WordTable]) -> str:
    for j in range(k, min(len(words), k + _COMPLEMENT_WINDOW)):
        if clause_sign(words[j]) or words[j].pos == "NUM":
            break
        hit = lex.events.match(words, j, language) or lex.noun_events.match(words, j, language)
        if hit is not None and tables["verbs"].match(words, j, language) is None:
            return hit[0]
        for name, event in _CLASSES.items():
            if tables[name].match(words, j, language) is not None:
                return event
        if (without := without_event(words, j, language)) is not None:
            return without  # "quedaron sin agua": the deprivation, not the place
    return "population"


def _full_verb(words: tuple[Word, ...], k: int, lex: Lexicon, language: str) -> bool:
    """True if the word ``k`` after a remain verb makes it a full verb: an object (a determiner or a noun) or
    a gerund ("siguieron el partido", "continúan buscando")."""
    if k >= len(words):
        return False
    text = normalise(words[k].text, language)
    return text in lex.determiners or words[k].pos in ("NOUN", "PROPN") or text.endswith("ndo")


def remain_event(words: tuple[Word, ...], w0: int, end: int, lex: Lexicon, language: str) -> str | None:
    """The event of the remain verb that has the figure at words [w0, ``end``) (``end`` past its people noun)
    as its subject, read from the verb's complement; None if no remain verb stands by the figure."""
    tables = _tables(language)
    if not tables["verbs"].first:
        return None
    if w0 > 0 and (hit := tables["verbs"].match(words, w0 - 1, language)) is not None and hit[1] == w0:
        return _complement_event(words, end, lex, language, tables)   # "donde permanecen N"
    k, gap = end, 0
    while k < len(words) and gap <= _VERB_GAP:
        if words[k].text == "," or normalise(words[k].text, language) in lex.complementisers:
            k += 1
            continue
        if clause_sign(words[k]) or words[k].pos == "NUM":
            return None
        hit = tables["verbs"].match(words, k, language)
        if hit is not None:
            if _full_verb(words, hit[1], lex, language):
                return None
            return _complement_event(words, hit[1], lex, language, tables)
        k, gap = k + 1, gap + 1
    return None


def complement_nouns(language: str, kind: str) -> WordTable:
    """The complement nouns of one kind ("shelter", "care" from [care_places], "siege") of ``language``, for other rules."""
    return _tables(language)[kind]
