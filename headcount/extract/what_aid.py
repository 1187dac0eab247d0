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
