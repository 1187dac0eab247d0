"""Who gave a figure, fourth round: constructions a speaker is named in without a verb of saying governing
the figure, and a party's phrase trimmed to its noun phrase. Fresh sentences in the style of news copy,
about no crisis of the dev set, with the negative case of each rule beside it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from source_helpers import needs_model, source_of

from headcount.extract.attribution_quote import colon_before, enclosing_quote
from headcount.extract.attribution_trim import trim_party
from headcount.extract.rules import rules

# --- a quotation opened after a colon is spoken by the subject of the clause that introduces it ----------

@needs_model
def test_a_colon_quote_in_its_own_sentence_is_the_introducing_subjects() -> None:
    text = 'The port director cut in, offering a smaller figure: "No, the true number is 230."'
    assert source_of(text, "230") == "The port director"


@needs_model
def test_a_colon_quote_running_on_keeps_its_speaker_not_an_earlier_party() -> None:
    text = ("Officials in Cusco said 40 trekkers were missing.\n\n"
            "Marta Quispe, a Peruvian guide who left the pass just before the slide hit the upper camp, told "
            "local radio: “The planes cannot land in this wind. So the teams keep walking from the ridge to "
            "the lake, carrying four or five people each time.\n\nOther rescuers searched the valley.")
    assert source_of(text, "40") == "Officials in Cusco"
    found = source_of(text, "four or five")
    assert found is not None and found.startswith("Marta Quispe")


@needs_model
def test_a_colon_after_a_clause_whose_subject_is_no_party_gives_no_speaker() -> None:
    text = 'The scene at the pier was grim: "We pulled 17 people out of the water before noon."'
    assert source_of(text, "17") is None


def test_the_enclosing_quote_and_its_colon_are_found_by_offset() -> None:
    text = 'He paused: “We saw 12 boats. Then 30 more.” Later he left.'
    at = text.index("30")
    quote = enclosing_quote(text, at)
    assert quote == text.index("“")
    assert colon_before(text, quote) == text.index(":")
    assert enclosing_quote(text, text.index("Later")) is None


def test_straight_quotes_pair_on_their_line() -> None:
    text = 'A said "one" and B said: "we counted 40 here'
    quote = enclosing_quote(text, text.index("40"))
    assert quote == text.rindex('"')
    assert colon_before(text, quote) == text.index(":")
    assert enclosing_quote(text, text.index("and")) is None


# --- the subject of a verb of questioning counted the people it questioned --------------------------------

@needs_model
@pytest.mark.parametrize(
    ("text", "figure", "party"),
    [
        ("In June, Amnesty International spoke with 31 former detainees, relatives and witnesses, and reviewed "
         "video footage.", "31", "Amnesty International"),
        ("Doctors Without Borders interviewed 48 survivors of the raid.", "48", "Doctors Without Borders"),
        ("Researchers at Lakeside University surveyed 900 households in the delta.", "900",
         "Researchers at Lakeside University"),
    ],
)
def test_the_questioner_is_the_source_of_the_people_questioned(text: str, figure: str, party: str) -> None:
    assert source_of(text, figure) == party


# --- verbs of finding and calculating ---------------------------------------------------------------------

@needs_model
def test_a_finding_of_evidence_reports_like_a_clause() -> None:
    text = ("Researchers at Lakeside University visited 900 households and found evidence of 4,200 deaths in the "
            "delta province.")
    assert source_of(text, "4,200") == "Researchers at Lakeside University"


@needs_model
def test_able_to_calculate_climbs_to_the_subject_of_the_copula() -> None:
    text = ("Using parish ledgers, the investigators were able to calculate that between 1,100 and 1,500 "
            "villagers died during the winter.")
    assert source_of(text, "between 1,100 and 1,500") == "the investigators"


# --- a document or count with a party as its author, and a count that stands at a level -----------------

@needs_model
def test_an_authored_survey_gives_its_author() -> None:
    text = "The survey by the institute found that 1,450 households had lost a relative."
    assert source_of(text, "1,450") == "the institute"


@needs_model
def test_an_unauthored_survey_of_households_is_still_the_survey() -> None:
    text = "A survey of 900 households found that 120 had lost a relative."
    assert source_of(text, "120") == "A survey of 900 households"


@needs_model
def test_a_count_from_an_office_standing_at_a_level_is_the_offices() -> None:
    text = "The official count from the provincial health office stood at 87 on Monday."
    assert source_of(text, "87") == "the provincial health office"


@needs_model
def test_a_count_reported_from_a_government_as_a_copulas_subject_is_the_governments() -> None:
    text = "The official death count reported from the Freedonian government is 312."
    assert source_of(text, "312") == "the Freedonian government"


@needs_model
@pytest.mark.parametrize("text", ["Freedonia's death toll rose to 4,500.", "Freedonia's official death toll is 4,500.",
                                  "The death toll from the landslide rose to 45."])
def test_a_places_or_an_events_count_has_no_party(text: str) -> None:
    figure = "4,500" if "4,500" in text else "45"
    assert source_of(text, figure) is None


# --- a party's phrase trimmed to its noun phrase ----------------------------------------------------------

WORDS = rules().attribution_words


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        ("Lima, 4 March 2019 - The UNHCR Tracking Matrix (TM)", "The UNHCR Tracking Matrix (TM)"),
        ("The UNHCR Tracking Matrix (TM) on (03/03)", "The UNHCR Tracking Matrix (TM)"),
        ("But the regional relief office", "the regional relief office"),
        ("for Petrov", "Petrov"),
        ("the Freedonian centre for", "the Freedonian centre"),
        ("Jane Doe, director of the Harbour Monitor, on Saturday", "Jane Doe, director of the Harbour Monitor"),
        ("the President of Freedonia, in an address to the nation", "the President of Freedonia"),
        ("03-12 Freedonia's Health Minister Ana Ruiz", "Freedonia's Health Minister Ana Ruiz"),
    ],
)
def test_fragments_at_a_partys_edges_are_trimmed(raw: str, trimmed: str) -> None:
    assert trim_party(raw, WORDS) == trimmed


@pytest.mark.parametrize(
    "kept",
    ["Jane Doe, director of the Harbour Monitor", "Osnat Ruiz, the UN coordinator in Freedonia",
     "Two aid workers and several camp residents", "United Nations (UN), and partner organizations",
     "Save the Children", "Doctors Without Borders"],
)
def test_whole_noun_phrases_are_left_alone(kept: str) -> None:
    assert trim_party(kept, WORDS) == kept


@given(st.text(alphabet=st.sampled_from(list("abcXYZ019 ,-–:()/'")), max_size=60))
def test_trimming_never_empties_and_keeps_a_piece_of_the_phrase(raw: str) -> None:
    out = trim_party(raw, WORDS)
    assert out or not raw
    words = out.split()
    assert all(w in raw for w in words)
