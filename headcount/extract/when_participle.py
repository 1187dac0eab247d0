"""Whether a word is a present participle, from the parse's tag (VBG), not from its ending: "morning",
"evening", "during" and "nothing" end in -ing and are none."""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.sentences import Token
from headcount.extract.when_dates import parse_span


def participle(text: str, tokens: Sequence[Token], words: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a present participle (tag VBG). Without a parse, the ending decides, as it
    did before the parse was read here."""
    analysis = parse_span(text, tokens[0].start, tokens[-1].end) if text and tokens else None
    if analysis is None:
        return words[k].endswith("ing")
    w = analysis.word_at(tokens[k].start)
    return w is not None and analysis.words[w].tag == "VBG"
