"""Invariants of extraction, checked by hypothesis over generated wire-style sentences.

- every claim's offsets point at its figure (text[start:end] == figure) and at its sentence;
- low <= high whenever both are set;
- a part linked by "including" is never larger than its whole when the text is consistent;
- a number written with or without thousands separators is read back as itself.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount import extract

PARTIES = ["the Russian Defence Ministry", "the ICRC", "UN officials", "the Syrian Observatory for Human Rights"]
GROUPS = ["civilians", "people", "residents", "refugees"]
PARTS = ["children", "women"]
VERBS = ["left", "fled", "were evacuated from"]
PLACES = ["eastern Aleppo", "Mosul", "Eastern Ghouta", "Raqqa"]
HEDGES = ["", "some ", "about ", "more than ", "at least ", "nearly ", "up to "]


def fmt(n: int, commas: bool) -> str:
    return f"{n:,}" if commas else str(n)


@st.composite
def reports(draw: st.DrawFn) -> tuple[str, int, int]:
    whole = draw(st.integers(min_value=20, max_value=900_000))
    part = draw(st.integers(min_value=2, max_value=whole - 1))
    commas = draw(st.booleans())
    hedge = draw(st.sampled_from(HEDGES))
    text = (
        f"{hedge}{fmt(whole, commas)} {draw(st.sampled_from(GROUPS))}, including {fmt(part, commas)} "
        f"{draw(st.sampled_from(PARTS))}, {draw(st.sampled_from(VERBS))} {draw(st.sampled_from(PLACES))} "
        f"on Sunday, {draw(st.sampled_from(PARTIES))} said."
    )
    prefix = draw(st.sampled_from(["", "ALEPPO (Reuters) - ", "Update:\n", "The evacuation went on. "]))
    return prefix + text[0].upper() + text[1:], whole, part


@settings(max_examples=150, deadline=None)
@given(reports())
def test_extract_offsets_round_trip(report: tuple[str, int, int]) -> None:
    text, _, _ = report
    for c in extract(text):
        assert text[c.start : c.end] == c.figure
        assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence


@settings(max_examples=150, deadline=None)
@given(reports())
def test_extract_bounds_are_ordered(report: tuple[str, int, int]) -> None:
    for c in extract(report[0]):
        if c.low is not None and c.high is not None:
            assert c.low <= c.high


@settings(max_examples=150, deadline=None)
@given(reports())
def test_extract_part_never_larger_than_whole(report: tuple[str, int, int]) -> None:
    text, whole, part = report
    claims = extract(text)
    assert len(claims) == 2, [c.figure for c in claims]
    child = claims[1]
    assert child.parent == 0
    parent = claims[0]
    assert child.low == part
    assert (parent.low if parent.low is not None else parent.high) == whole
    assert child.low <= whole


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10_000_000), st.booleans())
def test_extract_reads_back_the_number_it_was_given(n: int, commas: bool) -> None:
    text = f"Officials said {fmt(n, commas)} people had fled the city."
    claims = extract(text)
    assert [(c.low, c.high) for c in claims] == [(n, n)]
