"""The direct object of a verb of leaving is the place a flow left ([grammar] leave_verbs: "quitter",
"deixar", "покинуть", "غادر"): for an evacuation or a displacement (annotation rule 7: keyed by its origin),
it is the origin, ahead of a town named after it as the site's location. The sentences are written for
crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "place"), [
    ("pt", "Mais 60 pessoas deixaram o hospital Mártires, na cidade de Pemba, neste sábado, informou o governo.",
     "o hospital Mártires"),
    ("fr", "Près de 300 civils ont quitté le camp de Zamzam, au sud de Nyala, selon l'ONU.",
     "le camp de Zamzam"),
    ("es", "Unas 1.500 personas abandonaron el barrio de San Juan, en la ciudad de Pucallpa, según Defensa Civil.",
     "el barrio de San Juan"),
    ("ru", "Около 400 мирных жителей покинули Кассалу за сутки, сообщили в штабе.", "Кассалу"),
    ("uk", "Понад 200 цивільних залишили Нялу за минулу добу, повідомили в ООН.", "Нялу"),
])
def test_the_object_of_a_verb_of_leaving_is_the_origin(language: str, text: str, place: str) -> None:
    assert [c.location for c in extract_local(text, language)] == [place]


def test_homes_left_are_no_place() -> None:
    """"abandonaron sus casas en X": homes are neither a name nor a place noun; the place is X."""
    text = "Unas 1.500 personas abandonaron sus casas en Pucallpa tras el terremoto, según Defensa Civil."
    assert [c.location for c in extract_local(text, "es")] == ["Pucallpa"]


def test_arabic_needs_a_place_after_the_verb() -> None:
    """With no capitals, "تركوا منازلهم" (left their homes) opens no place: the town after "في" is the place."""
    text = "وقالت المنظمة إن 700 شخص تركوا منازلهم في مدينة كسلا."
    places = [c.location for c in extract_local(text, "ar")]
    assert places and places[0] is not None and not places[0].startswith("منازلهم")


def test_an_article_spelled_like_a_preposition_opens_the_object() -> None:
    """Portuguese "a" is the article and the preposition "to": "deixaram a fábrica X" names the place left."""
    text = "Mais 80 pessoas deixaram a fábrica Sotave, na cidade de Beira, informou o governo."
    assert [c.location for c in extract_local(text, "pt")] == ["a fábrica Sotave"]
