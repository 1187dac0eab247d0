"""Constructions that decide whether a subject or clause the parse found is a figure's speaker, kept apart
from attribution_parse (which climbs from the figure to its reporting verb) so that module stays small:
- a relative clause on a count noun narrates the count's history in the writer's voice;
- a "that"-clause the parse hung on a noun inside the verb's prepositional phrase is still what it reports;
- "Per X" / "As per X" opening a sentence reads as "according to X";
- a name that opens with a verb ("Save the Children") is parsed as a clause but is one subject;
- a participle of saying with no speaker of its own (", adding that ...") goes on with the report before;
- a clause's subject the tagger read as the object of "after"/"before" ("days before the chief, X, lowered
  the toll to N").
"""

from __future__ import annotations

from functools import cache

from headcount.extract.attribution_party import Lexicon, child, lexicon
from headcount.extract.linguistic import Analysis, Entity
from headcount.extract.what_parse import trigger_lemmas
from headcount.lexicons import load
from headcount.lexicons import words as word_list


def narrated_count(an: Analysis, node: int, below: int, lex: Lexicon) -> bool:
    """A relative clause on a count noun ("the tally of missing, which doubled overnight to N", "an estimate
    that has slid from N since Monday") tells how the count moved: the narrator's account of earlier figures, not what a reporting verb
    above the noun states (gold convention 8 gives them no source). A relative clause with a reporting verb
    of its own ("the tally, which the coastguard now puts at N") is read below this point and never reaches it."""
    return an.words[below].dep == "relcl" and an.words[node].lemma in lex.tallies and an.words[node].pos == "NOUN"


def per_word(an: Analysis, k: int) -> int | None:
    """The word "per" of "Per X, ..." or "As per X, ...", the Latin preposition that reads as "according
    to" when it opens the sentence with a party or a document as its object (as a rate, "per day", it never
    opens one)."""
    w = an.words[k]
    if w.text.lower() == "as" and k + 1 < len(an.words) and an.words[k + 1].text.lower() == "per":
        return k + 1
    return k if w.text.lower() == "per" and w.pos == "ADP" else None


def that_clause_inside(an: Analysis, fig: int, below: int) -> bool:
    """The figure's clause is a finite "that"-clause with its own subject, whose verb states an event the
    figure counts (a trigger of lexicons/events.toml, by lemma), that the parse hung on a noun of the verb's
    prepositional phrase ("the survey team reckoned, by a sampling method, that N villagers had drowned"; "the
    modellers found with fair certainty that up to N miners perished"): a
    complementiser's clause is what the verb reports, wherever the parse attached it. The event verb keeps
    out relative clauses the parse also marks with "that" ("tested it on a map that 40 students drew")."""
    if fig < 0:
        return False
    events = trigger_lemmas()
    for k in [fig, *an.ancestors(fig)][: path_len(an, fig, below)]:
        w = an.words[k]
        if w.dep == "acl" and w.pos == "VERB" and w.lemma in events and any(
                an.words[c].dep == "mark" and an.words[c].lemma == "that" for c in an.children(k)) and child(
                    an, k, ("nsubj", "nsubjpass")) is not None:
            return True
    return False


def name_read_as_verb(an: Analysis, verb: int) -> Entity | None:
    """An organisation's or person's name that opens with a verb ("Save the Children said N") is parsed as
    a subject headed by a verb (``nsubj`` or a clausal ``csubj``), which is no party's phrase; the entity
    recogniser still labels the words a name. The subject is then that name, whole, when it ends right
    before the verb."""
    for c in an.children(verb):
        if an.words[c].dep not in ("nsubj", "csubj") or an.words[c].pos != "VERB" or an.words[c].ent_type not in (
                "ORG", "PERSON"):
            continue
        ent = next((e for e in an.entities if e.first <= c < e.last), None)
        if ent is not None and ent.first == an.subtree(c)[0] and ent.last == an.subtree(c)[1] == verb:
            return ent
    return None


def path_len(an: Analysis, fig: int, top: int) -> int:
    """How many words lie on the chain of heads from ``fig`` up to (not including) ``top``."""
    chain = [fig, *an.ancestors(fig)]
    return chain.index(top) if top in chain else len(chain)


def reported_on(words: list[str]) -> bool:
    """"Troops escorted dozens of villagers out of the old town ..., adding that officials will house them":
    a participle of saying after a comma (lexicons/attribution.toml continuing_participles, one word or a
    phrase such as "pointing out"), whose clause names no speaker, tells that the sentence goes on with a
    report; the speaker is the one the sentence right before named ("...; the state agency reported."), not
    the subject of the main clause, which speaks of no statement. "Right before" crosses a paragraph break
    (wire copy gives each sentence a paragraph of its own; the one claim this rule moved on dev does), but
    never a sentence: one that speaks of something else in between ends the report (``speakers._continued``)."""
    phrases = [p.split() for p in lexicon().continuing]
    return any(words[k] == "," and any(words[k + 1 : k + 1 + len(p)] == p for p in phrases)
               for k in range(1, len(words) - 1))


@cache
def _subordinators() -> frozenset[str]:
    """Subordinators the tagger reads as prepositions when the clause's subject carries an apposition
    (lexicons/attribution.toml misread_subordinator_lemmas)."""
    return frozenset(word_list(load("attribution"), "misread_subordinator_lemmas",
                               where="lexicons/attribution.toml misread_subordinator_lemmas"))


def subject_read_as_object(an: Analysis, verb: int) -> int | None:
    """The subject of a finite verb that has none in the parse, read as the object of a subordinator just
    before it: the noun phrase (a noun or name, with its apposition) ends right before the verb, with only
    punctuation between, and is the object of "after"/"before"/... . None when the verb has a subject or
    the words between are not punctuation."""
    w = an.words[verb]
    if w.tag not in ("VBD", "VBZ", "VBP") or child(an, verb, ("nsubj", "nsubjpass")) is not None:
        return None

    def left_of(j: int) -> int:
        while j >= 0 and an.words[j].pos == "PUNCT":
            j -= 1
        return j

    k = left_of(verb - 1)
    if k >= 0 and an.words[k].dep == "appos":
        k = left_of(an.subtree(k)[0] - 1)  # "the communications minister, X,": the noun before the apposition
    if k < 0:
        return None
    h = an.words[k]
    if h.dep != "pobj" or h.pos not in ("NOUN", "PROPN") or an.words[h.head].lemma not in _subordinators():
        return None
    return k


def as_saying(an: Analysis, below: int | None) -> bool:
    """The word ``below`` is "as" with a participle of saying under it: "... as saying N"."""
    if below is None or an.words[below].lemma != "as":
        return False
    return any(an.words[k].lemma in lexicon().speech for k in an.children(below))
