"""A superscript or other non-decimal digit ("²", a footnote mark) is never read as a day or a count.

``str.isdigit`` is true for "²" while ``int("²")`` raises, so every check that reads a word as a number
uses ``isdecimal``; a stray mark once aborted a whole document's extraction.
"""

from __future__ import annotations

import pytest

from headcount.extract.pipeline import extract


@pytest.mark.parametrize("text", [
    "Some 300 people fled the town on the ² of May, the agency said.",
    "The flood killed 41 people¹ in the valley since Monday², officials said.",
    "About 1,200 families remain in shelters³ as of 4 May, a Friday, the ministry said.",
])
def test_a_footnote_mark_is_no_number_and_no_crash(text: str) -> None:
    claims = extract(text)
    assert claims and all("²" not in c.figure and "¹" not in c.figure and "³" not in c.figure for c in claims)
