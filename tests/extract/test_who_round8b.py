"""Round 8b: constructions a report about a crisis not in the data uses (sources, periods, events).

- A "since" phrase that qualifies the toll noun ("the death toll since <date> has passed N") is the figure's
  cumulative origin, and its date ends before the clause's verb.
- "N days/weeks ago" is one day, the publication day less N: an increment's day.
- A relay participle whose object is no definite party ("citing reports from its partners") leaves the
  speaker; one that names a party ("citing the Interior Ministry") gives the originator.

The sentences are written for this test in the style of news copy, about no crisis of the dev set.
"""

from __future__ import annotations

from source_helpers import claim_of, needs_model


def test_since_phrase_on_the_toll_noun_is_the_origin() -> None:
    c = claim_of("The death toll in Derna since Sept. 10 has passed 4,000, the health ministry said.", "4,000")
    assert (c.period_kind, c.period, c.period_start) == ("cumulative", "since Sept. 10", "2025-09-10")


def test_toll_with_no_origin_is_cumulative_without_period_text() -> None:
    # the toll's kind stays; the toll noun is no period text (gold Periods rule 6, round 10)
    c = claim_of("The death toll in Derna rose to 4,000, the health ministry said.", "4,000")
    assert (c.period_kind, c.period) == ("cumulative", None)


def test_dated_origin_ends_before_the_clause_verb() -> None:
    c = claim_of("The number of people displaced in Cabo Delgado since June 1 has risen to 40,000.", "40,000")
    assert (c.period_kind, c.period) == ("cumulative", "since June 1")


def test_origin_clause_keeps_its_own_verb() -> None:
    c = claim_of("Since the cyclone struck on March 3, more than 400 people have died in Mozambique.",
                 "more than 400")
    assert (c.period_kind, c.period) == ("cumulative", "Since the cyclone struck on March 3")


def test_weeks_ago_is_an_increment_day() -> None:
    c = claim_of("Two weeks ago, 38 migrants drowned when their boat sank off the coast of Libya.", "38")
    assert (c.period_kind, c.period, c.period_start, c.period_end) == (
        "increment", "Two weeks ago", "2026-03-06", "2026-03-06")


def test_days_ago_after_an_incident_phrase() -> None:
    c = claim_of("In a separate landslide three days ago, 12 villagers died in Enga province.", "12")
    assert (c.period, c.period_start) == ("three days ago", "2026-03-17")


def test_days_ago_before_a_verb_of_saying_dates_the_statement() -> None:
    c = claim_of("Three days ago, the ministry said 38 migrants had drowned off the coast of Libya.", "38")
    assert c.period is None


def test_rate_word_before_ago_is_no_rate() -> None:
    c = claim_of("A week ago, 12 villagers were killed in a landslide in Enga province.", "12")
    assert (c.period_kind, c.period_start) == ("increment", "2026-03-13")


@needs_model
def test_relay_of_an_unnamed_party_leaves_the_speaker() -> None:
    text = ("The World Health Organization said on Wednesday, citing reports from its partners on the ground, "
            "that 45 people had died of cholera in Beira.")
    assert claim_of(text, "45").source == "The World Health Organization"


@needs_model
def test_a_place_in_the_complement_of_an_unnamed_party_is_no_name() -> None:
    text = "Sixty villagers had drowned in the floods, the Red Cross said, citing reports from its partners in Malawi."
    assert claim_of(text, "Sixty").source == "the Red Cross"


@needs_model
def test_relay_of_a_named_party_gives_the_originator() -> None:
    text = "Local radio stations, citing the Interior Ministry, said 20 villagers had been killed in Derna."
    c = claim_of(text, "20")
    assert c.source == "the Interior Ministry"


_TOLL = "The death toll from the floods in Derna rose to 4,000, the Red Crescent said on Wednesday.\n\n"


def test_agentless_record_opening_a_paragraph_continues_the_statement() -> None:
    c = claim_of(_TOLL + "Twelve more deaths were recorded today in Susa and Bayda, most of them children.",
                 "Twelve")
    assert c.source == "the Red Crescent"


def test_a_paragraph_of_plain_narration_is_the_outlet_s() -> None:
    assert claim_of(_TOLL + "Twelve more people died today in Susa and Bayda.", "Twelve").source is None


def test_a_record_with_its_own_agent_is_not_carried() -> None:
    c = claim_of(_TOLL + "Twelve more deaths were recorded by a clinic in Susa.", "Twelve")
    assert c.source != "the Red Crescent"


def test_waiting_for_a_decision_is_no_siege() -> None:
    c = claim_of("Some 40,000 asylum seekers are waiting for a decision on their claims in Tunisia.", "Some 40,000")
    assert c.event == "population"


def test_waiting_in_a_besieged_town_is_a_siege() -> None:
    c = claim_of("About 300 civilians are waiting for buses in the besieged town of Port Lemon.", "About 300")
    assert c.event == "besieged"


@needs_model
def test_rescuers_freeing_people_is_a_rescue() -> None:
    c = claim_of("Rescuers freed 43 fishermen whose boats capsized off the coast of Mozambique.", "43")
    assert c.event == "rescued"


@needs_model
def test_people_freed_from_wreckage_are_rescued() -> None:
    assert claim_of("Twelve miners were freed from the collapsed mine in Enga province.", "Twelve").event == "rescued"


@needs_model
def test_captors_freeing_hostages_is_a_release() -> None:
    assert claim_of("The gunmen freed 43 hostages in the made-up town of Port Lemon.", "43").event == "released"


@needs_model
def test_prisoners_freed_near_words_of_an_emergency_are_released() -> None:
    # the agent is the army, not a rescuer, and prisoners are captives whoever frees them
    text = "Under the state of emergency, the army freed 200 prisoners from a jail in Port Lemon."
    assert claim_of(text, "200").event == "released"


@needs_model
def test_captives_freed_by_rescuers_are_still_released() -> None:
    text = "Volunteer divers freed 14 hostages held in a flooded cellar of the made-up town of Port Lemon."
    assert claim_of(text, "14").event == "released"


@needs_model
def test_a_rescue_team_as_the_agent_of_a_passive_is_a_rescue() -> None:
    text = "Eleven fishermen were freed by emergency crews after their trawler capsized off Beira."
    assert claim_of(text, "Eleven").event == "rescued"


@needs_model
def test_a_company_after_the_clause_is_its_source() -> None:
    text = "Twelve miners were trapped underground after the collapse in Enga province, the company said."
    assert claim_of(text, "Twelve").source == "the company"


@needs_model
def test_a_company_as_employer_is_no_source() -> None:
    assert claim_of("The mining company employs 300 miners in Enga province.", "300").source is None
