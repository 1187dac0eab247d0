"""Round 9, after review: the risky sides of the round's rules on unseen crises (tests/extract/
test_fresh_crises_round9.py holds their positive cases). Each sentence here is written for this test about
crises and topics of no data set; each failed on the code the review read.
"""

from __future__ import annotations

import pytest
from source_helpers import claim_of, claims_of, figures_of, needs_model, whole_of

from headcount.extract.numbers import parse_numbers

# -- 1: an open plural head needs a sign that it names people, not only a predicate people also take ---------


@pytest.mark.parametrize(("text", "figure"), [
    ("The Senate committee killed 12 amendments on Tuesday.", "12"),
    ("Twelve bills were killed in committee last week.", "Twelve"),
    ("Police in Tete said 40 ballots were missing from the count.", "40"),
    ("Poachers in Niassa killed 12 rhinos and 30 elephants last year.", "12"),
    ("The bird flu outbreak near Lae killed 40,000 hens.", "40,000"),
    ("Rangers off Pemba rescued 200 turtles caught in the nets.", "200"),
    ("Some 17 containers were buried under the mud at the port.", "Some 17"),
    ("Authorities in Sabha evacuated 14 warehouses near the wadi.", "14"),
    ("The ruling freed 300 accounts frozen by the bank.", "300"),
])
def test_things_and_animals_with_a_people_predicate_are_not_people(text: str, figure: str) -> None:
    assert figure not in figures_of(text)


def test_a_head_with_a_person_suffix_still_counts_people() -> None:
    c = claim_of("The stampede near Kaduna killed 14 devotees on Sunday.", "14")
    assert (c.category, c.event) == ("devotees", "killed")


def test_an_agent_noun_in_ers_counts_people_only_with_a_human_predicate() -> None:
    assert claim_of("Police said 19 choristers drowned when the bus left the road near Lae.", "19").category == (
        "choristers")
    assert "19" not in figures_of("Police said 19 choristers were killed when the bus crashed near Lae.")


def test_coordinated_objects_share_the_first_verb() -> None:
    text = "Police in Kaduna arrested 23 suspected rebel collaborators and 12 alleged smugglers on Monday."
    assert claim_of(text, "12").category == "smugglers"


# -- 2: the governing verb's object is the figure's own head, not a noun after a preposition ----------------


def test_a_noun_after_a_preposition_is_not_the_governed_head() -> None:
    claims = [c for c in claims_of("Security forces in Tete detained 30 following demonstrations.") if c.figure == "30"]
    assert all(c.category == "people" for c in claims)


def test_a_noun_after_near_is_not_the_governed_head() -> None:
    claims = [c for c in claims_of("Gunmen abducted 40 near farms outside Kaduna.") if c.figure == "40"]
    assert all(c.category == "people" for c in claims)


# -- 3: a fronted "Of the <group>," names people, finds its whole by event, and is not larger than it --------


@needs_model
def test_a_fronted_group_of_the_dead_does_not_take_a_count_of_rescued_as_its_whole() -> None:
    text = ("The blast in Lae killed 30 people. Rescuers pulled 80 survivors from the rubble. "
            "Of the dead, 12 were children.")
    assert whole_of(text, "12") != "80"


@needs_model
def test_a_fronted_group_of_things_is_no_whole_of_people() -> None:
    text = "At least 50 people died in the fire in Sabha. Of the buildings inspected, 12 were unsafe."
    claims = [c for c in claims_of(text) if c.figure == "12"]
    assert all(c.event != "killed" and c.parent is None for c in claims)


@needs_model
def test_a_part_larger_than_its_whole_gets_no_parent() -> None:
    text = "Floods killed 31 people in Tete. Of the districts affected, Sofala reported 40 deaths."
    assert whole_of(text, "40") is None


# -- 4: a temporal clause after a future keeps the future ---------------------------------------------------


def test_a_when_clause_after_a_future_is_expected() -> None:
    text = "The camp near Tete will close when 3,000 refugees have returned home."
    assert claim_of(text, "3,000").modality == "expected"


def test_an_after_clause_after_a_future_is_expected() -> None:
    text = "Aid deliveries to Sabha will resume after 4,000 people are evacuated."
    assert claim_of(text, "4,000").modality == "expected"


# -- 5: a causative that is itself an unrealised infinitive ---------------------------------------------------


def test_a_threat_to_force_people_to_leave_is_expected() -> None:
    text = "The army threatened to force 3,000 residents to leave the valley near Kaduna."
    assert claim_of(text, "3,000").modality == "expected"


# -- 6: "scores more" after a relative "that" is a verb ---------------------------------------------------------


def test_scores_more_after_a_relative_that_is_the_verb() -> None:
    text = "He is a striker that scores more goals than anyone in Lubumbashi, and 12 people attended the match."
    assert "scores" not in [f.figure for f in parse_numbers(text)]


# -- 7: "new cases" with no disease is not a count of people ----------------------------------------------------


def test_new_cases_of_a_court_are_not_people() -> None:
    assert "40" not in figures_of("The court in Tete received 40 new cases this week.")


def test_new_cases_beside_deaths_count_people() -> None:
    c = claim_of("In the past week, 90 new cases and three deaths were recorded in the camps near Tete.", "90")
    assert c.category == "cases"


def test_new_cases_with_a_disease_in_the_sentence_count_people() -> None:
    c = claim_of("Health officials in Tete recorded 40 new cases of the cholera outbreak on Friday.", "40")
    assert c.category == "cases"


# -- 9: an inverted "among the <group> were N" counts people only when the group is people ---------------------


@pytest.mark.parametrize("text", [
    "Among the items seized in Tete were 40 laptops, police said.",
    "Among the victims' belongings were 300 passports, the coroner in Sabha said.",
])
def test_an_inverted_partitive_of_things_counts_no_people(text: str) -> None:
    assert not [c for c in claims_of(text) if c.figure in ("40", "300")]


def test_an_inverted_partitive_of_people_still_counts_its_members() -> None:
    c = claim_of("Among the ferry passengers were 14 footballers, the club in Pemba said.", "14")
    assert c.category == "footballers"


# -- 13: "to safety" stays a trigger of its own: it is the second half of "moved N people to safety" -----------


def test_moved_n_people_to_safety_is_an_evacuation() -> None:
    c = claim_of("Soldiers moved 2,000 villagers to safety as the river rose near Tete.", "2,000")
    assert c.event == "evacuated"
