"""A count noun names the people it counts only when no figure stands between them: in "a évacué au total
1.230 habitants, et 3.400 logements restent inondés" the dwellings are no count of people. Sentences
written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Au Pérou, la protection civile a évacué au total 1.230 habitants, et 3.400 logements restent "
           "inondés."),
    ("es", "En Perú, Defensa Civil evacuó en total a 1.230 vecinos, y 3.400 casas siguen inundadas."),
])
def test_a_figure_of_things_after_a_total_of_people_is_no_claim(language: str, text: str) -> None:
    assert [c.figure for c in extract_local(text, language)] == ["1.230"]


@pytest.mark.parametrize(("language", "text", "figure"), [
    ("es", "Ascendió a 1.140 el número de fallecidos por el sismo en el sur de Perú, que dejó en ruinas "
           "miles de viviendas.", "1.140"),
    ("pt", "Subiu para 412 o número de pessoas mortas nas cheias em Moçambique, que destruíram milhares de "
           "casas.", "412"),
])
def test_a_figure_with_its_own_noun_after_a_partitive_is_no_count_of_people(
        language: str, text: str, figure: str) -> None:
    assert [c.figure for c in extract_local(text, language)] == [figure]
