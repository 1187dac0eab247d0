"""A figure in the second of two coordinated clauses that share a compound verb counts the first figure's
people: "à Bamako, 120 civils ont été abattus samedi et 300 blessés" (the civilians were wounded). Sentences
written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "category"), [
    ("fr", "À Bamako, 120 civils ont été abattus samedi et 300 blessés, d'après la Minusma.", "civilians"),
    ("es", "En Bamako, 120 civiles fueron abatidos el sábado y 300 heridos, de acuerdo con la Minusma.",
     "civilians"),
])
def test_the_second_figure_of_a_gapped_clause_counts_the_first_ones_people(
        language: str, text: str, category: str) -> None:
    claims = extract_local(text, language)
    assert [c.category for c in claims] == [category, category]
    assert claims[1].event == "injured"


def test_two_nouns_with_no_shared_verb_keep_their_own_categories() -> None:
    claims = extract_local("La fusillade a fait 75 morts et 260 blessés à Bamako.", "fr")
    assert [c.category for c in claims] == ["dead", "wounded"]
