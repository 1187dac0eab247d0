"""Periods round 10: flows on crises no rule was built on. One incident framed by a clause of time ("died
when a rope bridge gave way"), and the perfect of reported speech read against that frame. Texts written for
these tests, about crises not in the data (a rope bridge in a made-up gorge, a ferry on Lake Malawi, a dam
above a made-up town, fighting in a made-up province); rewritten after review so that no five-word run is
shared with an evaluation text."""

from __future__ import annotations

from headcount.extract.pipeline import extract
from headcount.models import Claim

_FRIDAY = "2026-09-18"


def _claim(text: str, figure: str, published: str = _FRIDAY) -> Claim:
    return next(c for c in extract(text, published) if c.figure == figure)


# A clause of time on one past happening frames the text as one incident (gold Periods rule 3).

_BRIDGE = ("Police said on Friday that the count of villagers killed when a rope bridge gave way across the Lupa "
           "gorge near Mbeza had reached 19. Rescuers told reporters on Thursday that 27 villagers had been "
           "hauled from the river alive and that 11 had been flown to a clinic in the district capital.")


def test_perfect_of_reported_speech_after_an_incident_is_an_increment() -> None:
    assert _claim(_BRIDGE, "27").period_kind == "increment"
    assert _claim(_BRIDGE, "11").period_kind == "increment"


def test_perfect_under_a_war_stays_a_running_total() -> None:
    # negative: the same reported perfect, where the text is about a war, counts to date
    text = ("Fighting in the made-up province of Vell is now in its third year. Relief officials told reporters "
            "on Thursday that 27,000 villagers had been moved out of the southern hills.")
    assert _claim(text, "27,000").period_kind == "cumulative"


def test_scene_setting_clause_of_time_frames_nothing() -> None:
    # negative: "When ... ," before its verb sets a scene; it names no incident the flows belong to
    text = ("When she got to the tented camp outside Mbeza last month, Amina saw that every shelter was taken. "
            "Officials told her that 4,000 hill residents had been evacuated.")
    assert _claim(text, "4,000").period_kind == "cumulative"


# The perfect is the figure's own only without a noun of a total and without a participle between.

def test_total_in_the_clause_keeps_the_perfect_a_running_total() -> None:
    text = "A ferry sank on Lake Malawi on Tuesday. Coast guards say a total of 64 passengers have so far been rescued."
    assert _claim(text, "64").period_kind == "cumulative"


def test_bare_perfect_after_an_incident_is_an_increment() -> None:
    text = "A ferry sank on Lake Malawi on Tuesday. Coast guards said 64 passengers had been rescued."
    assert _claim(text, "64").period_kind == "increment"


# A clock time after "as of" or "by" is part of the span's end, not a count that makes "as of" a conjunction.

def test_clock_time_after_as_of_ends_a_running_total() -> None:
    c = _claim("As of 7pm on Wednesday, the Red Cross had counted 27 deaths in the Lupa valley.", "27")
    assert c.period_kind == "cumulative" and c.period == "As of 7pm on Wednesday"


def test_clock_time_after_by_ends_a_running_total() -> None:
    c = _claim("By 9 a.m. on Thursday, 480 villagers had quit the Lupa valley, according to the county.", "480")
    assert c.period_kind == "cumulative"


def test_day_without_as_of_stays_the_day() -> None:
    # negative: a clock time on the flow's own day is its window
    c = _claim("Shortly after 6pm on Thursday, gunmen shot dead 27 people in the Lupa valley.", "27")
    assert c.period_kind == "increment"


# A toll: its noun is no period; a clause of time on its counted noun makes it one incident's.

_DAM = ("Mbeza dam collapse: 41 now dead\n\nThe number of residents killed when a dam gave way above Mbeza town "
        "has climbed to 41, police said on Friday, while divers searched on.")


def test_toll_of_a_clause_of_time_is_an_increment() -> None:
    c = _claim(_DAM, "41")
    assert c.period_kind == "increment" and c.period != "toll"


def test_headline_toll_takes_its_body_tolls_frame() -> None:
    heads = [c for c in extract(_DAM, _FRIDAY) if "41" in c.figure]
    assert len(heads) == 2 and all(c.period_kind == "increment" for c in heads)


def test_toll_of_a_disaster_stays_a_running_total_without_a_window() -> None:
    # negative: a disaster's toll in the same statement as a window keeps its own kind, and "toll" is no period
    text = ("Mudslides buried at least 30 people in the Vell hills within two days, the relief agency said, "
            "while the monsoon's toll stood above 900.")
    c = _claim(text, "above 900")
    assert c.period_kind == "cumulative" and c.period is None


# A copula or a verb of staying with a place or condition for its complement: where the people are, a stock.

_CLINIC = ("Between 12 and 15 of the injured stay at the Mbeza clinic, where nurses said as many as four were in "
           "a serious condition.")


def test_wounded_remaining_in_a_clinic_are_a_stock() -> None:
    assert _claim(_CLINIC, "Between 12 and 15").period_kind == "stock"
    assert _claim(_CLINIC, "as many as four").period_kind == "stock"


def test_people_staying_in_centres_are_a_stock() -> None:
    c = _claim("Of the displaced, 61,200 villagers were staying in 300 school buildings as of Thursday, the agency "
               "says.", "61,200")
    assert c.period_kind == "stock" and c.period == "as of Thursday"


def test_deaths_in_a_named_place_stay_a_flow() -> None:
    # negative: a copula with a named place tells where the counted deaths happened
    text = "Cholera has killed 90 people in the province this year. Of the new deaths, six were in Mbeza town."
    assert _claim(text, "six").period_kind != "stock"


# Calendar windows: a deictic determiner or an ordinal on a unit of time bounds a flow's window.

def test_planned_flow_next_week_is_an_increment() -> None:
    c = _claim("About 300 refugees will be returned to Lilongwe by air next week, officials say.", "About 300")
    assert c.period_kind == "increment" and c.period == "next week"


def test_ordinal_week_is_an_increment() -> None:
    c = _claim("In the ninth epidemiological week alone, 38 deaths were notified in Zambezia.", "38")
    assert c.period_kind == "increment" and c.period == "In the ninth epidemiological week"


def test_last_year_on_a_flow_is_an_increment() -> None:
    c = _claim("Militias in Vell province pressed at least 140 boys into their ranks last year, aid groups say.",
               "at least 140")
    assert c.period_kind == "increment" and c.period == "last year"


def test_weekend_is_an_increment() -> None:
    c = _claim("Over the weekend, 2,300 people fled the made-up town of Kessa.", "2,300")
    assert c.period_kind == "increment" and c.period == "Over the weekend"


def test_windows_that_are_not_the_flows() -> None:
    # negatives: an origin's object, a superlative's comparison, a whole's year
    assert _claim("Since last week, 2,300 people have fled the made-up town of Kessa.", "2,300").period_kind \
        == "cumulative"
    assert _claim("At least 600 people died in floods that were the deadliest this year in Vell.",
                  "At least 600").period != "this year"
    assert _claim("Researchers now estimate that the drought left about 3,000 herders dead in the Kessa lowlands "
                  "last year.", "about 3,000").period_kind == "cumulative"


# Report adjectives, future windows, past disasters' years, planned windows (probe bug list, round 10).

def test_daily_bulletin_is_no_rate() -> None:
    c = _claim("Vell's flood deaths rose to 23 on Monday, its disaster office wrote in a daily report.", "23")
    assert c.period != "daily"


def test_daily_on_the_flow_stays_a_rate() -> None:
    # negative: "daily" on the flow itself is its rate
    c = _claim("Some 900 people are crossing into Malawi daily, the agency said.", "Some 900")
    assert c.period_kind == "increment" and c.period == "daily"


def test_coming_weeks_is_a_window() -> None:
    c = _claim("Kessa should take in some 5,000 more refugees in the coming weeks, the agency said.", "some 5,000")
    assert c.period_kind == "increment" and c.period == "in the coming weeks"


def test_past_disasters_year_keeps_its_total() -> None:
    c = _claim("A cyclone hit the Vell delta in 1987, drowning some 9,000 villagers.", "some 9,000")
    assert c.period_kind == "cumulative"


def test_planned_window_is_not_shared_with_a_done_flow() -> None:
    text = ("The minister said 600 more detainees could walk free in the coming weeks. Among those let go "
            "already are 210 people held after the unrest in Vell, the minister said.")
    assert _claim(text, "210").period != "in the coming weeks"


# "up from M on DAY": the day is the earlier figure's.

def test_day_after_up_from_is_the_earlier_figures() -> None:
    c = _claim("Floods now affect over 52,000 people across Vell, up from 31,000 on Sunday.", "over 52,000")
    assert c.period_kind == "stock" and c.period is None


def test_own_day_before_up_from_stays() -> None:
    # negative: the figure's own day, before the comparison, is its window
    c = _claim("Some 3,000 people fled Kessa on Monday, up from 1,700 on Sunday.", "Some 3,000")
    assert c.period_kind == "increment" and c.period == "on Monday"
