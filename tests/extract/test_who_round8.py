"""Round 8 (built on dev half A, half B held out): events and periods of constructions that carry to new
crises.

- People said, with a verb of being or staying or a verb in the progressive, to be at a place are a
  population, a stock: "an estimated 300 tourists were resting in a lagoon when the cyclone struck".

The sentences are written for this test in the style of news copy, about no crisis of the dev set.
"""

from __future__ import annotations

from source_helpers import needs_model

from headcount import extract
from headcount.models import Claim, Document


def claim_of(text: str, figure: str) -> Claim:
    claims = extract(Document(id="t", text=text, language="en"))
    return next(c for c in claims if c.figure == figure)


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
    text = ("The floods in eastern Libya have meant that thousands more villagers have had to flee their "
            "homes during the war.")
    assert claim_of(text, "thousands").period_kind == "increment"


def test_more_after_another_figure_of_the_clause_is_not_an_addition() -> None:
    # "more" says "others besides those killed", not "since the last report": the kind is left to the war
    text = "In the war, 2,053 villagers have died and 3,480 more have fled their homes."
    assert claim_of(text, "3,480").period_kind == "cumulative"


def test_what_people_fear_has_not_happened_to_them() -> None:
    text = ("Some 40 journalists feared detention if they left the besieged town of Port Lemon, the press "
            "union said.")
    c = claim_of(text, "Some 40")
    assert c.event != "detained"
    assert c.period_kind == "stock"


def test_people_feared_dead_are_a_toll() -> None:
    text = "Twelve fishermen were feared dead after the cyclone struck the coast of Mozambique."
    assert claim_of(text, "Twelve").event == "killed"


def test_a_backshifted_passive_perfect_is_a_running_total() -> None:
    text = "The health ministry said at least 75 villagers had been treated at the field hospital in Derna."
    assert claim_of(text, "at least 75").period_kind == "cumulative"


def test_a_backshifted_passive_perfect_with_a_day_is_that_day() -> None:
    text = "The health ministry said at least 75 villagers had been treated in Derna on Monday."
    assert claim_of(text, "at least 75").period_kind == "increment"


def test_a_figure_given_for_the_dead_is_a_running_total() -> None:
    text = "On Saturday evening the UN gave a preliminary figure of 265 dead after the floods in Derna."
    assert claim_of(text, "265").period_kind == "cumulative"


def test_a_day_s_dead_without_a_figure_noun_stay_that_day_s() -> None:
    text = "The UN said on Saturday that 140 people died in the floods in Derna on Friday."
    assert claim_of(text, "140").period_kind == "increment"


def test_an_ordinal_group_of_an_evacuation_is_one_batch() -> None:
    text = ("The evacuation of the besieged town of Port Lemon has begun. The first group, of about 90 people, "
            "is already heading towards the coast, the mayor said.")
    assert claim_of(text, "about 90").period_kind == "increment"


def test_a_group_with_no_ordinal_is_not_a_batch() -> None:
    text = "Since the start of the siege, a group of about 90 people has left the besieged town of Port Lemon."
    assert claim_of(text, "about 90").period_kind == "cumulative"


@needs_model
def test_people_spoken_with_are_informants_with_no_period() -> None:
    text = "In March, researchers spoke with 22 former residents of the flooded district of Derna."
    c = claim_of(text, "22")
    assert (c.event, c.period_kind) == ("other", None)


@needs_model
def test_a_conjunct_of_a_speaking_subject_is_an_informant() -> None:
    text = ("Two nurses and several fishermen said that on Sunday the water rose within minutes in the "
            "villages near Beira.")
    assert claim_of(text, "several").period_kind is None


@needs_model
def test_people_spoken_about_are_not_informants() -> None:
    text = "Rescuers spoke of 22 residents trapped under the rubble of the landslide in Enga province."
    assert claim_of(text, "22").period_kind is not None


def test_a_group_singled_out_by_its_fear_is_no_head_count_of_the_place() -> None:
    text = ("There are also some 40 journalists inside the besieged town of Port Lemon who fear being "
            "detained if they leave, the press union said.")
    assert claim_of(text, "some 40").event not in ("detained", "population")
