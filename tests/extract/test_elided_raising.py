"""A bare figure that is the subject of a raising participle ("believed to have fled") counts people when the
clause after "to" names an event of people; the noun is the one it stands for earlier in the sentence."""

from __future__ import annotations

from headcount import extract


def test_a_raised_subject_counts_the_people_named_before() -> None:
    claims = {c.figure: c for c in extract(
        "About 60,000 residents remain in the valley, with another 12,000 thought to have crossed the river.")}
    assert claims["12,000"].category == "residents"


def test_a_raised_subject_with_no_noun_before_counts_people() -> None:
    claims = {c.figure: c for c in extract("Rescuers said 140 feared to be trapped under the debris were alive.")}
    assert claims["140"].category == "people"


def test_a_raising_participle_without_an_event_is_not_a_count() -> None:
    figures = [c.figure for c in extract("The 2019 plan, said to cost more, was dropped in 2021.")]
    assert figures == []
