"""Who gave a figure, eleventh round: when a sentence with no attribution of its own figures must not go on
with the statement before it (its own speaker, its own organisation as actor), and "the bulletin" as the
voice of the party that issued it. Fresh sentences about invented places, with the negative case beside
each positive one.
"""

from __future__ import annotations

from source_helpers import needs_model, source_of

# --- a sentence with its own speaker for another clause does not continue the statement before it ---------


@needs_model
def test_a_relative_clause_with_its_own_speaker_stops_the_carry() -> None:
    text = ("The flood office in Varenko says 8,300 people have left their homes since the levee gave way. "
            "About 1,200 children are now housed by the district council, which says its halls can take 900.")
    assert source_of(text, "8,300") == "The flood office in Varenko"
    assert source_of(text, "About 1,200") is None


@needs_model
def test_a_sentence_without_another_speaker_still_continues_the_statement() -> None:
    text = ("The flood office in Varenko says 8,300 people have left their homes since the levee gave way. "
            "About 1,200 children are now housed in school halls across the district.")
    assert source_of(text, "About 1,200") == "The flood office in Varenko"


# --- an organisation as the actor of the main clause starts its own statement -------------------------------


@needs_model
def test_an_organisation_doing_the_work_does_not_take_the_previous_speaker() -> None:
    text = ("The regional governor, Anton Belik, said 640 people were hurt in the tremor near Dravik. "
            "The World Food Programme has opened nine kitchens feeding some 3,100 people.")
    assert source_of(text, "some 3,100") != "The regional governor, Anton Belik"


@needs_model
def test_a_place_as_the_subject_still_continues_the_statement() -> None:
    text = ("The regional governor, Anton Belik, said 640 people were hurt in the tremor near Dravik. "
            "The village school has taken in some 3,100 people.")
    found = source_of(text, "some 3,100")
    assert found is not None and "Anton Belik" in found


# --- "the bulletin" speaks for the party that issued it ------------------------------------------------------


@needs_model
def test_the_bulletin_said_is_the_voice_of_its_issuer_not_of_a_district_named_between() -> None:
    text = ("Forty-one lives have been lost to the cold wave in the hill districts since Monday, the relief office "
            "of Hadrel province reported in a bulletin issued at night.\n\n"
            "Kestrin remained the district worst hit with 14 deaths. The bulletin said 530 frostbite patients "
            "were under care.")
    assert source_of(text, "530") == "the relief office of Hadrel province"


@needs_model
def test_according_to_the_bulletin_is_the_voice_of_its_issuer() -> None:
    text = ("Nine more people drowned in the river districts, the Lorvan Disaster Authority reported in "
            "its Tuesday bulletin.\n\nAccording to the bulletin, 72,000 people in 11 districts are affected.")
    assert source_of(text, "72,000") == "the Lorvan Disaster Authority"


@needs_model
def test_a_plural_or_modified_carrier_is_still_no_pointer() -> None:
    text = ("Nine more people drowned in the river districts, the Lorvan Disaster Authority reported.\n\n"
            "According to the latest figures, 72,000 people in 11 districts are affected.")
    assert source_of(text, "72,000") is None


# --- a sentence ranking places by a count goes on with the statement of the count before it ---------------


@needs_model
def test_a_ranking_of_places_after_a_paragraph_break_keeps_the_speaker() -> None:
    text = ("The health office of Tervan state said on Friday that 2,400 people had caught cholera since "
            "the rains began.\n\nNo cases have been seen in the capital so far.\n\n"
            "Kessovar district is the hardest hit, with 910 cholera cases, ahead of Ulmen with 480.")
    assert source_of(text, "910") == "The health office of Tervan state"


@needs_model
def test_a_sentence_with_a_verb_of_its_own_is_no_ranking() -> None:
    text = ("The health office of Tervan state said on Friday that 2,400 people had caught cholera since "
            "the rains began.\n\nNo cases have been seen in the capital so far.\n\n"
            "Field clinics in Kessovar district treated 910 cases of cholera on Thursday.")
    assert source_of(text, "910") is None
