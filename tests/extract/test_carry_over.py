"""Constructions that carry to crises the dev set does not hold (issue 11): flattened tables, parts with no
predicate of their own, pointers back to a count, and the period words that decide between a window, a
running total and a state. Every sentence here is written for the project."""

from __future__ import annotations

import pytest

from headcount import Claim, extract
from headcount.extract.numbers import parse_numbers

PUBLISHED = "2024-03-08"  # a Friday


def _claims(text: str) -> list[Claim]:
    return extract(text, published=PUBLISHED)


def _one(text: str, figure: str) -> Claim:
    found = [c for c in _claims(text) if c.figure == figure]
    assert found, f"{figure!r} not extracted from {text!r}"
    return found[0]


# -- tables flattened into text ---------------------------------------------------------------------------

TABLE = (
    "The Civil Protection Agency said about 410 people had died and 1,235 were injured since the rains began.\n\n"
    "The breakdown by region:\n\n"
    "Region Injured Dead Northern Coast 371 252 Western Hills 864 158 (provisional) Total 1,235 410"
)


def test_table_cells_take_their_column_event_and_row_place() -> None:
    by_value = {(c.low, c.event): c for c in _claims(TABLE)}
    assert (371, "injured") in by_value and (252, "killed") in by_value
    assert (864, "injured") in by_value and (158, "killed") in by_value
    assert by_value[(371, "injured")].location == "Northern Coast"
    assert by_value[(158, "killed")].location == "Western Hills"


def test_table_cells_are_parts_of_the_totals_before_and_share_their_source() -> None:
    claims = _claims(TABLE)
    dead = next(c for c in claims if c.low == 252)
    assert dead.parent is not None and claims[dead.parent].low == 410
    assert dead.source == "The Civil Protection Agency"
    injured = next(c for c in claims if c.low == 864)
    assert injured.parent is not None and claims[injured.parent].low == 1235


def test_a_total_row_restates_the_total_and_is_no_part() -> None:
    total = [c for c in _claims(TABLE) if c.low == 1235]
    assert len(total) == 2 and all(c.parent is None for c in total)


def test_table_rows_are_not_read_as_spaced_thousands() -> None:
    figures = [f.figure for f in parse_numbers("Area Deaths Injuries Eastern Plain 120 455 Southern Delta 87 302")]
    assert figures == ["120", "455", "87", "302"]


def test_prose_keeps_spaced_thousands() -> None:
    assert [f.low for f in parse_numbers("Some 12 450 people were injured and 3 310 killed.")] == [12450, 3310]


def test_a_unit_word_followed_by_numbers_is_a_row_label() -> None:
    # "GB" heads the next row here; it is no gigabyte
    figures = [f.figure for f in parse_numbers("Zone Dead Injured KR 14 40 GB 3 7 TL 0 2")]
    assert "40" in figures and "3" in figures and "7" in figures
    assert [f.figure for f in parse_numbers("The backup took 40 GB of space.")] == []


def test_a_phrase_with_one_row_is_no_table() -> None:
    claims = _claims("Deaths Injuries North 12 40 were reported by the governor.")
    assert all(c.location != "North" for c in claims)


# -- parts and pointers ---------------------------------------------------------------------------------


def test_a_part_without_a_predicate_takes_the_whole_event() -> None:
    c = _one("At least 40 people were killed in air strikes on the remaining rebel areas, including 15 in the "
             "old market district.", "15")
    assert c.event == "killed"


def test_a_part_keeps_an_event_named_inside_the_whole_phrase() -> None:
    c = _one("The clinic admitted 52 wounded villagers, among them 19 children.", "19")
    assert c.event != "killed"


def test_this_number_includes_links_back_from_inside_a_clause() -> None:
    claims = _claims("Monitors said 320 people were killed in the raids. According to the monitors, this number "
                     "includes at least 210 civilians.")
    part = next(c for c in claims if c.low == 210)
    assert part.event == "killed" and part.parent is not None and claims[part.parent].low == 320


def test_a_dead_part_of_casualties_keeps_its_own_event() -> None:
    c = _one("The clashes left 120 casualties, including 35 dead.", "35")
    assert c.event == "killed"


def test_a_pointer_takes_the_event_and_period_of_its_count() -> None:
    c = _one("The ministry said 900 people died on Monday. Aid groups put that number higher, at 11,300.",
             "11,300")
    assert (c.event, c.period_kind) == ("killed", "increment")


# -- events ---------------------------------------------------------------------------------------------


def test_a_reduced_relative_on_a_place_is_not_the_event() -> None:
    claims = _claims("Nearly 4,100 people went to border villages, about 2,300 to a district held by the militia, "
                     "and 700 crossed into the valley.")
    assert next(c for c in claims if c.low == 2300).event == "evacuated"


def test_a_participle_with_auxiliary_is_still_the_predicate() -> None:
    assert _one("Some 310 villagers were held by the militia overnight.", "Some 310").event == "detained"


def test_a_participle_after_a_people_noun_describes_them() -> None:
    c = _one("About 1,200 families displaced by the floods are sleeping in schools.", "About 1,200")
    assert (c.event, c.period_kind) == ("displaced", "stock")


# -- periods --------------------------------------------------------------------------------------------


def test_within_a_place_is_no_window() -> None:
    c = _one("Some 12,000 people have been displaced within the province since fighting flared on March 2.",
             "Some 12,000")
    assert c.period_kind == "cumulative" and c.period is not None and c.period.startswith("since")


def test_within_a_unit_of_time_is_a_window() -> None:
    c = _one("More than 600 people were killed within 72 hours, the monitor said.", "More than 600")
    assert c.period_kind == "increment"


def test_the_total_after_bringing_is_cumulative_despite_a_rate() -> None:
    claims = _claims("About 90 people were killed every week in May, bringing the death toll to 2,310 as of 3 June.")
    rate = next(c for c in claims if c.low == 90)
    total = next(c for c in claims if c.low == 2310)
    assert rate.period_kind == "increment"
    assert total.period_kind == "cumulative" and total.period == "as of 3 June"


def test_the_value_a_running_total_reached_is_cumulative() -> None:
    c = _one("Monitors said the number of men forced into the militia had reached 3,200.", "3,200")
    assert c.period_kind == "cumulative"


def test_the_nearer_of_a_whole_and_an_incident_decides() -> None:
    c = _one("Medics searched for survivors of a powerful quake, that killed more than 1,400 people, and flew out "
             "victims of a landslide near the pass.", "more than 1,400")
    assert c.period_kind == "cumulative"
    c = _one("At least 30 people died in the war's deadliest air strike on Monday.", "At least 30")
    assert c.period_kind == "increment"


def test_for_a_week_is_a_length_not_a_rate() -> None:
    assert _one("Gunmen held 45 passengers for a week before releasing them.", "45").period != "a week"
    c = _one("Rescuers evacuated 300 people a week from the valley.", "300")
    assert (c.period_kind, c.period) == ("increment", "a week")  # a rate's unit still is one


def test_in_a_month_is_a_closed_window() -> None:
    c = _one("At least 2,100 people have been killed in the region in a month, the charity said.", "At least 2,100")
    assert (c.period_kind, c.period) == ("increment", "in a month")


@pytest.mark.parametrize(("text", "figure", "start", "end"), [
    ("Some 3,400 people have fled since Thursday, officials said.", "Some 3,400", "2024-03-07", "2024-03-08"),
    ("About 800 people have crossed the border since yesterday.", "About 800", "2024-03-07", "2024-03-08"),
])
def test_since_a_day_runs_to_publication(text: str, figure: str, start: str, end: str) -> None:
    c = _one(text, figure)
    assert (c.period_kind, c.period_start, c.period_end) == ("cumulative", start, end)


# -- figures --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "figure", "low", "high", "approx"), [
    ("Scores of fishermen drowned when the ferry overturned.", "Scores", 40, None, True),
    ("The agency counted ~734 arrivals at the camp.", "~734", 734, 734, True),
    ("The ministry put the toll at 12 450 dead across the region.", "12 450", 12450, 12450, False),
])
def test_figures_with_unusual_notation(text: str, figure: str, low: float, high: float | None,
                                        approx: bool) -> None:
    c = _one(text, figure)
    assert (c.low, c.high, c.approx) == (low, high, approx)


def test_a_list_after_a_colon_counts_what_the_lead_names() -> None:
    claims = _claims("The survey listed the vulnerable households as follows: 2,400 families in the north and 900 "
                     "families in the south.")
    assert [c.event for c in claims] == ["affected", "affected"]


def test_a_flow_amid_a_fight_is_its_running_total() -> None:
    c = _one("Thousands flee amid the fight for the northern port.", "Thousands")
    assert (c.event, c.period_kind) == ("evacuated", "cumulative")


def test_the_incident_a_whole_set_off_decides() -> None:
    c = _one("At least 23 people died on the glacier after a strong earthquake set off a huge avalanche.",
             "At least 23")
    assert c.period_kind == "increment"


def test_a_figure_stated_again_takes_the_window_of_the_other_statement() -> None:
    claims = _claims("The army said on Tuesday that 312 fighters had surrendered at the port.\n\n"
                     "\"Over the past 24 hours, 312 fighters laid down their arms,\" a spokesman told reporters.")
    assert [c.period for c in claims] == ["Over the past 24 hours", "Over the past 24 hours"]


def test_a_weekday_in_apposition_to_an_as_of_date_is_no_window() -> None:
    c = _one("Officials said that as of the evening of June 4, Tuesday, 618 people have died since the siege "
             "began on April 2.", "618")
    assert c.period_kind == "cumulative"
    assert _one("Since the ceasefire, 40 people left on Tuesday.", "40").period == "on Tuesday"
