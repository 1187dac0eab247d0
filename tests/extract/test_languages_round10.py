"""Round 10 rules of the six-language stages (built on half A of the multilingual data). Sentences written
for crises that are not in the development data: short reports in the style of each language's press."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


def _periods(text: str, language: str) -> list[tuple[str | None, str | None]]:
    """(kind, period text) of every claim, with the text checked against its offset."""
    claims = extract_local(text, language)
    for c in claims:
        if c.period is not None:
            assert c.period_offset is not None and text[c.period_offset : c.period_offset + len(c.period)] == c.period
    return [(c.period_kind, c.period) for c in claims]


@pytest.mark.parametrize(("language", "text", "period"), [
    ("es", "Horas más tarde, un convoy con 340 voluntarios partió hacia Catarroja.", "Horas más tarde"),
    ("fr", "Deux heures plus tard, un convoi de 340 secouristes est parti vers Amizmiz.", "Deux heures plus tard"),
])
def test_a_batch_decides_the_kind_and_the_time_of_its_clause_states_the_period(language: str, text: str,
                                                                                period: str) -> None:
    """A batch ("un convoy") makes the figure an increment but is no temporal expression: the window of
    its clause is the period, with the interval before a "later" cue."""
    assert _periods(text, language) == [("increment", period)]


def test_a_batch_with_no_time_in_its_clause_has_no_period_text() -> None:
    assert _periods("Un convoy con 340 voluntarios partió hacia Catarroja.", "es") == [("increment", None)]
