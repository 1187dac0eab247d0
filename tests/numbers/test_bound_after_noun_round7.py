"""A bound written after the counted noun ("45 شخصاً على الأقل", "45 personnes au moins") bounds the
figure as it would right after the number. Sentences written for crises that are not in the development
data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "لقي 45 شخصاً على الأقل حتفهم جراء انهيار أرضي ضرب قرية جبلية في بابوا غينيا الجديدة."),
    ("fr", "L'éboulement a fait 45 morts au moins dans la province d'Enga, selon des sources médicales."),
    ("es", "El alud dejó 45 muertos por lo menos en la provincia de Enga, según fuentes médicas."),
])
def test_a_bound_after_the_noun_is_the_figures(language: str, text: str) -> None:
    [claim] = extract_local(text, language)
    assert (claim.low, claim.high) == (45, None)


def test_a_bound_that_opens_the_next_figure_is_not_this_ones() -> None:
    text = "L'éboulement a fait 45 morts et au moins 120 blessés dans la vallée."
    claims = extract_local(text, "fr")
    assert [(c.low, c.high) for c in claims] == [(45, 45), (120, None)]
