"""Invariants of the claim layer in every language: figures point into the text, sources are copied from
it, parents point backwards, and categories and events are the shared English words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.extract.languages import LANGUAGES
from headcount.extract.stages_local import extract_local
from headcount.models import Event

PIECES = {
    "ru": ["из Алеппо вышли", "1200 мирных жителей", "в том числе", "300 детей", ",", ".", "заявил",
           "представитель штаба", "по данным ООН", "\n", "погибли", "«", "»"],
    "es": ["salieron de Alepo", "1200 civiles", "entre ellos", "300 niños", ",", ".", "informó", "la ONU",
           "según la Cruz Roja", "\n", "murieron", "\"", "que"],
    "ar": ["خرج", "1200 مدني", "بينهم", "300 طفل", "،", ".", "وقال", "المصدر", "وفقا للأمم المتحدة", "\n",
           "قتل", "إن"],
}
EVENTS = {e.value for e in Event}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(PIECES)), st.data())
def test_claims_point_into_the_text(language: str, data: st.DataObject) -> None:
    parts = data.draw(st.lists(st.sampled_from(PIECES[language]), min_size=1, max_size=14))
    text = " ".join(parts)
    found = extract_local(text, language)
    for i, c in enumerate(found):
        assert text[c.start:c.end] == c.figure
        assert c.source is None or c.source in text
        assert c.location is None or c.location in text
        assert c.parent is None or 0 <= c.parent < i
        assert c.event in EVENTS
        assert c.category.isascii()


def test_every_language_is_covered_by_the_invariant_or_the_cases() -> None:
    assert set(PIECES) <= set(LANGUAGES)
