"""Heads of counted noun phrases that the closed people-noun list does not hold (round 9, unseen crises).

The people nouns of lexicons/people.toml are a closed list, and every new crisis brings a head noun it lacks
(devotees, mourners, engineers, bandits, collaborators). A plural noun is taken to count people by its role
in the clause rather than by its spelling: it is the subject of a predicate only people take ("were killed",
"died", "were arrested", "are missing") or the object of a verb that only acts on people ("arrested 23 ...",
"abducted 40 ..."). The noun-phrase stage runs before the parse (only sentences that count people are parsed,
to keep the parse's cost down), so the role is read from the words around the noun; the predicates are the
[open_heads] lists of lexicons/people.toml.

Also here: the partitive "N of the M X" / "N of its X", whose head is that of the whole it takes a share of,
and disease cases ("214 suspected cholera cases"), which the gold counts as people (convention 12).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from headcount.lexicons import load
from headcount.lexicons import words as word_list

if TYPE_CHECKING:
    from headcount.extract.rules import Rules

_WHERE = "lexicons/people.toml [open_heads]"
# Determiners of the whole in a partitive: "76 of the 107 pupils", "41 of its citizens", "two of our staff".
_PARTITIVE_DETERMINERS = frozenset({"the", "their", "these", "those", "its", "our", "his", "her", "your"})
_AUX_REACH = 3  # "had been", "have also been", "were later": words between the noun and its participle
_NUMBER_WORDS = frozenset({"million", "thousand", "hundred", "billion", "lakh", "crore"})


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = load("people").get("open_heads", {})
    return {key: frozenset(word_list(data, key, where=_WHERE))
            for key in ("auxiliaries", "predicates", "governors", "modifiers", "diseases", "case_adjectives",
                        "weak_case_adjectives", "case_verbs", "legal_case_words", "lives_verbs", "human_predicates", "human_governors",
                        "person_suffixes", "thing_suffixes", "finite_auxiliaries")}


def finite_auxiliaries() -> frozenset[str]:
    """The finite auxiliaries of the lexicon ("had", "were", "will"), for the clause tests of other modules."""
    return _lists()["finite_auxiliaries"]


def after_partitive_of(words: Sequence[str], i: int) -> int:
    """Index of the first word of the whole's noun after the "of" at ``i``: past a determiner and past the
    whole's own figure ("76 of the 107 pupils" -> "pupils"; the figure 107 is a claim of its own, and the
    parent link "N of the M" is made in structure.link_parents)."""
    n = len(words)
    i += 1
    if i < n and words[i] in _PARTITIVE_DETERMINERS:
        i += 1
        k = i
        while k < n and (words[k][:1].isdigit() or words[k] in _NUMBER_WORDS):
            k += 1
        if k > i and k < n and words[k][:1].isalpha():
            i = k
    return i


def _is_plural_noun_form(word: str) -> bool:
    """A lower-case word spelt like an English plural noun ("devotees", "bandits", not "class", "various")."""
    return (word.isalpha() and len(word) > 3 and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ous")))


def skippable_modifier(word: str) -> bool:
    """Adjectives of a detention formula that stand before any head ("23 suspected rebel collaborators")."""
    return word in _lists()["modifiers"]


def person_shaped(word: str) -> bool:
    """The plural has the ending of a noun of persons ("devotees", "journalists", "migrants", "technicians"),
    not one of the endings of things that share it ("payments", "plants", "committees")."""
    lists = _lists()
    return word.endswith(tuple(lists["person_suffixes"])) and not word.endswith(tuple(lists["thing_suffixes"]))


_ADJECTIVE_ENDINGS = ("al", "ic", "ian", "ish", "ive", "ous", "ful", "ese", "ed", "ary", "less", "ant", "ent")


def _own_head(words: Sequence[str], start: int, i: int) -> bool:
    """Only modifiers of a head stand between the figure's end ``start`` and the noun at ``i`` ("23 suspected
    rebel collaborators", "40 Christian worshippers"): no preposition or participle that opens an adjunct
    ("detained 30 following demonstrations", "abducted 40 near farms")."""
    return all(w in _lists()["modifiers"] or (w.isalpha() and w.endswith(_ADJECTIVE_ENDINGS))
               or not w.isalpha() for w in words[start:i])


def is_open_people_head(words: Sequence[str], i: int, before: Sequence[str], rules: Rules,
                        start: int | None = None) -> bool:
    """The plural noun at ``i`` ends a noun phrase that counts people by its role: a predicate of people
    follows it ("14 devotees were killed", "mourners drowned") or a verb of people governs the figure
    (``before``: the words just before the figure, "arrested 23 ..."; ``start``: the index just past the
    figure, from which only modifiers may stand before the noun for the verb to govern it). As things and
    animals also are killed, rescued or missing, the predicate or verb must be one only people take, or
    the noun must have the shape of a noun of persons (``person_shaped``)."""
    w = words[i]
    if not _is_plural_noun_form(w) or w in rules.not_people:
        return False
    lists = _lists()
    shaped = person_shaped(w)
    n = len(words)
    j = _past_of_phrase(words, i + 1, lists)
    k = j
    while k < n and k < j + _AUX_REACH and (words[k] in lists["auxiliaries"] or words[k].endswith("ly")):
        k += 1
    for m in {j, k}:
        if m < n and words[m] in lists["predicates"] and (shaped or words[m] in lists["human_predicates"]):
            return True
    if start is not None and not _own_head(words, start, i):
        return False
    verb = governing_verb(before)
    if verb in lists["governors"] and (shaped or verb in lists["human_governors"]):
        return True
    return inverted_partitive(before, rules)


_OF_REACH = 4  # words of an "of" phrase on the head ("of the tea estate")


def _past_of_phrase(words: Sequence[str], j: int, lists: dict[str, frozenset[str]]) -> int:
    """The index after an "of" phrase that starts at ``j`` and runs up to an auxiliary or a predicate of
    people ("three owners of the estate had been arrested" -> "had"); ``j`` itself when there is none."""
    if j >= len(words) or words[j] != "of":
        return j
    for k in range(j + 2, min(len(words), j + 2 + _OF_REACH)):
        w = words[k]
        if w in lists["auxiliaries"] or w in lists["predicates"]:
            return k
        if not w.isalpha():
            return j
    return j


@cache
def _copulas() -> frozenset[str]:
    return frozenset(word_list(load("people").get("predicate", {}), "copulas",
                               where="lexicons/people.toml [predicate]"))


def inverted_partitive(before: Sequence[str], rules: Rules) -> bool:
    """"Among the passengers were 14 footballers": the figure is the complement of a copula whose fronted
    subject is a partitive "among the <group>" of people (a people noun or a noun of an event on people,
    "among the dead"), so its noun counts members of that group; "among the items seized were 40
    laptops" counts things."""
    k = len(before) - 1
    while k >= 0 and before[k] in _HEDGES:
        k -= 1
    if not (k >= 2 and before[k] in _copulas() and "among" in before[:k] and "," not in before[:k]):
        return False
    group = list(before[before.index("among") + 1 : k])
    if not group or any(w in ("'", "’", "'s", "’s") or w.endswith(("'s", "’s")) for w in group):
        return False  # "among the victims' belongings": the group is what the people owned
    return any(rules.people.match(group, m) is not None for m in range(len(group))) or any(
        w in rules.event_nouns for w in group)


def after_relative_partitive(words: Sequence[str], a: int) -> bool:
    """"..., of whom about 70,000 came from abroad": a figure right after "of whom" (past its hedge) counts
    some of the people just counted; its noun is theirs (gold conventions 4 and 9)."""
    k = a - 1
    while k >= 0 and words[k] in _HEDGES:
        k -= 1
    return k >= 1 and words[k - 1] == "of" and words[k] == "whom"


_HEDGES = frozenset({"at", "least", "more", "than", "some", "about", "nearly", "over", "around", "almost",
                     "roughly", "up", "to", "as", "many", "an", "estimated"})


_CONJUNCTS = frozenset({"and", "or", ","})
_CONJUNCT_REACH = 4  # "23 suspected rebel collaborators and": words of the first conjunct's noun phrase


def governing_verb(before: Sequence[str]) -> str | None:
    """The word before a figure's hedge ("arrested at least 23" -> "arrested"), or None. The second of two
    coordinated objects shares the first's verb: "arrested 23 suspected collaborators and 12 alleged
    smugglers" -> "arrested" for 12."""
    k = len(before) - 1
    while k >= 0 and before[k] in _HEDGES:
        k -= 1
    if k >= 0 and before[k] in _CONJUNCTS:
        m = k - 1
        while m >= 0 and k - m <= _CONJUNCT_REACH and not (before[m][:1].isdigit() or before[m] in _NUMBER_WORDS):
            m -= 1
        if m >= 0 and k - m > 1 and (before[m][:1].isdigit() or before[m] in _NUMBER_WORDS):
            k = m - 1
            while k >= 0 and before[k] in _HEDGES:
                k -= 1
    return before[k] if k >= 0 else None


def lives_taken(word: str, before: Sequence[str]) -> bool:
    """"claimed 212 lives", "cost 30 lives": an idiom for deaths (gold category `lives`, event killed)."""
    return word == "lives" and governing_verb(before) in _lists()["lives_verbs"]


def disease_cases_end(words: Sequence[str], start: int, i: int) -> int | None:
    """The end of "N (suspected/confirmed) <disease> cases" or "N cases of <disease>" when ``words[i]``
    is "cases": disease cases count people (gold convention 12: category `cases`, event other); other cases
    ("500 legal cases") do not. "New/active/positive cases" are disease cases only when the sentence names
    a disease or counts deaths beside them ("40 new cases" of a court are not)."""
    lists = _lists()
    # a disease named in the sentence, or the tally of an outbreak: cases counted beside deaths ("520 new
    # cases and nine deaths were logged")
    diseased = any(w in lists["diseases"] or w in ("deaths", "fatalities") for w in words)
    marked = any(w in lists["diseases"] or w in lists["case_adjectives"]
                 or (diseased and w in lists["weak_case_adjectives"]) for w in words[start:i])
    if i + 2 <= len(words) - 1 and words[i + 1] == "of" and words[i + 2] in lists["diseases"]:
        return i + 3
    # a bare "N cases" in a tally of an outbreak ("with 3,100 cases and 41 deaths", "up from 900 cases"), or as
    # the subject of a passive verb of recording
    # the passive of recording ("230 cases have been reported"); in a sentence of law or police with no
    # disease named, bare cases are a court's or the police's ("40 cases registered against the rioters")
    named = any(w in lists["diseases"] for w in words)
    legal = not named and any(w in lists["legal_case_words"] for w in words)
    bare = start == i and not legal and (diseased or _recorded(words, i + 1, lists["case_verbs"]))
    return i + 1 if marked or bare else None


def _recorded(words: Sequence[str], k: int, verbs: frozenset[str]) -> bool:
    """Words from ``k`` are a passive of a verb of recording: "have been reported", "were notified"."""
    j = k
    while j < len(words) and words[j] in _lists()["auxiliaries"]:
        j += 1
    return j > k and j < len(words) and words[j] in verbs


@dataclass(frozen=True, slots=True)
class FrontedGroup:
    """A partitive "Of/Among the <group>," that opens a sentence before its figure: the group's words, the
    people noun that ends it (None when it ends in an event word, "of the dead"), and whether it counts
    people at all ("of the buildings inspected" does not)."""

    words: tuple[str, ...]
    category: str | None
    people: bool


def fronted_partitive(words: Sequence[str], a: int, rules: Rules) -> FrontedGroup | None:
    """The one parser of a fronted partitive ("Of the dead, 61 were women", "Among the newly admitted
    patients, 912 ...", "Of those rescued, 9 needed surgery") before the figure at ``a``: the partitive
    holds no figure of its own ("Of 62 passengers aboard, ..." is read through that figure) and ends in a
    comma right before the figure's clause. Used for the figure's noun (who.py) and for its whole
    (structure.py)."""
    if not words or words[0] not in ("of", "among") or "," not in words[:a]:
        return None
    comma = words.index(",")
    if comma < 2 or comma >= a or any(w in (",", ";") for w in words[comma + 1 : a]) or any(
            not w.isalpha() for w in words[1:comma]):
        return None
    group = tuple(words[1:comma])
    category: str | None = None
    people = False
    for k in range(1, comma):
        hit = rules.people.match(words, k)
        if hit is not None and k + hit[0] == comma:
            people = True
            if hit[1] not in rules.head.adjectival:
                category = rules.normalise.get(hit[1], rules.plurals.get(hit[1], hit[1]))
            break
    if not people:
        # "of the dead", "among the victims", "of those rescued": a noun of an event on people, or the
        # pronoun "those" with its participle
        people = any(w in rules.event_nouns for w in group) or group[0] in ("those", "them", "these")
    return FrontedGroup(group, category, people)
