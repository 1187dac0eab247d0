"""A bound written after the counted noun ("قتل 45 شخصاً على الأقل", "tuant 45 personnes au moins") bounds the
figure as it would right after the number. Sentences written for crises that are not in the development
data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "قتل 45 شخصاً على الأقل، اليوم الأحد، في هجوم بطائرة مسيرة استهدف سوقاً في مدينة كادقلي."),
    ("fr", "L'attaque contre le marché de Kadugli a fait 45 morts au moins, selon des sources médicales."),
    ("es", "El ataque contra el mercado de Kadugli dejó 45 muertos por lo menos, según fuentes médicas."),
])
def test_a_bound_after_the_noun_is_the_figures(language: str, text: str) -> None:
    [claim] = extract_local(text, language)
    assert (claim.low, claim.high) == (45, None)


def test_a_bound_that_opens_the_next_figure_is_not_this_ones() -> None:
    text = "L'attaque a fait 45 morts et au moins 120 blessés à Kadugli."
    claims = extract_local(text, "fr")
    assert [(c.low, c.high) for c in claims] == [(45, 45), (120, None)]
