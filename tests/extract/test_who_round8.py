"""Round 8 (built on dev half A, half B held out): events and periods of constructions that carry to new
crises.

- People said, with a verb of being or staying or a verb in the progressive, to be at a place are a
  population, a stock: "an estimated 300 tourists were resting in a lagoon when the cyclone struck".

The sentences are written for this test in the style of news copy, about no crisis of the dev set.
"""

from __future__ import annotations

from source_helpers import claim_of, needs_model


@needs_model
def test_people_resting_at_a_place_are_a_population() -> None:
    text = ("An estimated 300 tourists were resting in a shallow lagoon near Pemba when the cyclone struck "
            "the coast of Mozambique.")
    c = claim_of(text, "An estimated 300")
    assert (c.event, c.period_kind) == ("population", "stock")


@needs_model
def test_people_who_appear_in_a_video_are_not_a_population() -> None:
    text = "Two rescuers appear in the video filmed after the landslide in Enga province of Papua New Guinea."
    assert claim_of(text, "Two").event != "population"


def test_more_people_than_reported_before_are_an_increment() -> None:
    text = ("With the river still rising, hundreds more herders in the Zambezi valley have been forced to abandon "
            "their villages, the district council reported.")
    assert claim_of(text, "hundreds").period_kind == "increment"


def test_more_after_another_figure_of_the_clause_is_not_an_addition() -> None:
    # "more" says "others besides those killed", not "since the last report": the kind is left to the war
    text = "In the war, 2,053 villagers have died and 3,480 more have fled their homes."
    assert claim_of(text, "3,480").period_kind == "cumulative"


def test_what_people_fear_has_not_happened_to_them() -> None:
    text = "Some 60 nurses feared being arrested at the army checkpoint outside Port Lemon, their union reported."
    c = claim_of(text, "Some 60")
    assert c.event != "detained"
    assert c.period_kind == "stock"


def test_people_feared_dead_are_a_toll() -> None:
    text = "Twelve fishermen were feared dead after the cyclone struck the coast of Mozambique."
    assert claim_of(text, "Twelve").event == "killed"


def test_a_backshifted_passive_perfect_is_a_running_total() -> None:
    text = "Nurses at the field clinic outside Derna reported that 64 children had been evacuated by helicopter."
    assert claim_of(text, "64").period_kind == "cumulative"


def test_a_backshifted_passive_perfect_with_a_day_is_that_day() -> None:
    text = ("Nurses at the field clinic outside Derna reported that 64 children had been evacuated by helicopter "
            "on Monday.")
    assert claim_of(text, "64").period_kind == "increment"


def test_a_figure_given_for_the_dead_is_a_running_total() -> None:
    text = "Derna's mayor cited a figure of 265 dead once the water had receded."
    assert claim_of(text, "265").period_kind == "cumulative"


def test_a_day_s_dead_without_a_figure_noun_stay_that_day_s() -> None:
    text = "Derna's mayor reported on Sunday that 140 residents drowned when the dam burst on Friday."
    assert claim_of(text, "140").period_kind == "increment"


def test_an_ordinal_group_of_an_evacuation_is_one_batch() -> None:
    text = ("Buses carrying the second group of evacuees, roughly 90 people, have already left the besieged town "
            "of Port Lemon, the mayor said.")
    assert claim_of(text, "roughly 90").period_kind == "increment"


def test_a_group_with_no_ordinal_is_not_a_batch() -> None:
    text = "Since the start of the siege, a group of about 90 people has left the besieged town of Port Lemon."
    assert claim_of(text, "about 90").period_kind == "cumulative"


@needs_model
def test_people_spoken_with_are_informants_with_no_period() -> None:
    text = "Over two weeks in May, the rights group talked with 18 former miners from Enga province."
    c = claim_of(text, "18")
    assert (c.event, c.period_kind) == ("other", None)


@needs_model
def test_a_conjunct_of_a_speaking_subject_is_an_informant() -> None:
    text = "The water rose within minutes, the harbour master of Beira and several fishermen told reporters."
    assert claim_of(text, "several").period_kind is None


@needs_model
def test_people_spoken_about_are_not_informants() -> None:
    text = "Rescuers spoke of 22 residents trapped under the rubble of the landslide in Enga province."
    assert claim_of(text, "22").period_kind is not None


def test_a_group_singled_out_by_its_fear_is_no_head_count_of_the_place() -> None:
    text = ("In the stadium of Port Lemon there are roughly 35 doctors who dread being arrested, a rights group "
            "reported.")
    assert claim_of(text, "roughly 35").event not in ("detained", "population")
