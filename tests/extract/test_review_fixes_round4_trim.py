"""A party's phrase is not cut where a name or a second party goes on: a number before a spaced dash is no
dateline without a date, and a conjunction after a comma joins a second party."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from headcount.errors import LexiconError
from headcount.extract.attribution_trim import trim_party
from headcount.extract.rules import _validate_attribution, rules

WORDS = rules().attribution_words


@pytest.mark.parametrize(
    "kept",
    ["Médecins du Monde, as well as Caritas", "G20 - finance ministers", "Group of 24 - Bolivia",
     "the Committee of 88 - Riverside"],
)
def test_a_name_with_a_number_or_a_second_party_is_not_trimmed(kept: str) -> None:
    assert trim_party(kept, WORDS) == kept


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [("Valdora, 12 October 2021 - the port authority", "the port authority"),
     ("Valdora, 12/10/2021 - the port authority", "the port authority"),
     ("the port authority, at a briefing", "the port authority")],
)
def test_a_real_dateline_and_an_adjunct_are_still_trimmed(raw: str, trimmed: str) -> None:
    assert trim_party(raw, WORDS) == trimmed


def test_the_trim_word_classes_come_from_the_lexicon() -> None:
    assert {"and", "as well as"} <= WORDS.conjunctions
    assert "the" in WORDS.determiners and "on" in WORDS.adjunct_prepositions


@pytest.mark.parametrize("key", ["conjunctions", "determiners", "adjunct_prepositions"])
def test_a_missing_trim_word_class_is_a_lexicon_problem(key: str) -> None:
    text = resources.files("headcount.lexicons").joinpath("attribution.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    del data["words"][key]
    try:
        problems = list(_validate_attribution(data))
    except LexiconError as exc:
        problems = [str(exc)]
    assert any(key in p for p in problems)
