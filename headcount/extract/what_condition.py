"""A count of patients by their condition: "six remain in a grave condition", "nine must undergo an
operation". The figure is a part of the wounded or of the survivors told by their state or by
the treatment they need, which is no event of the closed list (gold convention 5: `other`), and a state
read at one moment (a stock). The token search of what.py takes the nearest trigger instead, often one of
another clause ("the injured reached the clinic, where four were in a grave condition" -> evacuated); the
parse says which predicate governs the figure. Without a model nothing here changes anything.
"""

from __future__ import annotations

from headcount.extract.linguistic import Analysis
from headcount.extract.rules import EventWords
from headcount.extract.what_parse import counted_noun

_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_OBJECT = frozenset({"dobj", "obj"})
_RAISED = frozenset({"xcomp", "ccomp"})  # "were reported to be in a stable condition"


def patient_state(parse: Analysis, k: int, lex: EventWords) -> str | None:
    """"state" when the figure's noun is the subject of being in a condition ("six remain in a grave
    condition", "a third of the burned are in a stable condition", "eight were reported to be in a stable
    condition"), "treatment" when it is the subject of needing or undergoing a treatment ("nine must undergo an
    operation"); None otherwise."""
    noun = counted_noun(parse, k)
    word = parse.words[noun]
    if word.dep not in _SUBJECT or word.head == noun:
        return None
    heads = [word.head]
    heads += [c for c in parse.children(word.head) if parse.words[c].dep in _RAISED]
    for h in heads:
        verb = parse.words[h]
        if verb.lemma in lex.state_verbs and _in_condition(parse, h, lex):
            return "state"
        if verb.lemma in lex.needing and any(
                parse.words[c].dep in _OBJECT and parse.words[c].lemma in lex.treatments
                for c in parse.children(h)):
            return "treatment"
    return None


def _in_condition(parse: Analysis, h: int, lex: EventWords) -> bool:
    """Word ``h`` has an "in" phrase whose noun is a condition ("in a grave condition")."""
    for c in parse.children(h):
        if parse.words[c].dep == "prep" and parse.words[c].lemma == "in" and any(
                parse.words[o].dep == "pobj" and parse.words[o].lemma in lex.conditions for o in parse.children(c)):
            return True
    return False
