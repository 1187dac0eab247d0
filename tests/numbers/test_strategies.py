"""Unit tests of the number layer, one parametrised table per strategy, on sentences written for them."""

from __future__ import annotations

import pytest

from headcount import parse_numbers
from headcount.errors import LexiconError
from headcount.extract import numbers_lexicon
from headcount.extract.numbers import CANDIDATE, has_number_candidate

N = None


def _one(text: str) -> tuple[str, float | None, float | None, bool, str | None]:
    figs = parse_numbers(text)
    assert len(figs) == 1, figs
    f = figs[0]
    return f.figure, f.low, f.high, f.approx, f.qualifier


def _all(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.figure, f.low, f.high) for f in parse_numbers(text)]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The shelter took in 8,461 people.", "8,461", 8461),
        ("Officials counted 275.000 displaced.", "275.000", 275000),
        ("A register listed 1.234.567 names.", "1.234.567", 1234567),
        ("The census gave 40 000 residents.", "40 000", 40000),
        ("The census gave 40\u202f000 residents.", "40\u202f000", 40000),
        ("Some camps hold 1.2 million refugees.", "1.2 million", 1200000),
        ("A further 1.5m fled abroad.", "1.5m", 1500000),
        ("A further 2m people fled abroad.", "2m", 2000000),
        ("Aid reached 2.3 mln people.", "2.3 mln", 2300000),
        ("Aid reached 10k families.", "10k", 10000),
        ("The appeal covers 3bn people.", "3bn", 3000000000),
        ("Nearly nothing: 1,674.5 million entries.", "1,674.5 million", 1674500000),
        ("The van carried 12 passengers.", "12", 12),
        ("Only 318 were registered.", "318", 318),
        ("They found 2,016 people in the camp.", "2,016", 2016),
        ("Volunteers fed 2000 people.", "2000", 2000),
    ],
)
def test_digits_values(text: str, figure: str, value: float) -> None:
    assert _one(text)[:3] == (figure, value, value)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Fourteen militants surrendered.", "Fourteen", 14),
        ("Twenty-one families returned.", "Twenty-one", 21),
        ("The town housed a hundred and fifty thousand people.", "a hundred and fifty thousand", 150000),
        ("The city holds 3 million and a half inhabitants.", "3 million and a half", 3500000),
        ("Half a million people are trapped.", "Half a million", 500000),
        ("Two dozen nurses stayed behind.", "Two dozen", 24),
        ("They counted three hundred and two dozens.", "three hundred and two dozens", 324),
        ("They reported two thousand and two hundred arrivals.", "two thousand and two hundred", 2200),
        ("A thousand people waited at the gate.", "A thousand", 1000),
        ("Ten thousands of the refugees went west.", "Ten thousands", 10000),
        ("About five and a half million were affected.", "About five and a half million", 5500000),
        ("two thirds of a million were uprooted", "two thirds of a million", 2000000 / 3),
        ("The count was 4 thousand 3 hundred and 21 in total.", "4 thousand 3 hundred and 21", 4321),
    ],
)
def test_words_values(text: str, figure: str, value: float) -> None:
    fig, low, high, _, _ = _one(text)
    assert fig == figure
    assert low == pytest.approx(value) and high == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they were playing three-nought-four", [("three", 3, 3), ("nought", 0, 0), ("four", 4, 4)]),
        ("3 hundred and 2 hundred arrived", [("3 hundred", 300, 300), ("2 hundred", 200, 200)]),
        ("4000 3 hundred and 21", [("4000", 4000, 4000), ("3 hundred and 21", 321, 321)]),
        ("Lists 22,24,26,31 were read.", [("22", 22, 22), ("24", 24, 24), ("26", 26, 26), ("31", 31, 31)]),
        ("one dead and four injured", [("one", 1, 1), ("four", 4, 4)]),
    ],
)
def test_chains_split_where_the_grammar_says(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("Thousands of residents fled.", "Thousands", 2000, N),
        ("dozens of wounded were carried out", "dozens", 24, N),
        ("tens of casualties, killed and injured", "tens", 20, N),
        ("hundreds of families", "hundreds", 200, N),
        ("many hundreds of children", "many hundreds", 200, N),
        ("a few thousand fighters remain", "a few thousand", 2000, N),
        ("hundreds of thousands of people", "hundreds of thousands", 200000, N),
        ("millions of refugees", "millions", 2000000, N),
        ("several residents said", "several", 3, N),
        ("several dozen soldiers", "several dozen", 36, N),
        ("several hundred detainees", "several hundred", 300, N),
        ("several thousand civilians", "several thousand", 3000, N),
        ("several tens of thousands of people", "several tens of thousands", 30000, N),
        ("tens of thousands of people", "tens of thousands", 20000, N),
        ("a dozen guards", "a dozen", 12, 12),
        ("more than a dozen guards", "more than a dozen", 12, N),
    ],
)
def test_vague_quantities(text: str, figure: str, low: float, high: float | None) -> None:
    fig, lo, hi, approx, _ = _one(text)
    assert (fig, lo, hi, approx) == (figure, low, high, True)


@pytest.mark.parametrize(
    ("text", "figure", "low", "high", "approx", "qualifier"),
    [
        ("some 8,461 people left", "some 8,461", 8461, 8461, True, "some"),
        ("about 400 people left", "about 400", 400, 400, True, "about"),
        ("around 50,000 remain", "around 50,000", 50000, 50000, True, "around"),
        ("approximately 85 arrived", "approximately 85", 85, 85, True, "approximately"),
        ("roughly 250 were hurt", "roughly 250", 250, 250, True, "roughly"),
        ("an estimated 75,000 fled", "an estimated 75,000", 75000, 75000, True, "an estimated"),
        ("nearly 8,500 civilians", "nearly 8,500", N, 8500, True, "nearly"),
        ("almost 900 people", "almost 900", N, 900, True, "almost"),
        ("close to 5.2 million people", "close to 5.2 million", N, 5200000, True, "close to"),
        ("more than 20 thousand people", "more than 20 thousand", 20000, N, False, "more than"),
        ("over 2,800 arrived", "over 2,800", 2800, N, False, "over"),
        ("at least 82 were killed", "at least 82", 82, N, False, "at least"),
        ("upwards of 300 people", "upwards of 300", 300, N, False, "upwards of"),
        ("above 7,700 people", "above 7,700", 7700, N, False, "above"),
        ("a minimum of 40 guards", "a minimum of 40", 40, N, False, "at least"),
        ("up to 50,000 people", "up to 50,000", N, 50000, False, "up to"),
        ("as many as 2,000 fighters", "as many as 2,000", N, 2000, False, "as many as"),
        ("as high as 750,000 people", "as high as 750,000", N, 750000, False, "as many as"),
        ("fewer than 100 remain", "fewer than 100", N, 100, False, "fewer than"),
        ("under 30 people", "under 30", N, 30, False, "under"),
        ("no more than 12 guards", "no more than 12", N, 12, False, "no more than"),
        ("an average 223 people a day", "an average 223", 223, 223, False, "an average"),
        ("The toll tops 28,000 people.", "28,000", 28000, N, False, "more than"),
        ("The toll surpasses 15,000.", "15,000", 15000, N, False, "more than"),
        ("The number could reach 40,000.", "40,000", N, 40000, False, "up to"),
        ("500 or more people", "500 or more", 500, N, False, "or more"),
        ("5,000 or fewer people", "5,000 or fewer", N, 5000, False, "or fewer"),
    ],
)
def test_hedges_and_bounds(text: str, figure: str, low: float | None, high: float | None, approx: bool,
                           qualifier: str) -> None:
    assert _one(text) == (figure, low, high, approx, qualifier)


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("Officials said 250,000 – 300,000 people remain.", "250,000 – 300,000", 250000, 300000),
        ("250,000-300,000 people", "250,000-300,000", 250000, 300000),
        ("between 16,000 and 18,000 people", "between 16,000 and 18,000", 16000, 18000),
        ("20 to 30 people", "20 to 30", 20, 30),
        ("from 20 to 30 people", "from 20 to 30", 20, 30),
        ("about 20~100 apples", "about 20~100", 20, 100),
        ("20 to 30 million people", "20 to 30 million", 20000000, 30000000),
        ("between 1.2 and 1.5 million", "between 1.2 and 1.5 million", 1200000, 1500000),
        ("5k-20k users", "5k-20k", 5000, 20000),
        ("at most 100 and at least 20 apples", "at most 100 and at least 20", 20, 100),
    ],
)
def test_ranges(text: str, figure: str, low: float, high: float) -> None:
    assert _one(text)[:3] == (figure, low, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll rose from 20 to 30.", [("20", 20, 20), ("30", 30, 30)]),
        ("More than 40 and less than 10 are ranges", [("More than 40", 40, N), ("less than 10", N, 10)]),
        ("In 2011 and 2012 thousands fled.", [("thousands", 2000, N)]),
    ],
)
def test_not_ranges(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 12-year-old boy was hurt",
        "a boy aged 12 was hurt",
        "the boy, who is 12 years old, was hurt",
        "the war began in 2011",
        "since 2016 the town has been empty",
        "the 2014 offensive",
        "on November 26 the convoy moved",
        "on 26 November the convoy moved",
        "on Nov. 26 the convoy moved",
        "the report of 12/04/2016",
        "at 10:30 the buses left",
        "at 3 pm the buses left",
        "prices rose 25% overnight",
        "prices rose 25 percent overnight",
        "prices rose 25 per cent overnight",
        "a grant of $5 million",
        "a grant of 5 million dollars",
        "a grant of €3m",
        "the 4th Division attacked",
        "third time this week",
        "the 21st century",
        "call +963 11 234 5678 for help",
        "over the past 24 hours",
        "a 5 km walk",
        "the last 10 kilometres",
        "for 2 days",
        "The one you mentioned is invalid",
        "no one was hurt",
        "one by one they left",
        "half of them were children",
        "a man walked in",
        "Security Council Resolution 2254",
        "5-10% of the stock",
        "magnitude 7.8 earthquake",
        "1m isn't a number.",
        "several hundred years ago",
        "Fatima Adnan Salam, 26, said",
    ],
)
def test_exclusions(text: str) -> None:
    assert _all(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two children and one woman were injured", [("Two", 2, 2), ("one", 1, 1)]),
        ("troops killed one of the militants", [("one", 1, 1)]),
        ("Let's try one last time", [("one", 1, 1)]),
        ("Which one do you prefer?", []),
        ("That one is really good", []),
        ("they love one another", []),
    ],
)
def test_one_as_count_or_pronoun(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _all(text) == expected


def test_offsets_and_order() -> None:
    text = "Some 3,000 left; dozens of others and two dozen guards stayed until 4 pm."
    figs = parse_numbers(text)
    assert [f.figure for f in figs] == ["Some 3,000", "dozens", "two dozen"]
    for f in figs:
        assert text[f.start:f.end] == f.figure
    assert [f.kind for f in figs] == ["digits", "vague", "words"]


def test_candidate_prefilter() -> None:
    assert not has_number_candidate("No figure here at all.")
    assert has_number_candidate("Dozens fled.")
    assert has_number_candidate("It was 5.")
    assert CANDIDATE.search("a thousand") is not None
    assert parse_numbers("No figure here at all.") == []


def test_strategies_can_be_switched_off() -> None:
    text = "Thousands fled and 20 to 30 returned."
    assert [f.figure for f in parse_numbers(text, strategies=("digits", "words"))] == ["20", "30"]


def test_bad_lexicon_entry_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    good = numbers_lexicon.validated

    def broken(name: str, validate):  # type: ignore[no-untyped-def]
        data = dict(good(name, validate))
        data = {**data, "hedges": {**data["hedges"], "give or take": {"effect": "sideways"}}}
        problems = list(validate(data))
        raise LexiconError("; ".join(problems), where=f"lexicons/{name}.toml")

    monkeypatch.setattr(numbers_lexicon, "validated", broken)
    with pytest.raises(LexiconError, match=r"lexicons/numbers.toml: \[hedges\] 'give or take': effect must be"):
        numbers_lexicon.load_lexicon()
