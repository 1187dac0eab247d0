"""A count of patients told by their condition or their treatment: in "of the burned climbers in the ward,
three are in a critical condition" or "surgery is needed for a dozen of them, and eleven need surgery" the
figure is a part of the wounded, which is no event of the closed list (gold convention 5: `other`), and a
state read at one moment (a stock). The token search of what.py takes the nearest trigger instead, often
one of another clause (a verb of carrying the injured somewhere -> evacuated); the parse says which predicate
governs the figure. Only a patient's condition counts: the condition noun carries a degree of illness or
injury (events.toml [grammar] condition_degrees), so hostages "in good condition" or families "in the state"
keep their own event. Without a model nothing here changes anything.
"""

from __future__ import annotations

from headcount.extract.linguistic import Analysis
from headcount.extract.rules import EventWords
from headcount.extract.what_parse import subject_head

_OBJECT = frozenset({"dobj", "obj"})
_RAISED = frozenset({"xcomp", "ccomp"})  # a raising verb between the subject and "be" ("seem to be in ...")


def patient_state(parse: Analysis, k: int, lex: EventWords) -> str | None:
    """"state" when the figure's noun is the subject of being in a patient's condition (PEOPLE remain in a
    critical condition, also through a raising verb before "be"), "treatment" when it is the subject of
    needing a treatment (PEOPLE need surgery); None otherwise."""
    found = subject_head(parse, k)
    if found is None:
        return None
    heads = [found[1]]
    heads += [c for c in parse.children(found[1]) if parse.words[c].dep in _RAISED]
    for h in heads:
        verb = parse.words[h]
        if verb.lemma in lex.condition_verbs and _in_condition(parse, h, lex):
            return "state"
        if verb.lemma in lex.needing and any(
                parse.words[c].dep in _OBJECT and parse.words[c].lemma in lex.treatments
                for c in parse.children(h)):
            return "treatment"
    return None


def _in_condition(parse: Analysis, h: int, lex: EventWords) -> bool:
    """Word ``h`` has an "in" phrase whose noun is a condition modified by a degree of illness or injury ("in
    a critical condition"); "in good condition" (hostages, buildings) and "in the state" are not a patient's."""
    for c in parse.children(h):
        if parse.words[c].dep == "prep" and parse.words[c].lemma == "in" and any(
                parse.words[o].dep == "pobj" and parse.words[o].lemma in lex.conditions
                and any(parse.words[m].lemma in lex.condition_degrees for m in parse.children(o))
                for o in parse.children(c)):
            return True
    return False
