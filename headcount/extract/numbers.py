"""The number layer: every number expression in a text, with its bounds. (Being written.)"""

from __future__ import annotations

import re

from headcount.models import Figure

_DIGITS = re.compile(r"\d[\d,]*")


def parse_numbers(text: str) -> list[Figure]:
    """Placeholder until the number layer lands: digit runs only."""
    out = []
    for m in _DIGITS.finditer(text):
        s = m.group().rstrip(",")
        v = float(s.replace(",", ""))
        out.append(Figure(m.start(), m.start() + len(s), s, v, v))
    return out
