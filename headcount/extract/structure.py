"""Parts and wholes: which claim is part of which ("8,461 civilians, including 2,934 children").

Only explicit inclusion links (gold convention 9): "including", "among them", "of whom", "of them",
"N of the M". A list after the opener shares its whole: "82 civilians including 11 women and 13 children".
Links stay within one sentence; a total and a breakdown in separate sentences are not linked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

_OPENERS = (("including",), ("includes",), ("include",), ("among", "them"), ("among", "whom"), ("among", "those"),
            ("of", "whom"), ("of", "which"), ("among",), ("incl",), ("incl.",))
_LIST_LINKS = frozenset({",", "and", "or", "as", "well", "plus", "another", "some", "about", "over", "nearly"})


class _Draft(Protocol):
    sentence_index: int
    tok_start: int
    tok_end: int
    head_end: int
    parent: int | None


def link_parents(drafts: Sequence[Any], infos: Sequence[Any]) -> None:
    """Set ``parent`` (an index into ``drafts``) on every draft that is an explicit part of another."""
    open_whole: int | None = None
    for i, d in enumerate(drafts):
        prev = drafts[i - 1] if i > 0 else None
        if prev is None or prev.sentence_index != d.sentence_index:
            open_whole = None
            continue
        words: list[str] = infos[d.sentence_index].words
        between = words[prev.head_end : d.tok_start]
        if _has_opener(between):
            whole = prev.parent if prev.parent is not None and _has_opener_before(words, prev) else i - 1
            d.parent = whole
            open_whole = whole
        elif open_whole is not None and between and all(w in _LIST_LINKS for w in between):
            d.parent = open_whole
        elif _followed_by(words, d.tok_end, ("of", "them")) or _followed_by(words, d.tok_end, ("of", "those")):
            d.parent = i - 1
            open_whole = None
        else:
            open_whole = None
    # "N of the M people": the part comes first
    for i, d in enumerate(drafts[:-1]):
        nxt = drafts[i + 1]
        if d.parent is None and nxt.sentence_index == d.sentence_index:
            words = infos[d.sentence_index].words
            if words[d.tok_end : nxt.tok_start] in (["of", "the"], ["of"], ["out", "of"], ["out", "of", "the"]):
                d.parent = i + 1


def _has_opener(between: Sequence[str]) -> bool:
    for k in range(len(between)):
        for op in _OPENERS:
            if tuple(between[k : k + len(op)]) == op:
                return True
    return False


def _has_opener_before(words: Sequence[str], d: _Draft) -> bool:
    return _has_opener(words[max(0, d.tok_start - 3) : d.tok_start])


def _followed_by(words: Sequence[str], k: int, seq: tuple[str, ...]) -> bool:
    return tuple(words[k : k + len(seq)]) == seq
