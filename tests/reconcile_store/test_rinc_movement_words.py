"""Rule 6 (the two ends of a movement) asks every place of a party's movement whether its sentences name every
other place. Most answers are no, so a text's words are now checked first (``running_places.may_name``): a
place none of whose names has all its words in the text is not searched. That must never turn a yes into a
no: whenever the pattern finds a name, ``may_name`` says it may."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.reconcile.running_places import _names_of, may_name

_KEYS = ["Kharkiv", "Belgorod", "Mopti", "Niamey", "Herat/east", "Mashhad", "St. Louis", "Cox's Bazar",
         "Deir ez-Zor", "Ras al-Ain", "Zindor district", "Sittwe"]
_WORDS = ["fled", "from", "to", "into", "Kharkiv", "Belgorod", "Russian", "Ukrainian", "Malian", "Nigerien",
          "Niger", "Mali", "Herat", "Iranian", "Afghan", "Iran", "St.", "Louis", "Cox's", "Bazar", "families",
          "crossed", "the", "border", ",", ".", "-", "'", "\n", "KHARKIV", "Kharkivska", "xBelgorod", "Deir",
          "ez", "Zor", "ez-Zor", "Ras", "al-Ain", "Syrian", "Zindor", "district", "Myanmar", "Burmese", "Sittwe's"]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=14).map(" ".join), min_size=1, max_size=4),
       st.sampled_from(_KEYS), st.booleans())
def test_the_word_check_never_hides_a_name_the_pattern_finds(sentences: list[str], key: str, glue: bool) -> None:
    if glue:  # names glued to their neighbours ("xBelgorod", "Zor,") must still answer as the pattern does
        sentences = [s.replace(" ", "") if i % 2 else s for i, s in enumerate(sentences)]
    text = "\n".join(sorted({s.lower() for s in sentences}))
    pattern = _names_of(key)
    if pattern is not None and pattern.search(text) is not None:
        assert may_name(_words(text), key)


def test_a_text_without_the_words_of_a_place_is_not_searched() -> None:
    text = "200 families fled kharkiv on monday, the regional governor said"
    assert not may_name(_words(text), "Belgorod")
    assert may_name(_words(text), "Kharkiv")
    # every word of a two-word name is needed, not one
    assert not may_name(_words("the camps of bazar"), "Cox's Bazar")
    assert may_name(_words("the camps of cox's bazar"), "Cox's Bazar")
