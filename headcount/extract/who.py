"""Who is counted: the head noun after a figure, and whether the figure counts people at all.

A figure counts people when its noun phrase ends in a people noun ("8,461 Syrian civilians", "thousands of
civilians"), or when it has no noun and the clause goes on with something only people do ("8,000 left",
"33 were discharged"). A figure whose first noun is something else ("10 ambulances", "7 hectares") is
dropped. Everything here looks at the tokens of one sentence; nothing is learned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from headcount.extract.rules import Rules

# Words that end the search for a head noun: function words and the verbs that follow a subject.
_STOP = frozenset(
    """the a an and or but nor in on at from to into by with for of as than that which who whom whose
    were was are is be been being have has had having will would could should may might can must do did does
    not no while after before since during until when where there here this these those it its
    said says say told reported according""".split()
)
_SKIPPABLE_PUNCT = frozenset({'"', "“", "”", "'", "‘", "’", "(", ")", "-"})
# Adjectives that may stand between a figure and its noun; more than two unknown words means no noun.
_MAX_UNKNOWN = 2
_LOOKAHEAD = 7
# Tokens after a figure that show it is the subject of a clause about people ("8,000 left").
_AUX = frozenset("were was are is have has had been being be will would could may might more others who".split())
_COORD_LINK = frozenset({"their", "his", "her", "other", "some", "the"})
_IDENTITY = frozenset({"muslims", "christians", "yazidis", "shiites", "sunnis", "alawites", "kurds", "jews",
                       "hindus", "buddhists", "arabs"})
_ADVERBS = frozenset({"still", "already", "also", "now", "more", "reportedly", "allegedly", "then"})
_COUNTS_OF_PEOPLE = frozenset({"killings", "executions", "deaths"})
_ADJECTIVAL = frozenset({"wounded", "injured", "displaced", "armed", "dead", "elderly", "sick", "homeless"})


@dataclass(frozen=True, slots=True)
class Head:
    """The noun phrase a figure heads: its category and the token index just past it."""

    category: str | None  # None: no noun was found
    end: int              # index of the first token after the noun phrase
    people: bool | None   # True: counts people; False: counts something else; None: undecided
    noun: str | None = None  # the head noun before normalisation ("dead" for category "people")


def find_head(words: Sequence[str], raw: Sequence[str], start: int, vague: bool, rules: Rules,
              one: bool = False) -> Head:
    """Look right of the figure (tokens from ``start``) for the head noun; ``one``: the figure is 1."""
    i = start
    n = len(words)
    if i < n and words[i] == "more" and vague:
        i += 1
    if i < n and words[i] == "of":
        i += 1
        if i < n and words[i] in ("the", "their", "these", "those"):
            i += 1
    unknown = 0
    limit = min(n, i + _LOOKAHEAD)
    while i < limit:
        w = words[i]
        hit = rules.people.match(words, i)
        if hit is not None and hit[1] in rules.singular and not one:
            hit = None  # "a rebel withdrawal deal": a singular noun after a plural figure is a modifier
            unknown += 1
            if unknown > _MAX_UNKNOWN:
                break
            i += 1
            continue
        if hit is not None:
            length, noun = hit
            end = i + length
            # "wounded people", "injured Ukrainian militants": an adjective used as a noun gives way to a
            # later head noun; after a real noun, "wounded" is a participle ("11 civilians wounded").
            while noun in _ADJECTIVAL or noun in rules.modifiers:
                k = end
                while k < n and k < end + 3 and raw[k][0].isupper() and rules.people.match(words, k) is None:
                    k += 1
                nxt = rules.people.match(words, k) if k < n else None
                if nxt is None or nxt[1] in _IDENTITY:
                    break  # "Rohingya Muslims" stays rohingya; "Rohingya refugees" is refugees
                length, noun = nxt
                end = k + length
            category = _coordinated(words, end, rules) or rules.normalise.get(noun, _plural(noun))
            return Head(category, end, True, noun)
        if w in rules.not_people:
            if w in _COUNTS_OF_PEOPLE and i + 2 < n and words[i + 1] == "of":
                hit = rules.people.match(words, i + 2)
                if hit is not None:  # "82 execution-style killings of civilians"
                    return Head(rules.normalise.get(hit[1], hit[1]), i + 2 + hit[0], True, w)
            return Head(None, i, False)
        if w in _SKIPPABLE_PUNCT:
            i += 1
            continue
        if raw[i].isupper() and len(raw[i]) > 1 and w.isalpha():
            i += 1  # an acronym, even one that spells a stop word: "seven IS militants", "US troops"
            continue
        if w in _STOP or not w[0].isalpha():
            break
        if raw[i][0].isupper():
            i += 1  # a name or nationality used as an adjective: "Syrian", "ISIS", "Jaish al-Islam"
            continue
        unknown += 1
        if unknown > _MAX_UNKNOWN:
            break
        i += 1
    return Head(None, start, None)


def _coordinated(words: Sequence[str], end: int, rules: Rules) -> str | None:
    """'militants and their families', 'civilians and rebels': a mixed group counts as people."""
    j = end
    if j < len(words) and words[j] in ("and", "or", ",", "with"):
        j += 1
        if j < len(words) and words[j] == "and":
            j += 1
        while j < len(words) and words[j] in _COORD_LINK:
            j += 1
        if j < len(words) and rules.people.match(words, j) is not None and words[j] != "others":
            return "people"
    return None


def _plural(noun: str) -> str:
    irregular = {"child": "children", "woman": "women", "man": "men", "person": "people", "family": "families",
                 "baby": "babies", "boy": "boys", "girl": "girls", "refugee": "refugees"}
    if noun in irregular:
        return irregular[noun]
    return noun


def starts_people_clause(words: Sequence[str], start: int, rules: Rules) -> bool:
    """A figure with no noun counts people when an auxiliary or an event verb follows it, possibly after
    one adverb ("as many as 30,000 ultimately leave")."""
    k = start
    if k < len(words) and (words[k].endswith("ly") or words[k] in _ADVERBS) and k + 1 < len(words):
        k += 1
    if k >= len(words):
        return False
    w = words[k]
    if w in _AUX:
        return True
    return rules.triggers.match(words, k) is not None
