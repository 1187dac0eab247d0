"""The work per sentence is bounded (issue 14): no run of text reaches the claim stages longer than
MAX_SENTENCE_CHARS, whatever its shape, so extraction time grows with the text and not with its square.
Times are measured by bench/hostile.py, never asserted here; these tests assert the bound itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.extract.sentences import MAX_SENTENCE_CHARS, split_sentences

# The hostile shapes of bench/hostile.py, in small: figures with no full stop, digit runs, hedges and number
# words, a repeated attribution cue, dotted numbers.
UNITS = ["some 1,250 people fled and 40 were killed , ", "1,234,567.890 12 345 678 ",
         "nearly about more than some dozens of hundreds thousands ", "according to the 12 according to the ministry ",
         "1.2.3.4 38.044 12.12.2016 ", "x" * 97 + " "]


@pytest.mark.parametrize("unit", UNITS)
def test_a_long_run_with_no_sentence_end_is_cut_into_bounded_pieces(unit: str) -> None:
    text = unit * (5 * MAX_SENTENCE_CHARS // len(unit) + 1)
    sentences = split_sentences(text)
    assert len(sentences) >= 5
    for s in sentences:
        assert len(s.text) <= MAX_SENTENCE_CHARS
        assert text[s.start : s.end] == s.text  # offsets still trace every character


def test_a_cut_falls_after_a_clause_boundary_when_there_is_one() -> None:
    text = ("In the district, " + "12 families were moved to shelters in the north, ") * 40
    first = split_sentences(text)[0]
    assert first.text.endswith(",")


def test_ordinary_sentences_are_not_cut() -> None:
    text = ("More than 1,200 civilians, including 300 children, left the eastern districts on Sunday, the "
            "regional health office said, adding that 40 of them were taken to hospitals in the city.")
    assert [s.text for s in split_sentences(text)] == [text]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(UNITS + [". ", "\n", "Dec. ", "U.S. ", "Maj. "]), min_size=1, max_size=400))
def test_no_sentence_is_longer_than_the_bound_and_offsets_hold(parts: list[str]) -> None:
    text = "".join(parts)
    for s in split_sentences(text):
        assert 0 < len(s.text) <= MAX_SENTENCE_CHARS
        assert text[s.start : s.end] == s.text


def test_the_parse_reads_at_most_its_budget_per_document() -> None:
    from headcount.extract import linguistic, speakers
    from headcount.extract.drafts import SentenceInfo

    if not linguistic.available():
        pytest.skip("no spaCy model installed: nothing is parsed, so there is no budget to check")
    text = "More than 1,200 civilians left the eastern districts on Sunday, the health office said. " * 120
    infos = [SentenceInfo(s) for s in split_sentences(text)]
    budget = 2_000
    speakers.prepare_parses(text, infos, list(range(len(infos))), budget=budget)
    parsed = [i for i in infos if i.analysis is not None]
    assert parsed, "the first sentences, within the budget, are parsed"
    assert sum(len(i.sentence.text) for i in parsed) <= budget
    # every other sentence is settled as unparsed, so no stage parses it later one by one
    assert all(i.analysed for i in infos)
    assert speakers.analysis(text, infos[-1]) is None
