"""The party a dependency parse names: the phrase around a subject or agent, whether it names a party, and
the subjects a pronoun in the next sentence takes up.

``attribution_parse`` finds which word speaks for a figure (the subject of the reporting verb its clause hangs
from); this module turns that word into a party (``party``: its compounds, appositions and possessor, a
carrier's author, a pointer left to resolve) and answers the questions other stages ask of a parse about
parties: is the token rules' party a whole phrase (``plausible_party``), which named subjects may a pointer
take up (``subject_parties``, ``agrees``), and does a document name its own author (``self_named_author``).
The word lists come from lexicons/attribution.toml through ``lexicon``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from headcount.extract.linguistic import Analysis, Word
from headcount.extract.rules import rules
from headcount.lexicons import load, words

_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "FAC"})
# Dependents kept in a party's phrase: its compounds, modifiers, possessor, appositions and "of"/"for" phrases.
_PHRASE_DEPS = frozenset({"compound", "amod", "det", "poss", "case", "appos", "prep", "pobj", "nmod", "punct",
                          "cc", "conj", "nummod", "quantmod", "advmod", "npadvmod", "predet", "dep"})
_PHRASE_CUT = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
_MAX_PHRASE_WORDS = 24


@dataclass(frozen=True, slots=True)
class ParsedSource:
    """The party the parse attributes a figure to (or a pointer to resolve), with the cue and any relay."""

    source: str | None      # the party as written; None when the subject only points back ("he said")
    cue: str                # the reporting verb's lemma, or "according to"
    cue_start: int          # document offset of the cue word
    start: int              # document offsets of the party's phrase (cue_start when there is none)
    end: int
    pointer: bool = False   # the subject points back to an earlier party ("he", "the ministry")
    phrase: str | None = None  # the pointer's words ("the ministry"), kept when nothing earlier resolves it
    via: str | None = None  # the relay that passed the figure on ("according to agency Y")
    how: str = "governs"    # governs (the verb governs the figure), beside ("N fled, X said"), relay, according


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists the parse attributor reads (lexicons/attribution.toml), by lemma."""

    speech: frozenset[str]        # verbs whose subject asserts what their complement says
    clause_only: frozenset[str]   # verbs that attribute only through a clause ("found that N", not "found N")
    publishing: frozenset[str]    # verbs that attribute only through a carrier object ("released a report")
    at_object: frozenset[str]     # verbs that attribute only through "at N" ("put the number at N")
    relay: frozenset[str]         # active relays whose object is the originator ("quoting X", "cited X")
    passive_speaker: frozenset[str]  # passives whose subject is the speaker ("X was quoted as saying")
    carriers: frozenset[str]      # nouns that carry a party's words ("report", "statement")
    documents: frozenset[str]     # carriers that speak for themselves when no author is named ("the report")
    party_nouns: frozenset[str]   # role nouns that make a phrase a party without a name ("officials")
    pointers: frozenset[str]      # phrases that point back to an earlier party ("he", "the ministry")
    not_parties: frozenset[str]   # subjects that are never a party ("it", "there", "the toll")
    media: frozenset[str]         # names of media (from lexicons/parties.toml), lower-case
    tallies: frozenset[str] = frozenset()  # nouns of a count as a verb's object ("gave a figure of N")
    services: frozenset[str] = frozenset()  # verbs of an organisation's aid work ("assisted N people")
    institutions: frozenset[str] = frozenset()  # a state's institutions that serve people ("the authorities")
    releases: frozenset[str] = frozenset()  # nouns of an agency's own publication ("Flash Update"), lower-case
    inquiries: frozenset[str] = frozenset()  # verbs of questioning people ("interviewed N survivors")
    evidence: frozenset[str] = frozenset()  # nouns of a finding's content ("found evidence of N deaths")
    continuing: frozenset[str] = frozenset()  # participles of saying that go on with a report (", adding that")
    hazards: frozenset[str] = frozenset()  # nouns that head a named hazard ("Typhoon X"): an event, no party
    beliefs: frozenset[str] = frozenset()  # verbs of belief ("N more are thought to be trapped")


@cache
def lexicon() -> Lexicon:
    """The parse attributor's word lists, built once from the validated rule tables."""
    r = rules()
    return Lexicon(
        speech=r.reporting_lemmas, clause_only=r.clause_only_lemmas, publishing=r.publishing_lemmas,
        at_object=r.at_object_lemmas, relay=r.relay_lemmas, passive_speaker=r.passive_speaker_lemmas,
        carriers=r.carriers, documents=r.document_lemmas, party_nouns=r.party_nouns, pointers=r.pointer_phrases,
        not_parties=r.not_parties, media=r.media_names,
        tallies=frozenset(words(load("attribution"), "tally_nouns", where="lexicons/attribution.toml tally_nouns")),
        services=frozenset(words(load("attribution"), "service_lemmas", where="lexicons/attribution.toml service_lemmas")),
        institutions=frozenset(words(load("attribution"), "institution_nouns",
                                     where="lexicons/attribution.toml institution_nouns")),
        releases=frozenset(words(load("attribution"), "release_nouns", where="lexicons/attribution.toml release_nouns")),
        inquiries=frozenset(words(load("attribution"), "inquiry_lemmas", where="lexicons/attribution.toml inquiry_lemmas")),
        evidence=frozenset(words(load("attribution"), "evidence_nouns", where="lexicons/attribution.toml evidence_nouns")),
        continuing=frozenset(words(load("attribution"), "continuing_participles",
                                   where="lexicons/attribution.toml continuing_participles")),
        hazards=frozenset(words(load("attribution"), "hazard_nouns", where="lexicons/attribution.toml hazard_nouns")),
        beliefs=frozenset(words(load("attribution"), "belief_lemmas", where="lexicons/attribution.toml belief_lemmas")),
    )


def of_by(an: Analysis, noun: int) -> int | None:
    """The author in "a report by X", "a statement from X", "X's report", "UN figures"."""
    for c in an.children(noun):
        w = an.words[c]
        if w.dep == "poss" or (w.dep == "compound" and w.ent_type in ("ORG", "PERSON", "NORP")):
            return c
        if w.dep in ("prep", "agent") and w.lemma in ("by", "from", "of"):
            obj = child(an, c, ("pobj",))
            if obj is not None:
                return obj
        if w.dep == "acl" and w.tag == "VBN":
            # "a report issued on Thursday by the UN office": the agent of the participle
            agent = child(an, c, ("agent",))
            obj = child(an, agent, ("pobj",)) if agent is not None else None
            if obj is not None:
                return obj
    return None


def child(an: Analysis, i: int, deps: Sequence[str]) -> int | None:
    return next((c for c in an.children(i) if an.words[c].dep in deps), None)


def party(an: Analysis, head: int, cue: str, cue_word: int, lex: Lexicon) -> ParsedSource | None:
    """The party whose phrase is headed by word ``head``, or None when it is not a party."""
    w = an.words[head]
    if is_carrier(w, lex):
        author = of_by(an, head)
        if author is not None and an.words[author].pos in ("PROPN", "NOUN"):
            return party(an, author, cue, cue_word, lex)  # "a report by the relief group said", "UN figures"
    elif w.lemma in lex.documents or w.lemma in lex.tallies:
        # "a survey by the institute found", "a tally compiled by the network put": the author, when the
        # document or count has one that is a party (not "a survey of 900 households", which speaks itself)
        author = of_by(an, head)
        if author is not None and an.words[author].pos in ("PROPN", "NOUN"):
            by = party(an, author, cue, cue_word, lex)
            if by is not None and by.source is not None:
                return by
    lo, hi = _phrase(an, head)
    cue_at = an.words[cue_word].start
    start, end = an.words[lo].start, an.words[hi - 1].end
    text = an.slice(start, end)
    low = text.lower()
    if w.lemma in lex.documents:
        return ParsedSource(text, cue, cue_at, start, end)  # "the report said": a document with no author named
    if w.pos == "PRON" and w.ent_type in ("ORG", "PERSON") and sum(ch.isupper() for ch in w.text) >= 2:
        return ParsedSource(text, cue, cue_at, start, end)  # "the WHO revised": an acronym the tagger read as "who"
    if low in lex.pointers or _described(an, head, lo, hi, lex) or definite_carrier(an, head, lo, hi, lex) or (
            w.pos == "PRON" and w.lemma not in (
            "who", "which", "that", "what", "there", "this", "one", "some", "all")):
        # "he said", "it said", "the statement said": the party named before
        return ParsedSource(None, cue, cue_at, start, end, pointer=True, phrase=None if w.pos == "PRON" else text)
    if low in lex.not_parties or w.pos not in ("NOUN", "PROPN") or is_carrier(w, lex):
        return None  # a carrier with no author ("the latest statistics"): the outlet's own voice
    if not _is_party(an, head, lo, hi, lex) or _counted(an, lo, hi):
        return None
    return ParsedSource(text, cue, cue_at, start, end)


def definite_carrier(an: Analysis, head: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """"the" + a singular carrier noun and nothing else ("the bulletin said", "according to the update"): a
    definite description of a document already introduced ("X reported in a nightly bulletin"), so it points back
    to the party that issued it, like "the statement". A plural or modified carrier ("the figures", "the
    latest statistics") stays the outlet's own reading of some data."""
    w = an.words[head]
    return (hi - lo == 2 and hi == head + 1 and an.words[lo].lemma == "the" and w.tag == "NN"
            and w.text.lower() in lex.carriers)


def _counted(an: Analysis, lo: int, hi: int) -> bool:
    """Whether a figure counts the phrase that starts at word ``lo`` from just before it, through a
    possessor: "21 militants' bodies found" (a headline's reduced passive, the subject counted, not a
    speaker), however the parse attached the possessor."""
    k = lo - 1
    while k >= 0 and lo - k <= 4 and (an.words[k].text in ("'", "’", "'s", "’s")
                                      or an.words[k].pos in ("NOUN", "ADJ")):
        k -= 1
    return k >= 0 and an.words[k].pos == "NUM" and an.words[k].text[:1].isdigit() and any(
        an.words[j].text in ("'", "’", "'s", "’s") for j in range(k + 1, hi))


def _described(an: Analysis, head: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """A definite description that takes up a party named before: "the" + lower-case adjectives or
    participles + a noun that stands for a party in a pointer ("the monitoring group", "the local charity").
    News copy names a party once and then describes it. A noun modifier classifies and names a first mention
    ("the border agency"), and so does a name ("the Geneva-based agency")."""
    if hi != head + 1 or head - lo < 2 or an.words[lo].lemma != "the":
        return False
    if f"the {an.words[head].text.lower()}" not in lex.pointers or an.words[head].lemma in lex.documents:
        return False
    return all(an.words[k].text.islower() and an.words[k].ent_type == "" and (
        an.words[k].pos == "ADJ" or an.words[k].text.endswith(("ing", "ed"))) for k in range(lo + 1, head))


def is_carrier(w: Word, lex: Lexicon) -> bool:
    return w.lemma in lex.carriers or w.text.lower() in lex.carriers


def _is_party(an: Analysis, head: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """A phrase is a party when it names one (a proper noun or a named entity) or its head is a role noun
    ("officials", "a UN spokesman", "security sources")."""
    w = an.words[head]
    if w.ent_type in ("DATE", "TIME"):
        return False  # "after the storm on 3 May that killed N": a date a relative pronoun lands on is no party
    if w.lemma in lex.party_nouns or w.text.lower() in lex.party_nouns:
        return True
    if w.pos == "PROPN" or w.ent_type in _NAME_LABELS:
        return True
    return any(an.words[k].ent_type in ("ORG", "PERSON", "NORP") for k in range(lo, hi)
               if an.words[k].head == head or k == head)


def _phrase(an: Analysis, head: int) -> tuple[int, int]:
    """The [lo, hi) words of the party's phrase: the head with its compounds, modifiers, possessor,
    appositions and prepositional phrases, but not its relative clauses or participles."""
    keep = {head}
    stack = [head]
    while stack:
        k = stack.pop()
        for c in an.children(k):
            d = an.words[c].dep
            if d == "dobj" and an.words[k].pos == "PROPN" and an.words[c].text[:1].isupper():
                pass  # a name the tagger read as a verb and its object: "Save the Children"
            elif d in _PHRASE_CUT or d not in _PHRASE_DEPS:
                continue
            keep.add(c)
            stack.append(c)
    lo, hi = head, head + 1
    while lo - 1 in keep:
        lo -= 1
    while hi in keep:
        hi += 1
    # trim punctuation, conjunctions and a dangling preposition at the edges
    while hi - 1 > lo and an.words[hi - 1].dep in ("punct", "cc", "prep", "case") and hi - 1 != head:
        hi -= 1
    while lo < hi - 1 and an.words[lo].dep in ("punct", "cc") and lo != head:
        lo += 1
    opened = sum(an.words[k].text == "(" for k in range(lo, hi)) - sum(an.words[k].text == ")" for k in range(lo, hi))
    if opened > 0 and hi < len(an.words) and an.words[hi].text == ")":
        hi += 1  # "The UN refugee agency (UNHCR)": the bracket closes
    if hi - lo > _MAX_PHRASE_WORDS:
        # a long apposition or prepositional chain: the head's own compounds and modifiers only
        lo = head
        while lo - 1 >= 0 and an.words[lo - 1].head == head and an.words[lo - 1].dep in (
                "compound", "amod", "det", "poss", "case"):
            lo -= 1
        hi = head + 1
    return lo, hi


def plausible_party(an: Analysis, start: int, end: int, label: bool, lex: Lexicon, subject: bool = False) -> bool:
    """Whether the token rules' party at document offsets ``[start, end)`` reads as one in the parse.

    Fragments are refused: a phrase that opens with a verb ("released a report"), that cuts a named entity
    ("The United" of "The United States"), that is only a pronoun or determiner ("its"), or, read as the
    subject before a verb (``subject``), the object of a preposition ("videos on social media showed"), unless
    a relative clause makes it one ("given by the authorities, which said N"). A headline
    label before a colon or after a dash (``label``) must name an organisation or a person, or hold a role
    noun: "UN: ..." and "... - Russian MoD" are parties, "Aleppo: ..." and "Ukraine: ..." are places.
    """
    inside = [k for k, w in enumerate(an.words) if w.start >= start and w.end <= end]
    if not inside:
        return True  # the rules' tokens and the parse's disagree on the boundaries: no evidence either way
    first = an.words[inside[0]]
    if first.pos in ("VERB", "AUX") or all(an.words[k].pos in ("PRON", "DET", "PUNCT", "PART") for k in inside):
        return False
    if any(an.words[k].pos == "AUX" for k in inside):
        return False  # "It's estimated that N": a contracted auxiliary is a clause, not a name
    heads = [k for k in inside if not start <= an.words[an.words[k].head].start < end or an.words[k].head == k]
    if subject and len(heads) == 1 and an.words[heads[0]].dep == "pobj" and child(an, heads[0], ("relcl",)) is None:
        return False  # "videos on social media showed N": the object of a preposition is no verb's subject
    for e in an.entities:
        if e.label in ("CARDINAL", "DATE", "TIME", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"):
            continue
        if e.start < end and e.end > start and not (start <= e.start and e.end <= end):
            return False
    if not label:
        return True
    if any(an.words[k].ent_type in ("ORG", "PERSON") or _acronym(an.words[k].text) for k in inside):
        return True
    return any(an.words[k].lemma in lex.party_nouns or an.words[k].text.lower() in lex.party_nouns for k in inside)


def _acronym(word: str) -> bool:
    """'IOM', 'MoD', 'U.N.': the short names organisations go by (NER often misses them in headlines)."""
    return sum(ch.isupper() for ch in word) >= 2 and not word.isupper() or (word.isupper() and len(word.strip(".")) >= 2)


_PERSONAL = frozenset({"he", "she", "his", "her"})
_PLURAL = frozenset({"they", "their", "we"})


def subject_parties(an: Analysis, lex: Lexicon) -> list[tuple[int, str, str]]:
    """The parties that are subjects of the sentence's main clauses, as (document offset, phrase, number):
    "person", "plural", "thing" or "role" (a plural role noun, "Activists", taken up by "they" only). A
    pronoun in the next sentence most often takes up the subject of the one before ("The Kurdish forces have
    surrounded the town. They say 100 fighters surrendered."), even when that subject said nothing, so the
    pointer resolves to it rather than to an earlier speaker."""
    out: list[tuple[int, str, str]] = []
    for k, w in enumerate(an.words):
        if w.dep != "nsubj":
            continue
        head = an.words[w.head]
        if not (head.dep == "ROOT" or head.dep == "conj" and an.words[head.head].dep == "ROOT"):
            continue
        role = w.pos == "NOUN" and w.tag == "NNS" and w.lemma in lex.party_nouns
        # "The agency's aid chief, Jane Doe, said": a role noun with a named apposition; "A report by X
        # estimated": a carrier with its author (the author is what "it" takes up)
        appos = child(an, k, ("appos",))
        named = appos is not None and an.words[appos].ent_type in ("ORG", "PERSON")
        authored = is_carrier(w, lex) and of_by(an, k) is not None
        if w.pos != "PROPN" and w.ent_type not in ("ORG", "PERSON", "NORP") and not role and not named and not authored:
            continue  # a named party or plural role noun only: "the town" or "fighting" are not taken up
        hit = party(an, k, head.lemma, w.head, lex)
        if hit is None or hit.source is None:
            continue
        person = w.ent_type == "PERSON" or named and appos is not None and an.words[appos].ent_type == "PERSON"
        number = ("person" if person else "role" if role and w.pos == "NOUN"
                  else "plural" if w.tag in ("NNS", "NNPS") else "thing")
        out.append((hit.start, hit.source, number))
    return out


def agrees(pointer: str, number: str) -> bool:
    """Whether a pointer ("he", "they", "the agency") can take up a subject of this number."""
    low = pointer.lower()
    if low in _PERSONAL:
        return number == "person"
    if low in _PLURAL:
        return number in ("plural", "thing", "role")  # organisations are "they" as often as "it"
    return number not in ("person", "role")  # "Activists say ... They report N": only "they" takes up a role


def self_named_author(an: Analysis, lex: Lexicon) -> str | None:
    """The author a document names for itself: "This situation report is produced by OCHA ...", "This
    update was prepared by X": a demonstrative with a document noun as the passive subject, and the agent."""
    for k, w in enumerate(an.words):
        if w.dep != "nsubjpass" or not (w.lemma in lex.documents or w.lemma in lex.carriers or
                                        w.text.lower() in lex.carriers):
            continue
        if not any(an.words[c].dep == "det" and an.words[c].lemma == "this" for c in an.children(k)):
            continue
        agent = child(an, w.head, ("agent",))
        obj = child(an, agent, ("pobj",)) if agent is not None else None
        if obj is None:
            continue
        hit = party(an, obj, an.words[w.head].lemma, w.head, lex)
        if hit is not None and hit.source is not None:
            return hit.source
    return None
