"""Rule 6 asks whether any sentence of a party's figures at one end of a movement names the other end. It now
searches the place's distinct sentences joined by line breaks once per other place, instead of each sentence
(lower-cased each time): the answers must be those of asking sentence by sentence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.reconcile.running_places import _names_in, _names_of

_KEYS = ["Kharkiv", "Belgorod", "Mopti", "Niamey", "Herat/east", "Mashhad", "St. Louis", "Cox's Bazar"]
_WORDS = ["fled", "from", "to", "into", "Kharkiv", "Belgorod", "Russian", "Ukrainian", "Malian", "Nigerien",
          "Niger", "Mali", "Herat", "Iranian", "Afghan", "Iran", "St.", "Louis", "Cox's", "Bazar", "families",
          "crossed", "the", "border", ",", ".", "-", "'", "\n", "KHARKIV", "Kharkivska", "xBelgorod"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=12).map(" ".join), min_size=1, max_size=5),
       st.sampled_from(_KEYS), st.booleans())
def test_one_search_of_the_joined_sentences_answers_as_each_sentence(sentences: list[str], key: str,
                                                                    glue: bool) -> None:
    sep = "" if glue else " "
    sentences = [s.replace(" ", sep) if glue and i % 2 else s for i, s in enumerate(sentences)]
    joined = "\n".join(sorted({s.lower() for s in sentences}))
    pattern = _names_of(key)
    one = pattern is not None and pattern.search(joined) is not None
    assert one == any(_names_in(s, key) for s in sentences)


def test_a_name_split_over_two_sentences_is_not_found() -> None:
    pattern = _names_of("Cox's Bazar")
    assert pattern is not None
    assert pattern.search("\n".join(sorted({"they reached cox's", "bazar camps"}))) is None
    assert pattern.search("they reached cox's bazar camps") is not None
