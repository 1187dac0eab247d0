""""as many" after a figure, in a coordinated clause, repeats that figure and its bounds (gold convention 2);
"as many as N" stays a bound on N, and "three times as many" is not a repetition."""

from __future__ import annotations

import pytest

from headcount.extract.numbers import parse_numbers


def test_as_many_repeats_the_figure_and_its_bounds() -> None:
    text = "At least four police officers were killed and as many wounded in the ambush."
    figs = parse_numbers(text)
    assert [f.figure for f in figs] == ["At least four", "as many"]
    assert (figs[1].low, figs[1].high) == (4, None)
    assert text[figs[1].start : figs[1].end] == "as many"


def test_just_as_many_after_a_comma() -> None:
    figs = parse_numbers("Eleven people drowned, just as many are missing.")
    assert [(f.figure, f.low, f.high) for f in figs] == [("Eleven", 11, 11), ("as many", 11, 11)]


@pytest.mark.parametrize("text", [
    "Officials said 40 were killed, three times as many as last year.",
    "As many as 2,000 fighters remain.",
    "We do not know as many details as we would like.",
    "Twelve died. And as many were hurt the next day.",  # another sentence: nothing to repeat
])
def test_no_repetition_without_a_coordinated_figure(text: str) -> None:
    assert all(f.figure != "as many" for f in parse_numbers(text))
