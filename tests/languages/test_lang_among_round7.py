"""A part told by a preposition of membership after it ("comptent parmi ces victimes") belongs to the total the
sentence before gave, and counts people of that total's place. Sentences written for crises that are not
in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "place"), [
    ("fr", "Le gouvernement régional a indiqué que 1240 habitants sont morts dans la région du Kerala depuis "
           "juin. Plus de 310 enfants sont parmi les morts, surtout dans les villages du district d'Idukki.",
     "région du Kerala"),
    ("es", "Las autoridades informaron de que 530 personas murieron en la provincia de Sofala durante el "
           "ciclón. Unos 96 menores están entre los fallecidos, la mayoría en los barrios de Beira.",
     "provincia de Sofala"),
])
def test_a_part_told_by_among_takes_the_whole_and_its_place(language: str, text: str, place: str) -> None:
    claims = extract_local(text, language)
    whole = claims[0]
    parts = claims[1:]
    assert parts and all(c.parent == 0 for c in parts)
    assert whole.location is not None and whole.location.endswith(place)
    assert all(c.location == whole.location for c in parts)


def test_a_figure_after_among_without_a_total_before_is_no_part() -> None:
    text = "D'après la Croix-Rouge, 86 enfants sont parmi les blessés soignés à l'hôpital de Beira."
    assert [c.parent for c in extract_local(text, "fr")] == [None]
