"""A figure in the second of two coordinated clauses that share a compound verb counts the first figure's
people: "au moins 120 civils ont été tués et plus de 300 blessés" (the civilians were wounded). Sentences
written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "category"), [
    ("fr", "Dans le Kordofan, au moins 120 civils ont été tués et plus de 300 blessés, selon l'ONU.", "civilians"),
    ("es", "En la región de Darfur, al menos 120 civiles han sido asesinados y más de 300 heridos, según la ONU.",
     "civilians"),
])
def test_the_second_figure_of_a_gapped_clause_counts_the_first_ones_people(
        language: str, text: str, category: str) -> None:
    claims = extract_local(text, language)
    assert [c.category for c in claims] == [category, category]
    assert claims[1].event == "injured"


def test_two_nouns_with_no_shared_verb_keep_their_own_categories() -> None:
    claims = extract_local("L'attaque a fait 120 morts et 300 blessés dans le Kordofan.", "fr")
    assert [c.category for c in claims] == ["dead", "wounded"]
