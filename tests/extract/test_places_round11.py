"""Places, round 11: a headline names the story's place as a bare name (an all-capitals label, the subject,
a noun modifier) when it is a country or the body names it as a place; a headline that names a country and
a place inside it is about the place inside; a counted part keeps its own place; a named place of care is
the patients' place. Sentences written for this file (review round 11 points 1 and 3: each in a frame of its
own) about events in no data: a hailstorm in Bhutan, a dock strike in Chile, a landslide in Ecuador, a
coach crash on a Bhutanese pass, an invented district's school shelters. Each positive case failed before
its change, with a negative case beside it."""

from __future__ import annotations

from place_helpers import needs_parse

from headcount.extract.drafts import SentenceInfo
from headcount.extract.pipeline import extract
from headcount.extract.place_story import story_headline
from headcount.extract.sentences import split_sentences


def _location(text: str, figure: str) -> str | None:
    found = [c.location for c in extract(text) if c.figure == figure]
    assert found, f"{figure!r} not extracted from {text!r}"
    return found[0]


_HAIL = "\n\nVolunteers are rebuilding roofs for 1,250 families, and barley prices have doubled."


def test_country_label_in_capitals_is_the_story_place_in_its_own_spelling() -> None:
    assert _location("BHUTAN: farmers count losses after hail" + _HAIL, "1,250") == "Bhutan"


def test_capitals_headline_without_a_place_gives_none() -> None:
    assert _location("HAIL DAMAGE: FARMERS COUNT LOSSES" + _HAIL, "1,250") is None


@needs_parse
def test_city_label_the_body_names_as_a_place() -> None:
    text = "ELDORET: lake overflows its banks\n\nWater stood waist-deep in Eldoret on Friday. Boats ferried 900 people to dry ground."
    assert _location(text, "900") == "Eldoret"


@needs_parse
def test_label_that_names_an_organisation_in_the_body_is_no_place() -> None:
    # The gazetteer knows a French city of this name; the body names the institute.
    text = "NICE: figures on waiting lists\n\nNICE said on Tuesday that 40 patients had died before their surgery date."
    assert _location(text, "40") is None


@needs_parse
def test_label_that_is_a_common_word_or_a_council_is_no_place() -> None:
    text = "READING: quarterly bulletin\n\nReading Borough Council reports that it rehoused 12 families after burst mains."
    assert _location(text, "12") is None


@needs_parse
def test_label_that_is_a_surname_in_the_body_is_no_place() -> None:
    text = "HAMILTON: statement to staff\n\nHamilton told the board that 75 workers would lose their jobs by spring."
    assert _location(text, "75") is None


_SCHOOLS = ("{head} shelters flood families in schools\n\n{body} has turned fourteen classrooms into dormitories.\n\n"
            "Cooks served 2,600 people on Thursday night, up from 1,100 a week earlier, volunteers said.")


@needs_parse
def test_headline_subject_the_body_tags_as_a_place() -> None:
    text = _SCHOOLS.format(head="Tarvessa County", body="The Tarvessa County government")
    assert _location(text, "2,600") == "Tarvessa County"


@needs_parse
def test_headline_subject_that_is_an_organisation_is_no_place() -> None:
    # The body names the organisation too, so the recogniser reads the run itself (as no place).
    assert _location(_SCHOOLS.format(head="Red Crescent", body="The Red Crescent"), "2,600") is None


def _headline(text: str) -> tuple[list[SentenceInfo], SentenceInfo]:
    infos = [SentenceInfo(s) for s in split_sentences(text)]
    return infos, infos[0]


_DOCK = "{head}\n\nCranes stood idle in Antofagasta for three weeks. The port expects 85 crane drivers back on Monday."


def test_country_label_gives_way_to_a_city_inside_it() -> None:
    text = _DOCK.format(head="Chile: Antofagasta dockers end three-week strike")
    infos, head = _headline(text)
    assert story_headline("Chile", head.tokenized().tokens, text, infos) == "Antofagasta"


def test_country_label_alone_stays() -> None:
    text = _DOCK.format(head="Chile: dockers end three-week strike")
    infos, head = _headline(text)
    assert story_headline("Chile", head.tokenized().tokens, text, infos) == "Chile"


_SLIDE = "Rockfall buries mountain road in southern Ecuador\n\n{body}"
_PART = "The slide injured 64 people, 23 of them seriously enough to be flown to Cuenca."
_WHOM = "Crews pulled 140 passengers out of two buses, of whom 31 needed surgery at clinics in Loja and Zamora."


@needs_parse
def test_counted_part_place_is_not_the_whole_place() -> None:
    assert _location(_SLIDE.format(body=_PART), "64") == "southern Ecuador"
    assert _location(_SLIDE.format(body=_WHOM), "140") == "southern Ecuador"


@needs_parse
def test_counted_part_keeps_its_own_place() -> None:
    assert _location(_SLIDE.format(body=_PART), "23") == "Cuenca"
    assert _location(_SLIDE.format(body=_WHOM), "31") == "Loja"


@needs_parse
def test_place_outside_a_vague_part_stays_the_whole_place() -> None:
    text = _SLIDE.format(body="Crews pulled 140 passengers out of two buses, most of them shaken, near Loja.")
    assert _location(text, "140") == "Loja"


_COACH = "Coach overturns on Dochula pass in Bhutan\n\n{body}"


@needs_parse
def test_named_hospital_is_the_patients_place() -> None:
    text = _COACH.format(body="Nineteen passengers are being treated at Wangdue Valley Hospital in Punakha, police said.")
    assert _location(text, "Nineteen") == "Wangdue Valley Hospital"
    text = _COACH.format(body="By dusk helicopters had flown eight climbers into the district's Lobesa Health Centre.")
    assert _location(text, "eight") == "Lobesa Health Centre"


@needs_parse
def test_unnamed_hospital_leaves_the_town() -> None:
    text = _COACH.format(body="Nineteen passengers are being treated at a hospital in Punakha, police said.")
    assert _location(text, "Nineteen") == "Punakha"


def _care(sentence: str, parsed: bool) -> list[str]:
    from headcount.extract import speakers
    from headcount.extract.place_care_names import care_names
    text = _COACH.format(body=sentence)
    info = [SentenceInfo(s) for s in split_sentences(text)][-1]
    info.tokenized()
    return [p.text for p in care_names(info.tokens, speakers.analysis(text, info) if parsed else None)]


@needs_parse
def test_care_name_is_the_recognisers_span_across_hyphens_and_possessives() -> None:
    # review round 11 point 6: a run of capitalised alphabetic words broke at "Al-Noor" and "St Anne's"
    assert _care("Paramedics took 14 passengers to Al-Noor Hospital in Punakha.", parsed=True) == ["Al-Noor Hospital"]
    assert _care("Paramedics took 14 passengers to St Anne's Hospital in Punakha.", parsed=True) == ["St Anne's Hospital"]


@needs_parse
def test_no_care_name_without_a_name_or_a_head_noun() -> None:
    assert _care("Paramedics took 14 passengers to a hospital in Punakha.", parsed=True) == []
    assert _care("Paramedics from the Red Cross took 14 passengers to Punakha.", parsed=True) == []


def test_without_the_parse_the_words_stand_in_for_the_span() -> None:
    assert _care("Nineteen passengers are being treated at Wangdue Valley Hospital in Punakha.", parsed=False) \
        == ["Wangdue Valley Hospital"]
    assert _care("Paramedics took 14 passengers to Al-Noor Hospital in Punakha.", parsed=False) == []
