"""Round 8's rules for the six languages read by lexicon, built on half A of the multilingual gold. Each test
has a positive case that failed before the rule and a contrast beside it. Sentences written for crises that
are not in the development data (a cyclone in Mozambique, a landslide in Papua New Guinea, a siege of a
made-up town)."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


# -- 1. a distributive quantifier before a number makes it the whole of a ratio or a rate, never a count ----

@pytest.mark.parametrize(("language", "text", "figure"), [
    ("pt", "O ciclone desalojou uma a cada 15 pessoas na província, e 2.300 pessoas estão em abrigos.", "2.300"),
    ("es", "El ciclón dejó sin hogar a uno de cada 15 habitantes de la provincia y 2.300 personas están en "
           "albergues.", "2.300"),
    ("ar", "شرد الإعصار واحدا من كل 15 شخصا في الإقليم، ويقيم 2300 شخص في الملاجئ.", "2300"),
])
def test_a_number_after_each_is_the_whole_of_a_ratio(language: str, text: str, figure: str) -> None:
    assert [c.figure for c in extract_local(text, language)] == [figure]


@pytest.mark.parametrize(("language", "text", "figures"), [
    ("pt", "O ciclone desalojou 15 pessoas em cada aldeia.", ["15"]),
    ("es", "En cada albergue de la provincia hay 200 personas.", ["200"]),
])
def test_a_number_not_right_after_each_stays_a_count(language: str, text: str, figures: list[str]) -> None:
    assert [c.figure for c in extract_local(text, language)] == figures
