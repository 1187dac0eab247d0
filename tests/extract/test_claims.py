"""The claim layer on sentences written for these tests in the style of wire copy.

Each case is one sentence (or a short text) and what a careful annotator following ../shared/gold/README.md
would write down for it; one parametrised case per behaviour, as spaCy's test guide asks.
"""

from __future__ import annotations

from typing import Any

import pytest

from headcount import extract


def only(text: str, figure: str, published: str | None = None) -> Any:
    claims = [c for c in extract(text, published=published) if c.figure == figure]
    assert len(claims) == 1, [c.figure for c in extract(text, published=published)]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "figure", "category", "event"),
    [
        ("Some 7,318 civilians left western Sirte over the past 48 hours, the ministry said.", "Some 7,318",
         "civilians", "evacuated"),
        ("Thousands of Syrian civilians fled the fighting in Aleppo on Sunday.", "Thousands", "civilians", "evacuated"),
        ("At least 82 civilians were killed in four neighbourhoods, the UN said.", "At least 82", "civilians", "killed"),
        ("The strikes wounded 37 people in the market.", "37", "people", "injured"),
        ("Around 47,000 people were still trapped in the old town, the envoy said.", "Around 47,000", "people",
         "besieged"),
        ("Officials said 1,200 fighters laid down their arms on Saturday.", "1,200", "fighters", "surrendered"),
        ("Police arrested 14 protesters outside the ministry.", "14", "protesters", "detained"),
        ("The rebels freed 25 hostages under the deal.", "25", "hostages", "released"),
        ("Rescuers pulled 22 people from under the rubble.", "22", "people", "rescued"),
        ("Hundreds of fishermen have gone missing since the storm hit the coast.", "Hundreds", "fishermen", "missing"),
        ("About 8,000 left on foot before dawn.", "About 8,000", "people", "evacuated"),
        ("More than 2,400 fighters and their families will leave the town.", "More than 2,400", "people",
         "evacuated"),
        ("The floods have displaced more than 18,000 people in March.", "more than 18,000", "people", "displaced"),
        ("The conflict has left 240,000 civilians dead and injured.", "240,000", "civilians", "casualties"),
        ("About 170 wounded were evacuated to clinics on the southern edge of the town.", "About 170", "wounded",
         "evacuated"),
    ],
)
def test_extract_category_and_event(text: str, figure: str, category: str, event: str) -> None:
    claim = only(text, figure)
    assert (claim.category, claim.event) == (category, event)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy of 10 ambulances reached the crossing.",
        "Engineers cleared 7 hectares of farmland of mines.",
        "A 12-year-old boy was among the wounded.",
        "The army said it had captured a fourth village, Tel Rifaat.",
        "Fighting resumed in 2016 after a lull.",
        "The UN counted 19 major killings in the district.",
    ],
)
def test_extract_ignores_figures_that_do_not_count_people(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Over 8,500 civilians left the city, the Russian Defence Ministry said on Tuesday.", "Over 8,500",
         "the Russian Defence Ministry"),
        ("According to the ICRC, some 3,000 civilians were evacuated on Thursday.", "some 3,000", "the ICRC"),
        ("State news agencies, citing the Interior Ministry, said 640 civilians had left.", "640",
         "the Interior Ministry"),
        ("UN aid chief Martin Griffiths said up to 12,500 people had fled.", "up to 12,500",
         "UN aid chief Martin Griffiths"),
        ("The Syrian Observatory for Human Rights, which tracks the fighting, said about 350 people crossed.",
         "about 350", "The Syrian Observatory for Human Rights"),
        ("As Many As 65,000 Civilians Stranded In Sirte, U.N. Says", "As Many As 65,000", "U.N."),
        ("Twenty-four staff are now deployed to the camps, Jens Laerke, spokesman for the office, told journalists.",
         "Twenty-four", "Jens Laerke, spokesman for the office"),
        ("The ministry was quoted as saying that 412 gunmen had handed over their weapons.", "412", "The ministry"),
    ],
)
def test_extract_source(text: str, figure: str, source: str) -> None:
    assert only(text, figure).source == source


def test_extract_outlets_own_voice_has_no_source() -> None:
    assert only("Thousands of civilians fled Aleppo on Sunday.", "Thousands").source is None


def test_extract_pronoun_takes_the_last_party_named() -> None:
    text = ("UN envoy Staffan de Mistura spoke in Geneva on Thursday. "
            "He said around 38,000 people were still stranded, including 31,000 civilians.")
    assert only(text, "around 38,000").source == "UN envoy Staffan de Mistura"


def test_extract_relay_quoting_a_statement_names_the_statements_author() -> None:
    text = ("The Russian reconciliation centre issued a statement on Tuesday. "
            "More than 8,500 civilians left the city, Sputnik reported, quoting the statement.")
    assert only(text, "More than 8,500").source == "The Russian reconciliation centre"


def test_extract_carrier_without_owner_is_no_source() -> None:
    text = "According to the latest figures, 140,000 people are still trapped in southern Idlib."
    assert only(text, "140,000").source is None


@pytest.mark.parametrize(
    ("text", "figure", "parent_figure"),
    [
        ("Some 8,461 civilians, including 2,934 children, left eastern Aleppo.", "2,934", "Some 8,461"),
        ("Almost 4,700 civilians, among them 1,900 children, have crossed.", "1,900", "Almost 4,700"),
        ("Militias killed at least 57 villagers including 9 women and 16 children.", "16", "at least 57"),
    ],
)
def test_extract_parent(text: str, figure: str, parent_figure: str) -> None:
    claims = extract(text)
    part = next(c for c in claims if c.figure == figure)
    assert part.parent is not None
    assert claims[part.parent].figure == parent_figure


def test_extract_no_parent_across_sentences() -> None:
    claims = extract("So far 15,000 people have left. Yesterday 2,000 children left.")
    assert len(claims) == 2 and all(c.parent is None for c in claims)


@pytest.mark.parametrize(
    ("text", "figure", "location"),
    [
        ("More than 700 civilians had left Kafr Nabl in the last 48 hours.", "More than 700", "Kafr Nabl"),
        ("Over 8,500 civilians left the eastern part of Syria's Aleppo.", "Over 8,500",
         "eastern part of Syria's Aleppo"),
        ("About 4,000 people fled from eastern Aleppo into the west of the city.", "About 4,000", "eastern Aleppo"),
        ("At least 180,000 people are under siege in west Mosul, UN officials say.", "At least 180,000",
         "west Mosul"),
    ],
)
def test_extract_location(text: str, figure: str, location: str) -> None:
    assert only(text, figure).location == location


def test_extract_location_falls_back_to_the_sentence_before() -> None:
    text = "Fighting raged in Mosul on Monday. About 4,000 people fled, officials said."
    assert only(text, "About 4,000").location == "Mosul"


@pytest.mark.parametrize(
    ("text", "figure", "kind", "start", "end"),
    [
        ("Some 8,461 civilians left over the past 24 hours.", "Some 8,461", "increment", "2016-12-12", "2016-12-12"),  # the day told on (round 8b)
        ("Yesterday 5,629 civilians left the eastern districts.", "5,629", "increment", "2016-12-11", "2016-12-11"),
        ("So far, more than 11,000 residents have been able to leave.", "more than 11,000", "cumulative", None,
         "2016-12-12"),
        ("Some 300 people left on Saturday.", "Some 300", "increment", "2016-12-10", "2016-12-10"),
        ("About 50,000 people remain trapped in the enclave.", "About 50,000", "stock", None, None),
        ("About 2,600 people a day have been fleeing since March 3.", "About 2,600", "increment", None, None),
    ],
)
def test_extract_period(text: str, figure: str, kind: str, start: str | None, end: str | None) -> None:
    claim = only(text, figure, published="2016-12-12")  # a Monday
    assert (claim.period_kind, claim.period_start, claim.period_end) == (kind, start, end)


def test_extract_period_ignores_the_day_of_the_statement() -> None:
    claim = only("The governor said Sunday 187 wounded patients have been taken to Jordan so far.", "187")
    assert claim.period_kind == "cumulative"


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        ("At least 3,200 gunmen and their relatives would be moved out under the agreement.", "At least 3,200", "expected"),
        ("The offensive could see as many as 45,000 flee the valley.", "as many as 45,000", "expected"),
        ("Some 3,000 civilians were evacuated on Thursday.", "Some 3,000", "actual"),
    ],
)
def test_extract_modality(text: str, figure: str, modality: str) -> None:
    assert only(text, figure).modality == modality


def test_extract_claims_are_traceable_to_the_character() -> None:
    text = ("HOMS, Dec 12 - Some 6,214 civilians, including 2,077 children, left the old city over the\n"
            "past 48 hours, the Russian Defence Ministry reported. The UN says 90,000 people remain besieged.")
    claims = extract(text)
    assert claims
    for c in claims:
        assert text[c.start : c.end] == c.figure
        assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
        assert c.sentence_start <= c.start < c.end <= c.sentence_start + len(c.sentence)
        if c.period_offset is not None and c.period is not None:
            assert text[c.period_offset : c.period_offset + len(c.period)] == c.period


def test_extract_does_not_depend_on_the_clock() -> None:
    text = "Some 300 people left yesterday."
    assert extract(text) == extract(text)
    assert only(text, "Some 300").period_start is None  # no published date: no guess from today's date


def test_extract_statement_day_dates_an_undated_flow_without_being_its_period() -> None:
    claim = only("Over 8,500 civilians left the city, the defence ministry said on Tuesday.", "Over 8,500",
                 published="2016-11-30")  # a Wednesday
    assert (claim.period_kind, claim.period) == ("increment", None)
    assert (claim.period_start, claim.period_end) == ("2016-11-29", "2016-11-29")


def test_extract_expected_flow_on_a_weekday_is_the_coming_one() -> None:
    claim = only("Up to 300 detainees are expected to be released on Thursday under the deal.", "Up to 300",
                 published="2023-10-16")  # a Monday
    assert (claim.modality, claim.period, claim.period_start) == ("expected", "on Thursday", "2023-10-19")
