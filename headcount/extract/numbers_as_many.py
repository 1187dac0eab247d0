"""English "as many" after a figure ("at least five soldiers were killed and as many injured"): a second figure
that repeats the first, with its bounds (gold convention 2). Split from ``numbers`` (which finds and reads the
number expressions themselves) so that module stays small; the reading is the same.
"""

from __future__ import annotations

import re

from headcount.models import Figure

# "as many" in a coordinated clause after a figure, not the bound "as many as N"
_AS_MANY = re.compile(r"(?:\band|,)\s+(?:just\s+)?(as many)\b(?!\s+as\b)", re.IGNORECASE)


def as_many(text: str, figs: list[Figure]) -> list[Figure]:
    """ "at least five soldiers were killed and as many injured": "as many" after a figure, in a clause
    coordinated with its own, repeats that figure and its bounds (gold convention 2: 5/open). The figure
    must be in the same sentence, before it."""
    if not figs or "as many" not in text.lower():
        return figs
    out = list(figs)
    for m in _AS_MANY.finditer(text):
        start, end = m.span(1)
        before = [f for f in out if f.end <= m.start()]
        if not before or any(f.start < end and start < f.end for f in out):
            continue
        f = before[-1]
        if any(c in text[f.end : m.start()] for c in ".;?!"):
            continue
        out.append(Figure(start, end, text[start:end], f.low, f.high, f.approx, f.qualifier, "words"))
    return sorted(out, key=lambda f: f.start)
