"""Which verb governs a figure in Spanish, Portuguese and French: the verb whose object it is.

Why: the claim stages take the event word nearest a figure, and a word after the people noun wins a tie. In the
Romance languages a direct object follows its verb, so in "the rains affected more than N families and left M
people homeless" the verb right before N governs it, while the event after the noun belongs to the next clause.
The nearest-word rule gave N the second clause's event. Spanish marks a person object with "a" ("afectaron a
N familias"), which may stand between the verb and the figure.

Two kinds of verb are left to the nearest-word rule: the verbs of leaving ("dejar", "deixar", "laisser"), which
before an object mean "leave them in a state" ("dejó N muertos", "a cheia deixou N famílias sem luz") rather than
"leave a place", and the reporting verbs, which are no event. Only the word right before the figure is read
(with the Spanish personal "a"), so an event farther away keeps the old rule.

A lexicon's optional [object_events] table lists verbs that name an event of their object only ("afetar": the
people it affects): they count here, before a figure, and nowhere else, since after a people noun their
participle also qualifies things ("casas afetadas") and the nearest-word rule would read it as the people's event.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import EVENTS, Lexicon, WordTable, read_lang_file, word_table
from headcount.extract.linguistic import Word

OBJECT_AFTER_VERB = frozenset({"es", "pt", "fr"})   # SVO languages read by lexicon: an object follows its verb
_PERSONAL_A = {"es": frozenset({"a", "al"})}        # the Spanish marker of a person object ("afectó a 300")


def _check(data: dict[str, Any]) -> list[str]:
    table = data.get("object_events", {})
    if not isinstance(table, dict):
        return ["[object_events] must be a table"]
    return [f"[object_events] {k!r}: {v!r} is not one of the closed events" for k, v in table.items()
            if v not in EVENTS]


@cache
def object_events(language: str) -> WordTable:
    """The verbs that name an event of their direct object only (lexicons/lang/<code>.toml [object_events])."""
    return word_table(read_lang_file(language, language, _check).get("object_events", {}), language)


def object_event(words: tuple[Word, ...], w0: int, lex: Lexicon, language: str) -> str | None:
    """The event of the verb whose direct object is the figure starting at word ``w0``; None if the word before
    the figure (past a Spanish personal "a") is no event word, is a verb of leaving or a reporting verb."""
    if language not in OBJECT_AFTER_VERB or w0 == 0:
        return None
    k = w0 - 1
    if normalise(words[k].text, language) in _PERSONAL_A.get(language, frozenset()) and k > 0:
        k -= 1
    if lex.leave_verbs.match(words, k, language) is not None or \
            lex.reporting_verbs.match(words, k, language) is not None:
        return None
    hit = lex.events.match(words, k, language) or lex.noun_events.match(words, k, language) or \
        object_events(language).match(words, k, language)
    if hit is None or hit[1] != k + 1:   # a participle as the object's predicate: "dejó damnificadas a N"
        return None
    return hit[0]
