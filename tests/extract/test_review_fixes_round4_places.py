"""The English word lists where.py reads places with live in lexicons/places.toml [where]: the compass
points (also words of a place before its name), the words of a distance, the demonym endings and the words
of a number phrase; each is checked when the lexicon loads."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from headcount.extract.place_words import (
    COMPASS,
    DEMONYM_ENDINGS,
    DIRECTION,
    DISTANCE_WORDS,
    NUMBER_GLUE,
    validate_places,
)


def _data() -> dict[str, object]:
    text = resources.files("headcount.lexicons").joinpath("places.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_the_compass_points_are_direction_words_too() -> None:
    assert {"north", "south-west"} <= COMPASS <= DIRECTION
    assert "km" in DISTANCE_WORDS and "million" in NUMBER_GLUE


def test_demonym_endings_are_tried_longest_first() -> None:
    assert [len(e) for e in DEMONYM_ENDINGS] == sorted((len(e) for e in DEMONYM_ENDINGS), reverse=True)


@pytest.mark.parametrize("key", ["compass", "distance_words", "demonym_endings", "number_glue"])
def test_a_several_word_entry_is_refused(key: str) -> None:
    data = _data()
    where = data["where"]
    assert isinstance(where, dict)
    where[key] = [*where[key], "two words"]
    assert any(key in p for p in validate_places(data))
