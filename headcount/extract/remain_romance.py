"""The event of a "remain" verb in Spanish, Portuguese and French comes from where the people remain.

Why: "permanecer" and "rester" were listed as besieged, so every count of people who stay somewhere read as a
siege. The gold conventions keep besieged for people held in a besieged or encircled place or under rubble; people
who stay in a shelter are displaced, in a hospital aided, and people who are simply somewhere are a population.
A remain verb names no event of its own: its complement does. So the verb is read with its complement:

- a complement that is an event word ("siguen desaparecidos", "permanecen alojados", "restent ensevelis")
  gives that event;
- else a noun of shelter ("albergues", "abrigos", "centres d'hébergement"), of care ("hospital") or of rubble
  and siege ("escombros", "décombres") in the complement gives displaced, aided or besieged;
- else, the people are where they are: population.

The verb is found right after the counted people (past a comma and a relative pronoun: "N personas, que
permanecen en ...") or right before the figure, with the subject after its verb ("donde permanecen N"). The word
lists are in each lexicon's [remain] table (lexicons/lang/<code>.toml).

The same holds of people said to be "without" something right after their noun, whatever the verb ("dejó N
familias sin hogar", "a cheia deixou N famílias sem luz", "N personnes sans abri"): without a home they are
displaced, without anything else (power, water, school) affected. A verb of leaving before such an object
named evacuation before, which it is not.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon, WordTable, read_lang_file, word_table
from headcount.extract.linguistic import Word
from headcount.extract.spans_local import clause_sign

_CLASSES = {"shelter": "displaced", "care": "aided", "siege": "besieged"}
_COMPLEMENT_WINDOW = 6  # words after the verb read as its complement, up to a clause sign
_VERB_GAP = 2           # words between the people noun and the verb ("que", an adverb)


def _check(data: dict[str, Any]) -> list[str]:
    table = data.get("remain", {})
    if not isinstance(table, dict):
        return ["[remain] must be a table"]
    return [f"[remain] {k} must be a list of words" for k in ("verbs", "without", "homes", *_CLASSES)
            if k in table and not (isinstance(table[k], list) and all(isinstance(w, str) and w for w in table[k]))]


@cache
def _tables(language: str) -> dict[str, WordTable]:
    data = read_lang_file(language, language, _check).get("remain", {})
    return {k: word_table(dict.fromkeys(data.get(k, []), k), language)
            for k in ("verbs", "without", "homes", *_CLASSES)}


def deprived_event(words: tuple[Word, ...], end: int, language: str) -> str | None:
    """Displaced or affected for people "without" something right after their noun (``end``); None if no
    "without" word follows the noun."""
    tables = _tables(language)
    if end + 1 >= len(words) or tables["without"].match(words, end, language) is None:
        return None
    return "displaced" if tables["homes"].match(words, end + 1, language) is not None else "affected"


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
    return "population"


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
            return _complement_event(words, hit[1], lex, language, tables)
        k, gap = k + 1, gap + 1
    return None


def complement_nouns(language: str, kind: str) -> WordTable:
    """The [remain] nouns of one kind ("shelter", "care", "siege") of ``language``, for other rules."""
    return _tables(language)[kind]
