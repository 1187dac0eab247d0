"""The working state of one document's extraction: its sentences with what has been found in them, and the
claims being built.

The stage modules (``who``, ``what``, ``when``, ``where``, ``speakers``, ``structure``) read and fill these
records; ``pipeline`` creates them and freezes the drafts into ``Claim`` records at the end. They live in a
module of their own so that every stage can name them without importing the pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from headcount.extract.sentences import Sentence, Token, tokenize
from headcount.models import Figure

if TYPE_CHECKING:  # the stage types are only annotations here; importing them would make a cycle
    from headcount.extract.attribution import Attribution
    from headcount.extract.linguistic import Analysis
    from headcount.extract.when import Cues, Period
    from headcount.extract.where import Place


@dataclass
class SentenceInfo:
    """One sentence and what the stages found in it, each worked out at most once and shared by its figures."""

    sentence: Sentence
    tokens: list[Token] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    attributions: list[Attribution] | None = None
    places: list[Place] | None = None
    cues: Cues | None = None
    speaker_spans: list[tuple[int, int]] | None = None
    analysis: Analysis | None = None  # the parse (linguistic.py), when the sentence was worth one
    analysed: bool = False  # the parse was tried (it stays None without a model)

    def tokenized(self) -> SentenceInfo:
        """Tokenise on first use: most sentences hold no figure and are never tokenised."""
        if not self.tokens:
            self.tokens = tokenize(self.sentence)
            self.words = [t.lower for t in self.tokens]
        return self


@dataclass(frozen=True)
class NounPhrase:
    """A figure with the noun phrase it counts: the first pass over a sentence, before events are read, so
    that the event search for one figure can step over the other figures' noun phrases."""

    figure: Figure
    start: int  # first token of the figure
    end: int  # token after the figure
    category: str
    head_end: int  # token after the head noun (== end when the noun is left out)
    implied_event: str | None  # the event the noun itself names ("refugees", "the number of IDPs")
    elided: bool  # the figure has no noun of its own ("33 were discharged")


@dataclass
class Draft:
    """A claim being built; frozen into a Claim once parents and sources are settled."""

    figure: Figure
    sentence_index: int
    tok_start: int
    tok_end: int
    head_end: int
    category: str
    event: str
    modality: str
    location: str | None
    period: Period
    source: str | None
    cue: str | None
    via: str | None = None
    parent: int | None = None
    event_from_noun: bool = False  # the event came from the noun ("51 wounded"), not from a verb
    elided: bool = False  # the figure has no noun of its own ("33 were discharged")
    added: bool = False  # a count added to a running total ("two more, bringing the total to 89"): an increment


def token_span(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """The tokens [a, b) that cover the character span [start, end)."""
    a = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    b = next((k for k in range(a, len(tokens)) if tokens[k].start >= end), len(tokens))
    return a, b
