"""Helpers shared by the tests of who gave a figure: the marker for tests that need the English parse, the
source of one figure of a text read through the whole pipeline as a user would call it, and the parse-level
reading of one sentence (``attributed``: the attribution step alone, with no carrying between sentences)."""

from __future__ import annotations

import pytest

from headcount import extract
from headcount.extract import linguistic
from headcount.extract.attribution_parse import ParsedSource, lexicon, source_for_figure
from headcount.models import Claim, Document

needs_model = pytest.mark.skipif(not linguistic.available(), reason="no English spaCy model installed")


def source_of(text: str, figure: str, published: str = "2025-05-02") -> str | None:
    """The source of the first claim whose figure is written ``figure``; fails when there is none."""
    claims = [c for c in extract(text, published=published) if c.figure == figure]
    assert claims, f"{figure!r} not extracted from {text!r}"
    return claims[0].source


def claim_of(text: str, figure: str, published: str | None = "2026-03-20") -> Claim:
    """The first claim of an English ``text`` whose figure is written ``figure``; fails when there is none."""
    claims = [c for c in extract(Document(id="t", text=text, language="en", published=published))
              if c.figure == figure]
    assert claims, f"{figure!r} not extracted from {text!r}"
    return claims[0]


def claims_of(text: str, published: str | None = "2026-03-20") -> list[Claim]:
    """Every claim of an English ``text``, in order, read through the whole pipeline."""
    return list(extract(Document(id="t", text=text, language="en", published=published)))


def figures_of(text: str, published: str | None = "2026-03-20") -> list[str]:
    """The figures of the claims of ``text``, as written."""
    return [c.figure for c in claims_of(text, published)]


def whole_of(text: str, figure: str) -> str | None:
    """The figure of the whole the claim written ``figure`` is a part of (None when it is no part)."""
    claims = claims_of(text)
    part = next(c for c in claims if c.figure == figure)
    return claims[part.parent].figure if part.parent is not None else None


def attributed(sentence: str, figure: str) -> ParsedSource | None:
    """The source the parse of ``sentence`` alone gives the figure written ``figure`` (its first occurrence)."""
    an = linguistic.analyse(sentence)
    assert an is not None
    at = sentence.index(figure)
    return source_for_figure(an, at, at + len(figure), lexicon())
