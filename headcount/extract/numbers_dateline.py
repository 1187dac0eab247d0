"""The dateline's spaced dash (round 9): "PEMBA, Sept 4 - Fourteen people died ..." opens the story after a
dateline made of an upper-case place and a date; the dash is the dateline's, not the range "4-14" of a
span of days (a range of days is written unspaced, "Sept 4-6", or with "to"/"through"). Without this the
figure right after the dash was joined to the day and dropped with it as a date."""

from __future__ import annotations

import re

# an upper-case place (words, spaces, dots, apostrophes, hyphens), a comma, a month and a day (and a year),
# then a dash with a space on each side, right where the next number starts
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]*[A-Z],[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+"
                       r"[A-Z][a-z]{2,8}\.?)(?:,?[ \t]+\d{4})?[ \t]+[-–—][ \t]+$")
_REACH = 80


def closes_dateline(text: str, day_start: int, next_start: int) -> bool:
    """The number at ``next_start`` follows a dateline whose date ends with the day at ``day_start``."""
    lo = max(0, day_start - _REACH)
    return _DATELINE.search(text, lo, next_start) is not None
