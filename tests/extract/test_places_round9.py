"""Places, round 9 (built on half B's errors): each construction with sentences written for this file about
crises not in the data, a positive case that failed before the change and a negative case beside it."""

from __future__ import annotations

import pytest
from place_helpers import location_of, needs_parse

from headcount.extract.pipeline import extract
from headcount.extract.place_shapes import find_places
from headcount.extract.sentences import split_sentences, tokenize


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


# After review 9 (placeB): each guard with a negative that reaches it (checked by removing the guard).


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the speaker's place in the sentence before is a last resort: a place the paragraph names first wins
        ("Floods swept through Sabha on Monday, killing 40 people. A UN spokesperson in Geneva said aid was on "
         "its way. Another 20 people are missing.", "Sabha"),
        ("Floods swept through Sabha on Monday, killing 40 people. Officials in Benghazi confirmed the toll. At "
         "least 20 people are missing.", "Sabha"),
        # and so does the headline's place
        ("Floods in Sabha leave thousands homeless\n\nA UN spokesperson in Geneva said aid convoys had set off on "
         "Monday. At least 20 people are missing.", "Sabha"),
    ],
)
def test_the_speakers_place_before_gives_way_to_the_paragraph_and_the_headline(text: str, want: str) -> None:
    found = [c.location for c in extract(text) if c.figure.endswith("20")]
    assert found == [want]


@needs_parse
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the people of an armed or state party: the nationality says whose side, not where
        ("Twelve Zambian soldiers were killed on Tuesday, the army said.", "Twelve"),
        ("Nine Chadian hostages were freed on Sunday.", "Nine"),
        # a capitalised word after the demonym makes a name, not a counted noun
        ("Four Indian Ocean fishermen were rescued on Tuesday.", "Four"),
        # a demonym of two countries names neither
        ("Thousands of Dominican families lost power after the storm.", "Thousands"),
        # a demonym with no counted noun after it
        ("The floods killed more than 2,000 Libyan.", "more than 2,000"),
    ],
)
def test_a_demonym_gives_no_place_for_party_people_names_or_two_countries(text: str, figure: str) -> None:
    assert [c.location for c in extract(text) if c.figure == figure] == [None]


@needs_parse
def test_a_compound_nationality_counts_people_of_the_first_one() -> None:
    assert location_of("Thousands of Zambian Americans gathered for a vigil.", "Thousands") == "Zambia"


@needs_parse
@pytest.mark.parametrize(
    "text",
    [
        # a name after "a" that no recogniser labels a place and no lexicon rejects is no place
        "Six migrants were counted in a Zorvath survey.",
        "Six migrants died last month, a figure given in a Zorvath survey.",
    ],
)
def test_an_unlabelled_name_after_an_article_is_no_place(text: str) -> None:
    assert location_of(text, "Six") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the shapes alone: a name after "a" is a place only when a lower-case noun follows it
        ("Six migrants died in a Zorvath shipwreck.", ["Zorvath"]),
        ("Six migrants died in a Zorvath.", []),
    ],
)
def test_the_article_shape_needs_a_noun_after_the_name(text: str, want: list[str]) -> None:
    (sentence,) = split_sentences(text)
    tokens = tokenize(sentence)
    assert [p.text for p in find_places(tokens, [t.lower for t in tokens], sentence.text)] == want


@needs_parse
def test_a_name_before_a_noun_of_a_site_keeps_the_described_site() -> None:
    # "a X Sea port" is a site: the article rule is for a noun of an event only
    assert location_of("At least 15 people were killed in a Black Sea port on Monday.", "At least 15") == \
        "Black Sea port"
