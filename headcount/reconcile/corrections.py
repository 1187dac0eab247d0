"""Whether a figure's sentence gives it as the correction of a figure given before.

A document may report that a party's figure was wrong and give the right one ("there had been a typing
error and the number should have been 1,300"); ``pairing.stated_correction`` then reads the two figures as
a revision. An error word alone is not enough: "an operator's error caused the flood that killed 290" is
about the cause of a flood, not about a figure. So a correction word counts only when a figure is what it is
about, by one of three constructions read in the words before the figure in its sentence:

- a verb phrase whose complement is the figure ends right before it ("should have been 1,300", a hedge
  such as "about" may stand between);
- a correction verb whose "to" argument is the figure ("corrected the toll to 1,300");
- an error word whose object or complement is a noun for a figure, within a few words either way ("an
  error in the toll", "corrected its figure", "the count was a mistake").

The words are data (``lexicons/corrections.toml``, validated at load) so that a reviewer can change them
without reading code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from headcount.lexicons import validated, words
from headcount.models import Claim

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: at most this many words (a hedge: "about", "just over") between a complement frame and its figure
_HEDGE_WORDS = 3


@dataclass(frozen=True)
class CorrectionWords:
    """The correction lexicon, folded to lower case."""

    errors: frozenset[str]
    verbs: frozenset[str]
    figure_nouns: frozenset[str]
    should_have: tuple[tuple[str, ...], ...]
    reach: int


def _validate(data: dict[str, Any]) -> Iterator[str]:
    for key in ("error_words", "correction_verbs", "figure_nouns", "should_have"):
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            yield f"{key!r} must be a non-empty list of non-empty strings"
    reach = data.get("reach")
    if not isinstance(reach, int) or isinstance(reach, bool) or not 0 <= reach <= 10:
        yield "'reach' must be a whole number from 0 to 10"


@cache
def correction_words() -> CorrectionWords:
    """The lexicon (cached); LexiconError at load when a list is missing, empty or malformed."""
    data = validated("corrections", _validate)
    where = "lexicons/corrections.toml"
    return CorrectionWords(
        errors=frozenset(w.lower() for w in words(data, "error_words", where=where)),
        verbs=frozenset(w.lower() for w in words(data, "correction_verbs", where=where)),
        figure_nouns=frozenset(w.lower() for w in words(data, "figure_nouns", where=where)),
        should_have=tuple(tuple(w.lower().split()) for w in words(data, "should_have", where=where)),
        reach=int(data["reach"]))


def _ends_with(tokens: list[str], phrase: tuple[str, ...], slack: int) -> bool:
    """``phrase`` ends within the last ``slack`` words of ``tokens`` (plus the phrase itself)."""
    n = len(phrase)
    return any(tuple(tokens[len(tokens) - n - k: len(tokens) - k]) == phrase
               for k in range(0, slack + 1) if len(tokens) - n - k >= 0)


def corrects_text(before: str) -> bool:
    """``before`` (the words of a sentence before a figure) gives the figure as a correction."""
    lex = correction_words()
    tokens = [t.lower() for t in _WORD.findall(before)]
    if any(_ends_with(tokens, phrase, _HEDGE_WORDS) for phrase in lex.should_have):
        return True
    tail = tokens[-(_HEDGE_WORDS + 1):]
    for i, tok in enumerate(tokens):
        if tok in lex.errors:
            near = tokens[max(0, i - lex.reach): i] + tokens[i + 1: i + 1 + lex.reach]
            if any(t in lex.figure_nouns for t in near):
                return True
        if tok in lex.verbs and "to" in tail and "to" in tokens[i + 1: i + 2 + lex.reach + _HEDGE_WORDS]:
            return True
    return False


def corrects(c: Claim) -> bool:
    """The figure's own sentence, before the figure, says that a figure given earlier was wrong and that this
    one is right: the figure is a correction (see the module docstring for the constructions)."""
    if not c.sentence:
        return False
    return corrects_text(c.sentence[: max(0, c.start - c.sentence_start)])
