"""Event rules that read the dependency parse: what the token search of ``what`` cannot see.

The token search takes the trigger nearest the figure. The parse knows which verb the counted noun is the
subject of, which the nearest trigger may not be: in "31 villagers who were kept hostage by a gang left
the district" the nearest trigger sits in a relative clause that describes the villagers, and the verb of
the sentence, "left", tells what happened to them. Without a model nothing here changes anything.
"""

from __future__ import annotations

from functools import cache

from headcount.extract import linguistic
from headcount.extract.linguistic import Analysis
from headcount.extract.rules import EventWords, rules

_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_NOMINAL_STEPS = frozenset({"nummod", "quantmod", "pobj", "prep", "compound", "amod", "det", "nmod", "appos"})
_NOMINAL_REACH = 4  # heads climbed from the number to its noun ("Scores of hikers", "some 400 people")


@cache
def trigger_lemmas() -> dict[str, str]:
    """The lemma of every one-word trigger -> its event, lemmatised by the model itself (so that any
    inflection the parse meets, "stranded", "strands", "stranding", finds "strand"); empty without a model."""
    words = [(w, ev) for w, ev in rules().triggers.single_words()]
    text = "\n".join(f"People {w} there." for w, _ in words)
    parsed = linguistic.analyse(text)
    if parsed is None:
        return {}
    lemmas: dict[str, str] = {}
    k = 0
    for _, ev in words:
        while k < len(parsed.words) and parsed.words[k].text != "People":
            k += 1
        if k + 1 < len(parsed.words):
            lemmas.setdefault(parsed.words[k + 1].lemma, ev)
        k += 1
    return lemmas


def counted_noun(parse: Analysis, k: int) -> int:
    """The noun the number at word ``k`` counts: its head through number and "of" links ("31 villagers",
    "Scores of hikers" -> "Scores", the head of the phrase)."""
    node = k
    for _ in range(_NOMINAL_REACH):
        word = parse.words[node]
        if word.dep not in _NOMINAL_STEPS or word.head == node:
            break
        node = word.head
    return node


def subject_head(parse: Analysis, k: int) -> tuple[int, int] | None:
    """The figure's counted noun and the word it is the subject of, when it is a subject; None otherwise."""
    noun = counted_noun(parse, k)
    word = parse.words[noun]
    if word.dep not in _SUBJECT or word.head == noun:
        return None
    return noun, word.head


def main_verb_event(parse: Analysis, k: int, event: str) -> str | None:
    """The event of the predicate whose subject is the figure's noun, when ``event`` came from a modifier of
    that noun and the predicate names another: a relative clause ("31 villagers who were kept hostage by
    a gang left the district" -> evacuated) or a prepositional phrase ("150 of those aboard the trawler are
    still unaccounted for" -> missing). The modifier says who they are, the predicate what happened to
    them. The predicate is the verb, or the adjective or participle after "be" or "remain". None otherwise."""
    lemmas = trigger_lemmas()
    found_subject = subject_head(parse, k)
    if found_subject is None:
        return None
    noun, head = found_subject
    if (parse.words[head].pos == "AUX" and parse.words[head].head != head
            and not any(parse.words[c].dep in _COMPLEMENTS for c in parse.children(head))):
        head = parse.words[head].head  # "were were evacuated": a doubled auxiliary the parse hangs it from
    found = _predicate_event(parse, head, lemmas)
    if found is None or found == event:
        return None
    lo, hi = parse.subtree(noun)
    for m in range(lo, min(hi, head)):
        # a relative clause with its pronoun ("who had been trapped") or a prepositional phrase on the noun
        # ("of those on board"), not a participle ("1,874 people injured and 12 missing", where the
        # participle is the figure's own predicate)
        dep = parse.words[m].dep
        if (dep == "relcl" and _has_relative_pronoun(parse, m)) or (dep == "prep" and m > k):
            a, b = parse.subtree(m)
            texts = [w.text.lower() for w in parse.words[a:b]]
            if any(_word_event(parse, x, lemmas) == event for x in range(a, b)) or any(
                    (hit := rules().triggers.match(texts, x)) is not None and hit[1] == event
                    for x in range(len(texts))):
                return found
    return None


_LINKING = frozenset({"be", "remain", "stay"})
_COMPLEMENTS = frozenset({"acomp", "attr", "oprd"})


def _predicate_event(parse: Analysis, head: int, lemmas: dict[str, str]) -> str | None:
    """The event a predicate names: its verb ("left", "were evacuated"), or after a linking verb its
    complement ("are still unaccounted for", "remain missing")."""
    verb = parse.words[head]
    if verb.pos == "VERB" and verb.lemma not in _LINKING:
        return lemmas.get(verb.lemma)
    if verb.lemma in _LINKING:
        for c in parse.children(head):
            if parse.words[c].dep in _COMPLEMENTS:
                return _word_event(parse, c, lemmas)
    return None


def _word_event(parse: Analysis, x: int, lemmas: dict[str, str]) -> str | None:
    """The event of one word, by its lemma or, for the adjectives the model does not reduce
    ("unaccounted", "wounded"), by its form among the one-word triggers."""
    w = parse.words[x]
    hit = rules().triggers.match([w.text.lower()], 0)
    return lemmas.get(w.lemma) or (hit[1] if hit is not None and hit[0] == 1 else None)


def _has_relative_pronoun(parse: Analysis, m: int) -> bool:
    return any(parse.words[c].tag in ("WP", "WDT") for c in parse.children(m))


def informants(parse: Analysis, k: int, reporting: frozenset[str]) -> bool:
    """The figure's noun is the subject of a verb of saying ("Several residents said", "two witnesses told
    the agency"), or a conjunct of that subject, or whom someone questioned or spoke with ("interviewed 30
    survivors", "spoke with 22 residents"): it counts who told, not people something happened to."""
    if _spoken_with(parse, k):
        return True
    noun = counted_noun(parse, k)
    while parse.words[noun].dep == "conj" and parse.words[noun].head != noun:
        noun = parse.words[noun].head  # "Two aid workers and several residents said": the first conjunct's verb
    word = parse.words[noun]
    if word.head == noun:
        return False
    head = parse.words[word.head]
    if word.dep == "nsubj":
        return head.pos == "VERB" and head.lemma in reporting
    if word.dep == "dobj":
        return head.pos == "VERB" and head.lemma in rules().event_words.interviewing  # "the agency interviewed 30 survivors"
    return False


def _spoken_with(parse: Analysis, k: int) -> bool:
    """The number's noun is the object of "with"/"to" after a verb of talk ("researchers spoke with 22
    residents"); ``counted_noun`` climbs past the preposition, so the chain is read here."""
    node = k
    for _ in range(_NOMINAL_REACH):
        word = parse.words[node]
        if word.head == node:
            return False
        head = parse.words[word.head]
        if word.dep == "pobj":
            if head.lemma not in ("with", "to") or head.head == word.head:
                return False
            verb = parse.words[head.head]
            return verb.pos == "VERB" and verb.lemma in rules().event_words.speaking_with
        if word.dep not in ("nummod", "quantmod", "compound", "amod", "det"):
            return False
        node = word.head
    return False




def names_a_number(parse: Analysis, k: int, pointers: frozenset[str],
                   totals: frozenset[str] = frozenset()) -> bool:
    """The number at word ``k`` is the value of a bare noun of a number ("the number should have been
    4,100", "the official figure is 2,650", "the 9,800 estimate"), not a count in a clause of its own:
    it restates a count the text gave before. A noun with a complement ("the number of IDPs", "the figure
    for homes") or a modifier noun ("the death toll") names what it counts and is left to the token rules,
    and so is a noun that always counts one thing ("toll": the dead). After a verb of change the nouns of a
    running total (``totals``: "the total could exceed 1,000") point back as well."""
    word = parse.words[k]
    if word.head == k:
        return False
    head = word.head
    if word.dep in ("nummod", "compound"):
        return _bare_number_noun(parse, head, pointers)
    if word.dep == "attr" and parse.words[head].lemma == "be":
        return any(parse.words[c].dep in _SUBJECT and _bare_number_noun(parse, c, pointers)
                   for c in parse.children(head))
    verb = _verb_of_value(parse, k)
    if verb is not None:
        # "the number could exceed 1,000", "the figure later rose to 2,300": the value a verb of change
        # or reach gives its subject, the bare noun of a number, as the copula does
        return any(parse.words[c].dep in _SUBJECT and _bare_number_noun(parse, c, pointers | totals)
                   for c in parse.children(verb))
    return False


def _verb_of_value(parse: Analysis, k: int) -> int | None:
    """The verb whose object is the number at ``k`` ("exceed 1,000") or whose "to" phrase holds it ("rose
    to 2,300"); None when the number stands elsewhere."""
    word = parse.words[k]
    head = word.head
    if word.dep == "dobj" and parse.words[head].pos == "VERB":
        return head
    prep = parse.words[head]
    if (word.dep == "pobj" and prep.dep == "prep" and prep.lemma == "to" and prep.head != head
            and parse.words[prep.head].pos == "VERB"):
        return prep.head
    return None


def _bare_number_noun(parse: Analysis, n: int, pointers: frozenset[str]) -> bool:
    """A noun of a number with nothing that says what it counts: a modifier noun ("the death toll") or any
    prepositional complement ("the number of IDPs", "the 1,000 figure for damaged homes") names its own
    thing, and so does a noun that always counts one thing (people.toml ``self_naming_pointers``)."""
    noun = parse.words[n]
    if noun.pos != "NOUN" or noun.lemma not in pointers or noun.lemma in rules().head.self_naming_pointers:
        return False
    return not any(parse.words[c].dep in ("compound", "prep") for c in parse.children(n))


def taken_in(parse: Analysis, k: int, recipients: frozenset[str], implied: str | None = None) -> str | None:
    """The event the figure's own noun phrase names when the noun is the object of a verb whose subject is
    the recipient ("the hospital received 48 wounded people": the hospital took them in, the 48 received
    nothing). The phrase's adjective or participle says what happened to them ("wounded" -> injured);
    when it says nothing, the event the noun itself implies (``implied``: "the camp received 500 refugees"
    counts the displaced), and ``other`` when the noun implies none. None when the figure is not such an
    object."""
    noun = counted_noun(parse, k)
    word = parse.words[noun]
    if word.dep != "dobj" or word.head == noun or parse.words[word.head].lemma not in recipients:
        return None
    lemmas = trigger_lemmas()
    for c in parse.children(noun):
        mod = parse.words[c]
        if mod.dep == "amod" and c < noun:
            hit = rules().triggers.match([mod.text.lower()], 0)
            found = hit[1] if hit is not None else lemmas.get(mod.lemma)
            if found is not None:
                return found
    return implied if implied is not None else "other"


def still_there(parse: Analysis, k: int) -> bool:
    """The figure's noun is the subject of a predicate that "still" modifies, or what an existential "there
    is" with "still" introduces ("1,200 gunmen still hold the old town", "some 300 people are still in the
    hospital", "there may still be 500 families there"): the people counted remain where they were, the
    besieged of gold convention 5. The adverb marks persistence of a state, whatever the verb; a predicate
    that names an event of its own ("are still missing") is read by the trigger search before this."""
    noun = counted_noun(parse, k)
    word = parse.words[noun]
    if word.head == noun:
        return False
    head = word.head
    existential = word.dep == "attr" and any(parse.words[c].dep == "expl" for c in parse.children(head))
    if word.dep not in _SUBJECT and not existential:
        return False
    return any(parse.words[c].lemma == "still" and parse.words[c].dep == "advmod" for c in parse.children(head))


_LOCATIVE = frozenset({"in", "at", "inside", "on"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def present_at(parse: Analysis, k: int, reporting: frozenset[str]) -> bool:
    """The counted noun, with no verb of an event, is the subject of a verb of being or staying, or of a
    verb in the progressive, that puts it at a place ("300 tourists were resting in a lagoon", "500 gunmen
    exist in the town"): a count of people present there, a population (gold convention 5), not `other`.
    A verb of saying is no presence ("22 residents in the camp said": informants); the place's object must
    not be a time ("in the morning"). The noun's own place with no such verb (a bare "crowds of N in the square"
    read as present) was tried and dropped: it cost the held-out half a claim."""
    noun = counted_noun(parse, k)
    word = parse.words[noun]
    if word.dep not in _SUBJECT or word.head == noun:
        return False
    verb = parse.words[word.head]
    if verb.lemma in reporting or not _of_state(parse, word.head):
        return False
    return any(_locative_place(parse, p) for p in parse.children(word.head) if parse.words[p].dep == "prep")


def _of_state(parse: Analysis, v: int) -> bool:
    """A verb that tells where people are, not what they did: a verb of being or staying, or any verb in
    the progressive ("were resting"); "joined us in the town", "appear in the video" tell of an arrival or a
    sight, not of who is there, and a verb of work ("900 volunteers are working in the camps") of staff
    deployed, `other` by gold convention."""
    verb = parse.words[v]
    lex = rules().event_words
    if verb.lemma in lex.state_verbs:
        return True
    return verb.tag == "VBG" and verb.lemma not in lex.work_verbs and any(parse.words[c].dep == "aux" and parse.words[c].lemma == "be"
                                     for c in parse.children(v))


def _locative_place(parse: Analysis, p: int) -> bool:
    """A preposition of location whose object names a place, not a time."""
    if parse.words[p].lemma not in _LOCATIVE:
        return False
    objects = [c for c in parse.children(p) if parse.words[c].dep == "pobj"]
    return any(parse.words[o].ent_type not in _TIME_ENTITIES and parse.words[o].pos in ("NOUN", "PROPN")
               for o in objects)


_FREEING = frozenset({"free"})


def freed_by_rescue(parse: Analysis, k: int, lex: EventWords) -> bool:
    """The counted noun is the object (or passive subject) of a verb of freeing whose agent, by the parse,
    is a rescuer (its subject, or the object of "by"; a modifier counts: "rescue teams"), or whose people are
    freed "from" wreckage: a rescue, not a release. The caller leaves captives (prisoners, detainees,
    hostages: nouns that imply detention) to `released` whatever the agent."""
    noun = parse.words[counted_noun(parse, k)]
    if noun.dep not in ("dobj", "nsubjpass") or noun.head == counted_noun(parse, k):
        return False
    verb = noun.head
    if parse.words[verb].lemma not in _FREEING:
        return False
    for c in parse.children(verb):
        dep = parse.words[c].dep
        if dep == "nsubj" and _names_any(parse, c, lex.rescuers):
            return True  # "rescuers freed 43 fishermen", "emergency crews have freed"
        objects = [p for p in parse.children(c) if parse.words[p].dep == "pobj"]
        if dep == "agent" and any(_names_any(parse, p, lex.rescuers) for p in objects):
            return True  # "were freed by rescue teams"
        if dep == "prep" and parse.words[c].lemma == "from" and any(_names_any(parse, p, lex.wreckage)
                                                                  for p in objects):
            return True  # "freed from the collapsed mine"
    return False


def _names_any(parse: Analysis, n: int, lemmas: frozenset[str]) -> bool:
    """The noun at ``n`` or one of its modifiers has a lemma of ``lemmas``."""
    near = [n, *(c for c in parse.children(n) if parse.words[c].dep in ("compound", "amod"))]
    return any(parse.words[x].lemma in lemmas or parse.words[x].text.lower() in lemmas for x in near)
