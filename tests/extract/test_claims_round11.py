"""Claims of round 11 (built on half B and on unseen-crisis texts): the predicate that governs a figure
decides its event over the nearest trigger of another clause.

The sentences are written for this test about crises in no data (a made-up mountain town and its
hospital, a made-up river port), in wording and figures of their own. Each positive case failed on the
code before its rule; the negative case beside it pins what the rule must leave alone.
"""

from __future__ import annotations

from source_helpers import needs_model

from headcount import Claim, extract
from headcount.models import Document


def claims(text: str) -> list[Claim]:
    return list(extract(Document(id="t", text=text, language="en", published="2026-01-10")))


def one(text: str, figure: str) -> Claim:
    found = [c for c in claims(text) if c.figure == figure]
    assert found, f"{figure!r} not extracted from {text!r}"
    return found[0]


# --- patients told by their condition ----------------------------------------------------------------------

@needs_model
def test_a_condition_after_where_is_no_evacuation() -> None:
    text = ("After the bridge at Korvel gave way, the survivors were carried to the district clinic, where "
            "seven were still in a grave condition on Friday.")
    c = one(text, "seven")
    assert c.event == "other"
    assert c.period_kind == "stock"


@needs_model
def test_patients_needing_an_operation_are_no_event() -> None:
    text = "Doctors at Korvel said that 26 of the wounded patients needed emergency surgery overnight."
    assert one(text, "26").event == "other"


@needs_model
def test_being_in_a_town_is_not_a_condition() -> None:
    text = "Medics said 40 wounded were still in hospital in Korvel on Friday."
    assert one(text, "40").event != "other"


# --- where the displaced stay ------------------------------------------------------------------------------

def test_staying_in_shelters_after_an_affected_count() -> None:
    text = "The regional authority said 9,000 people had been affected and 2,300 were staying in 41 shelters."
    assert one(text, "2,300").event == "displaced"


def test_shelters_hosting_people_count_the_displaced() -> None:
    text = "Volunteers in Tarsk have opened eight school shelters hosting about 1,900 people since the quake."
    c = one(text, "about 1,900")
    assert (c.event, c.period_kind) == ("displaced", "stock")


def test_hosted_displaced_people() -> None:
    assert one("Before the raid, the Morvan site hosted some 7,300 displaced people.", "some 7,300").event == "displaced"


def test_a_country_hosting_refugees_is_a_population() -> None:
    assert one("The small republic hosts 1.2 million refugees from Voltania.", "1.2 million").event == "population"


# --- one place's share of a count, its noun left out -------------------------------------------------------

def test_followed_by_a_place_with_a_bare_figure() -> None:
    text = "Floodwater reached 64,000 residents in the Ostra valley, followed by Kesh with 21,500."
    c = one(text, "21,500")
    assert c.category == "residents"


def test_a_place_accounting_for_a_bare_figure() -> None:
    text = "The fever has put 2,400 patients in clinics this month, with Tulsa province alone accounting for 610."
    assert one(text, "610").category == "patients"


def test_a_bare_figure_with_a_thing_after_it_is_no_share() -> None:
    text = "Floodwater reached 64,000 residents in the Ostra valley, followed by Kesh with 21 roads cut."
    assert [c.figure for c in claims(text)] == ["64,000"]


# --- capacities --------------------------------------------------------------------------------------------

def test_a_shelter_built_for_people_is_a_capacity_and_what_it_held_a_population() -> None:
    text = "The stadium shelter at Ravno, built for 1,200 people, held about 3,400 on Monday."
    built = one(text, "1,200")
    assert (built.event, built.period_kind) == ("other", "stock")
    held = one(text, "about 3,400")
    assert (held.category, held.event) == ("people", "population")


def test_a_boat_licensed_to_carry_passengers() -> None:
    text = "Police said the launch was licensed to carry 45 passengers when it sank off Ravno."
    assert one(text, "45").event == "other"


def test_built_for_a_group_with_no_figure_is_no_capacity() -> None:
    text = "The camp at Ravno, built for the herders of the valley, has taken in 3,000 displaced people."
    assert one(text, "3,000").event == "displaced"


# --- moving people -----------------------------------------------------------------------------------------

def test_people_moved_by_the_authorities_are_evacuated() -> None:
    text = "Officials in Lorn said they had moved 6,300 people from the river islands overnight."
    assert one(text, "6,300").event == "evacuated"


def test_people_who_had_been_moved_are_evacuated() -> None:
    text = "By noon some 4,100 residents had been moved to schools on the ridge above Lorn."
    assert one(text, "some 4,100").event == "evacuated"


@needs_model
def test_troops_moving_somewhere_are_not_evacuated() -> None:
    text = "About 1,500 soldiers moved into the valley on Sunday, the army said."
    assert one(text, "About 1,500").event != "evacuated"


# --- the noun a bare subject stands for --------------------------------------------------------------------

def test_a_group_noun_carries_across_but() -> None:
    text = "About 900 farmers have come back to the plateau at Oskel, but 70 are still missing."
    assert one(text, "70").category == "farmers"


def test_a_noun_of_what_happened_does_not_carry_across_but() -> None:
    text = "Some 45 survivors were pulled from the mine at Oskel, but hundreds remain trapped."
    assert one(text, "hundreds").category == "people"


def test_bodies_are_not_the_noun_of_a_later_bare_figure() -> None:
    text = "At Oskel 60 farmers got away, but 30 bodies were found, and 12 are still missing."
    assert one(text, "12").category == "farmers"


# --- crowds ------------------------------------------------------------------------------------------------

def test_a_rally_of_people_is_a_population_not_the_detained() -> None:
    text = "Riot police in Velgrad arrested 140 students as they dispersed a rally of about 8,000 people in the main square."
    c = one(text, "about 8,000")
    assert (c.event, c.period_kind) == ("population", "stock")


def test_the_arrested_beside_a_rally_stay_detained() -> None:
    text = "Riot police in Velgrad arrested 140 students as they dispersed a rally of about 8,000 people in the main square."
    assert one(text, "140").event == "detained"
