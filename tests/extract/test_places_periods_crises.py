"""Places and periods that carry across crises (issue 11): each construction with fresh sentences written
for this file, and a negative case beside it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from headcount import extract
from headcount.extract.rules import rules
from headcount.extract.when import find_cues


def _claim(text: str, figure: str, published: str = "2024-03-14"):  # type: ignore[no-untyped-def]
    found = [c for c in extract(text, published=published) if c.figure == figure]
    assert found, f"no claim for {figure!r} in {text!r}"
    return found[0]


# --- periods -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "a week ago", "a day after": a distance from a point in time, not the unit of a rate
        ("The death toll from the cyclone that struck the coast nearly a week ago has climbed to 2,410.",
         "2,410"),
        ("A day after the floods peaked, officials said 318 people had died.", "318"),
    ],
)
def test_relative_time_is_not_a_rate(text: str, figure: str) -> None:
    c = _claim(text, figure)
    assert c.period_kind == "cumulative"
    assert c.period is None or not c.period.lower().startswith(("a day", "a week"))


def test_a_rate_is_still_a_rate() -> None:
    c = _claim("About 2,500 people a day are crossing into the neighbouring province.", "About 2,500")
    assert (c.period_kind, c.period) == ("increment", "a day")


@given(st.sampled_from(["ago", "after", "before", "later", "earlier"]))
def test_no_rate_cue_before_a_relative_time_word(word: str) -> None:
    words = f"the storm hit a week {word} and 40 people died".split()
    assert find_cues(words, rules()).rate == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 14,000 villagers have taken refuge in schools and mosques, the governor said.", "Some 14,000"),
        ("At least 52,000 people have been left homeless by the tremor.", "At least 52,000"),
        ("Aid agencies are struggling to reach the 210,000 residents displaced by the fighting.", "210,000"),
        ("Hundreds of families are seeking shelter in a stadium on the edge of the town.", "Hundreds"),
    ],
)
def test_sheltering_and_described_displacement_are_stocks(text: str, figure: str) -> None:
    assert _claim(text, figure).period_kind == "stock"


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # displacement as an event with its window or origin stays a flow
        ("Some 8,200 people were displaced by the floods in July.", "Some 8,200", "increment"),
        ("More than 31,000 civilians have been displaced since the offensive began.", "More than 31,000",
         "cumulative"),
    ],
)
def test_displacement_as_an_event_stays_a_flow(text: str, figure: str, kind: str) -> None:
    assert _claim(text, figure).period_kind == kind


def test_a_statement_day_leaves_a_disaster_toll_cumulative() -> None:
    text = ("A strong earthquake shook the mountain districts at dawn.\n\n"
            "The provincial government said on Sunday that 640 people had died.")
    assert _claim(text, "640").period_kind == "cumulative"


def test_a_statement_day_leaves_an_incident_toll_an_increment() -> None:
    text = ("A car bomb exploded outside the court house.\n\n"
            "Police said on Sunday that 14 people had died.")
    assert _claim(text, "14").period_kind == "increment"


# --- places --------------------------------------------------------------------------------------------


def test_a_place_that_reports_is_where_the_figure_is() -> None:
    text = ("According to the monitor, the town of Kafrun recorded 42 civilian deaths, while the village of "
            "Beit Salem suffered 17 fatalities.")
    assert _claim(text, "42").location == "Kafrun"
    assert _claim(text, "17").location == "Beit Salem"


def test_a_bare_country_that_speaks_is_a_party_not_the_place() -> None:
    text = ("Fighters held out for weeks inside the Vostok cement works.\n\n"
            "Ruritania said 312 fighters had surrendered.")
    assert _claim(text, "312").location != "Ruritania"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Chile's health ministry said on Monday that 40 people had died.", "40", "Chile"),
        ("Peru’s government has announced more than 1,200 deaths, but gave no breakdown.", "more than 1,200",
         "Peru"),
    ],
)
def test_a_possessive_country_is_the_last_resort(text: str, figure: str, place: str) -> None:
    assert _claim(text, figure).location == place


def test_a_named_place_beats_the_possessive_country() -> None:
    c = _claim("Chile's health ministry said 40 people had died in Valparaiso.", "40")
    assert c.location == "Valparaiso"


def test_no_possessive_no_place() -> None:
    assert _claim("The ministry said 40 people had died.", "40").location is None


def test_hyphenated_names_are_places() -> None:
    text = "Officials said 512 people died in Oruro, 210 in Potosi and 23 in Beni-Mamore."
    assert _claim(text, "23").location == "Beni-Mamore"
    assert _claim(text, "210").location == "Potosi"


def test_camel_case_is_still_not_a_place() -> None:
    c = _claim("More than 300 IDPs arrived from McAllen overnight.", "More than 300")
    assert c.location != "McAllen"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a verb of a disaster striking an area takes the area as its object
        ("Monsoon rains inundated the Kasur district overnight, killing 57 people.", "57", "Kasur district"),
        ("A powerful tremor jolted western Bamyan province, where at least 312 people died.", "at least 312",
         "western Bamyan province"),
    ],
)
def test_a_disaster_verb_takes_its_area(text: str, figure: str, place: str) -> None:
    assert _claim(text, figure).location == place


def test_a_thing_described_is_the_place_as_written() -> None:
    text = "The ferry sank off Mersing. Divers said dozens of bodies remain in the sunken vessel."
    assert _claim(text, "dozens").location == "the sunken vessel"


def test_the_city_still_stands_for_the_name_before() -> None:
    text = "Shelling hit Kharkiv overnight. About 3,000 people have left the city since Monday."
    assert _claim(text, "About 3,000").location == "Kharkiv"


@pytest.mark.parametrize(
    "verb", ["revealed", "confirmed", "tweeted", "disclosed"],
)
def test_the_day_of_a_statement_is_not_a_flows_window(verb: str) -> None:
    text = (f"After the cyclone made landfall, the governor {verb} on Friday that 230 people had been killed "
            "and 1,900 injured.")
    c = _claim(text, "230")
    assert c.period is None
    assert c.period_kind == "cumulative"


def test_a_day_after_a_verb_of_the_event_is_its_window() -> None:
    c = _claim("Police arrested 28 people on Monday, officials said.", "28")
    assert (c.period_kind, c.period) == ("increment", "on Monday")


# --- parents -------------------------------------------------------------------------------------------


def test_the_toll_includes_points_back_to_the_total() -> None:
    text = ("Gunmen killed at least 64 villagers near the river, the agency said. Witnesses described the "
            "scene. The toll includes 19 women and 22 children.")
    claims = extract(text, published="2024-03-14")
    total = next(i for i, c in enumerate(claims) if c.figure == "at least 64")
    assert [c.parent for c in claims if c.figure in ("19", "22")] == [total, total]


def test_include_without_a_pointing_subject_links_nothing_across_sentences() -> None:
    text = "Gunmen killed at least 64 villagers near the river. Aid convoys include 40 doctors."
    claims = extract(text, published="2024-03-14")
    assert next(c for c in claims if c.figure == "40").parent is None


def test_a_part_with_no_event_takes_its_wholes_across_sentences() -> None:
    text = ("Gunmen killed at least 64 villagers near the river, the agency said. The reports included 19 "
            "women and 22 children.")
    claims = extract(text, published="2024-03-14")
    assert {c.event for c in claims if c.figure in ("19", "22")} == {"killed"}


def test_a_part_with_its_own_event_keeps_it() -> None:
    text = "At least 64 villagers were killed, the agency said. Among them, 19 were arrested before."
    claims = extract(text, published="2024-03-14")
    assert next(c for c in claims if c.figure == "19").event == "detained"


def test_among_a_group_named_before_is_a_part_of_it() -> None:
    text = "Floods killed 54 people across the province. Officials said 18 children and 10 women were among the dead."
    claims = extract(text, published="2024-03-14")
    total = next(i for i, c in enumerate(claims) if c.figure == "54")
    assert [c.parent for c in claims if c.figure in ("18", "10")] == [total, total]


def test_among_after_a_clause_break_is_not_a_part() -> None:
    text = "Floods killed 54 people across the province. Rescuers saved 18 children, who were among the lucky."
    claims = extract(text, published="2024-03-14")
    assert next(c for c in claims if c.figure == "18").parent is None


def test_of_the_total_opening_a_sentence_is_the_whole() -> None:
    claims = extract("Of the 612 people who died, 401 were soldiers, the army said.", published="2024-03-14")
    whole = next(i for i, c in enumerate(claims) if c.figure == "612")
    assert next(c for c in claims if c.figure == "401").parent == whole
    assert claims[whole].parent is None


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Two more patients succumbed to their wounds overnight.", "Two", "killed"),
        ("Some 40 fishermen were lost at sea during the storm.", "Some 40", "missing"),
        ("Nine workers were electrocuted when the flood waters reached the substation.", "Nine", "killed"),
    ],
)
def test_disaster_vocabulary(text: str, figure: str, event: str) -> None:
    assert _claim(text, figure).event == event


def test_an_adverb_and_adjective_before_a_name() -> None:
    c = _claim("Four deaths were reported after flooding in temporarily occupied Kardashynka.", "Four")
    assert c.location == "Kardashynka"


def test_an_adverb_before_a_lower_case_noun_is_no_place() -> None:
    c = _claim("Four people died in recently flooded houses, officials said.", "Four")
    assert c.location is None
