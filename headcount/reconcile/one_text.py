"""What one text says about its own figures: their moments, and a share stated against a whole.

"One document never revises itself": two figures a text gives side by side are the text's moment. But a
text also tells history, and marks it: an adverb before the figure ("Earlier, the agency had counted ...")
or a clause that opens the sentence with a span of time before the main event ("Two days after the
governor put the number of dead at N, rescuers reached ..."). A figure so marked is of an earlier moment
than the text's own (``said_earlier``). When one party's figure is so marked and the text also gives that
party's last word on the same quantity, the text is telling that the party changed its figure
(``told_earlier``): for a total that only grows, a later figure below the earlier is a revision the text
reports.

Read from the claims' offsets in their sentence (the markers are function words and the clause's position),
so no parse is needed at check time. A text also says how its figures stand to each other: a smaller figure
whose sentence writes the larger again in a partitive is a share of it (``stated_against``), not a second
count. The words are data (``lexicons/corrections.toml`` [said_earlier], and the number words of
``lexicons/numbers.toml``), validated at load.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from headcount.errors import LexiconError
from headcount.lexicons import load, validated
from headcount.reconcile.series import Report

_TABLE = "said_earlier"
_LISTS = ("adverbs", "counts", "units", "spans")
#: the number words of lexicons/numbers.toml that count a span ("two days", "an hour", "ten weeks")
_NUMBER_TABLES = ("units", "teens", "tens")


def _validate(data: dict[str, Any]) -> Iterator[str]:
    table = data.get(_TABLE)
    if not isinstance(table, dict):
        yield f"[{_TABLE}] must be a table"
        return
    for key in _LISTS:
        value = table.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            yield f"[{_TABLE}] {key!r} must be a non-empty list of non-empty strings"


def _alternatives(phrases: list[str]) -> str:
    """A regex alternation of ``phrases`` (a space stands for any run of white space), longest first."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=len, reverse=True))


def _number_words() -> list[str]:
    words = load("numbers").get("words", {})
    out = [w for w in words.get("articles", []) if isinstance(w, str)]
    for table in _NUMBER_TABLES:
        group = words.get(table)
        if not isinstance(group, dict) or not group:
            raise LexiconError(f"[words.{table}] must be a table of number words", where="lexicons/numbers.toml")
        out.extend(str(w) for w in group)
    return out


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the adverbs that set a statement earlier, a sentence opening with a span of time before its main
    event: "A day after ...", "Ten days after ...", "Hours after ...", "The night after ..."), from the
    lexicon (cached); LexiconError at load when a list is missing, empty or malformed."""
    lex = validated("corrections", _validate)[_TABLE]
    earlier = re.compile(rf"\b(?:{_alternatives(lex['adverbs'])})\b", re.IGNORECASE)
    counts = _alternatives([*lex["counts"], *_number_words()])
    after = re.compile(rf"^\W*(?:(?:{counts}|\d+)\s+(?:{_alternatives(lex['units'])})|{_alternatives(lex['spans'])})"
                       r"\s+after\b", re.IGNORECASE)
    return earlier, after


def said_earlier(r: Report) -> bool:
    """The figure's own sentence marks the statement as earlier than the report.

    "Earlier, the governor reported 418 dead" beside "more than 1,500 have been buried" is a toll that
    rose, not two parties disagreeing about one moment. Only the words before the figure count, so an
    "earlier" that qualifies something after it ("12 more than earlier") does not. A figure in a clause that
    opens its sentence with a span of time before the main event ("Two days after the governor put the
    number of dead at 4,300, rescuers reached ...": the figure closes the clause, a comma follows) is that
    clause's moment, which the sentence places before its own.
    """
    c = r.first.claim
    if not c.sentence:
        return False
    at, end = max(0, c.start - c.sentence_start), c.end - c.sentence_start
    head = c.sentence[:at]
    earlier, after = _markers()
    if earlier.search(head):
        return True
    return bool(after.match(head) and re.match(r"\s*,", c.sentence[end:]))


def told_earlier(a: Report, b: Report, reports: Sequence[Report]) -> tuple[Report, Report] | None:
    """One document gives one party's figure as said earlier (``said_earlier``) and the party's last figure
    for the same quantity unmarked: (the earlier, the last), or None.

    What a text says a party said before, set beside what the party says now (its last unmarked figure in
    the text), is the text telling that the party changed its figure. Only the party's last figure: any
    other figure of the party in the text is another part of the story (a mayor's count of the bodies found
    in one district beside a minister's national toll), not the word that replaced the earlier one.
    ``reports``: the series' reports (the party's other figures in the document decide which is its last)."""
    if a.party.key != b.party.key or said_earlier(a) == said_earlier(b):
        return None
    earlier, now = (a, b) if said_earlier(a) else (b, a)
    docs = {p.doc_id for p in earlier.points} & {p.doc_id for p in now.points}
    for doc in docs:
        last: tuple[int, Report] | None = None
        for r in reports:
            if r.party.key != a.party.key or said_earlier(r):
                continue
            for p in r.points:
                if p.doc_id == doc and (last is None or p.claim.start > last[0]):
                    last = (p.claim.start, r)
        if last is not None and last[1] is now:
            return earlier, now
    return None


#: a figure written in a sentence: the digits with their separators, not inside a longer number
def _written(figure: str) -> re.Pattern[str] | None:
    digits = re.sub(r"[^\d,.]", "", figure).strip(",.")
    if not re.search(r"\d", digits):
        return None
    return re.compile(rf"(?<![\d,.]){re.escape(digits)}(?![\d]|[,.]\d)")


#: a partitive before a restated figure: "of the 80", "of those 80", "of all 80"
_PARTITIVE = re.compile(r"\bof\s+(?:the\s+|those\s+|these\s+|all\s+)?$", re.IGNORECASE)


def stated_against(small: Report, big: Report) -> bool:
    """One document; the smaller figure's own sentence writes the larger again in a partitive, outside the
    larger claim's own span ("The army says 431 of the 612 bodies it recovered were gunmen"): the smaller
    is stated as a share of the larger, a breakdown of it, not a second count of the same quantity.

    Only the partitive: a sentence that restates the larger to set the smaller against it ("far below the
    4,500 the UN reports") tells a disagreement, and stays one."""
    if small.high is None or big.low is None or not small.high < big.low:
        return False
    cs, cb = small.first.claim, big.first.claim
    pattern = _written(cb.figure)
    if pattern is None or not cs.sentence:
        return False
    own = cs.start - cs.sentence_start
    for m in pattern.finditer(cs.sentence):
        at = cs.sentence_start + m.start()
        if abs(m.start() - own) <= 1:
            continue  # the small figure itself
        if cs.sentence_start == cb.sentence_start and cb.start <= at < cb.end + 1:
            continue  # the big claim itself, in the same sentence
        if _PARTITIVE.search(cs.sentence[: m.start()]):
            return True
    return False
