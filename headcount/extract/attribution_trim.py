"""A party's phrase trimmed to its noun phrase: what the token rules or a misattached parse leave at its edges.

The phrase a party is read from is cut by word classes and by the parse, and either can leave a fragment
of the clause around the party: a dateline before it ("Geneva, 4 May 2019 - The agency"), a conjunction or a
preposition that opens it ("But the ministry", "for X"), an adjunct of the verb of saying after a comma
("X, on Saturday", "X, in an address to the nation"), a date after it ("X on (04/11)"), or a dangling
preposition or determiner where the rules stopped ("the centre for", "authorities revised the"). None of
these is part of a name, and they make one party look like several to the reconciler, which compares
sources to see two parties disagree. The word classes are the token rules' grammatical words
(lexicons/attribution.toml [words]); nothing here is a name.
"""

from __future__ import annotations

import re

from headcount.extract.rules import AttributionWords

# A dateline: a place and a date, then a spaced dash ("Iraq, 4 November 2016 - The ..."), or a bare numeric
# date ("12-04 The ministry ..."). Up to 60 characters, with a digit in it.
_DATELINE = re.compile(r"^(?P<pre>[^\n]{1,60}?)\s[-–—]\s+(?P<rest>\S.*)$", re.S)
_NUMERIC_LEAD = re.compile(r"^\d[\d/.\-]*\s+(?=\S)")
_TRAILING_DATE = re.compile(r"\s+(?:on|in|at|as of)\s+\(?\d[\d/.\-]*\)?$", re.I)
_COMMA_WORD = re.compile(r",\s+(\w+)\b")
_CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "so"})
_DETERMINERS = frozenset({"the", "a", "an", "of", "its", "their"})


def trim_party(source: str, aw: AttributionWords) -> str:
    """``source`` with the fragments at its edges removed; unchanged when nothing would be left."""
    out = source.strip()
    m = _DATELINE.match(out)
    if m and any(ch.isdigit() for ch in m.group("pre")):
        out = m.group("rest")
    out = _NUMERIC_LEAD.sub("", out)
    out = _TRAILING_DATE.sub("", out)
    preps = aw.subordinators | {"on", "at", "to", "into", "as"}
    cut = next((m for m in _COMMA_WORD.finditer(out) if m.group(1) in preps), None)
    if cut is not None:
        out = out[: cut.start()]  # lower-case only: "X, In ..." is not an adjunct
    words = out.split()
    while len(words) > 1 and words[0].lower() in (_CONJUNCTIONS | preps) and words[0].lower() != "as":
        words = words[1:]  # "But the United Nations office", "for X"
    while len(words) > 1 and words[-1] in (aw.not_modifiers | preps | _DETERMINERS):
        words = words[:-1]
    trimmed = " ".join(words).strip(" ,;:-–—")
    return trimmed or source

