"""Modality, round 6: a verb of belief raising its subject ("are feared to be buried") estimates what is
so; it plans nothing. Sentences written for this file."""

from __future__ import annotations

import pytest

from headcount import extract


def _modality(text: str, figure: str) -> str:
    found = [c for c in extract(text, published="2024-03-14") if c.figure == figure]
    assert found, f"no claim for {figure!r}"
    return found[0].modality


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        ("About 40,000 villagers are still understood to be sheltering in cellars near the ridge.", "About 40,000",
         "actual"),
        ("Some 300 fishermen were believed to have rowed across the lake.", "Some 300", "actual"),
        ("At least 25 miners are feared to be buried under the spoil heap.", "At least 25", "actual"),
        # a plan stays a plan
        ("About 40,000 villagers are expected to be evacuated to the coast next week.", "About 40,000", "expected"),
        ("Some 300 fishermen are to be evacuated on Monday.", "Some 300", "expected"),
    ],
)
def test_belief_is_an_estimate_not_a_plan(text: str, figure: str, modality: str) -> None:
    assert _modality(text, figure) == modality
