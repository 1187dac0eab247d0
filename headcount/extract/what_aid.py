"""People an aid programme reaches or targets: "a vaccination campaign that reached 412,000 children", "a
second round targeting 1.1 million children is planned".

"Reach" and "target" name an arrival or an attack when their subject is people or an armed force ("the
refugees reached the border", "airstrikes targeted civilians"); with a programme of aid as their subject
(a campaign, a round, an appeal, a plan, lexicons/events.toml [programmes]) their object is the people
aided (gold convention 5, `aided`). A programme's target has not received the aid yet: the count is
planned (modality `expected`, gold convention 6). Read from the parse; without a model nothing changes.
"""

from __future__ import annotations

from functools import cache

from headcount.extract.linguistic import Analysis
from headcount.extract.what_parse import counted_noun
from headcount.lexicons import load
from headcount.lexicons import words as word_list

_VERBS = frozenset({"reach", "target"})
_RELATIVE = frozenset({"that", "which"})


@cache
def _programmes() -> frozenset[str]:
    return frozenset(word_list(load("events").get("programmes", {}), "words",
                               where="lexicons/events.toml [programmes]"))


def programme_verb(parse: Analysis, k: int) -> str | None:
    """"reach" or "target" when the figure whose number is word ``k`` counts the object of that verb and
    the verb's subject (or the noun its participle or relative clause describes) is a programme of aid;
    None otherwise."""
    noun = counted_noun(parse, k)
    word = parse.words[noun]
    if word.dep != "dobj" or word.head == noun:
        return None
    v = word.head
    verb = parse.words[v]
    if verb.lemma not in _VERBS:
        return None
    subjects = [c for c in parse.children(v) if parse.words[c].dep == "nsubj"]
    doer: int | None = subjects[0] if subjects else None
    if (doer is None or parse.words[doer].text.lower() in _RELATIVE) and verb.dep in ("acl", "relcl"):
        doer = verb.head  # "a campaign that reached ...", "a second round targeting ..."
    if doer is None or parse.words[doer].lemma.lower() not in _programmes():
        return None
    return str(verb.lemma)


# Verbs of taking people somewhere, by lemma: with a medical facility as where they are taken, the people
# are hospitalised (gold convention 5, `aided`). Verbs that name an evacuation ("evacuated to the health
# centre", "airlifted to") are not among them: the gold keeps those `evacuated`.
_TAKING = frozenset({"take", "bring", "transport", "rush", "carry", "transfer", "admit", "send", "ferry"})
_FACILITIES = frozenset({"hospital", "clinic", "infirmary"})
_FACILITY_HEADS = frozenset({"centre", "center", "facility", "unit", "post"})
_MEDICAL = frozenset({"health", "medical", "treatment", "trauma", "care"})


def taken_for_care(parse: Analysis, k: int) -> bool:
    """The counted noun is the subject of a passive (or the object) of a verb of taking whose "to" phrase
    names a hospital or a health centre, and no "from" phrase names where they were taken from ("49 people
    had been taken to the district hospital"): hospitalised, `aided`. With an origin ("53 wounded fishermen
    from the island were taken to a hospital") it is a transfer out of a place, an evacuation (half A,
    Mariupol)."""
    noun = counted_noun(parse, k)
    word = parse.words[noun]
    if word.dep not in ("nsubjpass", "dobj") or word.head == noun:
        return False
    v = word.head
    if parse.words[v].lemma not in _TAKING:
        return False
    lo, hi = parse.subtree(noun)
    if any(parse.words[m].lemma == "from" for m in range(lo, hi)):
        return False
    preps = [c for c in parse.children(v) if parse.words[c].dep == "prep"]
    if any(parse.words[p].lemma == "from" for p in preps):
        return False
    for p in preps:
        if parse.words[p].lemma != "to":
            continue
        for o in parse.children(p):
            if parse.words[o].dep == "pobj" and _medical_place(parse, o):
                return True
    return False


def _medical_place(parse: Analysis, o: int) -> bool:
    """A hospital or a clinic, or a centre or facility of health ("a health centre", "medical facilities")."""
    lemma = parse.words[o].lemma.lower()
    if lemma in _FACILITIES or parse.words[o].text.lower() in _FACILITIES:
        return True
    if lemma in _FACILITY_HEADS:
        return any(parse.words[c].lemma.lower() in _MEDICAL or parse.words[c].lemma.lower() in _FACILITIES
                   for c in parse.children(o))
    return False
