"""Claims of round 11 (built on half B and on unseen-crisis texts): the predicate that governs a figure
decides its event over the nearest trigger of another clause.

The sentences were rewritten after review (the first ones kept the clause structure of P-set and gold
sentences with names and figures swapped). Each is built here around the construction under test, with an
order of clauses of its own, about made-up towns (Brask, Hadrow, Quillon, Fenmore, Lorrin, Tarsk, Vesk).
Each positive case failed on the code before its rule; the negative cases (written after review) pin what the
rule must leave alone and failed on the code before the review's fixes.
"""

from __future__ import annotations

from source_helpers import claim_of as one
from source_helpers import figures_of, needs_model

# --- patients told by their condition or treatment (what_condition.py) ---------------------------------------


@needs_model
def test_patients_in_a_critical_condition_are_no_event() -> None:
    text = ("Helicopters flew the climbers hurt in the avalanche down to Brask, and three of them are in a "
            "critical condition tonight.")
    c = one(text, "three")
    assert (c.event, c.period_kind) == ("other", "stock")


@needs_model
def test_patients_who_need_surgery_are_no_event() -> None:
    text = "Eleven of the miners brought up from the Hadrow shaft on Tuesday need surgery, the company doctor said."
    assert one(text, "Eleven").event == "other"


@needs_model
def test_being_in_a_town_is_not_a_condition() -> None:
    text = "Medics said 40 wounded were still in hospital in Brask on Friday."
    assert one(text, "40").event != "other"


@needs_model
def test_families_in_the_state_are_not_patients() -> None:
    text = "According to the governor, roughly 1,800 displaced families remain in the state after the mudslides."
    assert one(text, "roughly 1,800").event == "displaced"


@needs_model
def test_hostages_in_good_condition_stay_held() -> None:
    text = "The kidnappers near Vesk are holding 45 hostages and claim that nine are in good condition."
    assert one(text, "nine").event != "other"


@needs_model
def test_people_living_in_poor_condition_are_not_patients() -> None:
    text = "Across the Vesk camps nearly 7,000 people live in poor condition, a charity reported."
    assert one(text, "nearly 7,000").event != "other"


@needs_model
def test_waiting_for_an_evacuation_operation_is_no_treatment() -> None:
    text = "The prefect said that some 2,500 villagers near Hadrow still await an evacuation operation."
    assert one(text, "some 2,500").event != "other"


# --- where the displaced stay (what_shelter.py) ----------------------------------------------------------------

def test_shelters_hosting_people_count_the_displaced() -> None:
    text = "The eight school shelters in Tarsk are hosting about 1,900 people, volunteers said."
    c = one(text, "about 1,900")
    assert (c.event, c.period_kind) == ("displaced", "stock")


def test_a_camp_that_hosts_displaced_people() -> None:
    text = "Power failed on Sunday at the Morvan camp, which hosts some 7,300 displaced people."
    assert one(text, "some 7,300").event == "displaced"


def test_a_country_hosting_refugees_is_a_population() -> None:
    text = "For a decade Voltania has hosted 1.2 million refugees from the war next door."
    assert one(text, "1.2 million").event == "population"


# --- one place's share of a count, its noun left out (elided_share.py) -----------------------------------------

def test_followed_by_a_place_with_a_bare_figure() -> None:
    text = "Of the 64,000 residents the floods cut off, most were in Ostra, followed by Kesh with 21,500."
    assert one(text, "21,500").category == "residents"


def test_a_district_accounting_for_a_bare_figure() -> None:
    text = "Clinics have admitted 2,400 fever patients since May, the Lorrin district accounting for 610."
    assert one(text, "610").category == "patients"


def test_a_bare_figure_with_a_thing_after_it_is_no_share() -> None:
    text = "Of the 64,000 residents the floods cut off, most were in Ostra, followed by Kesh with 21 roads cut."
    assert "21" not in figures_of(text)


# --- capacities (what_capacity.py) -----------------------------------------------------------------------------

def test_a_ferry_licensed_to_carry_people_is_a_capacity() -> None:
    text = "Licensed to carry 60 people, Ferry Lune went down off Quillon with 95 aboard."
    c = one(text, "60")
    assert (c.event, c.period_kind) == ("other", "stock")


def test_built_for_a_number_word_then_what_it_holds() -> None:
    text = "A gym at Quillon built for five hundred people now holds roughly 1,100."
    assert one(text, "five hundred").event == "other"
    assert one(text, "roughly 1,100").event == "population"


def test_built_for_a_group_with_no_figure_is_no_capacity() -> None:
    text = "The camp at Ravno, built for the herders of the valley, has taken in 3,000 displaced people."
    assert one(text, "3,000").event == "displaced"


def test_rations_intended_for_people_are_no_capacity() -> None:
    text = "A truck convoy reached the encircled town of Melk with rations intended for 30,000 people."
    assert one(text, "30,000").event != "other"


def test_deliveries_planned_for_residents_are_no_capacity() -> None:
    text = "Flour deliveries planned for 12,000 residents of Tamberlo are stuck at the port."
    assert one(text, "12,000").event != "other"


# --- moving people -------------------------------------------------------------------------------------------

def test_residents_moved_by_the_authorities_are_evacuated() -> None:
    text = "Overnight the coastguard moved some 3,200 residents off the delta island of Fenmore."
    assert one(text, "some 3,200").event == "evacuated"


def test_families_who_were_moved_are_evacuated() -> None:
    text = "About 900 families had been moved to the ridge above Fenmore by dawn."
    assert one(text, "About 900").event == "evacuated"


@needs_model
def test_troops_moving_somewhere_are_not_evacuated() -> None:
    text = "About 1,500 soldiers moved into the valley on Sunday, the army said."
    assert one(text, "About 1,500").event != "evacuated"


def test_troops_moved_by_a_general_are_not_evacuated() -> None:
    text = "Toward the frontier at Harrowgate the general moved 4,000 troops overnight."
    assert one(text, "4,000").event != "evacuated"


def test_hostages_moved_stay_held() -> None:
    text = "Police believe the kidnappers moved 80 hostages to a farm outside Vesk."
    assert one(text, "80").event == "detained"


# --- the noun a bare subject stands for (who.py) ---------------------------------------------------------------

def test_a_group_noun_carries_across_but() -> None:
    text = "Rescuers have reached 900 farmers on the Oskel plateau, but 70 are still missing."
    assert one(text, "70").category == "farmers"


def test_a_noun_of_what_happened_does_not_carry_across_but() -> None:
    text = "Some 45 survivors were pulled from the mine at Oskel, but hundreds remain trapped."
    assert one(text, "hundreds").category == "people"


def test_bodies_are_not_the_noun_of_a_later_bare_figure() -> None:
    text = "Searchers at Oskel have traced 60 farmers and recovered 30 bodies, while 12 are still missing."
    assert one(text, "12").category == "farmers"


# --- crowds (what.py _gathering_of) ----------------------------------------------------------------------------

def test_a_rally_of_people_is_a_population_not_the_detained() -> None:
    text = "A rally of about 8,000 people filled the main square of Velgrad before police arrested 140 students."
    c = one(text, "about 8,000")
    assert (c.event, c.period_kind) == ("population", "stock")


def test_the_arrested_beside_a_rally_stay_detained() -> None:
    text = "A rally of about 8,000 people filled the main square of Velgrad before police arrested 140 students."
    assert one(text, "140").event == "detained"


def test_a_weekday_before_with_is_no_place() -> None:
    text = "Medics logged 75 deaths in the district on Thursday with 9."
    assert "9" not in figures_of(text)

