"""The word classes of place_words.py (lexicons/places.toml [where]) and the abbreviations of sentences.py
(lexicons/sentences.toml) are data, refused when malformed."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from headcount.errors import LexiconError
from headcount.extract import place_words, sentences
from headcount.lexicons import load


def _problems(data: dict[str, Any]) -> list[str]:
    return list(place_words.validate_places(data))


def test_the_shipped_lexicon_is_valid() -> None:
    assert _problems(load("places")) == []


@pytest.mark.parametrize("key", ["prepositions", "direction", "described", "leave_lemmas"])
def test_an_empty_class_is_refused(key: str) -> None:
    data = copy.deepcopy(load("places"))
    data["where"][key] = []
    with pytest.raises(LexiconError):
        _problems(data)


def test_upper_case_and_multi_word_lemmas_are_refused() -> None:
    data = copy.deepcopy(load("places"))
    data["where"]["direction"] = ["Eastern"]
    data["where"]["leave_lemmas"] = ["run away"]
    found = _problems(data)
    assert any("lower-case" in p for p in found)
    assert any("one word" in p for p in found)


def test_a_missing_table_is_refused() -> None:
    assert _problems({"names": {}}) == ["[where] must be a table"]


def test_month_and_weekday_names_come_from_cldr() -> None:
    for word in ("september", "sept", "thursday", "thu"):
        assert word in place_words.NOT_PLACE


def test_abbreviations_do_not_end_sentences_but_full_month_names_do() -> None:
    text = "Lt. Col. Ivanov said on Wed. Dec. 4 that 70 people left. They went in May. Then 30 more came."
    found = [s.text for s in sentences.split_sentences(text)]
    assert found == ["Lt. Col. Ivanov said on Wed. Dec. 4 that 70 people left.", "They went in May.",
                     "Then 30 more came."]


@pytest.mark.parametrize("bad", [["Maj"], ["maj."], ["vice adm"]])
def test_malformed_abbreviations_are_refused(bad: list[str]) -> None:
    assert list(sentences._validate({"version": 1, "abbreviations": bad}))
