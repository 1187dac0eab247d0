"""The languages the extractor reads besides English, and their word lexicons.

A language plugs in by data: ``headcount/lexicons/lang/<code>.toml`` maps its people nouns to the shared
English categories and its event verbs and nouns to the closed English events, and lists its reporting
verbs, attribution cues ("по данным", "según", "selon", "وفقا لـ") and a few grammatical words. This module
loads and checks those files and answers look-ups; the analyser (``analyser_simple``) gives the words and
lemmas, and ``stages_local`` runs the same stages as English (who, what, when, where, who says so).

Look-ups compare a word's variants (form, lemma; for Arabic also without clitics, see analyser_simple)
with the variants of each lexicon key, so a key may be written in any inflected form: "жителей" and
"житель" both find the entry written "житель".
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from headcount.errors import LexiconError
from headcount.extract.analyser_simple import normalise, variants
from headcount.extract.linguistic import Word
from headcount.lexicons import load
from headcount.models import Event

LANGUAGES: tuple[str, ...] = ("ru", "uk", "ar", "es", "pt", "fr")
"""The languages read by lexicon (English is read by the spaCy-based stages)."""

_EVENTS = frozenset(e.value for e in Event)
EVENTS = _EVENTS  # the closed event names, for the optional tables other modules read (event_object_romance)
_TABLES = ("people", "noun_events", "events")
_REPORTING = ("verbs", "cues")
_GRAMMAR = ("skip", "including", "count_nouns", "complementisers", "expected", "place_from", "place_at",
            "time_words", "sequence")


STEM_MIN = 4  # the shortest stem a lexicon may list: shorter ones would match unrelated words


@dataclass(frozen=True)
class WordTable:
    """Entries keyed by the variants of their first word; each entry is (variants of every word, value).

    ``stems`` (the lexicon's [event_stems]) catch the forms the dictionary lemmatiser does not know,
    mostly participles ("вывезено", "exfiltrées", "евакуйовано"): a word that starts with a listed stem.
    The stems are listed by hand, not cut from the keys: a cut stem of "умереть" would match "умеренной"."""

    first: dict[str, list[tuple[tuple[frozenset[str], ...], str]]]
    stems: dict[str, list[tuple[str, str]]]  # first four letters -> (stem, value)

    def match(self, words: Sequence[Word], k: int, language: str) -> tuple[str, int] | None:
        """The value of the longest entry that starts at word ``k``, and the index after it; None if none."""
        best: tuple[str, int] | None = None
        for key in variants(words[k].text, language):
            for parts, value in self.first.get(key, ()):
                end = k + len(parts)
                if end > len(words) or (best is not None and end <= best[1]):
                    continue
                if all(set(variants(words[k + i].text, language)) & parts[i] for i in range(1, len(parts))):
                    best = (value, end)
        if best is None and self.stems:
            form = normalise(words[k].text, language)
            for stem, value in self.stems.get(form[:STEM_MIN], ()):
                if form.startswith(stem):
                    return value, k + 1
        return best


@dataclass(frozen=True)
class Lexicon:
    """One language's words for the claim stages (lexicons/lang/<code>.toml)."""

    code: str
    people: WordTable  # noun -> English category
    noun_events: WordTable  # people noun that names its own event ("погибших") -> event
    events: WordTable  # verb or noun -> event
    reporting_verbs: WordTable  # value is "say"
    cues: WordTable  # "по данным", "según": the source follows
    anaphora: frozenset[str]  # "об этом", "його": the source is the one named nearby
    skip: frozenset[str]  # words between a figure and its noun ("de", "из")
    including: WordTable  # "в том числе", "dont": the figures after it are parts of the one before
    among: WordTable  # "parmi ces", "среди": with a people noun after a figure, it is a part of a total before
    count_nouns: WordTable  # "число", "cifra": "the number of <people>"
    complementisers: frozenset[str]  # "что", "que", "أن"
    expected: frozenset[str]  # forms that make a count planned or projected
    place_from: frozenset[str]
    place_at: frozenset[str]
    time_words: frozenset[str]  # "hoy", "сегодня" and CLDR's weekday and month names: never a party
    determiners: frozenset[str]  # articles: a cue word after one is another word ("um segundo grupo")
    auxiliaries: frozenset[str]  # "han", "ont", "были": a verb group follows, not a noun
    light_verbs: frozenset[str]  # "получили", "sofreram": with an event noun after them, a verb group
    day_nouns: frozenset[str]  # "يوم" ("day"): before a weekday name it opens the time phrase ("يوم الخميس")
    coordinators: frozenset[str]  # "и", "et", "con": a second people noun makes the group "people"
    back_reference: frozenset[str]  # "этом", "це": opening a sentence, they point to the one before
    place_nouns: WordTable  # "ville", "район", "campamento": heads of a place described without a name
    places: dict[str, str]  # [places]: a local place name -> its English gazetteer name (place_names)
    elided: frozenset[str]  # "d'", "l'": elided words written onto the next one, split off by the analyser
    subject_before_verb: bool  # SVO order: a subject written before its verb is the verb's subject
    adjectives_follow: bool  # Romance word order: "cifras oficiales", an adjective after its noun
    report_nouns: WordTable  # "информация", "cifras", "données": what a party issues, not a party itself
    media_nouns: WordTable  # "site", "página", "канал": where a party published, neither a party nor a place
    organisation_heads: WordTable  # "Consejo", "Comité", "армия": a name after one is an organisation's, not a place
    agents: frozenset[str] = frozenset()  # "por", "par": a passive's agent ("cifras publicadas por X")
    relays: frozenset[str] = frozenset()  # "وكالة", "قناة": outlets a statement is given to, not its author
    continuation: WordTable = WordTable({}, {})  # "кроме того", "además", "este": a sentence goes on with the last
    between: frozenset[str] = frozenset()  # "між", "entre", "بين": the names after it are the two sides, not a place
    bound_verbs: WordTable = WordTable({}, {})  # "superar", "dépasser", "превысить", "تجاوز": the figure is a floor
    negation: frozenset[str] = frozenset()  # "no", "pas", "не", "لم": before a bound verb, the figure is a ceiling
    leave_verbs: WordTable = WordTable({}, {})  # "quitter", "покинуть", "غادر": their direct object is the place left
    so_called: WordTable = WordTable({}, {})  # "ما يسمى", "le soi-disant": a hedge on a name, not part of it
    of_them: WordTable = WordTable({}, {})  # "из них", "de ellos" right after a figure: a part of the people before
    time_clauses: WordTable = WordTable({}, {})  # "desde que", "depuis que": a clause of time, up to its comma
    sequence: frozenset[tuple[str, ...]] = frozenset()  # "más tarde", "позже": a sentence opened by one is the narrator's
    clause_openers: frozenset[str] = frozenset()  # "حيث", "فيما": another clause opens (an Arabic place ends there)


def word_table(entries: dict[str, str], language: str, stems: dict[str, str] | None = None) -> WordTable:
    """A table of the word sequences ``entries`` maps to values, matched by their normalised forms."""
    return _table(entries, language, stems)


def read_lang_file(name: str, code: str, check: Callable[[dict[str, Any]], list[str]]) -> dict[str, Any]:
    """The data of lexicons/lang/<name>.toml for a language read by lexicon, checked by ``check``;
    LexiconError names the file and every problem (the lexicon and the period words load this way)."""
    where = f"lexicons/lang/{name}.toml"
    if code not in LANGUAGES:
        raise LexiconError(f"no lexicon for language {code!r}", where=where)
    ref = resources.files("headcount.lexicons").joinpath("lang", f"{name}.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (FileNotFoundError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"cannot read: {exc}", where=where) from None
    problems = check(data)
    if problems:
        raise LexiconError("; ".join(problems), where=where)
    return data


def _table(entries: dict[str, str], language: str, stems: dict[str, str] | None = None) -> WordTable:
    first: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    stem_of: dict[str, list[tuple[str, str]]] = {}
    for key, value in entries.items():
        parts = tuple(frozenset({normalise(w, language)}) for w in key.split())
        for v in parts[0]:
            first.setdefault(v, []).append((parts, value))
    for stem, value in (stems or {}).items():
        word = normalise(stem, language)
        stem_of.setdefault(word[:STEM_MIN], []).append((word, value))
    return WordTable(first, stem_of)


def _forms(items: list[str], language: str) -> frozenset[str]:
    return frozenset(normalise(w, language) for w in items)


def _check(data: dict[str, Any], where: str) -> list[str]:
    problems = []
    for name in _TABLES:
        table = data.get(name)
        if not isinstance(table, dict) or not table:
            problems.append(f"[{name}] must be a non-empty table")
            continue
        for key, value in table.items():
            if not isinstance(value, str) or not value or not key.strip():
                problems.append(f"[{name}] {key!r} must map to a non-empty string")
            elif name != "people" and value not in _EVENTS:
                problems.append(f"[{name}] {key!r}: {value!r} is not one of the closed events")
    stems = data.get("event_stems", {})
    if not isinstance(stems, dict):
        problems.append("[event_stems] must be a table")
    else:
        for key, value in stems.items():
            if len(key) < STEM_MIN or value not in _EVENTS:
                problems.append(f"[event_stems] {key!r}: a stem of {STEM_MIN}+ letters mapped to a closed event")
    places = data.get("places", {})
    if not isinstance(places, dict) or not all(isinstance(v, str) and v.strip() for v in places.values()):
        problems.append("[places] must map local place names to English gazetteer names")
    for section, keys in (("reporting", _REPORTING), ("grammar", _GRAMMAR)):
        table = data.get(section)
        if not isinstance(table, dict):
            problems.append(f"[{section}] is missing")
            continue
        for key in keys:
            value = table.get(key)
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                problems.append(f"[{section}] {key} must be a non-empty list of words")
    return problems


@cache
def lexicon(code: str) -> Lexicon:
    """The checked lexicon of one language (cached); LexiconError names the file and every problem."""
    where = f"lexicons/lang/{code}.toml"
    data = read_lang_file(code, code, lambda d: _check(d, where))
    rep, gr = data["reporting"], data["grammar"]
    return Lexicon(
        code=code,
        people=_table(data["people"], code),
        noun_events=_table(data["noun_events"], code),
        events=_table(data["events"], code, data.get("event_stems", {})),
        reporting_verbs=_table({w: "say" for w in rep["verbs"]}, code),
        cues=_table({w: "cue" for w in rep["cues"]}, code),
        anaphora=_forms(list(rep.get("anaphora", [])), code),
        skip=_forms(gr["skip"], code),
        including=_table({w: "part" for w in gr["including"]}, code),
        among=_table({w: "among" for w in gr.get("among", [])}, code),
        count_nouns=_table({w: "count" for w in gr["count_nouns"]}, code),
        complementisers=_forms(gr["complementisers"], code),
        expected=_forms(gr["expected"], code),
        place_from=_forms(gr["place_from"], code),
        place_at=_forms(gr["place_at"], code),
        time_words=_forms(gr["time_words"], code) | _calendar_names(code),
        determiners=_forms(list(gr.get("determiners", [])), code),
        auxiliaries=_forms(list(gr.get("auxiliaries", [])), code),
        light_verbs=_forms(list(gr.get("light_verbs", [])), code),
        day_nouns=_forms(list(gr.get("day_nouns", [])), code),
        coordinators=_forms(list(gr.get("coordinators", [])), code),
        back_reference=_forms(list(gr.get("back_reference", [])), code),
        place_nouns=_table({w: "place" for w in gr.get("place_nouns", [])}, code),
        places={str(k): str(v) for k, v in data.get("places", {}).items()},
        elided=_forms(list(gr.get("elided", [])), code),
        subject_before_verb=bool(gr.get("subject_before_verb", False)),
        adjectives_follow=bool(gr.get("adjectives_follow", False)),
        report_nouns=_table({w: "report" for w in gr.get("report_nouns", [])}, code),
        media_nouns=_table({w: "medium" for w in gr.get("media_nouns", [])}, code),
        organisation_heads=_table({w: "organisation" for w in gr.get("organisation_heads", [])}, code),
        agents=_forms(list(rep.get("agents", [])), code),
        relays=_forms(list(rep.get("relays", [])), code),
        continuation=_table({w: "more" for w in rep.get("continuation", [])}, code),
        between=_forms(list(gr.get("between", [])), code),
        bound_verbs=_table({w: "more than" for w in gr.get("bound_verbs", [])}, code),
        negation=_forms(list(gr.get("negation", [])), code),
        leave_verbs=_table({w: "leave" for w in gr.get("leave_verbs", [])}, code),
        so_called=_table({w: "so-called" for w in rep.get("so_called", [])}, code),
        of_them=_table({w: "of them" for w in gr.get("of_them", [])}, code),
        time_clauses=_table({w: "time" for w in gr.get("time_clauses", [])}, code),
        sequence=frozenset(tuple(normalise(p, code) for p in w.split()) for w in gr["sequence"]),
        clause_openers=_forms(list(gr.get("clause_openers", [])), code),
    )


def _calendar_names(code: str) -> frozenset[str]:
    """The language's weekday and month names, the wide forms of every context, from CLDR (Babel). The
    short forms ("mar", "dom", "vie") are also words ("Mar del Plata", "sea"): they count as a date only
    beside a day number (``when_local.is_date``, ``PeriodWords.abbreviated``), never as a time word."""
    from babel import Locale

    loc = Locale.parse(code)
    names: set[str] = set()
    for table in (loc.days, loc.months):
        for context in table.values():
            names.update(normalise(str(n), code) for n in context.get("wide", {}).values() if len(str(n)) >= 3)
    return frozenset(names)


def reads(code: str | None) -> bool:
    """True when ``code`` is a language read by lexicon (not English, not unknown)."""
    return code in LANGUAGES


_NOT_ORGANISATIONS = frozenset({"witness", "unnamed"})  # party kinds that are no organisation


@cache
def registry_acronyms() -> frozenset[str]:
    """The acronyms the party registry gives its organisations in any language ("ONU", "ООН", "ACNUR", "MSF"):
    the names, aliases and short names of ``lexicons/parties.toml`` written as one word in capitals. Read
    from the lexicon, as ``rules`` reads its media names, so the extractor does not depend on reconcile
    (``stages_local._headline_party`` asks it whether a headline's label in capitals names an organisation)."""
    found: set[str] = set()
    for entry in load("parties").get("parties", {}).values():
        if not isinstance(entry, dict) or entry.get("kind") in _NOT_ORGANISATIONS:
            continue
        for name in (entry.get("name"), *entry.get("aliases", ()), *entry.get("bare", ())):
            word = name.replace(".", "") if isinstance(name, str) else ""
            if len(word) >= 2 and word.isalpha() and word.isupper():
                found.add(word)
    return frozenset(found)
