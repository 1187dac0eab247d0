"""A figure whose sentence, paragraph and headline name no place continues the series of the same event
counted before it in the document: it takes the place of the nearest earlier figure of that event. The
sentences are written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


def _places(text: str, language: str) -> dict[str, str | None]:
    return {c.figure: c.location for c in extract_local(text, language)}


@pytest.mark.parametrize(("language", "text", "first", "later", "place"), [
    ("fr", "L'armée a annoncé que 312 combattants se sont rendus mardi dans la caserne de Nyala.\n"
           "Dans son bilan quotidien, le ministère a indiqué que 140 combattants se sont rendus, dont 12 blessés.",
     "312", "140", "la caserne de Nyala"),
    ("es", "Unas 2.400 personas fueron evacuadas de Pucallpa tras el terremoto, según Defensa Civil.\n"
           "Durante la noche otras 800 personas fueron evacuadas en autobuses, informó la agencia.",
     "Unas 2.400", "800", "Pucallpa"),
    ("pt", "Mais de 3.000 pessoas foram deslocadas em Pemba pelas cheias, segundo o governo.\n"
           "Na quarta-feira, outras 1.200 pessoas foram deslocadas, disse a agência.",
     "Mais de 3.000", "1.200", "Pemba"),
    ("ru", "Около 600 человек эвакуировали из Кассалы за сутки, сообщило агентство.\n"
           "Еще 250 человек эвакуировали ночью, говорится в сообщении.",
     "Около 600", "250", "Кассалы"),
])
def test_a_later_figure_of_the_same_event_keeps_the_series_place(language: str, text: str, first: str,
                                                                  later: str, place: str) -> None:
    places = _places(text, language)
    assert places[first] == place
    assert places[later] == place


def test_a_figure_of_another_event_does_not_take_the_series_place() -> None:
    text = ("Unas 2.400 personas fueron evacuadas de Pucallpa tras el terremoto, según Defensa Civil.\n"
            "Al menos 35 personas murieron durante la noche, informó la agencia.")
    places = _places(text, "es")
    assert places["Unas 2.400"] == "Pucallpa"
    assert places["Al menos 35"] is None


def test_the_series_place_is_where_the_document_first_counted_the_event() -> None:
    """A part counted elsewhere ("M more from X") does not move the series: a later total stays the first
    place's."""
    text = ("أكثر من 9 آلاف شخص نزحوا من مدينة كسلا خلال أسبوع، بحسب المنظمة.\n"
            "وأضافت المنظمة أن 800 شخص نزحوا عن منطقة الشرفة.\n"
            "وقال المتحدث إن عدد النازحين قد يصل إلى 20 ألف نازح.")
    places = {c.high: c.location for c in extract_local(text, "ar")}
    assert places[800] == "منطقة الشرفة"
    assert places[20000] is not None and "كسلا" in places[20000]


def test_evacuations_and_displacements_are_one_series() -> None:
    """Both are outflows keyed by their origin: a later displacement figure keeps the evacuation's place."""
    text = ("Unas 2.400 personas fueron evacuadas de Pucallpa tras el terremoto, según Defensa Civil.\n"
            "La cifra de desplazados internos podría superar los 6.000 la próxima semana, advirtió la ONU.")
    places = {c.low: c.location for c in extract_local(text, "es")}
    assert places[2400] == "Pucallpa"
    assert places[6000] == "Pucallpa"
