"""A breakdown in brackets right after its total (the bracket opens where the total's noun phrase ends) is
a list of parts (gold convention 9); a restatement of the total in another unit is not."""

from __future__ import annotations

import pytest

from headcount import extract


def _parents(text: str) -> dict[str, str | None]:
    claims = extract(text)
    return {c.figure: (claims[c.parent].figure if c.parent is not None else None) for c in claims}


@pytest.mark.parametrize(("text", "parts", "whole"), [
    ("The number of people sheltering in the two camps is about 9,000 (5,000 in the northern camp, and "
     "between 3,000 and 4,000 in the southern one), the agency said.",
     ["5,000", "between 3,000 and 4,000"], "about 9,000"),
    ("At least 41 civilians (17 children and 9 women) were killed in the strikes, local officials said.",
     ["17", "9"], "At least 41"),
])
def test_a_bracketed_breakdown_after_its_total_is_its_parts(text: str, parts: list[str], whole: str) -> None:
    parents = _parents(text)
    for part in parts:
        assert parents[part] == whole


@pytest.mark.parametrize("text", [
    # the same count in another unit
    "Some 12,000 people (about 2,400 families) have fled the valley, the council said.",
    # a larger figure in brackets is not a part
    "The 300 evacuees (of an estimated 1,500 residents) reached the port on Monday.",
])
def test_a_bracket_that_restates_or_exceeds_the_total_is_not_a_part(text: str) -> None:
    assert all(parent is None for parent in _parents(text).values())


def test_a_figure_after_the_bracket_closes_is_not_in_the_breakdown() -> None:
    text = ("About 9,000 people (5,000 in the northern camp) are sheltering there, and 700 more arrived on "
            "Tuesday, the agency said.")
    parents = _parents(text)
    assert parents["5,000"] == "About 9,000"
    assert parents["700"] is None
