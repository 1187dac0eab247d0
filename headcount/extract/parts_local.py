"""Parts of a total, for the languages read by lexicon: a breakdown that adds up to its total, and a part
told by "among" after it: "310 enfants et 205 femmes comptent
parmi ces victimes", "12 niños están entre los fallecidos", "среди погибших 40 детей".

An inclusion cue before a figure ("dont", "в том числе") makes it a part of the figure before the cue
(``stages_local._parent``). News also states the part first and the whole after a preposition of
membership with a people noun that points back to a total already given: the part belongs to that total,
the last one the previous sentences gave, and it counts people of the same place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon, WordTable
from headcount.extract.linguistic import Word
from headcount.extract.sentences import Sentence

_AMONG_REACH = 12  # words from the figure to the preposition of membership, other figures between
_NOUN_REACH = 3  # words from the preposition to its people noun ("parmi ces victimes", "entre os feridos")
_BACK = 2  # sentences looked back for the whole
_ENDS = frozenset({".", ";", "!", "?", "؟", ":"})
_BREAKDOWN_SENTENCES = 8  # how far after its total a breakdown may run (a part a sentence, comments between)


class Part(Protocol):
    sentence_index: int
    first: int
    last: int
    parent: int | None
    event: str | None

    @property
    def figure(self) -> Any: ...


def among_whole(words: Sequence[Word], d: Part, drafts: Sequence[Part], first_here: int,
                lex: Lexicon) -> int | None:
    """The index of the whole figure ``d`` is a part of when a preposition of membership and a people noun
    follow it in its clause ("comptent parmi ces victimes"): the last figure of the previous sentences (the
    whole it is part of, if that is a part itself), when it is larger; None otherwise."""
    if not lex.among.first or first_here == 0:
        return None
    end = min(len(words), d.last + _AMONG_REACH)
    found = False
    for k in range(d.last, end):
        if words[k].text in _ENDS:
            break
        hit = lex.among.match(words, k, lex.code)
        if hit is not None and any(lex.people.match(words, j, lex.code) is not None
                                   for j in range(hit[1], min(len(words), hit[1] + _NOUN_REACH))):
            found = True
            break
    if not found:
        return None
    n = first_here - 1
    if d.sentence_index - drafts[n].sentence_index > _BACK:
        return None
    up = drafts[n].parent
    whole = up if up is not None else n
    mine, theirs = _value(d), _value(drafts[whole])
    return whole if mine is not None and theirs is not None and mine < theirs else None


def _value(d: Part) -> float | None:
    f = d.figure
    v: float | None = f.low if f.low is not None else f.high
    return v


def _exact(d: Part) -> int | None:
    """The figure's value when it is one exact number (no bound, no hedge)."""
    f = d.figure
    if f.approx or f.low is None or (f.high is not None and f.high != f.low):
        return None
    return int(f.low)


def sum_breakdowns(sentences: Sequence[Sentence], drafts: Sequence[Part]) -> None:
    """A breakdown that directly follows its total with no inclusion cue: the figures after a total, in its
    sentence and the few after it, that add up to it exactly ("1 260 moved today. 810 reached X ...
    300 left Y ... 150 left Z") are its parts (gold rule 9). Only figures not yet parts of another count;
    two parts at least, all exact numbers, so a sum is not a coincidence of one restated figure."""
    for t, total in enumerate(drafts):
        want = _exact(total)
        if total.parent is not None or want is None or want < 3:
            continue
        parts: list[int] = []
        got = 0
        for n in range(t + 1, len(drafts)):
            d = drafts[n]
            if d.parent is not None:
                continue  # a part's own breakdown ("З них: 47 ...") stays under that part
            value = _exact(d)
            if value is None or d.sentence_index - total.sentence_index > _BREAKDOWN_SENTENCES \
                    or sentences[d.sentence_index].headline:
                break
            parts.append(n)
            got += value
            if got >= want:
                break
        if got == want and len(parts) >= 2:
            for n in parts:
                drafts[n].parent = t


_TOTAL_REACH = 2  # words between a consecutive link and the total's noun ("portant le bilan", "таким образом число")


def running_total_parts(drafts: Sequence[Part], words_of: Callable[[int], Sequence[Word]], lex: Lexicon,
                        tolls: WordTable, brings: frozenset[tuple[str, ...]], contrast: WordTable) -> None:
    """Gold rule 9, "this brings the total to": in one sentence, the figures stated before a consecutive
    link (a participle or a relative of result: "portant", "lo que eleva", "لترتفع", "таким образом")
    followed by a total's noun ("12 morts, portant le bilan à N") are parts of the totals after them: each
    takes the first total after the link of its own event.

    A verb of reaching alone is no such link: "300 died last year; this year the toll already exceeds 800"
    states two totals side by side. A contrasting conjunction or a ";" between the part and the link keeps
    them apart too."""
    if not brings:
        return
    by_sentence: dict[int, list[int]] = {}
    for n, d in enumerate(drafts):
        by_sentence.setdefault(d.sentence_index, []).append(n)
    for i, here in by_sentence.items():
        if len(here) < 2:
            continue
        words = words_of(i)
        found = _total_brought(words, drafts[here[0]].last, drafts[here[-1]].first, lex, tolls, brings)
        if found is None:
            continue
        link, turn = found
        totals = [n for n in here if drafts[n].first >= turn]
        taken: set[int] = set()
        for n in here:
            d = drafts[n]
            if d.first >= link or d.parent is not None or _parted(words, d.last, link, lex, contrast):
                continue
            whole = next((t for t in totals if t not in taken and drafts[t].event == d.event
                          and _exact(drafts[t]) is not None and (_exact(d) or 0) < (_exact(drafts[t]) or 0)), None)
            if whole is not None:
                d.parent = whole
                taken.add(whole)


def _total_brought(words: Sequence[Word], lo: int, hi: int, lex: Lexicon, tolls: WordTable,
                   brings: frozenset[tuple[str, ...]]) -> tuple[int, int] | None:
    """The first word of a consecutive link between words ``lo`` and ``hi`` that a total's noun follows, and
    the word after that noun; None if there is none."""
    code = lex.code
    forms = [normalise(w.text, code) for w in words]
    longest = max((len(p) for p in brings), default=0)
    for k in range(lo, hi):
        size = next((n for n in range(longest, 0, -1) if tuple(forms[k:k + n]) in brings), 0)
        if not size:
            continue
        for j in range(k + size, min(hi, k + size + _TOTAL_REACH + 1)):
            if tolls.match(words, j, code) is not None:
                return k, j + 1
    return None


def _parted(words: Sequence[Word], lo: int, hi: int, lex: Lexicon, contrast: WordTable) -> bool:
    """A contrasting conjunction or a ";" stands between words ``lo`` and ``hi``."""
    return any(words[k].text in (";", "؛") or contrast.match(words, k, lex.code) is not None for k in range(lo, hi))
