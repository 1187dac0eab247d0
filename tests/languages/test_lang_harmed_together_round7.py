"""A people noun of death coordinated with one of injury counts both together ("centenas de mortos e feridos",
"сотни погибших и раненых"): the event is casualties (gold convention 5). Sentences written for crises that
are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Segundo a Cruz Vermelha, o sismo no Alto Atlas deixou centenas de mortos e feridos nas aldeias."),
    ("ru", "По данным Красного Креста, землетрясение в Атласских горах оставило более 300 погибших и раненых."),
    ("es", "El terremoto del Alto Atlas dejó más de 300 muertos y heridos, según la Cruz Roja."),
])
def test_death_and_injury_counted_together_are_casualties(language: str, text: str) -> None:
    assert [c.event for c in extract_local(text, language)] == ["casualties"]


def test_two_figures_one_of_death_and_one_of_injury_stay_apart() -> None:
    claims = extract_local("El incendio forestal dejó 131 muertos y 240 heridos en Valparaíso.", "es")
    assert [c.event for c in claims] == ["killed", "injured"]
