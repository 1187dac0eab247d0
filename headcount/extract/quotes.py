"""Where quoted speech runs: whether a sentence opens, continues or stands inside a quotation.

Pure checks on the text, split from ``speakers`` (which decides who speaks for a figure): a quoted sentence
keeps the quotation's speaker, so the speaker rules first need to know whether a sentence or a first-person
pointer ("I", "we") is inside quotation marks, including a quotation opened sentences earlier in the paragraph.
"""

from __future__ import annotations

from headcount.extract.drafts import SentenceInfo
from headcount.extract.sentences import Sentence

OPEN_QUOTES = frozenset({'"', "“"})
CLOSE_QUOTES = frozenset({'"', "”"})
_FIRST_PERSON = frozenset({"i", "we"})


def first_person_in_quote(text: str, infos: list[SentenceInfo], index: int, start: int, end: int) -> bool:
    """The pointer at [start, end) is "I" or "we" and stands inside a quotation (opened in this sentence
    before it, or in an earlier sentence of the paragraph)."""
    if text[start:end].lower() not in _FIRST_PERSON:
        return False
    sentence = infos[index].sentence
    before = text[sentence.start : start]
    opened = before.count("“") - before.count("”") + before.count('"') % 2
    return opened > 0 or inside_quote(text, sentence)


def opens_quote(sentence: Sentence) -> bool:
    """The sentence begins with an opening quotation mark: quoted speech that a later sentence may close and
    attribute."""
    body = sentence.text.lstrip()
    return bool(body) and body[0] in OPEN_QUOTES


def inside_quote(text: str, sentence: Sentence) -> bool:
    """True when the sentence is quoted speech opened in an earlier sentence of the same paragraph."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    before = text[line_start : sentence.start]
    opened = before.count("“") - before.count("”") + (before.count('"') % 2)
    if opened > 0:
        return True
    body = sentence.text.lstrip()
    return bool(body) and body[0] in OPEN_QUOTES and not any(q in body[1:] for q in CLOSE_QUOTES)
