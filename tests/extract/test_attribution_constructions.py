"""Who says so, one construction at a time (issue 11): each test is a fresh sentence in the style of news
copy, about no crisis of the dev set, with the party the gold conventions give it, and the negative cases
(a fragment or a counted group must never come out as a source).
"""

from __future__ import annotations

import pytest
from source_helpers import needs_model, source_of

from headcount import Claim, extract


def claim_of(text: str, figure: str) -> Claim:
    claims = [c for c in extract(text, published="2025-05-02") if c.figure == figure]
    assert claims, f"{figure!r} not extracted from {text!r}"
    return claims[0]


# --- the figure counts the speakers themselves ------------------------------------------------------------

@needs_model
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Three fishermen and several dock workers said the harbour wall had given way before dawn.", "Three"),
        ("Four nurses said the clinic had run out of fuel on Tuesday.", "Four"),
    ],
)
def test_a_figure_in_the_speakers_subject_has_no_source(text: str, figure: str) -> None:
    assert source_of(text, figure) is None


@needs_model
def test_a_figure_elsewhere_in_the_statement_keeps_the_speakers() -> None:
    text = ("Two relief workers and several villagers said that the rebels had ordered the 4,000 people of the "
            "valley to leave within a day.")
    assert source_of(text, "Two") is None
    assert source_of(text, "4,000") == "Two relief workers and several villagers"


# --- a verb whose object is a count noun ----------------------------------------------------------------

@needs_model
@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The Red Crescent on Friday gave an initial figure of 140 dead in the coastal villages.",
         "140", "The Red Crescent"),
        ("Health officials in Tarvia revised the death toll to 212, up from 180 a day earlier.",
         "212", "Health officials in Tarvia"),
        ("The civil defence agency put its estimate at 3,000 displaced.", "3,000", "The civil defence agency"),
    ],
)
def test_a_count_noun_as_object_names_who_states_it(text: str, figure: str, source: str) -> None:
    assert source_of(text, figure) == source


@needs_model
def test_a_participle_that_brings_a_toll_to_n_names_no_one() -> None:
    """"..., taking the number of dead to N": the searchers' own clause, not a statement."""
    text = "Divers on Sunday recovered 12 bodies from the ferry, taking the number of dead to 96."
    assert source_of(text, "96") is None


# --- an acronym tagged as a pronoun, and subjects that are objects of a preposition -----------------------

@needs_model
def test_an_acronym_the_tagger_reads_as_a_pronoun_is_a_party() -> None:
    text = ("Mayor Ana Ruiz said 300 homes were lost, and on Monday the WHO raised its count to 450 people "
            "dead in the valley.")
    assert source_of(text, "450") == "the WHO"


@needs_model
def test_the_object_of_a_preposition_is_not_a_speaker() -> None:
    text = "Footage on social media showed hundreds of people queuing for water outside the stadium."
    assert source_of(text, "hundreds") is None


# --- a pointer takes up the named subject before it -------------------------------------------------------

@needs_model
def test_they_takes_up_the_named_subject_of_the_sentence_before() -> None:
    text = ("A navy spokesman said the port would reopen on Monday.\n\n"
            "The Coastal Defence Forces have held the northern ridge for a month. They say about 250 "
            "gunmen have surrendered since Friday.")
    assert source_of(text, "about 250") == "The Coastal Defence Forces"


@needs_model
def test_he_does_not_take_up_an_organisation() -> None:
    text = ("Mayor Lina Ostrova said the bridge was closed. The Harbour Authority reopened the ferry. "
            "He said 70 families had left by road.")
    assert source_of(text, "70") == "Mayor Lina Ostrova"


# --- releases, labels, quotations, breakdowns ----------------------------------------------------------------

@needs_model
def test_a_release_dateline_makes_the_document_its_authors_voice() -> None:
    text = ("Delta: 600 people evacuated by boat\n\n"
            "Lisbon (IFRC) – Volunteers moved 600 people by boat from the flooded delta on Saturday.\n\n"
            "A further 85 were taken to the district hospital.")
    claims = extract(text, published="2025-05-02")
    assert {c.source for c in claims if c.figure in ("600", "A further 85")} == {"IFRC"}


def test_a_wire_dateline_is_a_byline_not_a_voice() -> None:
    text = ("Lisbon (Reuters) – Volunteers moved 600 people by boat from the flooded delta on Saturday.\n\n"
            "A further 85 were taken to the district hospital.")
    claims = extract(text, published="2025-05-02")
    assert all(c.source is None for c in claims)


@needs_model
def test_a_body_sentence_opened_by_its_authors_label() -> None:
    text = "Storm passes the coast\n\nIOM: at least 1,200 people were displaced by the storm on Sunday."
    assert source_of(text, "at least 1,200") == "IOM"


@needs_model
def test_a_place_label_is_not_a_party() -> None:
    text = "Storm passes the coast\n\nMozambique: at least 1,200 people were displaced by the storm on Sunday."
    assert source_of(text, "at least 1,200") is None


@needs_model
def test_a_quotation_paragraph_goes_on_quoting_its_speaker() -> None:
    text = ("“The roads are cut in three places,” Anna Velikova, a regional relief coordinator, told "
            "reporters.\n\n"
            "“We believe some 400 families are still waiting on rooftops.”")
    assert source_of(text, "some 400") == "Anna Velikova, a regional relief coordinator"


@needs_model
def test_told_names_the_audience_not_the_speaker() -> None:
    text = ("Anna Velikova, who leads the rescue teams in the north, told Radio Nord: “We found 14 people "
            "alive this morning.”")
    assert source_of(text, "14") != "Radio Nord"


@needs_model
def test_a_breakdown_sentence_continues_the_statement_before() -> None:
    text = ("The disaster agency said on Monday that 310 people had died since the rains began.\n\n"
            "The figures include 42 children and 19 rescue workers.")
    assert source_of(text, "42") == "The disaster agency"


@needs_model
def test_a_comment_on_the_figure_is_the_outlets_own_voice() -> None:
    text = ("The disaster agency said on Monday that 310 people had died since the rains began.\n\n"
            "The figure is the highest since records began, with more than 9,000 people left homeless.")
    assert source_of(text, "more than 9,000") is None


@needs_model
def test_a_list_introduced_by_a_colon_is_its_speakers() -> None:
    text = ("Speaking on Friday, provincial spokesman Tomas Ederi gave a breakdown of the casualties:\n\n"
            "The number of villagers killed rose to 58.\n\n"
            "In all, 131 people have been injured.")
    assert source_of(text, "58") == "provincial spokesman Tomas Ederi"
    assert source_of(text, "131") == "provincial spokesman Tomas Ederi"


@needs_model
def test_an_aid_organisation_counting_its_own_work() -> None:
    text = "So far, the World Food Programme and its partners have assisted 48,000 people with food parcels."
    assert source_of(text, "48,000") == "the World Food Programme and its partners"


@needs_model
def test_an_army_acting_is_not_a_source() -> None:
    text = "Government troops evacuated 300 civilians from the besieged quarter on Sunday."
    assert source_of(text, "300") is None


@needs_model
def test_a_sentence_final_speaker_covers_its_purpose_clause() -> None:
    text = ("The army has paused its shelling of the old town, Defence Minister Karl Brun said on Monday, in "
            "a bid to let about 2,000 civilians leave.")
    assert source_of(text, "about 2,000") == "Defence Minister Karl Brun"


@needs_model
def test_a_document_that_names_its_own_author_is_in_its_voice() -> None:
    text = ("Cyclone Ilsa: Situation Update No. 2\n\n"
            "This update is prepared by the IFRC with the national society and its partners.\n\n"
            "Some 5,300 people remain in evacuation centres along the coast.")
    assert source_of(text, "Some 5,300") == "the IFRC"


def test_a_bracketed_citation_names_the_source() -> None:
    text = "The floods had displaced 12,400 people in the southern districts (NDRRMC 14/09/2024; WFP 15/09/2024)."
    assert source_of(text, "12,400") == "NDRRMC"


def test_a_bracket_without_a_date_is_not_a_citation() -> None:
    text = "The floods had displaced 12,400 people in the southern districts (mostly farmers)."
    assert source_of(text, "12,400") is None


@needs_model
def test_a_breakdown_with_a_hyphenated_modifier() -> None:
    text = ("The monitoring group said on Sunday that 412 people had been killed in the region.\n\n"
            "The district-level toll includes 140 in Ostrava and 96 in Brno.")
    assert source_of(text, "140") == "The monitoring group"


@needs_model
def test_a_relative_clause_on_the_count_noun_is_the_outlets_narrative() -> None:
    text = ("Local officials have not said how they are keeping the official tally of the dead, which has risen "
            "from 310 on Friday to 455 on Sunday.")
    assert source_of(text, "455") is None
