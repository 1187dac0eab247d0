"""Round 7 period rules (built on half B of the multilingual data): a day after a verb of saying that
follows the figure dates the statement, a dispatch's dateline dates nothing, the Spanish pluperfect counts a
total up to then, "since the morning" is an origin, and a French capital that lost its accent is still the
word ("A ce jour"). Sentences written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


def _kinds(text: str, language: str) -> list[str | None]:
    return [c.period_kind for c in extract_local(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le violent séisme qui a frappé le sud du Pérou a fait 412 morts et 1.905 blessés, a annoncé dans "
           "la soirée de jeudi le ministre péruvien de l'Intérieur."),
    ("es", "Las inundaciones que arrasaron el centro de Mozambique han causado 230 muertos, informó en la "
           "mañana del martes el Instituto Nacional de Gestión de Desastres."),
])
def test_a_day_after_a_verb_of_saying_dates_the_statement_not_the_toll(language: str, text: str) -> None:
    assert set(_kinds(text, language)) == {"cumulative"}


def test_a_dateline_date_is_not_the_window_of_the_flow() -> None:
    text = ("Pemba, Moçambique, 12 abr (Lusa) — Cerca de 35.000 pessoas abandonaram as suas casas no norte da "
            "província desde o início dos ataques dos insurgentes, foi hoje anunciado.")
    assert _kinds(text, "pt") == ["cumulative"]


@pytest.mark.parametrize("text", [
    "El jefe de la misión indicó que el equipo le había dicho que 12.000 personas habían huido de sus aldeas en "
    "Sofala.",
    "Según la Cruz Roja, unas 4.500 familias habían abandonado sus casas en la costa de Nampula.",
])
def test_the_spanish_pluperfect_counts_a_total_up_to_then(text: str) -> None:
    assert _kinds(text, "es") == ["cumulative"]


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Рятувальники з ранку проводять евакуацію мешканців прибережних сіл - евакуйовано близько 600 людей."),
    ("ru", "Спасатели с утра проводят эвакуацию жителей прибрежных сел - эвакуированы около 600 человек."),
])
def test_since_the_morning_opens_a_running_total(language: str, text: str) -> None:
    assert _kinds(text, language) == ["cumulative"]


def test_a_french_capital_without_its_accent_is_still_the_period_word() -> None:
    text = "A ce jour, 41.250 personnes ont été déplacées dans la province de Sofala, a rapporté l'OIM."
    assert _kinds(text, "fr") == ["cumulative"]
