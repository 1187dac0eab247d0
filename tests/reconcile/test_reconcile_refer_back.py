"""A facility or landmark named once and pointed back to ("the steelworks", "the mountain", "Base Camp") is
keyed to the named place, as a careful reader keys a figure to the place it counts; a mountain's title
("Mount X") is not part of its key. Texts written for this file."""

from __future__ import annotations

from headcount.reconcile.place_refer import refer_back
from headcount.reconcile.places import normalise_place

_PLANT = ("Volunteers said 40 workers were taken out of the Karvel steelworks on Monday. By Tuesday the army "
          "said 25 more had left the steelworks.")


def test_the_steelworks_is_the_named_steelworks() -> None:
    assert refer_back(normalise_place("the steelworks"), _PLANT).key == "Karvel"


def test_a_plant_of_another_kind_is_not_pointed_back_to() -> None:
    assert refer_back(normalise_place("the hospital"), _PLANT).key == "hospital"


def test_two_named_things_of_the_kind_leave_the_description_as_written() -> None:
    text = _PLANT + " The Orsk steelworks also shut."
    assert refer_back(normalise_place("the steelworks"), text).key == "steelworks"


def test_a_mountains_title_is_dropped() -> None:
    assert normalise_place("Mount Tarvok").key == normalise_place("Tarvok").key == "Tarvok"
    assert normalise_place("the Tarvok base camp").key == "Tarvok"


def test_a_mountain_named_after_a_country_or_a_town_keeps_its_title() -> None:
    # the name left without the title is a country or a populated place of the gazetteer: the mountain is
    # neither, so its name stays whole, the title written in full
    assert normalise_place("Mt. Kenya").key == "Mount Kenya"
    assert normalise_place("Mount Sinjar").key == "Mount Sinjar"
    assert normalise_place("Mount Carmel").key == "Mount Carmel"
    assert normalise_place("Mt. Tarvok").key == "Tarvok"


def test_the_mountain_points_back_to_a_title_written_short() -> None:
    text = "Rescuers reached Mt. Tarvok on Friday. Ten climbers were still on the mountain."
    assert refer_back(normalise_place("the mountain"), text).key == "Tarvok"


def test_the_mountain_is_the_landmark_the_other_figures_name() -> None:
    text = "Climbers were stranded high on Tarvok after the quake, and helicopters flew all day."
    others = [normalise_place(x) for x in ("Tarvok", "Mount Tarvok", "Kelby")]
    assert refer_back(normalise_place("the mountain"), text, others).key == "Tarvok"
    assert refer_back(normalise_place("Base Camp"), text, others).key == "Tarvok"


def test_a_place_named_once_is_no_landmark() -> None:
    text = "Helicopters flew all day."
    others = [normalise_place(x) for x in ("Tarvok", "Kelby")]
    assert refer_back(normalise_place("the mountain"), text, others).key == "mountain"


def test_a_city_is_no_landmark_for_a_facility() -> None:
    text = "Helicopters flew all day."
    others = [normalise_place(x) for x in ("Kathmandu", "Kathmandu")]
    assert refer_back(normalise_place("the mountain"), text, others).key == "mountain"


def test_a_title_case_base_camp_gives_its_mountain() -> None:
    text = "An avalanche swept through Tarvok Base Camp on Saturday. Climbers at the camp waited for help."
    assert refer_back(normalise_place("the camp"), text).key == "Tarvok"
