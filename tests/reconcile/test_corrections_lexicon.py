"""The correction words are data (lexicons/corrections.toml), refused at load when malformed, and an error
word counts only when a figure is what it is about. Sentences written for these tests."""

from __future__ import annotations

import pytest

from headcount.lexicons import load
from headcount.reconcile.corrections import _validate, corrects_text


def test_the_shipped_lexicon_is_valid() -> None:
    assert list(_validate(load("corrections"))) == []


@pytest.mark.parametrize("broken", [{"error_words": []}, {"figure_nouns": "toll"}, {"reach": -1},
                                    {"should_have": [""]}])
def test_a_malformed_lexicon_is_refused(broken: dict[str, object]) -> None:
    assert list(_validate({**load("corrections"), **broken}))


@pytest.mark.parametrize("before", [
    "The agency later said the count should have been about ",
    "Officials corrected the toll to ",
    "The governor's office admitted a mistake in the death toll and said ",
    "The ministry amended its figure to ",
])
def test_an_error_about_a_figure_is_a_correction(before: str) -> None:
    assert corrects_text(before)


@pytest.mark.parametrize("before", [
    "Investigators said a signalman's error caused the derailment that killed ",
    "The minister called the decision a mistake and said ",
    "Residents said officials had been wrong to wait and that ",
    "An operator's error led to ",
])
def test_an_error_about_anything_else_is_not(before: str) -> None:
    assert not corrects_text(before)
