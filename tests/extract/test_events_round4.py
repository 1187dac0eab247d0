"""Events read from constructions (fourth round): a pair of harms coordinated before the figure, matched
from its second conjunct, counts casualties.

Every sentence is written for this file (no run of words from the dev texts); each construction has at
least two sentences in different words so that a phrase match cannot pass them all.
"""

from __future__ import annotations

import pytest

from headcount import extract
from headcount.models import Claim


def _claim(text: str, figure: str) -> Claim:
    claims = [c for c in extract(text, published="2024-05-20") if c.figure == figure]
    assert claims, f"no claim for {figure!r} in {text!r}"
    return claims[0]


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Shelling of the market caused deaths and injuries among at least 40 shoppers, the mayor said.",
         "at least 40", "casualties"),
        ("The clashes near the port led to the deaths and injuries of scores of dock workers on Sunday.",
         "scores", "casualties"),
        ("Police said the blast killed and wounded 27 people near the station.", "27", "casualties"),
    ],
)
def test_harm_pair_before_the_figure_is_casualties(text: str, figure: str, event: str) -> None:
    assert _claim(text, figure).event == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The storm caused injuries to 12 people in the valley, officials said.", "12", "injured"),
        ("Floods caused the deaths of 30 villagers on Monday.", "30", "killed"),
        ("Seven people were killed and 19 were injured in the attack on the depot.", "19", "injured"),
    ],
)
def test_one_harm_stays_itself(text: str, figure: str, event: str) -> None:
    assert _claim(text, figure).event == event


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("As the front advanced, some 3,000 villagers moved deeper into the forest, a local official said.",
         "some 3,000"),
        ("Aid groups said 450 families are moving deeper into the valley to escape the shelling.", "450"),
    ],
)
def test_moving_deeper_inside_is_displacement(text: str, figure: str) -> None:
    """Gold convention 5: moving deeper inside the same area is displacement, not leaving it."""
    assert _claim(text, figure).event == "displaced"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Commanders say roughly 1,200 gunmen still hold the northern quarter of the port city.", "roughly 1,200"),
        ("An estimated 400 insurgents are still guarding the bridge, the colonel told reporters.",
         "An estimated 400"),
    ],
)
def test_still_says_they_remain(text: str, figure: str) -> None:
    """A predicate with no word of an event that "still" modifies: the people counted remain (besieged)."""
    assert _claim(text, figure).event == "besieged"


def test_without_still_no_remaining() -> None:
    text = "Commanders say roughly 1,200 gunmen hold the northern quarter of the port city."
    assert _claim(text, "roughly 1,200").event != "besieged"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The death toll among residents of the valley has climbed to 75, with monitors saying the total "
         "could exceed 200.", "200", "killed"),
        ("Officials said 40 residents of the old quarter were injured on Monday; the number later rose to 65.",
         "65", "injured"),
        ("Police said 14 residents were arrested overnight, and the total may reach 30 by the weekend.",
         "30", "detained"),
    ],
)
def test_value_a_verb_of_change_gives_a_bare_total(text: str, figure: str, event: str) -> None:
    """A bare noun of a total as the subject of a verb of change or reach ("the total could exceed N",
    "the number had risen to N") points back to the count before it, as "the number is N" does."""
    assert _claim(text, figure).event == event


def test_a_total_that_names_its_own_count_is_not_a_restatement() -> None:
    text = "Medics said 212 people died in the floods. The number of people evacuated rose to 3,000."
    assert _claim(text, "3,000").event == "evacuated"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Most of the displaced families have gone home, but about 3,000 people remain in 60 schools.",
         "about 3,000"),
        ("The agency said the flooding had uprooted whole villages, and some 900 villagers still remain in "
         "public buildings.", "some 900"),
    ],
)
def test_those_who_remain_after_displacement_are_displaced(text: str, figure: str) -> None:
    """A word of staying in a sentence that has already named displacement counts the rest of the displaced."""
    assert _claim(text, figure).event == "displaced"


def test_remaining_without_displacement_stays_besieged() -> None:
    text = "Aid workers said about 3,000 people remain in the encircled town."
    assert _claim(text, "about 3,000").event == "besieged"
