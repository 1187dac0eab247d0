"""A comma followed by "and" starts a clause with its own subject: a place inside the figure's own clause is
the figure's, ahead of a nearer one at the end of the clause before it. Sentences written for crises that
are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "place"), [
    ("pt", "O bairro foi inundado na cidade de Beira, e dezenas de moradores estão presos há vários dias "
           "na fábrica.", "fábrica"),
    ("es", "Las lluvias arrasaron el barrio en Pucallpa, y cientos de vecinos siguen atrapados desde hace "
           "varios días en el campamento.", "campamento"),
    ("fr", "Les frappes ont touché un quartier à Nyala, et des centaines de civils restent bloqués depuis "
           "plusieurs jours dans le camp.", "camp"),
])
def test_the_place_in_the_figures_own_clause_comes_first(language: str, text: str, place: str) -> None:
    locations = [c.location for c in extract_local(text, language)]
    assert len(locations) == 1 and locations[0] is not None and place in locations[0]


def test_without_a_clause_break_the_nearest_place_still_wins() -> None:
    text = "Dezenas de moradores estão presos na cidade de Beira desde o sábado, perto do hospital central."
    assert [c.location for c in extract_local(text, "pt")] == ["cidade de Beira"]
