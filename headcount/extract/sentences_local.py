"""Sentences of the languages read by lexicon (the split ``stages_local`` reads claims from).

The English splitter (``sentences.split_sentences``) gives paragraphs and headlines, but its cut rule is
stated over ASCII capitals and its run-length limit is set for its parser: these languages need a cut
before a capital of any cased script or a letter of an uncased one, at a stop glued to the next word in
web copy, and no cut where only the length limit fell inside a clause.
"""

from __future__ import annotations

import re

from headcount.extract.sentences import Sentence, abbreviations, split_sentences

# a sentence end: end punctuation (Arabic ؟ too) and closing quotes, then space; what follows is checked in
# split_local (a capital in any cased script, a letter of an uncased script such as Arabic, a digit or a quote)
# a stop and a space, or a stop with no space before an Arabic letter (Arabic is often set so), or, in a cased
# script, a stop glued between a lower-case word and a capital followed by a lower-case letter (or by an
# elided article's apostrophe, "L'ONU"): web copy that lost its space ("ont été évacués.Le convoi"; not
# "M.Otkay", "U.S.A", "Meduza.io", nor an acronym or a file type, "news.UNHCR", "report.PDF")
_GLUED = r"(?<=[a-zß-ÿа-яёіїєґ]{3})[.!?](?=[A-ZÀ-ÞА-ЯЁІЇЄҐ](?:[’'][^\W\d_]|[a-zß-ÿа-яёіїєґ]))"
_END = re.compile(r"[.!?؟…]+[\"'”’»)\]]*(?:\s+|(?=[\u0621-\u064a]))|" + _GLUED)
_ENDED = re.compile(r"[.!?؟…:;][\"'”’»)\]]*\s*$")
_OPENERS = "\"'“‘«„([-—–"


def split_local(text: str) -> list[Sentence]:
    """The English splitter's paragraphs and headlines, with sentences also cut before a capital of any cased
    script (Cyrillic, accented Latin) or a letter of an uncased one (Arabic), which its ASCII rule leaves
    joined. A stop after one letter (an initial, "M. Otkay") or a listed abbreviation does not cut."""
    out: list[Sentence] = []
    abbrev = abbreviations()
    for s in _uncut(text, split_sentences(text)):
        start = 0
        for m in _END.finditer(s.text):
            rest = s.text[m.end():].lstrip(_OPENERS)
            ch = rest[:1]
            if not ch or not (ch.isupper() or ch.isdigit() or (ch.isalpha() and ch.lower() == ch.upper())):
                continue
            before = s.text[start:m.start()].rsplit(None, 1)
            last = before[-1].lower().strip("\"'«(") if before else ""
            if len(last) <= 1 or last in abbrev:
                continue
            out.append(_piece(s, start, m.start() + len(m.group().rstrip()), False))
            start = m.end()
        out.append(_piece(s, start, len(s.text), s.headline))
    return [x for x in out if x.text]


def _uncut(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The English splitter's runs rejoined where it cut an over-long run without end punctuation (a length
    limit for its parser, which these languages do not use): an Arabic paragraph set with no space after its
    stops (".وأعلنت") is one run to it, and its length cut fell inside a clause."""
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        if prev is not None and prev.paragraph == s.paragraph and not prev.headline \
                and not _ENDED.search(prev.text):
            out[-1] = Sentence(prev.start, s.end, text[prev.start:s.end], s.paragraph, s.headline)
        else:
            out.append(s)
    return out


def _piece(s: Sentence, start: int, end: int, headline: bool) -> Sentence:
    return Sentence(s.start + start, s.start + end, s.text[start:end], s.paragraph, headline)
