"""An earlier figure given for comparison: "over 8,000 are affected, up from 5,000 on Monday".

"up from" or "down from" (or "compared with") after a figure opens a phrase whose number is an earlier count
of the same thing; a time adjunct after that number attaches to it (the day the earlier count was given),
not to the figure the sentence reports. The figure's own clause, for the period reader, ends where that
phrase begins.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.numbers import parse_numbers
from headcount.extract.rules import rules

_QUANTITY_REACH = 3  # "up from about 800", "down from more than 2,000": words from "from" to the number


def compared_figure_from(words: Sequence[str], fig: int, hi: int) -> int | None:
    """The token where the comparison phrase after the figure at ``fig`` begins ("up from", "down from",
    "compared with"), when a number follows it; None when there is none before ``hi``."""
    lex = rules().period_words
    for k in range(fig + 1, min(hi, len(words)) - 1):
        pair = (words[k], words[k + 1])
        opens = (pair[0] in lex.comparison_directions and pair[1] == "from") or (
            pair[0] in lex.comparison_verbs and pair[1] in ("with", "to"))
        if opens and any(parse_numbers(w) for w in words[k + 2 : k + 2 + _QUANTITY_REACH]):
            return k
    return None
