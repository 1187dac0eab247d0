"""Invariants of the number layer over generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount import parse_numbers

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_UNITS[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n >= 10:
        parts.append(_TEENS[n - 10])
    elif n or not parts:
        parts.append(_UNITS[n])
    return " ".join(parts)


def to_words(n: int) -> str:
    """English words for n (British "and"), written independently of the parser."""
    if n < 1000:
        return _below_thousand(n)
    out = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= scale:
            out.append(f"{_below_thousand(n // scale)} {name}")
            n %= scale
    if n:
        out.append(("and " if n < 100 else "") + _below_thousand(n))
    return " ".join(out)


_WORDS = st.sampled_from(
    ["people", "fled", "about", "some", "more", "than", "of", "the", "a", "and", "to", "in", "nearly", "dozens",
     "thousands", "between", "up", "at", "least", "2016", "-", ",", ".", "%", "$", "one", "two", "hundred",
     "million", "1.5m", "20", "8,461", "300", "250,000", "–", "12-year-old", "aged", "November", "half"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=20).map(" ".join))
def test_offsets_round_trip_and_bounds_are_ordered(text: str) -> None:
    figs = parse_numbers(text)
    prev_end = -1
    for f in figs:
        assert text[f.start:f.end] == f.figure
        assert f.start >= prev_end, "figures overlap or are out of order"
        prev_end = f.end
        assert f.low is not None or f.high is not None
        if f.low is not None and f.high is not None:
            assert f.low <= f.high


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_and_without_separators_parse_back(n: int) -> None:
    for written in (str(n), f"{n:,}"):
        if 1900 <= n <= 2099 and written == str(n):
            written = f"some {written}"      # a bare 1900-2099 may be a year; a hedge makes it a count
        text = f"Officials said {written} people were registered."
        figs = parse_numbers(text)
        assert len(figs) == 1, (text, figs)
        assert figs[0].figure.endswith(f"{n:,}" if "," in written else str(n))
        assert figs[0].low == n and figs[0].high in (n, None if "some" not in written else n)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_numbers_written_as_words_parse_back(n: int) -> None:
    words = to_words(n)
    text = f"Officials said {words} people were registered."
    figs = parse_numbers(text)
    if n == 1:
        assert [f.low for f in figs] == [1]
        return
    assert len(figs) == 1, (text, figs)
    assert figs[0].figure == words
    assert figs[0].low == n and figs[0].high == n


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_ranges_parse_back(a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    if lo == hi:
        hi += 1
    text = f"Between {lo:,} and {hi:,} people fled."
    figs = parse_numbers(text)
    assert [(f.low, f.high) for f in figs] == [(lo, hi)]
    assert figs[0].figure == f"Between {lo:,} and {hi:,}"


def _space_grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]))
def test_space_grouped_numbers_parse_back(n: int, sep: str) -> None:
    written = _space_grouped(n, sep)
    text = f"Officials said {written} people were registered."
    figs = parse_numbers(text)
    assert [(f.figure, f.low, f.high) for f in figs] == [(written, n, n)], (text, figs)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=99_999), st.text(alphabet="0123456789", min_size=1, max_size=6)
       .filter(lambda d: len(d) != 3), st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_numbers_side_by_side_are_not_merged_unless_the_group_has_three_digits(a: int, b: str, sep: str) -> None:
    text = f"The ledger shows {a}{sep}{b} in that row."
    for f in parse_numbers(text):
        assert sep not in f.figure, (text, f)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["~", "≈", "≃", "∼"]), st.sampled_from(["", " "]))
def test_approximately_sign_makes_an_approximate_figure(n: int, sign: str, gap: str) -> None:
    text = f"Reports put the toll at {sign}{gap}{n:,} people."
    figs = parse_numbers(text)
    assert [(f.figure, f.low, f.high, f.approx) for f in figs] == [(f"{sign}{gap}{n:,}", n, n, True)], figs
