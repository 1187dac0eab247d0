"""The doer of an event done to others: the subject of an active verb of besieging, seizing, freeing,
rescuing or harming that has an object.

The token search gives a figure the event of the nearest verb, whichever side of the verb the figure
stands on. "Troops surrounded 600 villagers" counts the besieged; "600 villagers surrounded the troops"
counts those who did the surrounding, and "40 gunmen kidnapped 12 students" those who kidnapped: gold
convention 5 puts attackers (and crowds that besiege others) under `other`. Read from the parse: the
counted noun is the active subject (nsubj, not nsubjpass) of the verb that gave the event, and the verb has
a direct object. Verbs of moving out ("fled the city", "evacuated the town") and harming ("lost their
lives") take a place or an event as their object and keep their subject the one the event befell, so for
them the object must count people. Without a model nothing changes.
"""

from __future__ import annotations

from headcount.extract.linguistic import Analysis
from headcount.extract.rules import Rules
from headcount.models import Event

# Events whose active subject with any object is the doer ("surrounded the station", "seized the bridge")
_ANY_OBJECT = frozenset({Event.BESIEGED.value, Event.DETAINED.value})
# Events whose active subject is the doer only when the object counts people ("rescued 12 fishermen",
# "evacuated 500 residents"; not "fled the city", "lost their lives")
_PEOPLE_OBJECT = frozenset({Event.RESCUED.value, Event.RELEASED.value, Event.EVACUATED.value,
                            Event.KILLED.value, Event.INJURED.value})
_NOMINAL_STEPS = frozenset({"nummod", "quantmod", "compound", "amod", "det", "nmod", "appos"})


def does_to_others(parse: Analysis, k: int, event: str, lemmas: dict[str, str], r: Rules) -> bool:
    """The figure whose number is word ``k`` counts the doers of ``event``, not those it befell."""
    if event not in _ANY_OBJECT and event not in _PEOPLE_OBJECT:
        return False
    noun = k
    while parse.words[noun].dep in _NOMINAL_STEPS and parse.words[noun].head != noun:
        noun = parse.words[noun].head
    word = parse.words[noun]
    if word.dep != "nsubj" or word.head == noun:
        return False
    verb = parse.words[word.head]
    if verb.pos != "VERB" or lemmas.get(verb.lemma) != event:
        return False
    if any(parse.words[c].dep in ("auxpass", "nsubjpass") for c in parse.children(word.head)):
        return False
    objects = [c for c in parse.children(word.head) if parse.words[c].dep == "dobj"]
    if not objects:
        return False
    if event in _ANY_OBJECT:
        return not any(parse.words[o].text.lower() in r.event_nouns for o in objects)
    return any(_counts_people(parse, o, r) for o in objects)


def _counts_people(parse: Analysis, o: int, r: Rules) -> bool:
    """The object is a noun of people ("the troops", "12 students", "residents")."""
    text = parse.words[o].text.lower()
    return r.people.match([text], 0) is not None and text not in r.event_nouns
