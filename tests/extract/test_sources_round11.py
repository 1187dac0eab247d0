"""Who gave a figure, eleventh round (after review): a sentence that ranks places by a count goes on with the
statement before it only when it ranks (a superlative or a second ranked member) and its subject is no
person; the place such a sentence ranks is no party that a later pointer ("it said", "the statement said")
takes up; "according to the bulletin" is the voice of the party that introduced the bulletin. Fresh
sentences about an invented snowstorm, each negative case beside its positive one.
"""

from __future__ import annotations

from source_helpers import needs_model, source_of

_RESCUE = "The Orvel mountain rescue service told reporters on Monday evening that 1,300 drivers were stranded."
_GAP = "\n\nPloughs could not reach the upper roads.\n\n"

# --- a sentence ranking places by a count goes on with the statement of the count before it ---------------


@needs_model
def test_a_ranking_of_places_after_a_paragraph_break_keeps_the_speaker() -> None:
    text = _RESCUE + _GAP + "Of the valleys, Sarn was the worst affected, with 410 people trapped; Tolm followed."
    assert source_of(text, "410") == "The Orvel mountain rescue service"


@needs_model
def test_a_sentence_with_a_verb_of_its_own_is_no_ranking() -> None:
    text = _RESCUE + _GAP + "Volunteers in Sarn fed 410 people trapped in their cars."
    assert source_of(text, "410") is None


@needs_model
def test_a_copula_with_a_count_but_no_ranking_is_no_ranking() -> None:
    text = _RESCUE + _GAP + "Sarn was a valley with 410 people trapped."
    assert source_of(text, "410") is None


@needs_model
def test_a_person_ranked_by_a_count_is_no_ranking_of_places() -> None:
    text = _RESCUE + _GAP + "Dr Hanna Wessel was the busiest doctor, with 410 patients seen."
    assert source_of(text, "410") is None


@needs_model
def test_a_person_who_was_with_others_is_no_ranking_of_places() -> None:
    text = _RESCUE + _GAP + "Guide Piet Oman was with 41 stranded hikers when the storm broke."
    assert source_of(text, "41") is None


# --- the place a ranking sentence ranks is no party a pointer takes up ---------------------------------------


_RANKED = " Sarn was the hardest hit of the valleys, with 410 people trapped, ahead of Tolm."


@needs_model
def test_it_said_after_a_ranking_takes_up_the_speaker_not_the_ranked_place() -> None:
    text = _RESCUE + _RANKED + " It said 95 climbers were still missing."
    assert source_of(text, "95") == "The Orvel mountain rescue service"


@needs_model
def test_the_statement_said_after_a_ranking_takes_up_the_speaker_not_the_ranked_place() -> None:
    text = _RESCUE + _RANKED + " The statement said 95 climbers were still missing."
    assert source_of(text, "95") == "The Orvel mountain rescue service"


@needs_model
def test_the_bulletin_said_with_no_bulletin_introduced_takes_up_the_speaker_not_the_ranked_place() -> None:
    text = _RESCUE + _RANKED + " The bulletin said 95 climbers were still missing."
    assert source_of(text, "95") == "The Orvel mountain rescue service"


@needs_model
def test_a_named_party_as_subject_is_still_taken_up() -> None:
    text = _RESCUE + " The Orvel Red Cross sent four teams up the passes on Tuesday. It said 95 climbers were still missing."
    assert source_of(text, "95") == "The Orvel Red Cross"


# --- "according to the bulletin": the voice of the party that introduced it ---------------------------------


@needs_model
def test_according_to_the_bulletin_is_the_voice_of_the_party_citing_it() -> None:
    text = ("The Orvel mountain rescue service told reporters late on Monday, citing its nightly bulletin, that "
            "1,300 drivers were stranded.\n\nAccording to the bulletin, 95 climbers were still missing.")
    assert source_of(text, "95") == "The Orvel mountain rescue service"


@needs_model
def test_a_plural_or_modified_carrier_is_still_no_pointer() -> None:
    text = _RESCUE + "\n\nAccording to the latest figures, 95 climbers were still missing."
    assert source_of(text, "95") is None
