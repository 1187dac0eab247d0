"""A town written with a hyphen where the gazetteer has a space ("El-Fasher", "Al-Qusayr": the Arabic
article joined by a hyphen) is still a known name: after "de", which is also the genitive, a place needs
the gazetteer's word for it."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "place"), [
    ("fr", "La faim menace désormais 300 000 habitants d'El-Fasher, selon le PAM.", "El-Fasher"),
    ("es", "El hambre amenaza ya a 40.000 habitantes de Al-Qusayr, según el PMA.", "Al-Qusayr"),
])
def test_a_hyphened_town_after_the_genitive_is_a_place(language: str, text: str, place: str) -> None:
    assert [c.location for c in extract_local(text, language)] == [place]


def test_a_hyphened_word_the_gazetteer_does_not_know_is_no_place() -> None:
    text = "La faim menace désormais 300 000 habitants d'Ouest-Machin, selon le PAM."
    assert [c.location for c in extract_local(text, "fr")] == [None]
