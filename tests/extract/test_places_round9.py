"""Places, round 9 (built on half B's errors): each construction with sentences written for this file about
crises not in the data, a positive case that failed before the change and a negative case beside it."""

from __future__ import annotations

import pytest
from place_helpers import location_of, needs_parse


@needs_parse
@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # a demonym before the counted noun says whose people, when nothing else says where
        ("Four Malawian miners were rescued on Tuesday.", "Four", "Malawi"),
        # a country whose name ends in "o" drops it for the ending ("Morocco" -> "Moroccan")
        ("Hundreds of Moroccan villagers are still sleeping outdoors after the quake.", "Hundreds", "Morocco"),
        # the plural demonym is read as before
        ("More than 2,000 Libyans have died in the floods.", "More than 2,000", "Libya"),
        # no nationality, no place
        ("Four miners were rescued on Tuesday.", "Four", None),
        # a place the sentence names comes first
        ("Four Malawian miners were rescued in Tete on Tuesday.", "Four", "Tete"),
    ],
)
def test_a_demonym_of_the_counted_people_gives_their_country_last(text: str, figure: str, want: str | None) -> None:
    assert location_of(text, figure) == want


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the sentence before names its place only as its speaker's ("officials in X"): it carries on
        ("Officials in Beira confirmed that 13 aid workers are dead. Another 20 aid workers are unaccounted for.",
         "Beira"),
        # a country as the speaker's place says whose officials, not where (as in the figure's own sentence)
        ("Officials in Mozambique confirmed that 13 aid workers are dead. Another 20 aid workers are unaccounted "
         "for.", None),
    ],
)
def test_the_speakers_place_in_the_sentence_before_carries_on(text: str, want: str | None) -> None:
    assert location_of(text, "20") == want


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name modifying the noun of an indefinite phrase after a preposition of place says where it happened
        ("Six migrants died on Monday in a new Andaman Sea shipwreck.", "Andaman Sea"),
        ("Rescuers said six migrants died on Monday in a new Andaman Sea shipwreck off the Thai coast.",
         "Andaman Sea"),
        # the name of a medium in such a phrase is no place
        ("Six migrants died, according to figures in a Reuters report.", None),
    ],
)
def test_a_name_inside_an_indefinite_phrase_of_place_is_the_place(text: str, want: str | None) -> None:
    assert location_of(text, "six" if "said six" in text else "Six") == want
