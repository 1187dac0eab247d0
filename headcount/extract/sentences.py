"""Cut a document into paragraphs, sentences and word tokens, keeping every offset.

News text as extracted from pages has one paragraph per line, headlines and captions without final
punctuation, and abbreviations that end in a full stop ("Maj. Gen.", "Dec. 12", "U.N."), so the splitter
is a small rule set rather than a trained model: it is fast, deterministic, and its mistakes are readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from headcount.extract import calendar_words
from headcount.lexicons import validated, words

# The longest sentence the claim stages see. The longest sentence of the 191 dev texts has 425 characters and
# 99% have under 320; a run of text longer than this with no sentence end is not prose (a flattened table,
# a list, or hostile input), and cutting it at a clause boundary keeps every per-sentence stage (the parse,
# the scans for triggers, clause ends and speakers) bounded, so extraction time grows with the text and not
# with the square of a sentence's length (bench/hostile.py).
MAX_SENTENCE_CHARS = 1000
# How far back a cut looks for a clause boundary (";", ",") before cutting at a space or anywhere.
_CUT_LOOKBACK = 300
_ABBREV_TAIL = 40  # the last word before a full stop is found within this many characters

# A run of initials, each one letter and a stop ("J.", "T.H.", "U.N."), as the last word before a full stop:
# part of a name or an initialism, not the end of a sentence ("the T.H. Chan School", "George W. Bush").
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]", re.UNICODE)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# Superscript and subscript digits are word characters to ``re`` but footnote marks, not part of a word
# ("people¹", "civils²"): a character-class body shared with the analyser of other languages
# (analyser_simple), which imports it from here
FOOTNOTE_MARKS = "\u00b2\u00b3\u00b9\u2070-\u209f"
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d[\d,.]*\d|\d|[^\W\d_" + FOOTNOTE_MARKS + r"]"
                    r"(?:(?:[^\W" + FOOTNOTE_MARKS + r"]|['’.-])*[^\W_" + FOOTNOTE_MARKS + r"])?|\S",
                    re.UNICODE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, with its offsets and the paragraph it belongs to."""

    start: int
    end: int
    text: str
    paragraph: int
    headline: bool  # a line without final punctuation: a headline, standfirst, caption or list item


class Token(NamedTuple):
    """A word, number or punctuation mark; a named tuple because sentences make thousands of them."""

    start: int  # offset in the document
    end: int
    text: str
    lower: str


def _validate(data: dict[str, Any]) -> Iterable[str]:
    if not isinstance(data.get("version"), int):
        yield "'version' must be an integer"
    for w in words(data, "abbreviations", where="lexicons/sentences.toml abbreviations"):
        if w != w.lower() or w.endswith(".") or " " in w:
            yield f"abbreviations: {w!r} must be one lower-case word without its final stop"


@cache
def abbreviations() -> frozenset[str]:
    """Words after which a full stop does not end a sentence (lower-case, without the stop): the lexicon's
    titles and initialisms, and the month and weekday abbreviations of CLDR ("Dec.", "Tues.")."""
    listed = frozenset(validated("sentences", _validate)["abbreviations"])
    short_months = set(calendar_words.months(abbreviated=True)) - set(calendar_words.months(abbreviated=False))
    short_days = set(calendar_words.weekdays(abbreviated=True)) - set(calendar_words.weekdays(abbreviated=False))
    return listed | frozenset(short_months | short_days)  # "Dec.", not "May." (a full name ends a sentence)


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs are lines; sentences are cut at end punctuation followed by a capital or a digit."""
    out: list[Sentence] = []
    pos = 0
    para = 0
    abbrev = abbreviations()
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        offset = line_start + (len(line) - len(line.lstrip()))
        body = stripped
        headline = not body.rstrip("\"'”’)] ").endswith((".", "!", "?", ":", ";"))
        start = 0
        for m in _BOUNDARY.finditer(body):
            tail = body[max(start, m.start() - _ABBREV_TAIL) : m.start()]
            last = tail.rsplit(None, 1)[-1].lower().lstrip("\"'“‘([").rstrip(".") if tail.strip() else ""
            if last in abbrev or _INITIALS.fullmatch(last):
                continue
            cut = m.end()
            _append(out, body, start, cut, offset, para, False)
            start = cut
        _append(out, body, start, len(body), offset, para, headline)
        para += 1
    return out


def _append(out: list[Sentence], body: str, start: int, end: int, offset: int, para: int, headline: bool) -> None:
    """Add body[start:end] as one sentence, or as pieces of at most MAX_SENTENCE_CHARS cut at clause ends."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut_point(body, start, start + MAX_SENTENCE_CHARS)
        _add(out, body, start, cut, offset, para, False)
        start = cut
    _add(out, body, start, end, offset, para, headline)


def _cut_point(body: str, start: int, limit: int) -> int:
    """Where to cut an over-long run: after the last ';' or ',' near the limit, else at a space, else at it."""
    floor = max(start + 1, limit - _CUT_LOOKBACK)
    for mark in (";", ",", " "):
        k = body.rfind(mark, floor, limit)
        if k >= 0:
            return k + 1
    return limit


def _add(out: list[Sentence], body: str, start: int, end: int, offset: int, para: int, headline: bool) -> None:
    piece = body[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece:
        out.append(Sentence(offset + start + lead, offset + start + lead + len(piece), piece, para, headline))


def tokenize(sentence: Sentence) -> list[Token]:
    """Words, numbers and single punctuation marks, with document offsets.

    Built with tuple.__new__ rather than Token(...): this runs on every sentence with a figure, and the
    named tuple's generated constructor costs a third of the tokenizer's time.
    """
    base = sentence.start
    make = tuple.__new__
    out: list[Token] = []
    for m in _TOKEN.finditer(sentence.text):
        g = m.group()
        start = base + m.start()
        low = g.lower()
        if "’" in low:
            low = low.replace("’", "'")
        out.append(make(Token, (start, start + len(g), g, low)))
    return out


# Conjunctions that, after a comma, start a clause about something else ("..., but hundreds remain").
CONTRAST = frozenset({"but", "while", "whereas", "although", "though", "however"})


def clause_start(words: Sequence[str], k: int) -> int:
    """Index of the first word of the clause holding token k (after ';' or ', but', ', while' ...)."""
    while k > 0:
        if words[k - 1] == ";" or (words[k - 1] in CONTRAST and k >= 2 and words[k - 2] == ","):
            return k
        k -= 1
    return 0


def clause_end(words: Sequence[str], k: int) -> int:
    """Index just past the clause holding token k."""
    n = len(words)
    while k < n:
        if words[k] == ";" or (words[k] == "," and k + 1 < n and words[k + 1] in CONTRAST):
            return k
        k += 1
    return n


# How far back (in tokens) the words of a total are read before a figure: "the overall count of residents
# bussed out of the encircled district now stands at 7,400". 16, 20 and 30 gave the same dev claim F1.
TOTAL_LOOKBACK = 20


def clause_before(words: Sequence[str], a: int, limit: int) -> list[str]:
    """The words of the clause holding token ``a`` before it, back to a comma, colon, bracket or quote or
    the sentence start, at most ``limit`` of them."""
    k = a
    while k > 0 and a - k < limit and words[k - 1] not in (",", ";", ":", "(", "“", '"'):
        k -= 1
    return list(words[k:a])
