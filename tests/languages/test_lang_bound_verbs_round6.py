"""A verb that carries the bound ("superar los N", "a dépassé les N", "перевищила N", "تجاوز N") makes the figure
a floor: annotation rule 1 keeps the verb out of the figure and puts the bound in low/high ("tops 28,000"
gives 28000/None). Sentences written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "figure", "low"), [
    ("es", "La cifra de desplazados por las lluvias en Piura podría superar los 40 mil, advirtió el gobierno.",
     "40 mil", 40000),
    ("pt", "O número de desalojados pelas cheias em Sofala já ultrapassa 12 mil, segundo o INGD.", "12 mil", 12000),
    ("fr", "Le nombre de déplacés au Kordofan a dépassé les 45 000 en une semaine, selon l'OIM.", "45 000", 45000),
    ("ru", "Число погибших при землетрясении в провинции Ван превысило 300 человек.", "300", 300),
    ("uk", "Кількість евакуйованих з Херсонщини перевищила 22 тисячі людей.", "22 тисячі", 22000),
    ("ar", "أعلنت المنظمة أن عدد النازحين من ولاية الجزيرة تجاوز 320 ألفًا.", "320 ألفًا", 320000),
])
def test_a_bound_verb_before_the_figure_makes_it_a_floor(language: str, text: str, figure: str, low: int) -> None:
    claims = extract_local(text, language)
    assert [(c.figure, c.low, c.high, c.qualifier) for c in claims] == [(figure, low, None, "more than")]


def test_a_figure_not_after_the_verb_keeps_its_bounds() -> None:
    text = "Las pérdidas podrían superar lo previsto: 40 mil personas fueron desplazadas en Piura."
    assert [(c.low, c.high) for c in extract_local(text, "es")] == [(40000, 40000)]
