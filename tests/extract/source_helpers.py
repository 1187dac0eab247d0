"""Helpers shared by the tests of who gave a figure: the marker for tests that need the English parse, and
the source of one figure of a text, read through the whole pipeline as a user would call it."""

from __future__ import annotations

import pytest

from headcount import extract
from headcount.extract import linguistic

needs_model = pytest.mark.skipif(not linguistic.available(), reason="no English spaCy model installed")


def source_of(text: str, figure: str, published: str = "2025-05-02") -> str | None:
    """The source of the first claim whose figure is written ``figure``; fails when there is none."""
    claims = [c for c in extract(text, published=published) if c.figure == figure]
    assert claims, f"{figure!r} not extracted from {text!r}"
    return claims[0].source
