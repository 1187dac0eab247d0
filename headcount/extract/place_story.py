"""The story's place, for a figure whose sentence and paragraph name none (gold convention 7: "failing that,
... the headline", and annotators read the headline as the story's place).

A headline names its place as a bare name in any role: the subject of a verb of moving people, a noun
modifier of the event noun, an all-capitals label before a colon. The shapes find places after
prepositions, so these go unread. A capitalised run of the headline is a place when the gazetteer knows it
(in capitals too) and it is a country or the body names it as a place (a GPE/LOC tag or a locating
preposition before it: a gazetteer name is also an institute's or a firm's, review round 11 point 3), or
when the entity recogniser tags the same run as a place where the body writes it in full sentences. A
headline naming a country and a place inside it ("<country>: ... in <city>") is about the place inside, as
in the figure's own sentence (where._inner).

A fallback to the lead's first place, for texts with no headline place at all, was tried and dropped: dev's
annotators leave such figures without a place (docs/extraction.md, round 11).
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import doc_places, speakers
from headcount.extract.drafts import SentenceInfo
from headcount.extract.place_countries import country_named
from headcount.extract.place_headline_name import capital_runs
from headcount.extract.place_name_roles import ENTITY_PLACES
from headcount.extract.place_words import (
    DIRECTION,
    LOCATING,
    NAMED,
    NOT_PLACE,
    ORG_WORDS,
    PLACE_NOUNS,
    Place,
    gazetteer,
)
from headcount.extract.sentences import Token

# How many body sentences are read for the recogniser's tags of a headline's name.
_BODY_SENTENCES = 8


def _known(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The longest gazetteer name that starts the words, matched as written or, for a word in capitals,
    as a title-case name ("VANUATU"), in the gazetteer's spelling."""
    table = gazetteer()
    for form in (words, tuple(w.title() if w.isupper() and len(w) > 1 else w for w in words)):
        for name in table.get(form[0], ()):
            if form[: len(name)] == name:
                return name  # the gazetteer's spelling: "Vanuatu" for "VANUATU"
    return None


def _tagged_in_body(name: str, body: Sequence[tuple[str, SentenceInfo]]) -> bool:
    """The recogniser tags this very name as a place where the body writes it."""
    for text, info in body:
        parse = speakers.analysis(text, info)
        if parse is not None and any(e.label in ENTITY_PLACES and e.text == name for e in parse.entities):
            return True
    return False


def _named_in_body(name: str, body: Sequence[tuple[str, SentenceInfo]]) -> bool:
    """The body names this known name as a place: the recogniser tags it GPE/LOC, or a locating preposition
    ("in", "near") stands before it. A headline's bare name has no preposition, and a gazetteer name is also
    an institute's, a firm's or a town council's ("NICE", "Reading"): the body is what tells them apart."""
    if _tagged_in_body(name, body):
        return True
    words = [w.lower() for w in name.split()]
    for _text, info in body:
        low = [t.text.lower() for t in info.tokenized().tokens]
        if any(low[k:k + len(words)] == words and low[k - 1] in LOCATING for k in range(1, len(low))):
            return True
    return False


def headline_names(headline: Sequence[Token], text: str, infos: Sequence[SentenceInfo]) -> list[str]:
    """The places a headline names as bare names, in order: a capitalised run that is a known name as a
    whole and a country or named as a place by the body, or that the body tags as a place."""
    body = [(text, i) for i in infos[:_BODY_SENTENCES] if not i.sentence.headline]
    out: list[str] = []
    for a, b in capital_runs(headline, joined=True):
        words = tuple(t.text for t in headline[a:b])
        known = _known(words)
        if known is not None and len(known) == len(words):  # the whole run: not "X Armed Forces", "Toggle X Mode"
            name = " ".join(known)
            if country_named(name) is not None or _named_in_body(name, body):
                out.append(name)
            continue
        if not any(w.lower() in NOT_PLACE | ORG_WORDS for w in words) and len(words) <= 3 and " ".join(words) not in out \
                and _tagged_in_body(" ".join(words), body):
            out.append(" ".join(words))
    return out


def story_headline(found: str | None, headline: Sequence[Token], text: str,
                   infos: Sequence[SentenceInfo], shaped: Sequence[Place] = ()) -> str | None:
    """The headline's place: ``found`` (what the shapes read) unless it is a country and the headline
    names a place inside it, or nothing was found and the headline names a place by a bare name. Among
    the headline's ``shaped`` places (after a preposition, so surely places), one the gazetteer cannot put
    in any country counts as inside: a label "<country>:" heads a headline about a place in it."""
    names = headline_names(headline, text, infos)
    country = country_named(found) if found is not None else None
    if found is not None and country is None:
        return found
    unknown = [p.text for p in shaped if p.described == NAMED and doc_places.country_holding(p.text) is None
               and country_named(p.text) is None]
    inside = [n for n in names if country_named(n) is None and country is not None
              and doc_places.country_holding(n) == country] + (unknown if country is not None else [])
    if inside:
        return inside[0]
    if found is not None:
        return found
    countries = {c for n in names if (c := country_named(n)) is not None}
    inner = [n for n in names if country_named(n) is None and doc_places.country_holding(n) in countries]
    chosen = inner or names
    return chosen[0] if chosen else None


def known_before_possessive(name: str) -> str:
    """A title-case headline runs a name into the words after its possessive ("X's Earthquake Death Toll
    Rises"): the name is the known place before the possessive ("X"), when the gazetteer knows it and what
    follows names no place; a name that holds a possessive of its own ("Cox's Bazar") is kept whole."""
    words = name.replace("’", "'").split()
    for i, w in enumerate(words[:-1]):
        if w.endswith("'s"):
            head, rest = (*words[:i], w[:-2]), words[i + 1:]
            if any(r.lower() in PLACE_NOUNS | DIRECTION for r in rest) or rest[0] in gazetteer():
                return name  # "X's Old City", "X's Eastern Y", "X's Z": a place of X's, named
            return " ".join(head) if head in gazetteer().get(head[0], ()) else name
    return name
