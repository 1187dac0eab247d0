"""What the place tests share: the location extracted for one figure, and the mark for tests that need the
parse (the English spaCy model)."""

from __future__ import annotations

import pytest

from headcount.extract import linguistic
from headcount.extract.pipeline import extract

needs_parse = pytest.mark.skipif(not linguistic.available(), reason="needs the English spaCy model")


def location_of(text: str, figure: str) -> str | None:
    """The location of the claim whose figure is written exactly ``figure``; fails when none is extracted."""
    found = [c.location for c in extract(text) if c.figure == figure]
    assert found, f"{figure!r} not extracted from {text!r}: {[c.figure for c in extract(text)]}"
    return found[0]
