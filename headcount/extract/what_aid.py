"""People an aid programme reaches or targets: "an immunisation campaign reached 75,000 residents", "a
further round will target 90,000".

"Reach" and "target" name an arrival or an attack when their subject is people or an armed force ("the
refugees reached the border", "airstrikes targeted civilians"); with a programme of aid as their subject
(a vaccination campaign, a food distribution round; lexicons/events.toml [programmes]: a modifier names
its kind of aid) their object is the people
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


@cache
def _aid_kinds() -> frozenset[str]:
    return frozenset(word_list(load("events").get("programmes", {}), "kinds",
                               where="lexicons/events.toml [programmes]"))


_KIND_DEPS = frozenset({"compound", "amod", "nmod"})


def _of_aid(parse: Analysis, noun: int) -> bool:
    """The programme noun is one of aid: a modifier names its kind ("a vaccination campaign", "a food
    distribution round"). A programme noun whose modifiers are only adjectives and none of aid ("a second
    round", "a further round") refers back to one named in its sentence, and is of aid when that one is. A
    noun of another kind before it ("an air campaign", "a bombing campaign") makes it no aid."""
    kinds = _aid_kinds()
    mods = [c for c in parse.children(noun) if parse.words[c].dep in _KIND_DEPS]
    if any(parse.words[c].lemma.lower() in kinds for c in mods):
        return True
    if any(parse.words[c].pos in ("NOUN", "PROPN", "VERB") for c in mods):
        return False
    return any(i != noun and w.lemma.lower() in _programmes()
               and any(parse.words[c].dep in _KIND_DEPS and parse.words[c].lemma.lower() in kinds
                       for c in parse.children(i))
               for i, w in enumerate(parse.words))


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
    if doer is None or parse.words[doer].lemma.lower() not in _programmes() or not _of_aid(parse, doer):
        return None
    return str(verb.lemma)


# Verbs of taking people somewhere, by lemma: with a medical facility as where they are taken, the people
# are hospitalised (gold convention 5, `aided`). Verbs that name an evacuation ("evacuated to a clinic",
# "airlifted to") are not among them: the gold keeps those `evacuated`.
_TAKING = frozenset({"take", "bring", "transport", "rush", "carry", "transfer", "admit", "send", "ferry"})
_FACILITIES = frozenset({"hospital", "clinic", "infirmary"})
_FACILITY_HEADS = frozenset({"centre", "center", "facility", "unit", "post"})
_MEDICAL = frozenset({"health", "medical", "treatment", "trauma", "care"})


def taken_for_care(parse: Analysis, k: int) -> bool:
    """The counted noun is the subject of a passive (or the object) of a verb of taking whose "to" phrase
    names a hospital or a health centre, and no "from" phrase names where they were taken from ("57 residents
    were brought to the district hospital"): hospitalised, `aided`. With an origin ("41 wounded divers from
    the reef were brought to a hospital") it is a transfer out of a place, an evacuation (half A,
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
