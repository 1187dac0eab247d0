"""Who a longer source phrase speaks for: an organisation or a state named inside it, or a bare state noun.

The registry (``parties.py``) matches a source as a whole. Many sources are longer than a name: a title,
an office or a person's apposition around the name of the party ("Jane Roe, the UN resident coordinator
in Freedonia", "UN officials in the capital", "the UN's human rights office"), or a state's noun qualified
by the state ("Greek authorities", "the Congolese interior minister", "authorities in Sicily", "a
Kandahar health department official"). This module reads such phrases word by word:

- :func:`tokens` splits a source into words, keeping how each was written (capitalised or not) and where
  a comma or a possessive ends a name;
- :func:`inside` finds the longest run of words that the registry knows as a name, provided the run is a
  whole name in the phrase (not a word inside a longer capitalised name: "Myanmar" in "the Spring
  Revolution Myanmar Muslim Network" is not the state);
- :func:`state_in` finds a state's noun (``[state_nouns]`` of ``parties.toml``) and the state that
  qualifies it: a country's name or adjective (the gazetteer's names, adjectives read from them, and the
  ``[adjectives]`` the names do not give), a place inside a country after "in"/"of", before "'s" or
  opening the phrase, or the state named in an "X-appointed" compound;
- :func:`bare_state` tells a source made only of a state's nouns and their modifiers ("the authorities",
  "health ministry officials", "the military"): the document's own state (``Registry`` decides which);
- :func:`strip_fragment` cuts a dateline glued before a source ("PORTVALE, Eastland — the governor").

Everything is pure and driven by the lexicons; no party, place or outlet is named here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from headcount.reconcile.corrections import correction_words
from headcount.reconcile.names import ROLE_WORDS, TITLES, fold_text, normalise_name
from headcount.reconcile.party_model import PartyKind, country_code_of


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a source: as written, folded, and whether a comma (or a possessive) ends it."""

    raw: str
    word: str
    capital: bool
    stop_after: bool  # a comma, semicolon or colon follows: a name does not run on past it
    possessive: bool  # written "X's": a name ends here and what follows is the name's
    paren: bool = False  # opens a parenthesis ("(DRC)"): the name before it ended


_EDGE = "\"“”‘’'()[]{}.,;:!?•—–"


def tokens(source: str) -> list[Token]:
    """The words of ``source``; a backtick written for an apostrophe ("UN`s") is read as one.

    A possessive is "X's", or a plural's bare apostrophe ("the ministers' office"), read before the
    apostrophe is trimmed with the other edge marks."""
    out: list[Token] = []
    for raw in source.replace("`", "'").split():
        stop = raw.rstrip("\"”’)").endswith((",", ";", ":"))
        core = raw.strip(_EDGE)
        if not core:
            if out and raw.strip() in ("•", "—", "–", "-", "--"):
                out[-1] = replace(out[-1], stop_after=True)
            continue
        m = re.search(r"['’]s$", core)
        plural = m is None and core.endswith("s") and re.search(r"s['’][,;:.!?]*$", raw) is not None
        bare = core[: m.start()] if m else core
        out.append(Token(bare, fold_text(bare).replace(".", ""), bare[:1].isupper(), stop,
                         m is not None or plural, raw.startswith("(")))
    return out


@dataclass(frozen=True, slots=True)
class StateWords:
    """``parties.toml``'s words for reading a state in a phrase (folded), validated when loaded."""

    adjectives: dict[str, tuple[str, ...]]  # [adjectives]: a country adjective -> ISO codes
    kinds: dict[str, frozenset[str]]  # [state_nouns] government / military: a state's voice, by kind
    appointed: frozenset[str]  # "X-appointed": the word before the hyphen names the state behind an office
    modifiers: frozenset[str]  # words before a state's noun in a source that names no state
    personal_offices: frozenset[str]  # one person's office: bare, the holder the text introduced
    office_heads: frozenset[str]  # "the Department of ...": an office noun opening an "of" phrase
    military_remits: frozenset[str]  # a remit that makes such an office military ("Ministry of Defence")


_STATE_WORD_KEYS = ("government", "military", "appointed", "modifiers", "personal_offices", "office_heads",
                    "military_remits")


def _validate_state_words(data: dict[str, Any]) -> Iterable[str]:
    nouns = data.get("state_nouns")
    if not isinstance(nouns, dict):
        yield "[state_nouns] must be a table"
        return
    for key in _STATE_WORD_KEYS:
        value = nouns.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            yield f"[state_nouns] {key!r} must be a non-empty list of non-empty strings"
    adjectives = data.get("adjectives", {})
    if not isinstance(adjectives, dict) or not all(
            isinstance(v, list) and v and all(isinstance(c, str) for c in v) for v in adjectives.values()):
        yield "[adjectives] must map a word to a non-empty list of ISO codes"


@cache
def state_words() -> StateWords:
    """The state words of ``parties.toml`` (cached), refused at load when a list is missing or empty."""
    from headcount.lexicons import validated

    data = validated("parties", _validate_state_words)
    nouns = data["state_nouns"]

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold_text(w) for w in nouns[key])

    return StateWords(
        adjectives={fold_text(k): tuple(v) for k, v in data.get("adjectives", {}).items()},
        kinds={kind: folded(kind) for kind in ("government", "military")},
        appointed=folded("appointed"), modifiers=folded("modifiers"),
        personal_offices=folded("personal_offices"), office_heads=folded("office_heads"),
        military_remits=folded("military_remits"))


def state_modifiers() -> frozenset[str]:
    """Words that may modify a state's noun in a source that names no state (``[state_nouns] modifiers``)."""
    return state_words().modifiers


def adjective_codes(word: str) -> tuple[str, ...]:
    """The ISO codes a country adjective the gazetteer's names do not give may mean ("congolese")."""
    return state_words().adjectives.get(fold_text(word), ())


def country_of_words(words: str, prefer: str | None = None) -> str | None:
    """The ISO code of a country's name or adjective ("greek", "puerto rico", "congolese"), or None.

    An adjective that may mean two states takes the one the document names (``prefer``), else its first."""
    codes = adjective_codes(words)
    if codes:
        return prefer if prefer in codes else codes[0]
    return country_code_of(words)


_ROLE = frozenset(ROLE_WORDS.split("|"))


def _state_kind(words: list[str]) -> str | None:
    """The kind of state noun among ``words`` (folded): military when any military noun is there, else
    government when a government noun is; None when the phrase has no state noun."""
    kinds = state_words().kinds
    joined = f" {' '.join(words)} "
    found = {kind for kind, nouns in kinds.items() if any(f" {n} " in joined for n in nouns)}
    if "military" in found:
        return str(PartyKind.MILITARY)
    return str(PartyKind.GOVERNMENT) if found else None


def _is_state_noun(word: str) -> bool:
    kinds = state_words().kinds
    return any(word in nouns for nouns in kinds.values())


def _titled(word: str) -> bool:
    """A word that may follow a name in a title ("UN Resident Coordinator", "Sicily Governor")."""
    return word in TITLES or word in _ROLE or _is_state_noun(word) or word.rstrip("s") in _ROLE


def _whole_name(toks: list[Token], i: int, j: int) -> bool:
    """Words ``i``..``j`` are a whole name in the phrase: the word before is not a capitalised word of the
    same name, and the capitalised words after, if any, are a title ("UN Resident Coordinator"), not more
    of a longer name ("Myanmar Muslim Network")."""
    if i > 0:
        prev = toks[i - 1]
        if prev.capital and not prev.stop_after and not prev.possessive and prev.word not in ("the", "a", "an"):
            return False
    if j >= len(toks) or toks[j].paren or toks[j - 1].stop_after or toks[j - 1].possessive or not toks[j - 1].capital:
        return True  # a name ending in a lower-case word ("human rights office") ends there
    k = j
    while k < len(toks) and toks[k].capital:
        if toks[k].stop_after or toks[k].possessive:
            k += 1
            break
        k += 1
    run = toks[j:k]
    return not run or _titled(run[-1].word)


_LOCATIVE = frozenset({"in", "near", "outside", "across", "around"})


def inside(source: str, lookup: Callable[[str], str | None], *, longest: int = 8) -> str | None:
    """The party key of the longest run of the phrase's words that ``lookup`` knows as a name (a
    normalised name -> key), when the run is a whole name there (see :func:`_whole_name`); the first
    such run on a tie. A one-word name must be written capitalised ("WHO", not "who"), and a name after a
    locative preposition ("officials in Moscow") is a place there, not a party."""
    toks = tokens(source)
    best: tuple[int, int, str] | None = None
    for i in range(len(toks)):
        if i > 0 and toks[i - 1].word in _LOCATIVE:
            continue
        for j in range(min(len(toks), i + longest), i, -1):
            if best is not None and j - i <= best[0]:
                break
            if any(t.stop_after for t in toks[i:j - 1]) or any(t.possessive for t in toks[i:j - 1]
                                                                 if t is not toks[i]):
                continue
            if j - i == 1 and not toks[i].capital:
                continue
            if not (toks[i].capital or toks[i].word.isupper()):
                continue  # a name opens with a capital: "human rights office" alone is not the UN's
            phrase = " ".join(t.raw + ("'s" if t.possessive and k < j - 1 else "")
                              for k, t in enumerate(toks[i:j], start=i))
            key = lookup(normalise_name(phrase))
            if key is not None and _whole_name(toks, i, j):
                best = (j - i, i, key)
                break
    return best[2] if best else None


def _compound_state(toks: list[Token], lookup: Callable[[str], str | None]) -> tuple[str | None, str | None]:
    """An "X-appointed" word: (ISO code, None) for a country's name or adjective, (None, key) for a
    registry name ("Kremlin"), (None, None) when there is none."""
    appointed = state_words().appointed
    for t in toks:
        head, _, tail = t.word.rpartition("-")
        if head and tail in appointed:
            code = country_of_words(head)
            if code is not None:
                return code, None
            key = lookup(normalise_name(head))
            if key is not None:
                return None, key
    return None, None


def _common(word: str) -> bool:
    """A word of titles, roles and state offices, never (part of) a place's name here ("Police", "Human")."""
    from headcount.reconcile.names import _party_lemmas

    return (_is_state_noun(word) or word in TITLES or word in _ROLE or word in state_modifiers()
            or word in _party_lemmas() or word in _attribution_words())


@lru_cache(maxsize=1 << 14)
def _common_word(word: str) -> bool:
    """``_common`` of a word as written, folded: asked once per distinct word (a text's capitalised words
    repeat, and ``_common`` reads several lists)."""
    return _common(fold_text(word))


def _attribution_words() -> frozenset[str]:
    """attribution.toml's ``party_words`` (the lower-case words of parties' names and descriptions), as the
    extractor's validated rules hold them: one loader for the one list."""
    from headcount.extract.rules import rules

    return rules().attribution_words.party_words


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]{3,}(?:[ ][A-Z][a-z'’-]+){0,2}")


def places_country(text: str) -> str | None:
    """The country of the places the gazetteer knows that ``text`` names most, a strict winner, or None.

    Read from runs of capitalised words that do not open a sentence and are not words of titles, roles
    or offices; each run counts once per mention."""
    from headcount.reconcile.places import lookup as place_lookup

    counts: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        before = text[max(0, m.start() - 2): m.start()]
        if not before.strip() or before.rstrip()[-1:] in ".!?\"“":
            continue
        words = m.group().split()
        if any(_common_word(w) for w in words):
            continue
        for cand in dict.fromkeys((m.group(), words[0])):  # "Lviv Oblast", "Danube River": the name
            _, country, known = place_lookup(cand)
            if known and country:
                counts[country] = counts.get(country, 0) + 1
                break
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
        return None
    return ranked[0][0]


def is_place(name: str) -> bool:
    """``name`` is only a place the gazetteer knows ("Eastport", not "the Eastport Relief Council"): a
    person introduced as "the mayor of Eastport" speaks for the office, not for a party "Eastport"."""
    from headcount.reconcile.places import lookup as place_lookup

    words = tokens(name)
    if not words or any(_common(t.word) or not t.capital for t in words if t.word not in ("the", "of")):
        return False
    return place_lookup(" ".join(t.raw for t in words))[2]


def _place_code(toks: list[Token], i: int, j: int) -> str | None:
    from headcount.reconcile.places import lookup as place_lookup

    _, country, known = place_lookup(" ".join(t.raw for t in toks[i:j]))
    return country if known else None


def state_in(source: str, lookup: Callable[[str], str | None], prefer: str | None = None
             ) -> tuple[str | None, str | None, str] | None:
    """A state's noun qualified by a state in ``source``: (ISO code, registry key, kind), one of the first
    two set, or None. The kind is military when a military noun is in the phrase, else government.

    The state is, in order: the one an "X-appointed" compound names ("the Kremlin-appointed mayor"); a
    country's name or adjective that is a whole name in the phrase ("Greek authorities", "the President of
    the Republic of Chile"); a place the gazetteer knows inside a country, written after "in"
    or "of", before "'s", or opening the phrase ("authorities in Sicily", "the mayor of Odesa", "a
    Kandahar health department official"). ``prefer`` settles an adjective of two states ("Congolese")."""
    toks = tokens(source)
    kind = _state_kind([t.word for t in toks])
    if kind is None:
        return None
    code, key = _compound_state(toks, lookup)
    if code is not None or key is not None:
        return code, key, kind
    for n in (4, 3, 2, 1):  # a country's name or adjective, longest first
        for i in range(len(toks) - n + 1):
            words = toks[i:i + n]
            if any(t.stop_after or t.possessive for t in words[:-1]):
                continue
            if not words[0].capital or not all(t.capital or t.word in ("of", "the") for t in words):
                continue  # "us" is a pronoun; "US officials" names a state
            code = country_of_words(" ".join(t.word for t in words), prefer)
            if code is not None and _whole_name(toks, i, i + n):
                return code, None, kind
    for i, t in enumerate(toks):  # a place inside a country
        if not t.capital or _common(t.word):
            continue
        j = i
        while j < len(toks) and toks[j].capital and not _common(toks[j].word):
            j += 1
            if toks[j - 1].stop_after or toks[j - 1].possessive:
                break
        before = toks[i - 1].word if i > 0 else ""
        opens = i == 0 or (i == 1 and before in ("a", "an", "the"))
        if before in ("in", "of") or toks[j - 1].possessive or opens:
            code = _place_code(toks, i, j)
            if code is not None:
                return code, None, kind
    return None


_DETERMINERS = frozenset("the a an its their this that these those some several local senior top national "
                         "federal provincial regional state country's country".split())


def _without_figure_noun(toks: list[Token]) -> list[Token]:
    """A source whose head is a noun for a figure ("government figures", "police data", "official
    statistics") names the party of the words before it: the figures are that party's. The head is dropped
    when words stand before it; the figure nouns are ``lexicons/corrections.toml``'s (read through
    ``reconcile.corrections``, which imports nothing of the parties: no cycle)."""
    if len(toks) > 1 and toks[-1].word in correction_words().figure_nouns and not toks[-2].possessive:
        return toks[:-1]
    return toks


def bare_state(source: str) -> str | None:
    """The kind of state a source made only of state nouns names ("the authorities", "Health ministry
    officials", "the Interior Ministry", "the military"), or None.

    The phrase's last word is a state noun; every other word is a determiner, a state noun, or a word
    that modifies a state's noun (``[state_nouns] modifiers``: "health", "interior", "rescue"); no word is a
    proper name (a person, a country, an organisation)."""
    modifiers = state_modifiers()
    toks = _without_figure_noun(tokens(source))
    of_form = _office_of(toks)
    if of_form is not None:
        return of_form
    if not toks or len(toks) > 5 or any(t.stop_after for t in toks[:-1]) or any(t.possessive for t in toks):
        return None
    words = [t.word for t in toks]
    if not _is_state_noun(words[-1]) and not _is_state_noun(" ".join(words[-2:])):
        return None
    for t in toks:
        if t.word in _DETERMINERS or _is_state_noun(t.word) or t.word in modifiers:
            continue
        return None  # a proper name, or a word of another party ("rebel officials", "UN officials")
    return _state_kind(words)


def is_personal_office(source: str) -> bool:
    """``source`` names one person's office ("the Mayor", "the governor"), whose holder the text names."""
    words = [t.word for t in tokens(source)]
    offices = state_words().personal_offices
    return bool(words) and (words[-1] in offices or " ".join(words[-2:]) in offices)


def office_introduced(source: str, text: str, lookup: Callable[[str], str | None]
                      ) -> tuple[str | None, str | None, str] | None:
    """The state of a person's office as the text first introduces it with a place: "the mayor of
    Bakhmut, X" or "Odesa's governor" for a later bare "the mayor" (see :func:`state_in`)."""
    words = [t.word for t in tokens(source)]
    noun = words[-1] if words else ""
    if not noun:
        return None
    name = r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}"
    office = rf"(?i:{re.escape(noun)})"
    pattern = re.compile(rf"\b{office}\s+of\s+(?:the\s+)?{name}|\b{name}['’]s\s+{office}\b")
    for m in pattern.finditer(text):
        found = state_in(m.group(), lookup)
        if found is not None:
            return found
    return None


def _office_of(toks: list[Token]) -> str | None:
    """"The Department of Social Welfare", "the Ministry of Public Works and Highways": a state's office
    noun, "of", and the capitalised words of its remit, with no state named. The kind of the office noun."""
    words = [t.word for t in toks]
    i = 1 if words[:1] in (["the"], ["a"]) else 0
    if len(words) < i + 3 or words[i] not in state_words().office_heads or words[i + 1] != "of":
        return None
    rest = toks[i + 2:]
    if len(rest) > 6 or any(t.stop_after or t.possessive for t in toks[:-1]):
        return None
    if not all(t.capital or t.word in ("and", "of", "the", "for") for t in rest) or not rest[-1].capital:
        return None
    if any(country_of_words(t.word) is not None for t in rest if t.capital):
        return None
    military = not state_words().military_remits.isdisjoint(words)
    return str(PartyKind.MILITARY) if military else str(PartyKind.GOVERNMENT)


# A dateline: a place written in capitals, then the place's region or country (", Eastland") or the agency's
# name in brackets ("(AFP)"), then a dash or a bullet. The shape is required, so that an acronym used as a
# speaker ("UNICEF - the agency said") is not read as a place.
_DATELINE = re.compile(r"^(?P<caps>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*)"
                       r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:\([A-Za-z]+\)\s*)?|\s*\([A-Za-z]+\)\s*)"
                       r"[•—–-]+\s+")


def strip_fragment(source: str, known: Callable[[str], str | None] | None = None) -> str:
    """``source`` without a dateline glued before it: a place written in capitals with its region or its
    agency ("PORTVALE, Eastland —", "RIVERTON (AFP) -"). Not when the capitals are a name ``known`` (a
    normalised name -> party key) knows, and unchanged when nothing would remain."""
    m = _DATELINE.match(source)
    if m is None or (known is not None and known(normalise_name(m.group("caps"))) is not None):
        return source
    rest = source[m.end():]
    return rest if rest.strip() else source
