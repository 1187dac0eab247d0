"""Parties as data: what a party is, what a resolution says, and what a document tells about its parties.

The records the registry (``parties.py``) is made of and returns, and the reading of a whole text that
resolution consults: the text folded into mention form (so that aliases can be looked for in it) and the
country it names most ("the country's military" is that country's).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache

from headcount.reconcile.names import DEMONYM_COUNTRY, DEMONYMS, SPELLING, fold_text, learn_members


class PartyKind(StrEnum):
    GOVERNMENT = "government"
    MILITARY = "military"
    UN = "un"
    NGO = "ngo"
    MONITOR = "monitor"
    MEDIA = "media"
    ARMED_GROUP = "armed_group"
    WITNESS = "witness"
    UNNAMED = "unnamed"  # "sources", "officials", "a report": a party that is not named
    OTHER = "other"  # named, but of no kind we can tell (a person whose affiliation the text omits)


KINDS = frozenset(k.value for k in PartyKind)


@dataclass(frozen=True, slots=True)
class Party:
    """One party of the registry (or one met only in the text, with ``known=False``)."""

    key: str
    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    #: aliases that describe the body's function and name no country ("the civil defence"): they name it only
    #: in texts about its own country (``party_states.StateResolution._generic_elsewhere``)
    generic: tuple[str, ...] = ()
    bare: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    part_of: str | None = None
    speaks_for: str | None = None
    outlets: tuple[str, ...] = ()
    known: bool = True


@dataclass(frozen=True, slots=True)
class Resolution:
    """A source resolved: the party that answers for the figure, and how we got there."""

    key: str
    name: str
    kind: str
    as_written: str | None
    speaker: str | None = None  # the person or office who said it, when not the party itself
    how: str = "alias"  # alias | member | learned | bare | country | outlet | unknown


@dataclass(frozen=True, slots=True)
class DocContext:
    """What a document tells about its parties: its text in mention form, who speaks for whom, its outlet."""

    mentions: str = ""
    members: Mapping[str, str] = field(default_factory=dict)
    outlet: str | None = None
    text: str = ""  # the document text as given, for "named last before this offset"
    country: str | None = None  # ISO code of the country the document names most ("the country's military")

    @classmethod
    def build(cls, texts: Iterable[str], outlet: str | None = None) -> DocContext:
        """From the document's text (or its claims' sentences and source strings) and its outlet."""
        texts = [t for t in texts if t]
        mentions = " | ".join(mention_form(t) for t in texts)
        return cls(
            mentions=mentions,
            members=learn_members(texts),
            outlet=outlet,
            text="\n".join(texts),
            country=text_country(mentions, texts) or _places_country(texts),
        )

    def names(self, norm_alias: str) -> bool:
        return bool(norm_alias) and f" {norm_alias} " in f" {self.mentions} "


_COUNTRY_POSS_ANY = re.compile(r"\b(" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")'s\b")
_MINISTRY_OF_ONE = re.compile(r"\bministry of (?:the )?(defence|defense|health|interior|migration|foreign affairs|human rights)\b")


_POSS_S = re.compile(r"['’]s\b")
_ACRONYM_DOT = re.compile(r"(?<=\b[a-z])\.(?=[a-z]\b)")
_NOT_WORD = re.compile(r"[^\w\s&-]")


def mention_form(text: str) -> str:
    """A whole text folded like names are, so that registry aliases can be looked for in it."""
    s = fold_text(text)
    s = _COUNTRY_POSS_ANY.sub(lambda m: DEMONYMS[m.group(1)], s)
    s = _MINISTRY_OF_ONE.sub(lambda m: f"{m.group(1)} ministry", s)
    s = _POSS_S.sub("", s)
    s = _ACRONYM_DOT.sub("", s)
    s = _NOT_WORD.sub(" ", s)
    words = s.split()
    return " ".join(map(SPELLING.get, words, words))


@cache
def _country_words() -> dict[str, str]:
    """Folded country names (the gazetteer's, when installed) and adjectives -> ISO code."""
    from headcount.reconcile import places

    out: dict[str, str] = {}
    countries, _ = places._gazetteer()
    for folded, e in countries.items():
        out[" ".join(folded.split())] = e.country
    for name, dem in DEMONYMS.items():
        if dem in DEMONYM_COUNTRY:
            out[name] = DEMONYM_COUNTRY[dem]
    out.update(DEMONYM_COUNTRY)
    from headcount.lexicons import load

    for adjective, codes in load("parties").get("adjectives", {}).items():  # "greek", "filipino"
        out.setdefault(" ".join(fold_text(adjective).split()), str(codes[0]))
    return out


@cache
def _country_first_words() -> frozenset[str]:
    return frozenset(k.split()[0] for k in _country_words())


#: a short word of letters, dotted or not ("US", "U.S.", "Lao", "us")
_SHORT_WORD = re.compile(r"\b[^\W\d_](?:\.?[^\W\d_]){1,3}\b\.?")
#: a country name this short is an abbreviation or an adjective, and its folded form may be a common word ("us")
_SHORT = 3


def _written_as_names(texts: Iterable[str]) -> Counter[str]:
    """How often each short word of the texts is written with a capital ("US", "U.S.", "Lao"), folded as
    mention form folds it ("U.S." -> "us"). A word written all in lower case ("us") is never a name."""
    return Counter(m.group().replace(".", "").lower() for t in texts for m in _SHORT_WORD.finditer(t)
                   if not m.group().islower())


def text_country(mentions: str, texts: Iterable[str] | None = None) -> str | None:
    """The country a text (in mention form) names most, by name or adjective; None on a tie or none.

    "The country's military council" and "the health minister" mean that country's: news names the
    country it reports on far more often than any other. A name of at most three letters ("US", "UK",
    "Lao") may fold to a common word: with the text as written (``texts``) it counts at most as often as the
    text writes it with a capital, since the pronoun "us" in "they let us in" is not the United States, and
    one "US citizen" in a text does not make every "us" of it a name.
    """
    table = _country_words()
    written = _written_as_names(texts) if texts is not None else None
    firsts = _country_first_words()
    words = mentions.split()
    counts: dict[str, int] = {}
    i = 0  # the first word not yet read into a name
    for i0 in [j for j, w in enumerate(words) if w in firsts]:  # a name can begin only at these words
        if i0 < i:
            continue
        i = i0
        for n in (4, 3, 2, 1):
            gram = " ".join(words[i:i + n])
            if gram in table:
                if n == 1 and len(gram) <= _SHORT and written is not None:
                    if written[gram] <= 0:
                        i += 1  # "us" as a pronoun: not a name
                        break
                    written[gram] -= 1
                counts[table[gram]] = counts.get(table[gram], 0) + 1
                i += n
                break
        else:
            i += 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


def _places_country(texts: Iterable[str]) -> str | None:
    """When a text names no country at all, the country of the places it names most (a strict winner):
    a story about "Marawi" and "Lanao del Sur" that never writes the country's name is about that
    country. Capitalised words of titles, roles and offices are not read as places ("Police", "Date")."""
    from headcount.reconcile.party_phrase import places_country

    return places_country("\n".join(texts))


@lru_cache(maxsize=1 << 14)
def country_code_of(words: str) -> str | None:
    """The ISO code a country's name or adjective stands for ("pakistan", "pakistani", "syrian")."""
    folded = " ".join(fold_text(words).split())
    code = _country_words().get(folded)
    # A country's adjective is mostly its name and an ending: pakistan+i, libya+n, chile+an, nepal+ese.
    for ending in ("i", "n", "an", "ese"):
        if code is None and folded.endswith(ending):
            code = _country_words().get(folded[: -len(ending)])
    return code
