"""Places, round 11 (built on the pooled location errors of half B and the unseen-crisis sets P1, P2, P4):
a headline names the story's place as a bare name (an all-capitals label, the subject, a noun modifier), and
a headline that names a country and a place inside it is about the place inside. Sentences written for this
file about crises in no data (a storm in Lesotho, an invented county's dam, a sit-in in a Kenyan city);
each positive case failed before the change, with a negative case beside it."""

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


_BODY = "\n\nRelief agencies have handed out blankets to 3,400 households, reaching some 15,000 people."


def test_headline_label_in_capitals_is_the_story_place() -> None:
    assert _location("LESOTHO: Winter Storm Update No. 2" + _BODY, "3,400") == "LESOTHO"


def test_headline_in_capitals_without_a_place_gives_none() -> None:
    assert _location("WINTER STORM UPDATE No. 2" + _BODY, "3,400") is None


_DAM = ("{head} moves 20,000 people away from the river as dam weakens\n\n"
        "Sept 3: {body} has moved 20,000 residents from riverside villages.\n\n"
        "The number of evacuees rose from 9,000 on Monday to 20,000 by Wednesday, officials said.")


@needs_parse
def test_headline_subject_the_body_tags_as_a_place() -> None:
    text = _DAM.format(head="Mendaro County", body="The Mendaro County government")
    assert _location(text, "9,000") == "Mendaro County"


@needs_parse
def test_headline_subject_that_is_an_organisation_is_no_place() -> None:
    assert _location(_DAM.format(head="Red Cross", body="The agency"), "9,000") is None


def _headline(text: str) -> tuple[list[SentenceInfo], SentenceInfo]:
    infos = [SentenceInfo(s) for s in split_sentences(text)]
    return infos, infos[0]


def test_country_label_gives_way_to_a_city_inside_it() -> None:
    text = "Kenya: police break up Nakuru sit-in, dozens held\n\nOfficers said 85 people were arrested."
    infos, head = _headline(text)
    assert story_headline("Kenya", head.tokenized().tokens, text, infos) == "Nakuru"


def test_country_label_alone_stays() -> None:
    text = "Kenya: police break up sit-in, dozens held\n\nOfficers said 85 people were arrested."
    infos, head = _headline(text)
    assert story_headline("Kenya", head.tokenized().tokens, text, infos) == "Kenya"


_FIJI = "Storm batters Fiji's west\n\nEleven people were confirmed dead, four of them on Kadavu island, the disaster office said."
_PERU = "Quake shakes eastern Peru\n\nOfficials said 530 people were hurt, {rest}"


@needs_parse
def test_counted_part_place_is_not_the_whole_place() -> None:
    assert _location(_FIJI, "Eleven") == "Fiji"
    assert _location(_PERU.format(rest="of whom 88 are still in hospital in Moyobamba and Rioja."), "530") == "Peru"


@needs_parse
def test_counted_part_keeps_its_own_place() -> None:
    assert _location(_FIJI, "four") == "Kadavu"
    assert _location(_PERU.format(rest="of whom 88 are still in hospital in Moyobamba and Rioja."), "88") == "Moyobamba"


@needs_parse
def test_place_outside_a_vague_part_stays_the_whole_place() -> None:
    assert _location(_PERU.format(rest="some of them badly, in Moyobamba and Rioja."), "530") == "Moyobamba"


_MINE = ("Gas leak at Oruro tin mine\n\nRescuers said the six miners were carried to {where}, "
         "where three were on ventilators, a rescue official said.")


@needs_parse
def test_named_hospital_is_the_patients_place() -> None:
    assert _location(_MINE.format(where="Rosa Mamani hospital in Llallagua"), "three") == "Rosa Mamani hospital"
    text = "Gas leak at Oruro tin mine\n\nEight workers were admitted to the town's Villa Rosa Health Centre overnight."
    assert _location(text, "Eight") == "Villa Rosa Health Centre"


@needs_parse
def test_unnamed_hospital_leaves_the_town() -> None:
    assert _location(_MINE.format(where="a hospital in Llallagua"), "three") == "Llallagua"
