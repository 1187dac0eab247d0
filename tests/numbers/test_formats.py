"""Number formats and constructions added for texts from unseen crises, each on sentences written for it.

Space-grouped digits (CLDR grouping symbols, with guards against false merges), approximately signs,
"scores of", dates read whole, calendar exclusions that stay on their side of a range, "X or Y" ranges,
lists of values reached ("to A, to B"), bound verbs with an article, ratios and comparative ages.
"""

from __future__ import annotations

import pytest

from headcount import lexicons, parse_numbers
from headcount.extract import numbers_lexicon

N = None


def _all(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.figure, f.low, f.high) for f in parse_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a no-break or narrow no-break space (CLDR's group symbol in en_SE, en_FR) or a thin space
        ("The agency registered 27\u00a0415 arrivals.", [("27\u00a0415", 27415, 27415)]),
        ("Relief reached 1\u202f204\u202f330 people.", [("1\u202f204\u202f330", 1204330, 1204330)]),
        ("Some 9\u2009870 families were moved.", [("Some 9\u2009870", 9870, 9870)]),
        # a plain space, where the text gives no sign of columns
        ("The toll rose to 5 212 deaths and 18 904 injuries.",
         [("5 212", 5212, 5212), ("18 904", 18904, 18904)]),
        ("Officials counted 2 350 000 displaced.", [("2 350 000", 2350000, 2350000)]),
    ],
)
def test_space_grouped_thousands(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table flattened into prose: "North 14 52" shows the space separates columns
        ("District Injured Dead North 14 52 Centre 310 442 Coast 6 0",
         [("14", 14, 14), ("52", 52, 52), ("310", 310, 310), ("442", 442, 442), ("6", 6, 6), ("0", 0, 0)]),
        # a year is never a group of thousands, nor is a group after a comma-grouped number
        ("In 2019 340 people were evacuated.", [("340", 340, 340)]),
        ("Total 2,113 645 across the valley", [("2,113", 2113, 2113), ("645", 645, 645)]),
        # a first group with a leading zero, or a later group of more than three digits
        ("Columns read 0 815 and 7 0042 in the ledger", [("0", 0, 0), ("815", 815, 815), ("7", 7, 7),
                                                          ("0042", 42, 42)]),
        # after a month name the first group is a day
        ("On March 11 300 people crossed the river.", [("300", 300, 300)]),
        ("By 4 June 2,000 had left the town.", [("2,000", 2000, 2000)]),
    ],
)
def test_spaces_that_do_not_group(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("The clinic treated ~640 patients.", "~640", 640, 640),
        ("Rescuers reached ≈ 1,200 villagers.", "≈ 1,200", 1200, 1200),
        ("Roughly ≃350 families were sheltered.", "≃350", 350, 350),
        ("Boats carried ~30-40 migrants each.", "~30-40", 30, 40),
    ],
)
def test_approximately_signs(text: str, figure: str, low: float, high: float) -> None:
    figs = parse_numbers(text)
    assert [(f.figure, f.low, f.high, f.approx) for f in figs] == [(figure, low, high, True)]


def test_tilde_between_numbers_stays_a_range_connector() -> None:
    assert _all("Each raid left 20~60 wounded.") == [("20~60", 20, 60)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scores of fishermen were rescued.", [("Scores", 40, N)]),
        ("Medics treated scores of children.", [("scores", 40, N)]),
        ("Exam scores fell sharply last year.", []),
        ("The striker scores again.", []),
    ],
)
def test_scores_of(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date or time is read whole: the number after it starts afresh
        ("posted 2024-05-17 Dozens of families fled", [("Dozens", 24, N)]),
        ("updated 14:05 Hundreds of people gathered", [("Hundreds", 200, N)]),
        # a calendar reason reaches the other end of "to" only when that end could be a day too
        ("The count went from 3,210 on May 2 to 7,900 on May 5.", [("3,210", 3210, 3210), ("7,900", 7900, 7900)]),
        ("Talks ran from 12 to 15 July.", []),
    ],
)
def test_dates_stay_whole(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each raft held three or four swimmers.", [("three or four", 3, 4)]),
        ("Guards let 15 or 20 families through.", [("15 or 20", 15, 20)]),
        ("Only 40 or 12 remained, the reports differed.", [("40", 40, 40), ("12", 12, 12)]),
        ("It took 24 or 48 hours.", []),
        # alternatives far apart are two figures, not a range of neighbouring estimates
        ("Either 40 or 400 fled, depending on the source.", [("40", 40, 40), ("400", 400, 400)]),
        ("Some 600 or more were stranded.", [("Some 600 or more", 600, N)]),
    ],
)
def test_or_ranges(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of change earlier in the clause makes "from N to M" an old and a new value
        ("The ministry revised the count of dead from the landslide from 81 to 1,240 on Monday.",
         [("81", 81, 81), ("1,240", 1240, 1240)]),
        ("The U.S. envoy raised the estimate of the displaced from 900 to 4,100.",
         [("900", 900, 900), ("4,100", 4100, 4100)]),
        # ... but not one in an earlier sentence
        ("Prices rose again. From 50 to 70 families queue each morning.", [("From 50 to 70", 50, 70)]),
    ],
)
def test_change_verb_earlier_in_the_clause(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _all(text) == expected


def test_list_of_values_reached_is_not_a_range() -> None:
    text = "The estimate moved from 41,000, to closer to 38,000 to 44,500, to 47,000."
    assert _all(text) == [("41,000", 41000, 41000), ("closer to 38,000", N, 38000), ("44,500", 44500, 44500),
                          ("47,000", 47000, 47000)]


def test_a_range_after_the_preposition_to_stays_a_range() -> None:
    assert _all("Food parcels went to 400 to 650 households.") == [("400 to 650", 400, 650)]


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("The toll passed the 900 mark on Friday.", "900", 900, N),
        ("Arrivals have crossed 12,000 this week.", "12,000", 12000, N),
        ("The number of dead breaches 300", "300", 300, N),
        ("Losses could top 5,000, officials fear.", "5,000", 5000, N),
        ("The count could rise to 7,500.", "7,500", N, 7500),
        ("ANKARA-At least 31 workers were hurt.", "At least 31", 31, N),
    ],
)
def test_bound_verbs_and_datelines(text: str, figure: str, low: float | None, high: float | None) -> None:
    assert _all(text) == [(figure, low, high)]


def test_hedge_word_before_the_does_not_bound() -> None:
    assert _all("Over the 3 days 450 people left.") == [("450", 450, 450)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deaths from 2018 flooding were never counted.", []),
        ("After 2011's uprising 40 people were detained.", [("40", 40, 40)]),
        ("One in five households lost a member.", []),
        ("Seven in ten residents left.", []),
        ("They arrested 12 in 2020.", [("12", 12, 12)]),
        ("One in 100 newborns was underweight.", []),
        ("Shelling killed 35 in 14 villages.", [("35", 35, 35), ("14", 14, 14)]),
        ("The dead include 210 children younger than 5.", [("210", 210, 210)]),
        ("Doctors saw 90 patients older than 70.", [("90", 90, 90)]),
    ],
)
def test_years_ratios_and_ages(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _all(text) == expected


def test_formats_table_is_checked() -> None:
    data = dict(lexicons.load("numbers"))
    data["formats"] = {"group_language": "en", "approx_locales": ["en", "xx_NOPE"], "extra_space_groupers": [" "]}
    problems = " ".join(numbers_lexicon._check(data))
    assert "'xx_NOPE' is not a CLDR locale" in problems
    assert "'extra_space_groupers'" in problems
    data["vague"] = {**data["vague"], "scores": {"low": 40, "before_of": "yes"}}
    assert "before_of must be true or false" in " ".join(numbers_lexicon._check(data))


def test_cldr_symbols_come_from_babel() -> None:
    assert numbers_lexicon.cldr_space_groupers("en") == {"\u00a0", "\u202f"}
    assert "~" in numbers_lexicon.cldr_approx_signs(["en"])
    assert numbers_lexicon.cldr_approx_signs(["nb"]) == ()      # "ca." is a word, read as a hedge if at all


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner makes the time noun an adverbial: the number after it is a count
        ("Last week 38 people drowned off the coast.", [("38", 38, 38)]),
        ("That day 40 survivors were pulled from the rubble.", [("40", 40, 40)]),
        ("Each week 1,200 people cross the river.", [("1,200", 1200, 1200)]),
        # with nothing before it, the time noun labels the number after it: no count
        ("Talks resumed on day 12 of the siege.", []),
        ("The camp opened in week 38 of the year.", []),
        # a label noun that is not a time noun is a label whatever comes before it
        ("Last Route 38 buses left at noon.", []),
    ],
)
def test_time_noun_label_unless_determined(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _all(text) == expected
