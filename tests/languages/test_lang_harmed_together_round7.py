"""A people noun of death coordinated with one of injury counts both together ("dezenas de mortos e feridos",
"сотни погибших и раненых"): the event is casualties (gold convention 5). Sentences written for crises that
are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "O bombardeamento do mercado de Kadugli provocou dezenas de mortos e feridos, segundo a ONU."),
    ("ru", "По данным ООН, обстрел рынка в Кадугли оставил более 200 погибших и раненых."),
    ("es", "El bombardeo del mercado de Kadugli dejó más de 200 muertos y heridos, según la ONU."),
])
def test_death_and_injury_counted_together_are_casualties(language: str, text: str) -> None:
    assert [c.event for c in extract_local(text, language)] == ["casualties"]


def test_two_figures_one_of_death_and_one_of_injury_stay_apart() -> None:
    claims = extract_local("El bombardeo dejó 120 muertos y 300 heridos en Kadugli.", "es")
    assert [c.event for c in claims] == ["killed", "injured"]
