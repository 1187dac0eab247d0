"""The number layer's rule data (lexicons/numbers.toml), validated and compiled once at import.

Keeping every word table in TOML lets a reviewer change what counts as a number, a hedge or an
exclusion without touching code; this module checks each entry (a bad one raises LexiconError naming
``lexicons/numbers.toml`` and the entry) and turns the tables into a handful of compiled regular
expressions, so the parser itself does dictionary look-ups and anchored matches only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from babel import Locale, localedata
from babel.numbers import get_group_symbol

from headcount.lexicons import validated

NAME = "numbers"
WORD_CLASSES = ("units", "teens", "tens", "hundreds", "scales", "dozens", "fractions")
EFFECTS = frozenset({"approx", "nearly", "low", "high", "exact", "between", "from"})
SUFFIX_EFFECTS = frozenset({"low", "high", "same"})
LIST_KEYS = {
    "words": ("articles",),
    "suffix_rules": ("spaced", "ambiguous", "ambiguous_not_before", "not_numbers"),
    "ranges": ("connectors", "change_words"),
    "exclude": (
        "time_units", "distance_units", "measure_units", "age_words", "percent_words", "currency_symbols",
        "currency_words", "ordinal_suffixes", "age_before", "not_name_words", "unit_names_after",
        "unit_names_before", "time_label_determiners", "months", "year_before", "one_pronoun_before",
        "one_pronoun_after",
    ),
}


@dataclass(frozen=True, slots=True)
class Hedge:
    """A word or phrase before a number that sets its bounds ("more than", "some", "tops")."""

    phrase: str
    effect: str
    qualifier: str
    in_span: bool


@dataclass(frozen=True, slots=True)
class Vague:
    """A vague quantity ("dozens", "tens of thousands") with the bounds the conventions give it."""

    phrase: str
    low: int
    high: int | None
    before_of: bool = False    # a quantity only before "of" ("scores of people", not "test scores")


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, str) and x.strip() for x in v)


def _check(data: dict[str, Any]) -> Iterator[str]:
    """Yield one readable message per bad entry; an empty iteration means the file is usable."""
    words = data.get("words")
    if not isinstance(words, dict):
        yield "[words]: missing table"
        words = {}
    for cls in WORD_CLASSES:
        table = words.get(cls)
        if not isinstance(table, dict) or not table:
            yield f"[words.{cls}]: missing or empty table"
            continue
        for w, v in table.items():
            if not re.fullmatch(r"[a-z]+", w):
                yield f"[words.{cls}] {w!r}: a number word is one lower-case word"
            if not isinstance(v, int) or isinstance(v, bool) or v < 0 or (v == 0 and cls != "units"):
                yield f"[words.{cls}] {w!r}: value must be a whole number (> 0 outside units), got {v!r}"
    for section, keys in LIST_KEYS.items():
        table = data.get(section)
        if not isinstance(table, dict):
            yield f"[{section}]: missing table"
            continue
        for key in keys:
            if not _is_str_list(table.get(key)):
                yield f"[{section}] {key!r}: must be a non-empty list of non-empty strings"
    suffixes = data.get("suffixes")
    if not isinstance(suffixes, dict) or not suffixes:
        yield "[suffixes]: missing or empty table"
    else:
        for k, v in suffixes.items():
            if not re.fullmatch(r"[A-Za-z]+", k) or not isinstance(v, int) or v <= 1:
                yield f"[suffixes] {k!r}: letters mapped to a scale > 1, got {v!r}"
    hedges = data.get("hedges")
    if not isinstance(hedges, dict) or not hedges:
        yield "[hedges]: missing or empty table"
    else:
        for phrase, entry in hedges.items():
            if not isinstance(entry, dict) or entry.get("effect") not in EFFECTS:
                yield f"[hedges] {phrase!r}: effect must be one of {sorted(EFFECTS)}"
            elif not isinstance(entry.get("qualifier", phrase), str) or not isinstance(entry.get("in_span", True), bool):
                yield f"[hedges] {phrase!r}: qualifier must be a string and in_span a boolean"
    sufs = data.get("bound_suffixes")
    if not isinstance(sufs, dict) or not sufs:
        yield "[bound_suffixes]: missing or empty table"
    else:
        for phrase, effect in sufs.items():
            if effect not in SUFFIX_EFFECTS:
                yield f"[bound_suffixes] {phrase!r}: effect must be one of {sorted(SUFFIX_EFFECTS)}, got {effect!r}"
    formats = data.get("formats")
    if not isinstance(formats, dict):
        yield "[formats]: missing table"
    else:
        lang = formats.get("group_language")
        if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
            yield f"[formats] 'group_language': a CLDR language code such as 'en', got {lang!r}"
        locs = formats.get("approx_locales")
        if not isinstance(locs, list) or not _is_str_list(locs):
            yield "[formats] 'approx_locales': must be a non-empty list of CLDR locale codes"
        else:
            for loc in locs:
                if not localedata.exists(loc):
                    yield f"[formats] 'approx_locales': {loc!r} is not a CLDR locale known to Babel"
        extra = formats.get("extra_space_groupers")
        if not isinstance(extra, list) or not all(isinstance(c, str) and len(c) == 1 and c.isspace() and c != " "
                                                  for c in extra):
            yield "[formats] 'extra_space_groupers': a list of single space characters other than U+0020"
    vague = data.get("vague")
    if not isinstance(vague, dict) or not vague:
        yield "[vague]: missing or empty table"
    else:
        for phrase, entry in vague.items():
            low = entry.get("low") if isinstance(entry, dict) else None
            high = entry.get("high") if isinstance(entry, dict) else None
            if not isinstance(low, int) or low <= 0:
                yield f"[vague] {phrase!r}: low must be a whole number > 0"
            elif high is not None and (not isinstance(high, int) or high < low):
                yield f"[vague] {phrase!r}: high must be a whole number >= low, or left out for an open end"
            elif not isinstance(entry.get("before_of", False), bool):
                yield f"[vague] {phrase!r}: before_of must be true or false"


def cldr_space_groupers(language: str) -> frozenset[str]:
    """The grouping symbols that are spaces in any regional CLDR locale of ``language`` (Babel's data).

    For English these are U+00A0 (en_SE, en_ZA ...) and U+202F (en_FR, en_GE): news copy written or
    edited under those conventions groups thousands with a no-break space, which never separates two
    numbers the way a plain space in a table does.
    """
    out = set()
    for loc in localedata.locale_identifiers():
        if loc == language or loc.startswith(language + "_"):
            sym = get_group_symbol(loc)
            if sym.isspace():
                out.add(sym)
    return frozenset(out)


def cldr_approx_signs(locales: Iterable[str]) -> tuple[str, ...]:
    """CLDR's approximatelySign of each locale ("~" in en, "≈" in ru, "≃" in fr), signs only (no "ca.")."""
    out = set()
    for loc in locales:
        sign = Locale.parse(loc).number_symbols.get("latn", {}).get("approximatelySign")
        if isinstance(sign, str) and sign and not any(c.isalnum() for c in sign):
            out.add(sign)
    return tuple(sorted(out))


def phrase_pattern(phrases: Iterable[str]) -> str:
    """An alternation of phrases, longest first, any run of spaces between words."""
    parts = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"[^\S\n]+".join(re.escape(w) for w in p.split()) for p in parts)


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """The tables of numbers.toml in the shapes the parser uses."""

    words: dict[str, tuple[str, int]]          # lower-case word -> (class, value)
    articles: frozenset[str]
    suffixes: dict[str, int]
    spaced_suffixes: frozenset[str]
    ambiguous_suffixes: frozenset[str]
    ambiguous_not_before: frozenset[str]
    not_numbers: frozenset[str]
    hedges: dict[str, Hedge]                    # normalised phrase -> hedge
    bound_suffixes: dict[str, str]
    range_connectors: tuple[str, ...]
    change_words: frozenset[str]
    vague: dict[str, Vague]
    exclude: dict[str, tuple[str, ...]]
    space_groupers: frozenset[str]             # no-break spaces that group digits ("16\u202f638")
    approx_signs: tuple[str, ...]               # "~982", "≈ 1,000": approximately, glued or spaced


def norm_phrase(s: str) -> str:
    return " ".join(s.lower().split())


def load_lexicon() -> NumberLexicon:
    data = validated(NAME, _check)
    words: dict[str, tuple[str, int]] = {}
    for cls in WORD_CLASSES:
        for w, v in data["words"][cls].items():
            words[w] = (cls, v)
    hedges = {
        norm_phrase(p): Hedge(norm_phrase(p), e["effect"], e.get("qualifier", norm_phrase(p)), e.get("in_span", True))
        for p, e in data["hedges"].items()
    }
    vague = {norm_phrase(p): Vague(norm_phrase(p), e["low"], e.get("high"), e.get("before_of", False))
             for p, e in data["vague"].items()}
    rules = data["suffix_rules"]
    fmt = data["formats"]
    return NumberLexicon(
        words=words,
        articles=frozenset(data["words"]["articles"]),
        suffixes=dict(data["suffixes"]),
        spaced_suffixes=frozenset(rules["spaced"]),
        ambiguous_suffixes=frozenset(rules["ambiguous"]),
        ambiguous_not_before=frozenset(w.lower() for w in rules["ambiguous_not_before"]),
        not_numbers=frozenset(rules["not_numbers"]),
        hedges=hedges,
        bound_suffixes={norm_phrase(p): e for p, e in data["bound_suffixes"].items()},
        range_connectors=tuple(data["ranges"]["connectors"]),
        change_words=frozenset(w.lower() for w in data["ranges"]["change_words"]),
        vague=vague,
        exclude={k: tuple(v) for k, v in data["exclude"].items()},
        space_groupers=cldr_space_groupers(fmt["group_language"]) | frozenset(fmt["extra_space_groupers"]),
        approx_signs=cldr_approx_signs(fmt["approx_locales"]),
    )
