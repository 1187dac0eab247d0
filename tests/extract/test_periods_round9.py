"""Periods and their dates, round 9: the day a study was published, days of the month, a date in another
clause, a window counted from the day the party spoke, calendar slices and the probe constructions.
Texts written for these tests, about crises not in the data (a cyclone in Mozambique, a landslide in Papua
New Guinea, cholera in Zambezia, mudslides in a made-up valley)."""

from __future__ import annotations

import datetime as dt

from headcount.extract.period_dates import resolve_dates
from headcount.extract.pipeline import extract
from headcount.models import Claim

_THURSDAY = "2024-05-16"


def _claim(text: str, figure: str, published: str = _THURSDAY) -> Claim:
    return next(c for c in extract(text, published) if c.figure == figure)


# The day a study or report was published is when it was told, not the flow's window.

def test_day_a_study_was_released_is_no_window() -> None:
    c = _claim("Around 2,300 people died in Zambezia because of the cyclone, says a survey of households issued "
               "on Tuesday.", "Around 2,300")
    assert (c.period is None or "Tuesday" not in c.period) and c.period_kind == "cumulative"


def test_day_prisoners_were_released_is_their_day() -> None:
    # negative: "released" of people stays the event's verb
    c = _claim("The rebels released 40 prisoners on Tuesday near Beira.", "40")
    assert c.period_kind == "increment" and c.period == "on Tuesday"


# A day of the month dates the figure's own verb, like a weekday.

def test_day_of_the_month_on_the_figures_verb_is_its_day() -> None:
    c = _claim("Soldiers freed 25 hostages early on March 5 near the border town.", "25")
    assert c.period_kind == "increment" and c.period_start == "2024-03-05"


def test_day_of_the_month_in_a_relative_clause_on_the_figure() -> None:
    c = _claim("Of the 40 villagers who were freed by soldiers on the morning of March 3 in Beni, only 12 "
               "have gone back to their farms.", "40")
    assert c.period_kind == "increment" and c.period_start == "2024-03-03"


def test_date_of_a_whole_is_not_the_figures_day() -> None:
    # negative: the date hangs on the noun of the earthquake, whose toll is its running total
    c = _claim("The earthquake of 6 February killed 5,000 people in the province.", "5,000")
    assert c.period_kind == "cumulative"


def test_date_of_another_clause_is_not_the_figures_day() -> None:
    # negative: the landslide's day belongs to the clause of the rain, not to the count of the dead
    c = _claim("Eleven villagers died in Enga in the landslide, which came after heavy rain had soaked the "
               "hillside on March 2.", "Eleven")
    assert c.period_start != "2024-03-02"


def test_as_at_ends_a_running_total_with_its_date() -> None:
    c = _claim("Landslides in Enga had buried 318 villagers as at 4 September, according to the provincial "
               "office.", "318", "2024-09-15")
    assert (c.period_kind, c.period, c.period_end) == ("cumulative", "as at 4 September", "2024-09-04")


# A month after the figure, in a clause of its own, dates that clause.

def test_month_of_a_later_clause_is_not_the_window() -> None:
    c = _claim("Researchers in Maputo now count nearly 900 dead in the months after the cyclone struck the "
               "coast in March 2019.", "nearly 900", "2020-01-20")
    assert c.period_kind == "cumulative" and c.period != "in March"


def test_month_on_the_figures_own_verb_stays() -> None:
    # published years after the stated one, so that only the stated year can give 2019
    c = _claim("Some 900 people died in Sofala in March 2019.", "Some 900", "2024-01-20")
    assert c.period_kind == "increment" and c.period_start == "2019-03-01" and c.period_end == "2019-03-31"


# A window counted back from the day the party spoke.

def test_window_counts_back_from_the_day_of_the_statement() -> None:
    c = _claim("On Monday the health ministry said 45 people had died in the past 24 hours in Sabha.", "45")
    assert (c.period, c.period_start, c.period_end) == ("in the past 24 hours", "2024-05-13", "2024-05-13")


def test_window_with_no_day_of_statement_counts_from_publication() -> None:
    # negative
    c = _claim("The health ministry said 45 people had died in the past 24 hours in Sabha.", "45")
    assert (c.period_start, c.period_end) == (_THURSDAY, _THURSDAY)


def test_yesterday_of_a_statement_made_on_tuesday() -> None:
    c = _claim("The civil defence said on Tuesday that 30 bodies were recovered yesterday in Sabha.", "30")
    assert (c.period_start, c.period_end) == ("2024-05-13", "2024-05-13")


# Dates of the month and calendar slices, resolved against the publication day.

_TUESDAY = dt.date(2026, 3, 10)


def test_day_before_month_after_since() -> None:
    assert resolve_dates("since 1 March", _TUESDAY) == ("2026-03-01", "2026-03-10")
    assert resolve_dates("until 2 March", _TUESDAY) == (None, "2026-03-02")


def test_stated_year_is_kept() -> None:
    assert resolve_dates("on 6 March 2023", _TUESDAY) == ("2023-03-06", "2023-03-06")
    assert resolve_dates("on 12 December", _TUESDAY) == ("2025-12-12", "2025-12-12")  # negative: no year stated


def test_closed_window_gives_both_days() -> None:
    assert resolve_dates("between 24 and 25 February", _TUESDAY) == ("2026-02-24", "2026-02-25")


def test_calendar_slices() -> None:
    assert resolve_dates("last week", _TUESDAY) == ("2026-03-02", "2026-03-08")
    assert resolve_dates("this month", _TUESDAY) == ("2026-03-01", "2026-03-10")
    assert resolve_dates("last month", _TUESDAY) == ("2026-02-01", "2026-02-28")
    assert resolve_dates("over the weekend", _TUESDAY) == (None, None)  # no period text, so no dates
    assert resolve_dates("in June", _TUESDAY) == ("2025-06-01", "2025-06-30")
    assert resolve_dates("during 2019", _TUESDAY) == ("2019-01-01", "2019-12-31")


def test_last_week_of_a_month_is_no_calendar_week() -> None:
    # negative
    assert resolve_dates("the last week of May", _TUESDAY) == (None, None)


# Probe constructions.

def test_since_after_a_superlative_is_no_origin() -> None:
    c = _claim("Last year, 1,705 people died of cholera in Zambezia, the highest since the first recorded "
               "outbreak in 2000.", "1,705", "2026-07-24")
    assert c.period is None or "since" not in c.period.lower()
    assert c.period != "in 2000"


def test_since_as_an_origin_stays() -> None:
    # negative
    c = _claim("At least 1,705 people have died of cholera in Zambezia since 2000.", "At least 1,705",
               "2026-07-24")
    assert c.period_kind == "cumulative" and c.period == "since 2000"


def test_date_inside_an_origin_dates_the_origin() -> None:
    c = _claim("Since the start of the rainy season in June, at least six people have died in floods in Tete.",
               "at least six", "2026-07-24")
    assert c.period_kind == "cumulative" and c.period == "Since the start of the rainy season in June"


def test_origin_stops_before_the_verb_it_qualifies() -> None:
    c = _claim("The number of people who have died of cholera in Zambezia since May 15 rose to 87 on Thursday, "
               "the ministry said.", "87", "2026-07-24")
    assert (c.period, c.period_start) == ("since May 15", "2026-05-15")


def test_part_of_the_day_stays_with_its_day() -> None:
    c = _claim("The ferry capsized on Saturday afternoon near Pemba and 40 people died.", "40")
    assert c.period == "Saturday afternoon" and c.period_start == "2024-05-11"


def test_unit_takes_its_count_and_preposition() -> None:
    c = _claim("Mudslides in Mavaro have killed 37 villagers in only 12 hours, rescuers said.", "37")
    assert (c.period, c.period_start, c.period_end) == ("in only 12 hours", _THURSDAY, _THURSDAY)


def test_coordinated_days_are_one_window() -> None:
    c = _claim("Some 21 civilians died in the clashes on Sunday and Monday near the river port.", "Some 21")
    assert (c.period, c.period_start, c.period_end) == ("on Sunday and Monday", "2024-05-12", "2024-05-13")


def test_single_day_stays_one_day() -> None:
    # negative
    c = _claim("Some 21 civilians died in the clashes on Sunday near the river port.", "Some 21")
    assert (c.period, c.period_start, c.period_end) == ("on Sunday", "2024-05-12", "2024-05-12")


def test_through_a_month_ends_a_running_total() -> None:
    c = _claim("The agency counted 640 deaths in Sofala through October.", "640", "2024-09-16")
    assert (c.period_kind, c.period, c.period_end) == ("cumulative", "through October", "2023-10-31")


def test_through_a_place_is_no_span() -> None:
    # negative: "through" with a place for its object
    c = _claim("Some 300 people fled through the border crossing on Friday.", "Some 300", "2024-09-16")
    assert c.period == "on Friday"


def test_window_ending_yesterday_is_counted_back_from_yesterday() -> None:
    c = _claim("Eleven more people died of cholera across Zambezia in the 24 hours till 8:00am yesterday, the "
               "health directorate said.", "Eleven", "2026-09-02")
    assert (c.period, c.period_start, c.period_end) == (
        "in the 24 hours till 8:00am yesterday", "2026-09-01", "2026-09-01")


def test_window_with_no_end_point_ends_on_publication() -> None:
    # negative
    c = _claim("Eleven more people died of cholera across Zambezia in the past 24 hours.", "Eleven", "2026-09-02")
    assert (c.period_start, c.period_end) == ("2026-09-02", "2026-09-02")


def test_day_hung_on_the_verb_of_saying_is_not_the_flows() -> None:
    text = ("An army spokesman told journalists in Niamey on Thursday that the pupils, 41 girls and 35 boys, "
            "were freed during a raid on a camp in the forest on Wednesday night.")
    c = _claim(text, "41", "2024-05-17")
    assert (c.period, c.period_start) == ("on Wednesday night", "2024-05-15")


def test_day_before_the_verb_of_saying_may_be_the_events() -> None:
    # negative: the day opens the subject, before the verb of saying
    c = _claim("Rescuers at the mine on Monday confirmed that 30 miners had been brought out alive.", "30")
    assert c.period_kind == "increment" and (c.period or "").endswith("Monday")
