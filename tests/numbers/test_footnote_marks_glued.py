"""A footnote mark glued to a word ("civils²", "people¹", "Khartoum²") is no part of the word: the people noun
is still read, so the count is still a claim, and a place is copied without the mark. Reports copied from
web pages keep their footnote marks as superscript digits; ``re`` counts "²" as a word character, so the
tokenisers once read "civils²" as an unknown word and dropped the count."""

from __future__ import annotations

import pytest

from headcount.extract.pipeline import extract
from headcount.models import Document

CASES = [
    ("en", "At least 120 people¹ were killed in the floods in Mozambique, the government said.", 120, "people"),
    ("en", "About 300 civilians² fled the town on Monday, officials said.", 300, "civilians"),
    ("fr", "Au moins 120 civils² ont été tués dans les combats au Soudan, selon l'ONU.", 120, "civilians"),
    ("es", "Unas 3.400 personas³ fueron evacuadas por las inundaciones en Mozambique.", 3400, "people"),
    ("pt", "Pelo menos 57 mortos¹ foram registrados após o sismo no Peru.", 57, "dead"),
    ("ru", "Более 300 мирных жителей² покинули город за сутки.", 300, "civilians"),
    ("uk", "Понад 200 цивільних¹ евакуювали з міста.", 200, "civilians"),
    ("ar", "قتل 120 مدنياً² في القصف على المدينة.", 120, "civilians"),
]


@pytest.mark.parametrize(("language", "text", "low", "category"), CASES)
def test_a_footnote_mark_glued_to_the_people_noun_keeps_the_count(language: str, text: str, low: int,
                                                                   category: str) -> None:
    claims = extract(Document(id="t", text=text, language=language))
    assert [(c.low, c.category) for c in claims] == [(low, category)]


@pytest.mark.parametrize(("language", "text", "place"), [
    ("fr", "Au moins 120 civils ont été tués à Khartoum², selon l'ONU.", "Khartoum"),
    ("es", "Unas 640 personas fueron evacuadas en Beira¹, según los bomberos.", "Beira"),
])
def test_a_place_is_copied_without_its_footnote_mark(language: str, text: str, place: str) -> None:
    claims = extract(Document(id="t", text=text, language=language))
    assert [c.location for c in claims] == [place]


def test_a_mark_before_a_scale_word_is_no_digit_of_the_count() -> None:
    """"Unas ² millones": the mark is not "2"; what is left is the vague "millones" (2 million and up)."""
    claims = extract(Document(id="t", text="Unas ² millones de personas huyeron de las inundaciones.", language="es"))
    assert [(c.figure, c.low, c.high) for c in claims] == [("millones", 2_000_000, None)]
