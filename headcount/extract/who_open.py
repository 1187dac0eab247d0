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
from functools import cache

from headcount.lexicons import load
from headcount.lexicons import words as word_list

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
                        "lives_verbs")}


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


def is_open_people_head(words: Sequence[str], i: int, before: Sequence[str], not_people: frozenset[str]) -> bool:
    """The plural noun at ``i`` ends a noun phrase that counts people by its role: a people-only predicate
    follows it ("14 devotees were killed", "mourners drowned") or a people-only verb governs the figure
    (``before``: the words just before the figure, "arrested 23 ...")."""
    w = words[i]
    if not _is_plural_noun_form(w) or w in not_people:
        return False
    lists = _lists()
    n = len(words)
    j = i + 1
    if j < n and words[j] in lists["predicates"]:
        return True
    k = j
    while k < n and k < j + _AUX_REACH and (words[k] in lists["auxiliaries"] or words[k].endswith("ly")):
        k += 1
    if k > j and k < n and words[k] in lists["predicates"]:
        return True
    return governing_verb(before) in lists["governors"] or inverted_partitive(before)


_COPULAS = frozenset({"were", "was", "are", "is"})


def inverted_partitive(before: Sequence[str]) -> bool:
    """"Among the passengers were 14 footballers": the figure is the complement of a copula whose fronted
    subject is a partitive "among the <group>", so its noun counts members of that group, people."""
    k = len(before) - 1
    while k >= 0 and before[k] in _HEDGES:
        k -= 1
    return k >= 2 and before[k] in _COPULAS and "among" in before[:k] and "," not in before[:k]


def after_relative_partitive(words: Sequence[str], a: int) -> bool:
    """"..., of whom about 70,000 came from abroad": a figure right after "of whom" (past its hedge) counts
    some of the people just counted; its noun is theirs (gold conventions 4 and 9)."""
    k = a - 1
    while k >= 0 and words[k] in _HEDGES:
        k -= 1
    return k >= 1 and words[k - 1] == "of" and words[k] == "whom"


_HEDGES = frozenset({"at", "least", "more", "than", "some", "about", "nearly", "over", "around", "almost",
                     "roughly", "up", "to", "as", "many", "an", "estimated"})


def governing_verb(before: Sequence[str]) -> str | None:
    """The word before a figure's hedge ("arrested at least 23" -> "arrested"), or None."""
    k = len(before) - 1
    while k >= 0 and before[k] in _HEDGES:
        k -= 1
    return before[k] if k >= 0 else None


def lives_taken(word: str, before: Sequence[str]) -> bool:
    """"claimed 212 lives", "cost 30 lives": an idiom for deaths (gold category `lives`, event killed)."""
    return word == "lives" and governing_verb(before) in _lists()["lives_verbs"]


def disease_cases_end(words: Sequence[str], start: int, i: int) -> int | None:
    """The end of "N (suspected/new/confirmed) <disease> cases" or "N cases of <disease>" when ``words[i]``
    is "cases": disease cases count people (gold convention 12: category `cases`, event other); other cases
    ("500 legal cases") do not."""
    lists = _lists()
    marked = any(w in lists["diseases"] or w in lists["case_adjectives"] for w in words[start:i])
    if i + 2 <= len(words) - 1 and words[i + 1] == "of" and words[i + 2] in lists["diseases"]:
        return i + 3
    return i + 1 if marked else None
