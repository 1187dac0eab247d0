"""Which words of a sentence belong to who is speaking: the party, its appositions and the adjuncts of the
reporting verb before its complement. Places there are not the figures' (where.py reads them). Kept apart
from speakers.py, which finds and carries the party itself, so each module stays a size one can read.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.drafts import SentenceInfo
from headcount.extract.linguistic import Analysis
from headcount.extract.rules import Rules
from headcount.extract.sentences import Token
from headcount.extract.speakers import attributions


def speaker_spans(text: str, info: SentenceInfo, r: Rules, parse: Analysis | None = None) -> list[tuple[int, int]]:
    """Token spans that belong to who is speaking: the party's name ("the head of the ICRC in Syria"), its
    appositions ("the envoy, speaking in Brussels,") and the adjuncts of the reporting verb that come before
    its complement ("told a briefing in Geneva that ..."); places there are not the figures'. The verb's
    complement (the clause or object that holds the figure) is never the speaker's: "Officials said 40
    people were killed in Mosul" keeps Mosul. Worked out once per sentence and kept on it.

    With a parse the speaker's part is read off the reporting verb's dependents; without one, the span runs
    on from the verb only to a "that" or ":" that comes before any number (the complement's start)."""
    if info.speaker_spans is not None:
        return info.speaker_spans
    spans: list[tuple[int, int]] = []
    for a in attributions(text, info, r):
        if a.span == (0, 0):
            continue
        spans.append(a.span)
        parsed = _speaking_parts(parse, info.tokens, a.position) if parse is not None else None
        if parsed is not None:
            spans.extend(parsed)
        elif a.span[0] < a.position:
            window = info.words[a.position : a.position + 10]
            for k, w in enumerate(window):
                if w in ("that", ":"):
                    spans.append((a.span[0], a.position + k))
                    break
                if w[0].isdigit() or w == ".":
                    break
    info.speaker_spans = spans
    return spans


# Dependents of a reporting verb that say who spoke, to whom, where and when: its subject (with appositions
# and participles), its object when that is the audience ("told a briefing"), prepositional and adverbial
# adjuncts. Clausal complements and anything holding a number are what was said.
_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "dative", "dobj", "prep", "npadvmod", "advmod",
                           "advcl", "tmod", "obl"})
_SAID_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj", "mark", "oprd"})


def _speaking_parts(parse: Analysis, tokens: Sequence[Token], cue: int) -> list[tuple[int, int]] | None:
    """The token spans of the reporting verb at token ``cue`` that belong to the speaker; None when the parse
    does not read the cue as a verb (then the token rule decides)."""
    if not 0 <= cue < len(tokens):
        return None
    v = parse.word_at(tokens[cue].start)
    if v is None or parse.words[v].pos not in ("VERB", "AUX") or parse.words[v].start != tokens[cue].start:
        return None
    out: list[tuple[int, int]] = []
    children = parse.children(v)
    for c in children:  # the verb's dependents before it: the subject and what stands beside it
        if c > v:
            break
        if parse.words[c].dep in _SPEAKER_DEPS and not _holds_number(parse, c):
            out.append(_token_range(parse, tokens, *parse.subtree(c)))
    for c in children:  # after it, the adjuncts up to the complement
        if c < v:
            continue
        dep = parse.words[c].dep
        if dep in _SAID_DEPS or _holds_number(parse, c):
            break
        if dep in _SPEAKER_DEPS:
            out.append(_token_range(parse, tokens, *parse.subtree(c)))
    return out


def _holds_number(parse: Analysis, i: int) -> bool:
    lo, hi = parse.subtree(i)
    return any(w.pos == "NUM" or w.tag == "CD" for w in parse.words[lo:hi])


def _token_range(parse: Analysis, tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int]:
    """Our token span [a, b) covering the parse's words [lo, hi)."""
    first, last = parse.words[lo].start, parse.words[hi - 1].end
    a = next((k for k, t in enumerate(tokens) if t.end > first), len(tokens))
    b = next((k for k in range(a, len(tokens)) if tokens[k].start >= last), len(tokens))
    return a, b
