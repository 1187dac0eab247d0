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


@pytest.mark.parametrize(("language", "text", "low"), [
    ("pt", "O número de desalojados em Sofala passou de 30 mil na noite de domingo, segundo o INGD.", 30000),
    ("es", "El número de evacuados en Piura pasó de 8.000 durante la noche, informó Defensa Civil.", 8000),
])
def test_a_two_word_bound_verb(language: str, text: str, low: int) -> None:
    assert [(c.low, c.high) for c in extract_local(text, language)] == [(low, None)]


def test_from_one_figure_to_another_is_no_floor() -> None:
    """"pasó de 3.000 a 8.000 evacuados" is a change between two figures: the range reader keeps its own."""
    text = "El número de evacuados en Piura pasó de 3.000 a 8.000 personas en una noche, informó Defensa Civil."
    assert all(c.high is not None for c in extract_local(text, "es"))


@pytest.mark.parametrize(("language", "text", "figure", "high"), [
    ("es", "La cifra de evacuados en Piura no supera las 300 personas, informó Defensa Civil.", "300", 300),
    ("fr", "Le nombre de déplacés au Kordofan n'a pas dépassé les 3 000 en une semaine, selon l'OIM.", "3 000",
     3000),
    ("ru", "Число погибших при землетрясении в провинции Ван не превысило 300 человек.", "300", 300),
    ("ar", "أعلنت المنظمة أن عدد النازحين من ولاية الجزيرة لم يتجاوز 320 ألفًا.", "320 ألفًا", 320000),
])
def test_a_negated_bound_verb_makes_the_figure_a_ceiling(language: str, text: str, figure: str, high: int) -> None:
    """"does not exceed N" says the count stayed at or under N: the guide's "no more than N" (low null, high N),
    not the floor the verb alone gives."""
    claims = extract_local(text, language)
    assert [(c.figure, c.low, c.high, c.qualifier) for c in claims] == [(figure, None, high, "no more than")]


def test_a_negation_of_another_clause_leaves_the_floor() -> None:
    text = "Las lluvias no cesaron en toda la semana y el número de evacuados en Piura superó los 3.000."
    assert [(c.low, c.high) for c in extract_local(text, "es")] == [(3000, None)]
