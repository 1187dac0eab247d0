"""A document's text cut into segments around a claim: before, the sentence, the figure, after.

The page shows the text with the figure and its sentence marked. Marking by splitting on the server, then
letting the template escape each segment, means no document text is ever inserted as HTML: a page whose
text contains ``<script>`` shows those characters and runs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    mark: str | None = None  # None, "sentence" or "figure"


def segments(text: str, sentence: tuple[int, int] | None, figure: tuple[int, int] | None) -> list[Segment]:
    """``text`` split at the sentence's and the figure's bounds (clamped to the text); joined back, it is ``text``."""
    n = len(text)

    def clamp(span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        a, b = max(0, min(span[0], n)), max(0, min(span[1], n))
        return (a, b) if a < b else None

    s, f = clamp(sentence), clamp(figure)
    cuts = sorted({0, n, *(s or ()), *(f or ())})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a == b:
            continue
        if f and f[0] <= a and b <= f[1]:
            mark: str | None = "figure"
        elif s and s[0] <= a and b <= s[1]:
            mark = "sentence"
        else:
            mark = None
        out.append(Segment(text[a:b], mark))
    return out
