"""Small general extraction fixes (round 4): sentences are not cut after initials inside a name, ...

Every sentence is written for this file (no run of words from the dev texts).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.extract.sentences import split_sentences

# --- 1. a run of initials followed by a capitalised word is part of a name, not a sentence end -------------


def test_a_name_with_two_initials_is_one_sentence() -> None:
    text = ("Analysts at the Kessler J.R. Moore Institute of Tropical Medicine counted 2,310 deaths in the "
            "coastal districts. The ministry disputed the count.")
    got = [s.text for s in split_sentences(text)]
    assert len(got) == 2
    assert got[0].endswith("coastal districts.")


def test_a_middle_initial_does_not_end_a_sentence() -> None:
    text = "Governor Lydia P. Okafor said 45 families were moved to a school. Rain continued overnight."
    assert [s.text for s in split_sentences(text)][0] == (
        "Governor Lydia P. Okafor said 45 families were moved to a school.")


def test_a_bracketed_initialism_before_a_name_does_not_end_a_sentence() -> None:
    text = "A report by the (W.F.P. Nairobi office) counted 900 households. Others were not reached."
    assert len(split_sentences(text)) == 2


def test_an_ordinary_word_before_a_full_stop_still_ends_a_sentence() -> None:
    text = "About 300 people left the valley. Another 120 stayed behind."
    assert len(split_sentences(text)) == 2


_LETTER = st.sampled_from("ABCDEFGHJKLMNPRSTVW")
_WORD = st.sampled_from(["Chan", "Okafor", "Moore", "Institute", "School", "Lindqvist", "Nairobi"])
_LEAD = st.sampled_from(["Researchers at the", "A study by", "Officials quoted", "Senator", "Dr."])


@settings(max_examples=60, deadline=None)
@given(_LEAD, st.lists(_LETTER, min_size=1, max_size=3), _WORD, st.integers(min_value=2, max_value=99_999))
def test_no_split_ever_falls_after_initials_before_a_capitalised_word(
    lead: str, letters: list[str], word: str, n: int
) -> None:
    initials = "".join(f"{c}." for c in letters)
    text = f"{lead} {initials} {word} counted {n:,} people in the camps. The count was disputed."
    got = split_sentences(text)
    for s in got:
        assert not s.text.endswith(initials), (text, [x.text for x in got])
    assert len(got) == 2
