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
    ("fr", "Les crues ont tué 412 habitants dans l'État du Kerala, a précisé dans la soirée de mercredi le chef "
           "du gouvernement régional."),
    ("es", "Las lluvias torrenciales en el estado de Kerala han causado 230 muertos, precisó en la noche del "
           "martes el gobierno regional."),
])
def test_a_day_after_a_verb_of_saying_dates_the_statement_not_the_toll(language: str, text: str) -> None:
    assert set(_kinds(text, language)) == {"cumulative"}


def test_a_dateline_date_is_not_the_window_of_the_flow() -> None:
    text = ("Beira, Moçambique, 20 mar (Lusa) — Mais de 18.600 moradores deixaram os bairros costeiros da "
            "cidade desde a chegada do ciclone, segundo o Instituto Nacional de Gestão de Desastres.")
    assert _kinds(text, "pt") == ["cumulative"]


@pytest.mark.parametrize("text", [
    "Unas 12.000 personas habían huido de las aldeas del valle de Enga cuando llegaron los rescatistas.",
    "Según la Cruz Roja, unas 4.500 familias habían dejado sus viviendas en la costa de Kerala.",
])
def test_the_spanish_pluperfect_counts_a_total_up_to_then(text: str) -> None:
    assert _kinds(text, "es") == ["cumulative"]


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "З ранку рятувальники вивезли із затоплених кварталів 640 мешканців."),
    ("ru", "С утра спасатели вывезли из затопленных кварталов 640 жителей."),
])
def test_since_the_morning_opens_a_running_total(language: str, text: str) -> None:
    assert _kinds(text, language) == ["cumulative"]


def test_a_french_capital_without_its_accent_is_still_the_period_word() -> None:
    text = "A ce jour, les pompiers chiliens ont relogé 3 870 familles sinistrées par les incendies."
    assert _kinds(text, "fr") == ["cumulative"]
