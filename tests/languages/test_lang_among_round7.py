"""A part told by a preposition of membership after it ("comptent parmi ces victimes") belongs to the total the
sentence before gave, and counts people of that total's place. Sentences written for crises that are not
in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "place"), [
    ("fr", "Le ministère de la Santé a annoncé que 1240 civils ont péri dans la région du Darfour "
           "depuis le début du siège. Selon le ministère, 310 enfants et 205 femmes comptent parmi ces victimes, "
           "dénombrées depuis le 10 mai, jour d'une offensive des paramilitaires au Kordofan.", "région du Darfour"),
    ("es", "Las autoridades informaron de que 530 personas murieron en la provincia de Cabo Delgado durante "
           "el ciclón. Según el ministerio, 96 niños están entre los fallecidos, casi todos en la costa de "
           "Nampula.", "provincia de Cabo Delgado"),
])
def test_a_part_told_by_among_takes_the_whole_and_its_place(language: str, text: str, place: str) -> None:
    claims = extract_local(text, language)
    whole = claims[0]
    parts = claims[1:]
    assert parts and all(c.parent == 0 for c in parts)
    assert whole.location is not None and whole.location.endswith(place)
    assert all(c.location == whole.location for c in parts)


def test_a_figure_after_among_without_a_total_before_is_no_part() -> None:
    text = "Selon l'ONU, 86 enfants figurent parmi les blessés évacués vers l'hôpital de Kadugli."
    assert [c.parent for c in extract_local(text, "fr")] == [None]
