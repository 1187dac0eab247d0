"""A participle between a figure and its people noun ("около 300 сдавшихся боевиков") names the noun's event
and does not hide the noun: the category is the noun's. Sentences written for crises that are not in the
development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "category", "event"), [
    ("ru", "По словам военных Мали, около 300 сдавшихся боевиков переданы властям в Гао.",
     "militants", "surrendered"),
    ("ru", "В районе Гао армия Мали задержала 210 сдавшихся боевиков.",
     "militants", "surrendered"),
])
def test_a_participle_before_the_people_noun_names_its_event(language: str, text: str, category: str,
                                                             event: str) -> None:
    [claim] = extract_local(text, language)
    assert (claim.category, claim.event) == (category, event)
