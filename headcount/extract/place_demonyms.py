"""The country a nationality word names, when the text gives a figure no place but says whose people it
counts.

English makes a country's demonym by a few regular derivations ("Iraq" -> "Iraqi", "Haiti" -> "Haitian",
"Syria" -> "Syrian", "Mexico" -> "Mexican"); the endings are lexicons/places.toml [where] demonym_endings
and the derived name is checked against the gazetteer's countries, so no list of nationalities is kept.
An invariable form in "-ese" ("Nepalese", "Sudanese") is not derived. where.py asks for these last, after
every place the text names: a nationality says whose, and only failing all else where.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.place_words import (
    AMBIGUOUS_DEMONYMS,
    DEMONYM_ENDINGS,
    NUMBER_GLUE,
    PARTY_PEOPLE,
    countries,
)
from headcount.extract.sentences import Token

# How many words a demonym may take ("Puerto Rican", "Costa Rican", "South Sudanese").
_DEMONYM_WORDS = 2


def country_of_demonym(word: str) -> str | None:
    """The country a demonym names ("Iraqi", "Haitian", "Puerto Rican"; the plural noun "Iraqis" too):
    the longest name it derives from ("Nigerian" is Nigeria's, not Niger's). None for a demonym two
    countries share ("Dominican")."""
    if word.lower() in AMBIGUOUS_DEMONYMS:
        return None
    stem = word[:-1] if word.endswith("s") else word
    names = countries()
    found = [name for ending in DEMONYM_ENDINGS if stem.endswith(ending)
             for base in (stem[: -len(ending)],)
             # "Syr" + "ia", "Keny" + "a", "Iraq": the name as written, inside the word
             for name in (base + "ia", base + "a", base)
             if name in names and word.startswith(name)]
    # "Mexic" + "o": the name's final "o" gives way to the ending ("Mexican", "Moroccan", "Puerto Rican")
    found += [base + "o" for ending in DEMONYM_ENDINGS if ending.endswith("n") and stem.endswith(ending)
              for base in (stem[: -len(ending)],) if base + "o" in names]
    return max(found, key=len) if found else None


def _demonym_at(tokens: Sequence[Token], k: int) -> tuple[str, int] | None:
    """The country of a demonym of one or two capitalised words starting at token ``k``, and the token after
    it; the longer reading first ("Puerto Rican" before "Puerto")."""
    for n in range(_DEMONYM_WORDS, 0, -1):
        words = [t.text for t in tokens[k : k + n]]
        if len(words) < n or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        country = country_of_demonym(" ".join(words))
        if country is not None:
            return country, k + n
    return None


def demonym_country(tokens: Sequence[Token], words: Sequence[str]) -> str | None:
    """The country of the people counted when the figure counts them by nationality: the plural noun right
    after the figure's number words ("2 million Iraqis have fled their homes"), or a demonym before the
    counted noun ("four Malawian miners", "thousands of Moroccan families"). ``tokens`` start at the
    figure; a figure written in words ("four", "Thousands") is passed over like a digit."""
    k = next((j for j, w in enumerate(words) if not (w[:1].isdigit() or w in NUMBER_GLUE)), len(words))
    found = _nationality_at(tokens, k)
    if found is None and k == 0:
        k = next((j for j, w in enumerate(words) if j > 0 and not (w[:1].isdigit() or w in NUMBER_GLUE)),
                 len(words))
        found = _nationality_at(tokens, k)
    return found


def _nationality_at(tokens: Sequence[Token], k: int) -> str | None:
    """The country of a plural demonym at token ``k`` ("Iraqis"), or of a demonym adjective there with a
    lower-case counted noun after it ("Malawian miners", "Puerto Rican families").

    An earlier design took no adjective: "Ukrainian fighters", "Israeli strikes" say whose side, not where.
    That holds for the people of an armed or state party (soldiers, police, hostages: lexicons/places.toml
    party_people), who are counted where the war is, seldom in their own country; it does not hold for
    civilians counted by nationality with no other place given ("four Malawian miners"), who are most often
    in their country. The counted noun must be lower-case (or a plural demonym: "Haitian Americans"): a
    capitalised word after it makes a name ("Indian Ocean", "Dominican Republic", "Arab League"), not a
    nationality."""
    if k >= len(tokens):
        return None
    word = tokens[k].text
    if word[:1].isupper() and word.endswith("s") and len(word) >= 5:
        plural = country_of_demonym(word)
        if plural is not None:
            return plural
    found = _demonym_at(tokens, k)
    if found is None:
        return None
    country, after = found
    if after >= len(tokens):
        return None
    noun = tokens[after].text
    counted = noun.islower() or _plural_demonym_form(noun)
    return country if noun.isalpha() and counted and noun not in PARTY_PEOPLE else None


def _plural_demonym_form(word: str) -> bool:
    """A capitalised plural with a demonym's ending ("Americans", "Canadians", "Somalis"): the second half of
    a compound nationality ("Haitian Americans"), which counts people of the first one's origin; unlike the
    capitalised second word of a name ("Indian Ocean", "Dominican Republic")."""
    return word[:1].isupper() and any(word.endswith(e + "s") for e in DEMONYM_ENDINGS)
