"""Places read against the other figures of a sentence, the headline and the words that name places.

- A breakdown gives each part its own place: a bracketed count after a name ("Sindh (80 deaths)") and an
  "in" phrase that hangs on another count ("including 9 in X") belong to that count, not to the total.
- A name that ends a text cut off mid-word ("... most of them in Sa") is no place.
- A headline figure whose headline names no place takes the place of the body figure it repeats.
- A surrender is a flow out of the place held: its "from" place is the figure's.
- Natural features, facilities and crossings are places as written; a plural-only noun ("steelworks") is
  known as written when the lemmatiser cuts it.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from headcount.extract.pipeline import extract
from headcount.extract.place_shapes import find_places
from headcount.extract.sentences import split_sentences, tokenize


def _location(text: str, figure: str) -> str | None:
    found = [c for c in extract(text) if c.figure == figure]
    assert found, f"no claim for {figure!r} in {text!r}: {[c.figure for c in extract(text)]}"
    return found[0].location


BREAKDOWN = (
    "Up to 300 people have died across six provinces, most of them in Sindh (80 deaths), Punjab (40) and "
    "Kalat (20), the disaster agency said."
)


def test_a_total_does_not_take_the_first_part_place() -> None:
    assert _location(BREAKDOWN, "Up to 300") != "Sindh"


def test_a_bracketed_part_keeps_its_own_place() -> None:
    assert _location(BREAKDOWN, "80") == "Sindh"


def test_an_including_part_place_is_not_the_total_place() -> None:
    text = "At least 30 people were killed in raids on Kherson overnight, including 9 in the Karm district."
    assert _location(text, "At least 30") == "Kherson"
    assert _location(text, "9") == "Karm district"


def test_a_name_cut_off_at_the_end_of_a_text_is_no_place() -> None:
    text = "Floods have hit the south.\n\nAs of Monday, up to 210 people have died across five provinces, most in Sa"
    assert _location(text, "up to 210") != "Sa"


def test_a_whole_known_name_at_a_cut_end_stays() -> None:
    text = "Officials said that 40 people were killed in Kabul"
    assert _location(text, "40") == "Kabul"


def test_a_headline_figure_takes_the_place_of_the_body_figure_it_repeats() -> None:
    text = ("Rebels kill 45 villagers, army says\n\n"
            "The army said on Monday that rebels had killed 45 villagers in Ituri province.")
    claims = [c for c in extract(text) if c.figure == "45"]
    assert [c.location for c in claims] == ["Ituri province", "Ituri province"]


def test_a_headline_with_its_own_place_keeps_it() -> None:
    text = ("Rebels kill 45 villagers in Beni\n\n"
            "The army said on Monday that rebels had killed 45 villagers in Ituri province.")
    assert _location(text, "45") == "Beni"


def test_fleeing_into_a_country_does_not_leave_it() -> None:
    (sentence,) = split_sentences("Many were fleeing into Burundi.")
    tokens = tokenize(sentence)
    places = find_places(tokens, [t.lower for t in tokens], sentence.text)
    assert [(p.text, p.origin) for p in places] == [("Burundi", False)]


def test_a_surrender_takes_the_place_held() -> None:
    text = "Some 300 fighters from the Illich plant in Kramatorsk surrendered on Friday, the ministry said."
    place = _location(text, "Some 300")
    assert place is not None and "Illich" in place


@pytest.mark.parametrize(("text", "figure", "place"), [
    ("Nine hikers died on the glacier after the storm.", "Nine", "the glacier"),
    ("At least 14 people drowned in the river on Sunday.", "At least 14", "the river"),
    ("Hundreds of families are sheltering at the airport.", "Hundreds", "the airport"),
    ("Four workers were killed in the shelling of the steelworks.", "Four", "the steelworks"),
])
def test_features_and_facilities_are_places(text: str, figure: str, place: str) -> None:
    assert _location(text, figure) == place
