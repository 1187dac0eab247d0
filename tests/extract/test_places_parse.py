"""Where, read with the parse: names no list holds, places given by description, and names that are not the
figure's place (a party, a dateline, where people come from). Sentences written for these tests."""

from __future__ import annotations

import pytest

from headcount.extract import linguistic
from headcount.extract.pipeline import extract

pytestmark = pytest.mark.skipif(not linguistic.available(), reason="needs the English spaCy model")


def _location(text: str, figure: str) -> str | None:
    found = [c for c in extract(text) if figure in text[c.start : c.end].split()]
    assert found, f"no claim for {figure!r} in {text!r}"
    return found[0].location


CASES = [
    # a common noun of place, as written, when the sentence names no place
    ("At least 40 people were trapped inside the collapsed market building.", "40",
     "the collapsed market building"),
    # the origin of a flow, however it is given
    ("Some 2,000 residents were evacuated from the inundated villages overnight.", "2,000",
     "the inundated villages"),
    # a description located by a name gives way to the name
    ("Over 900 people left the areas held by the militia in the town of Bor.", "900", "town of Bor"),
    # a definite description points back to the place named before it
    ("Heavy fighting reached Sirte on Monday. Some 300 families remain in the city.", "300", "Sirte"),
    # where the people counted come from is not where the event happened
    ("A boat carrying 200 migrants from Senegal capsized off Tenerife.", "200", "Tenerife"),
    # ... but where a verb of moving took them from is the place
    ("Helicopters rescued 64 people from the Annapurna Base Camp on Sunday.", "64", "Annapurna Base Camp"),
    # a dateline is where the report was filed
    ("KHARTOUM, Sudan – At least 60 people were killed in El Fasher on Monday.", "60", "El Fasher"),
    # a place in brackets or after "in" right after a place says where the first lies
    ("Floods killed 23 people in Swat district (northern Pakistan).", "23", "Swat district"),
    ("A landslide buried 31 villagers in Kunar province in Afghanistan.", "31", "Kunar province"),
    # a place in a named person's title belongs to the person
    ("The shelling hit Bukavu, killing Peter Kamau, the governor of North Kivu province, and 16 soldiers.",
     "16", "Bukavu"),
    # ... and a place in an organisation's name to the organisation
    ("Some 45 wounded were taken to the University of Ghana Medical Centre in Accra.", "45", "Accra"),
    # an event's name is not a place
    ("Officials counted 20 deaths from Hurricane Irma.", "20", None),
    # a country that fights is a party, not a place
    ("Fighting between Armenia and Azerbaijan has killed 50 soldiers.", "50", None),
]


@pytest.mark.parametrize(("text", "figure", "want"), CASES)
def test_location(text: str, figure: str, want: str | None) -> None:
    assert _location(text, figure) == want


def test_a_platform_after_on_is_not_a_place() -> None:
    assert _location("A clip shared on Telegram showed 30 soldiers surrendering.", "30") is None


@pytest.mark.parametrize(("text", "want"), [
    # the nearest place in the same paragraph (gold convention 7), not one paragraphs away
    ("Floods hit Quetta on Monday. Roads were closed.\n\nRescuers said 30 people died.", None),
    ("Floods hit Quetta on Monday. Rescuers said 30 people died.", "Quetta"),
    # a page cut into one-sentence lines has no paragraphs: the lines before count
    ("Floods hit Quetta on Monday.\n\nRescuers said 30 people died.", "Quetta"),
    # "the city" stands for the place named before it, whatever the paragraph
    ("Floods hit Quetta on Monday. Roads were closed.\n\nSome 30 people died in the city.", "Quetta"),
    # ... and so does "the east": a part of the place named before
    ("Fighting broke out in Misrata on Monday. Roads were closed.\n\nSome 30 people are trapped in the east.",
     "Misrata"),
])
def test_the_place_from_the_sentences_before(text: str, want: str | None) -> None:
    assert _location(text, "30") == want
