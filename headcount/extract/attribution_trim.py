"""A party's phrase trimmed to its noun phrase: what the token rules or a misattached parse leave at its edges.

The phrase a party is read from is cut by word classes and by the parse, and either can leave a fragment
of the clause around the party: a dateline before it ("Geneva, 4 May 2019 - The agency"), a conjunction or a
preposition that opens it ("But the ministry", "for X"), an adjunct of the verb of saying after a comma
("X, on Saturday", "X, in an address to the nation"), a date after it ("X on (04/11)"), or a dangling
preposition or determiner where the rules stopped ("the centre for", "authorities revised the"). None of
these is part of a name, and they make one party look like several to the reconciler, which compares
sources to see two parties disagree. A dateline needs a real date (a CLDR month name with a number, or a
day/month/year written in figures): a number alone before a dash is part of a name ("G7 - leaders",
"Group of 77 - China"). A conjunction after a comma joins a second party ("X, as well as Y") and is no
cut. The word classes are the token rules' grammatical words (lexicons/attribution.toml [words]); nothing
here is a name.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract import calendar_words
from headcount.extract.rules import AttributionWords
from headcount.lexicons import load
from headcount.lexicons import words as word_list

# A dateline: a place and a date, then a spaced dash ("Iraq, 4 November 2016 - The ..."), or a bare numeric
# date ("12-04 The ministry ..."). Up to 60 characters, with a date in it.
_DATELINE = re.compile(r"^(?P<pre>[^\n]{1,60}?)\s[-–—]\s+(?P<rest>\S.*)$", re.S)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{1,4})?\b")
_NUMERIC_LEAD = re.compile(r"^\d[\d/.\-]*\s+(?=\S)")
_TRAILING_DATE = re.compile(r"\s+(?:on|in|at|as of)\s+\(?\d[\d/.\-]*\)?$", re.I)
_COMMA_WORD = re.compile(r",\s+(\w+)\b")
# A description of what kind of body a named party is ("The Kivu Doctors Network, a medical group tracking
# the war") or a participial clause after the speaker ("A government spokesman, asked about the toll"): a
# comma, then an indefinite article and up to three lower-case words ending in a noun of a kind of body, or
# a lower-case participle. A person's role ("Anna Velikova, a regional relief coordinator") stays: it says
# whose voice the person speaks in; so does a role opened by a participle used as an adjective ("X, acting
# governor of the region", "X, retired army general": a party word follows it, see ``_is_role``), and "a
# member of the group" (no "of" inside the kind-of-body branch). The kinds of body: lexicons/attribution.toml.
@cache
def _description() -> re.Pattern[str]:
    kinds = "|".join(map(re.escape, word_list(load("attribution"), "body_kinds",
                                              where="lexicons/attribution.toml body_kinds")))
    return re.compile(r",\s+(?:an?\s+(?:(?!of\b)[a-z-]+\s+){0,3}(?:" + kinds + r")\b"
                      r"|(?P<participle>[a-z]+(?:ed|ing)\b))")


def _is_role(rest: str, aw: AttributionWords) -> bool:
    """The words after a participle up to the next comma hold a party word (a role or title)."""
    words = [w.lower().strip(".;:") for w in rest.split(",")[0].split()[1:]]
    return any(w in aw.party_words and w not in aw.determiners and w not in _GRAMMATICAL for w in words)


_GRAMMATICAL = frozenset({"the", "a", "an", "of", "for", "'s"})  # party_words holds these as links inside names


def _is_date(text: str) -> bool:
    """A date written in words (a month name and a number) or in figures (day/month, day/month/year)."""
    if _NUMERIC_DATE.search(text):
        return True
    months = calendar_words.months()
    return any(ch.isdecimal() for ch in text) and any(w.lower().strip(".,") in months for w in text.split())


def _opens_with(text: str, phrases: frozenset[str]) -> bool:
    low = text.lower()
    return any(low == p or low.startswith(p + " ") for p in phrases)


def trim_party(source: str, aw: AttributionWords) -> str:
    """``source`` with the fragments at its edges removed; unchanged when nothing would be left."""
    out = source.strip()
    m = _DATELINE.match(out)
    if m and _is_date(m.group("pre")):
        out = m.group("rest")
    out = _NUMERIC_LEAD.sub("", out)
    out = _TRAILING_DATE.sub("", out)
    preps = aw.subordinators | aw.adjunct_prepositions
    cut = next((m for m in _COMMA_WORD.finditer(out)
                if m.group(1) in preps and not _opens_with(out[m.start(1):], aw.conjunctions)), None)
    if cut is not None:
        out = out[: cut.start()]  # lower-case only: "X, In ..." is not an adjunct
    described = _description().search(out)
    if described is not None and described.group("participle") and _is_role(out[described.start("participle"):], aw):
        described = None
    if described is not None and len(out[: described.start()].split()) >= 2:
        out = out[: described.start()]  # the party is the phrase the description or the participle follows
    words = out.split()
    while len(words) > 1 and words[0].lower() in (aw.conjunctions | preps) and words[0].lower() != "as":
        words = words[1:]  # "But the United Nations office", "for X"
    while len(words) > 1 and words[-1] in (aw.not_modifiers | preps | aw.determiners):
        words = words[:-1]
    trimmed = " ".join(words).strip(" ,;:-–—")
    return trimmed or source
