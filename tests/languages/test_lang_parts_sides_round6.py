"""Two place rules of round 6, with sentences written for crises that are not in the development data.

A part of a total ("у тому числі N дітей", "dont N enfants") whose own sentence names no place is counted
where its total is: the total's place, before the places of neighbouring sentences.

The names after "between" ("між", "entre", "بين") are the two sides of an exchange or a talk, not where
the counted people are: they are no place for a figure whose sentence names none."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


def _places(text: str, language: str) -> dict[float | None, str | None]:
    return {c.low: c.location for c in extract_local(text, language)}


@pytest.mark.parametrize(("language", "text", "whole", "part", "place"), [
    ("uk", "1850 мешканців Кассали прибули сьогодні з Нялы до Хартума. У тому числі - 420 дітей.",
     1850, 420, "Нялы до Хартума"),
    ("fr", "Au total, 2 300 habitants de Kassala ont été évacués vers Khartoum. Dont 800 enfants, selon l'ONU.",
     2300, 800, "Kassala"),
])
def test_a_part_in_a_sentence_of_its_own_is_counted_where_its_total_is(language: str, text: str, whole: int,
                                                                        part: int, place: str) -> None:
    places = _places(text, language)
    assert places[whole] == place
    assert places[part] == place


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Обмін полоненими відбувся між Вірменією та Азербайджаном 3 березня – додому повернулися 45 військових."),
    ("fr", "L'échange de prisonniers entre l'Arménie et l'Azerbaïdjan a permis mardi le retour de 45 soldats."),
    ("es", "El canje de prisioneros entre Armenia y Azerbaiyán permitió el martes el regreso de 45 soldados."),
])
def test_the_sides_of_an_exchange_are_no_place(language: str, text: str) -> None:
    assert _places(text, language) == {45: None}


def test_a_town_named_outside_the_pair_is_still_the_place() -> None:
    text = "Tras el canje entre Armenia y Azerbaiyán, 45 soldados regresaron a Goris el martes."
    assert _places(text, "es") == {45: "Goris"}
