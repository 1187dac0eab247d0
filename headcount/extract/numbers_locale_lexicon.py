"""Per-language number data (lexicons/numbers_<lang>.toml), validated at load, plus CLDR symbols from Babel.

Each language other than English has its own rule file: the scale words written after a number
("тыс.", "mil", "ألف"), its number words where text2num does not read the language, hedges and bounds,
range words, vague quantities with the gold conventions' bounds, and the words that make a number not a
count (money, percentages, units). Separators and month names come from CLDR through Babel, so no table
of them is kept here. A bad entry raises LexiconError naming the file and the entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from typing import Any

from babel import Locale

from headcount.extract.numbers_lexicon import EFFECTS, SUFFIX_EFFECTS
from headcount.lexicons import validated

LANGUAGES = ("ru", "uk", "ar", "es", "pt", "fr")
ENGINES = frozenset({"text2num", "table"})
LIST_KEYS = {
    "ranges": ("to", "and", "neighbours", "change_words", "half_after_scale", "articles", "contrast"),
    "exclude": ("after", "before", "year_words", "ordinal_suffixes"),
    "scale_words": ("one", "fraction_joins", "zero"),
}

# Arabic short vowels, tanween, shadda, sukun, superscript alef and tatweel: written or not, same word
_ARABIC_MARKS = {cp: None for cp in [*range(0x064B, 0x0660), 0x0670, 0x0640]}
# one letter for one letter (offsets must not move): Persian kaf and yeh, alef with hamza or madda, ё
_SAME_LETTER = str.maketrans({"ک": "ك", "ی": "ي", "ى": "ي", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
                              "ё": "е", "’": "'", "ʼ": "'"})


@lru_cache(maxsize=65536)
def norm_word(word: str) -> str:
    """The form a word is looked up by: lower case, Arabic marks dropped, letter variants unified."""
    return unicodedata.normalize("NFC", word).lower().translate(_SAME_LETTER).translate(_ARABIC_MARKS)


LANGUAGES_CLDR = ("ru", "uk", "ar", "es", "pt", "fr", "de_CH")


def _cldr_symbols() -> tuple[str, str]:
    """Every grouping and decimal symbol CLDR gives these languages (Latin and Arabic-Indic digits), plus
    the Swiss apostrophe (de_CH, as in French Swiss copy "21'000") and the plain space of press copy."""
    groups, decimals = {" ", "'", "’"}, {"ر"}        # "ر": the Arabic decimal mark of older press copy ("5ر1")
    for lang in LANGUAGES_CLDR:
        for system in ("latn", "arab"):
            syms = Locale.parse(lang).number_symbols.get(system, {})
            groups.add(syms.get("group", ","))
            decimals.add(syms.get("decimal", "."))
    return "".join(sorted(groups)), "".join(sorted(decimals))


_GROUPS, _DECIMALS = _cldr_symbols()
_LETTERS = r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640])"
_G = "[" + re.escape(_GROUPS) + "]"
_D = "[" + re.escape(_DECIMALS) + "]"
TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:" + _G + r"\d{3}(?!\d))+(?:" + _D + r"\d+)?|\d+(?:" + _D + r"\d+)?)"   # 21 000, 4,5
    r"|(?P<word>" + _LETTERS + r"+(?:['’ʼ]" + _LETTERS + r"+)*['’ʼ]?)"                               # п'ять, d'
    r"|(?P<punct>\S)"
)
ELIDED = re.compile(r"(?i)(?:d|l|qu|j|n|s|c|m|t)['’]")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def tokens(text: str, *, elision: bool = False) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each token: ``num`` (a run of digits and separators), ``word``, ``punct``.

    With ``elision`` (French) an elided article or preposition is its own word: "d'un" is "d'" + "un".
    Digits are read after ``str.translate(DIGITS)`` (Arabic-Indic and Persian digits as ASCII), which
    keeps every offset.
    """
    out: list[tuple[str, int, int]] = []
    for m in TOKEN.finditer(text.translate(DIGITS)):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        if kind == "word" and elision and ("'" in m.group() or "’" in m.group()):
            el = ELIDED.match(text, s, e)
            if el is not None and el.end() < e:
                out.append(("word", s, el.end()))
                s = el.end()
        out.append((kind, s, e))
    return out


def norm_phrase(phrase: str) -> tuple[str, ...]:
    """A phrase as the tuple of its normalised tokens, as the parser tokenises text ("тыс." is "тыс" + ".")."""
    return tuple(norm_word(phrase[s:e]) for _, s, e in tokens(phrase, elision=True))


@dataclass(frozen=True, slots=True)
class Vague:
    low: int
    high: int | None


@dataclass(frozen=True, slots=True)
class LocaleLexicon:
    """One language's number data in the shapes the locale parser uses."""

    language: str
    engine: str                                   # text2num (es, pt, fr) or table (ru, uk, ar)
    lemmatize: bool                               # look number words up by simplemma lemma (ru, uk)
    conjunction_prefix: str                       # "و" joins Arabic numbers ("ألفاً و263")
    proclitics: frozenset[str]                    # one-letter words written onto the next (Arabic و ف ب ل ك)
    number_words: frozenset[str]                  # every single word that can open a number, scale or vague
    scales: dict[tuple[str, ...], int]            # after a number: multiplies it
    words: dict[str, int]                         # number words for the table engine (form or lemma -> value)
    hedges: dict[tuple[str, ...], tuple[str, str]]      # phrase -> (effect, qualifier)
    bound_suffixes: dict[tuple[str, ...], str]
    hedge_pairs: frozenset[tuple[str, ...]]       # the first two words of each hedge of two words or more
    vague: dict[tuple[str, ...], Vague]
    one_after_hedge: dict[tuple[str, ...], int]   # "более тысячи": a scale word in the genitive is one of it
    range_to: frozenset[tuple[str, ...]]
    range_and: frozenset[tuple[str, ...]]
    neighbours: frozenset[tuple[str, ...]]
    half_after_scale: frozenset[tuple[str, ...]]
    articles: frozenset[str]
    zero_words: frozenset[str]
    one_words: frozenset[str]                     # "un", "um": one, before a scale word
    fractions: dict[tuple[str, ...], Fraction]    # "medio", "trois quarts": a fraction of the scale before
    fraction_joins: frozenset[str]
    contrast: frozenset[tuple[str, ...]]
    spelling: dict[str, str]                      # unaccented number words -> the form text2num reads
    change_words: frozenset[str]
    exclude_after: frozenset[tuple[str, ...]]
    exclude_before: frozenset[tuple[str, ...]]
    year_words: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    months: frozenset[str]                        # CLDR month names, wide and abbreviated, both contexts
    max_phrase: int


def _check(data: dict[str, Any]) -> Iterator[str]:
    fmt = data.get("formats", {})
    if fmt.get("engine") not in ENGINES:
        yield f"formats.engine must be one of {sorted(ENGINES)}"
    for table in ("scales", "words"):
        for k, v in data.get(table, {}).items():
            if not isinstance(v, int) or v <= 0:
                yield f"{table}.{k!r} must be a positive integer"
    for k, v in data.get("hedges", {}).items():
        if not isinstance(v, dict) or v.get("effect") not in EFFECTS:
            yield f"hedges.{k!r} needs effect in {sorted(EFFECTS)}"
    for k, v in data.get("bound_suffixes", {}).items():
        if v not in SUFFIX_EFFECTS:
            yield f"bound_suffixes.{k!r} must be one of {sorted(SUFFIX_EFFECTS)}"
    for k, v in data.get("vague", {}).items():
        if not isinstance(v, dict) or not isinstance(v.get("low"), int):
            yield f"vague.{k!r} needs an integer low"
        elif "high" in v and not (isinstance(v["high"], int) and v["high"] >= v["low"]):
            yield f"vague.{k!r}: high must be an integer >= low"
    for k, v in data.get("fractions", {}).items():
        try:
            if not 0 < Fraction(v) < 1:
                yield f"fractions.{k!r} must be between 0 and 1"
        except (ValueError, ZeroDivisionError, TypeError):
            yield f"fractions.{k!r} must be a fraction such as \"3/4\""
    for k, v in data.get("spelling", {}).items():
        if not isinstance(v, str) or not v.strip():
            yield f"spelling.{k!r} must be a word"
    for section, keys in LIST_KEYS.items():
        for key in keys:
            value = data.get(section, {}).get(key)
            if not isinstance(value, list) or not all(isinstance(s, str) and s.strip() for s in value):
                yield f"{section}.{key} must be a list of non-empty strings"


def _months(language: str) -> frozenset[str]:
    """The language's month names from CLDR (wide and abbreviated, format and stand-alone: "мая", "май")."""
    loc = Locale.parse(language)
    months: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            months.update(norm_word(m).rstrip(".") for m in loc.months[context][width].values())
    return frozenset(months)


def _phrases(table: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    return {norm_phrase(k): v for k, v in table.items()}


@cache
def load_locale(language: str) -> LocaleLexicon:
    """The validated number data of ``language`` (cached): lexicons/numbers_<language>.toml and CLDR."""
    data = validated(f"numbers_{language}", _check)
    fmt = data["formats"]
    months = _months(language)
    hedges = {norm_phrase(k): (v["effect"], v.get("qualifier", k.lower())) for k, v in data["hedges"].items()}
    vague = {norm_phrase(k): Vague(v["low"], v.get("high")) for k, v in data["vague"].items()}
    r, ex = data["ranges"], data["exclude"]
    phrase_keys = [*hedges, *vague, *_phrases(data["scales"]), *_phrases(data["bound_suffixes"]),
                   *(norm_phrase(p) for p in r["half_after_scale"]), *_phrases(data["fractions"])]
    return LocaleLexicon(
        language=language,
        engine=fmt["engine"],
        lemmatize=bool(fmt.get("lemmatize", False)),
        conjunction_prefix=norm_word(fmt.get("conjunction_prefix", "")),
        proclitics=frozenset(norm_word(p) for p in fmt.get("proclitics", [])),
        number_words=frozenset({norm_word(w) for w in data.get("words", {})} | {p[0] for p in phrase_keys}),
        scales=_phrases(data["scales"]),
        words={norm_word(k): v for k, v in data.get("words", {}).items()},
        hedges=hedges,
        bound_suffixes=_phrases(data["bound_suffixes"]),
        hedge_pairs=frozenset(p[:2] for p in hedges if len(p) > 1),
        vague=vague,
        one_after_hedge=_phrases(data.get("one_after_hedge", {})),
        range_to=frozenset(norm_phrase(p) for p in r["to"]),
        range_and=frozenset(norm_phrase(p) for p in r["and"]),
        neighbours=frozenset(norm_phrase(p) for p in r["neighbours"]),
        zero_words=frozenset(norm_word(w) for w in data["scale_words"]["zero"]),
        one_words=frozenset(norm_word(w) for w in data["scale_words"]["one"]),
        fractions={norm_phrase(k): Fraction(v) for k, v in data["fractions"].items()},
        fraction_joins=frozenset(norm_word(w) for w in data["scale_words"]["fraction_joins"]),
        articles=frozenset(norm_word(w) for w in r["articles"]),
        contrast=frozenset(norm_phrase(p) for p in r["contrast"]),
        spelling={norm_word(k): v for k, v in data.get("spelling", {}).items()},
        half_after_scale=frozenset(norm_phrase(p) for p in r["half_after_scale"]),
        change_words=frozenset(norm_word(w) for w in r["change_words"]),
        exclude_after=frozenset(norm_phrase(p) for p in ex["after"]),
        exclude_before=frozenset(norm_phrase(p) for p in ex["before"]),
        year_words=frozenset(norm_word(w) for w in ex["year_words"]),
        ordinal_suffixes=tuple(ex["ordinal_suffixes"]),
        months=months,
        max_phrase=max(len(p) for p in phrase_keys),
    )
