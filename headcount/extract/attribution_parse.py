"""Who says so, read from the dependency parse: the subject of the reporting verb a figure's clause hangs from.

The token rules in ``attribution.py`` read a party off the words around a cue. They miss speakers the
parse finds directly (70% of source errors on new text were a speaker not found):
- an apposition between the speaker and the verb: "X, the deputy spokesman, said at a briefing that N";
- a figure deep in the verb's complement: a that-clause, a purpose clause, a participle ("said on Friday,
  to allow N civilians to leave");
- coordinated verbs sharing one subject: "confirmed to a news agency ... and said N";
- a carrier with its author: "a report by X said" (the author, not the report);
- "X put the number at N"; possessive titles ("the country's ambassador to the UN said").

So the figure's word climbs its chain of heads to the nearest reporting verb (by lemma, from
lexicons/attribution.toml) that governs it, or to a reporting verb attached beside its clause ("N fled, X
said"), and the verb's subject, with its compounds, appositions and possessor, is the party. A relay gives
way to its originator ("Y reported, citing X"; "X said, according to Y": X, with Y as ``via``).

Tried first, with the token rules as fallback: alone it was worse than the rules (a parse error loses the
speaker), together they were better than either (docs/extraction.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from headcount.extract.linguistic import Analysis, Word
from headcount.extract.rules import rules
from headcount.lexicons import load, words

# Clause-level dependency labels through which a figure's clause hangs from a verb (spaCy's ClearNLP set).
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_BESIDE = frozenset({"parataxis", "ccomp", "advcl", "conj"})  # "N fled, X said" parsed with "said" below "fled"
_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "FAC"})
# Dependents kept in a party's phrase: its compounds, modifiers, possessor, appositions and "of"/"for" phrases.
_PHRASE_DEPS = frozenset({"compound", "amod", "det", "poss", "case", "appos", "prep", "pobj", "nmod", "punct",
                          "cc", "conj", "nummod", "quantmod", "advmod", "npadvmod", "predet", "dep"})
_PHRASE_CUT = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
_MAX_PHRASE_WORDS = 24
# Dependencies inside one noun phrase: a figure reached through only these from a speaker's subject counts the
# speakers themselves ("Two aid workers and several residents said ...").
_NOMINAL = frozenset({"nummod", "quantmod", "compound", "amod", "det", "poss", "case", "conj", "cc", "appos",
                      "nmod", "advmod", "npadvmod", "predet", "punct", "prep", "pobj"})


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
    )


def source_for_figure(an: Analysis, fig_start: int, fig_end: int, lex: Lexicon) -> ParsedSource | None:
    """The party the figure at ``[fig_start, fig_end)`` is attributed to by the parse, or None."""
    fig = _figure_word(an, fig_start, fig_end)
    if fig is None:
        return None
    chain = [fig, *an.ancestors(fig)]
    found: list[ParsedSource] = []
    for depth, node in enumerate(chain):
        below = chain[depth - 1] if depth > 0 else None
        # (a) the node is a reporting verb that governs the figure
        if below is not None:
            if _agentless_passive(an, node, lex):
                break  # "it is estimated that N", "N deaths were reported": said to be so, by no one named
            if _figure_speaks(an, chain[:depth], node, lex):
                # "Two aid workers and several residents said ...": the figure counts the speakers, and no one
                # is named as its source (the outlet's own voice)
                w = an.words[node]
                return ParsedSource(None, w.lemma, w.start, w.start, w.start, how="speaks")
            if an.words[below].dep == "conj" and _child(an, node, ("ccomp",)) is None:
                continue  # "the army claimed the bridge ..., but N stayed behind": a coordinate clause, not what it said
            hit = _verb_source(an, node, below, lex, fig)
            if hit is not None:
                found.append(hit)
        for c in an.children(node):
            if c == below:
                continue
            w = an.words[c]
            if w.lemma == "accord":  # (b) "according to X" attached to the node
                hit = _according(an, c, lex)
                if hit is not None:
                    found.append(hit)
            elif depth > 0 and c > fig and w.dep in _BESIDE and _bare_reporting(an, c, lex):
                # (c) a reporting verb beside the figure's clause: "N people fled, the ministry said"
                hit = _subject_source(an, c, lex, climb=False)
                if hit is not None:
                    found.append(_how(hit, "beside"))
                found.extend(r for r in (_relay(an, k, lex) for k in an.children(c)) if r is not None)
            else:
                # (d) "Y reported, citing X, that N": X is the originator, Y the relay
                hit = _relay(an, c, lex)
                if hit is not None:
                    found.append(hit)
    # an "according to X" that ends the sentence covers all of it (gold convention 8)
    if not found or found[0].source is None:
        final = _final_according(an, lex)
        if final is not None:
            found.insert(0, final)
    found = [f for f in found if not f.start <= an.words[fig].start < f.end or f.pointer]
    if not found:
        return _own_work(an, chain, lex)
    return _choose(found, lex)


def _own_work(an: Analysis, chain: Sequence[int], lex: Lexicon) -> ParsedSource | None:
    """An organisation counting the people it serves: "UNHCR and partners have assisted N people", "the
    World Food Programme has provided food to N people". With no reporting verb in the sentence, the figure
    of an organisation's own aid work is that organisation's (gold: the agency is the source). The subject
    must be a named organisation (the entity recogniser's ORG), not a state or an army's troops."""
    for depth in range(1, len(chain)):
        verb, below = chain[depth], chain[depth - 1]
        w = an.words[verb]
        if w.pos != "VERB":
            continue
        if w.lemma not in lex.services:
            if an.words[below].dep in ("dobj", "pobj", "prep", "dative", "xcomp", "advcl", "conj"):
                continue
            return None
        if an.words[below].dep not in ("dobj", "prep", "dative") or _child(an, verb, ("auxpass",)) is not None:
            return None
        hit = _subject_source(an, verb, lex)
        if hit is None or hit.source is None:
            return None
        if not any(x.ent_type == "ORG" and hit.start <= x.start < hit.end for x in an.words):
            return None
        return _how(hit, "actor")
    return None


def _figure_speaks(an: Analysis, path: Sequence[int], verb: int, lex: Lexicon) -> bool:
    """Whether the figure (``path``: it and its heads below ``verb``) is inside the subject of a reporting
    verb, reached through noun-phrase dependencies only (not a relative clause)."""
    w = an.words[verb]
    if w.lemma not in lex.speech or w.pos not in ("VERB", "AUX") or not path:
        return False
    if an.words[path[-1]].dep not in ("nsubj", "nsubjpass") or _child(an, verb, ("auxpass",)) is not None:
        return False
    if any(an.words[c].dep == "dobj" and an.words[c].pos == "PROPN" for c in an.children(verb)):
        return False  # "Thousands killed in a month, Says MSF": a title-case headline, the party after the verb
    if not any(an.words[c].dep in ("ccomp", "parataxis") for c in an.children(verb)):
        return False  # no statement: "N refugees recorded across Europe" is a headline's reduced passive
    return all(k < verb and an.words[k].dep in _NOMINAL for k in path[:-1])


def _relay(an: Analysis, c: int, lex: Lexicon) -> ParsedSource | None:
    """The originator named by a relay participle: "citing X", "quoting X"."""
    w = an.words[c]
    if w.lemma not in lex.relay or w.dep not in ("advcl", "acl", "xcomp", "prep", "conj", "npadvmod"):
        return None
    obj = _child(an, c, ("dobj", "pobj"))
    hit = _party(an, obj, w.lemma, c, lex) if obj is not None else None
    return _how(hit, "relay") if hit is not None else None


def _how(p: ParsedSource, how: str, via: str | None = None) -> ParsedSource:
    return ParsedSource(p.source, p.cue, p.cue_start, p.start, p.end, p.pointer, p.phrase, via or p.via, how)


def _agentless_passive(an: Analysis, verb: int, lex: Lexicon) -> bool:
    w = an.words[verb]
    return (w.lemma in lex.speech and w.lemma not in lex.passive_speaker and _child(an, verb, ("auxpass",)) is not None
            and _child(an, verb, ("agent",)) is None and _child(an, verb, ("nsubjpass",)) is not None)


def _bare_reporting(an: Analysis, verb: int, lex: Lexicon) -> bool:
    """A reporting verb with no content of its own ("X said", "X said in a statement"): it reports the
    clause it is attached to. "the UN says it may be higher" has its own content and says nothing of ours."""
    w = an.words[verb]
    if w.lemma not in lex.speech or w.lemma in lex.clause_only or w.pos not in ("VERB", "AUX"):
        return False
    return not any(an.words[c].dep in ("ccomp", "dobj", "xcomp", "neg", "attr", "oprd") for c in an.children(verb))


def _final_according(an: Analysis, lex: Lexicon) -> ParsedSource | None:
    """'..., according to X.' at the end of the sentence."""
    for k in range(len(an.words) - 1, -1, -1):
        if an.words[k].lemma == "accord" and k + 1 < len(an.words) and an.words[k + 1].text.lower() == "to":
            lo, hi = an.subtree(k)
            if all(an.words[j].dep == "punct" for j in range(hi, len(an.words))):
                return _according(an, k, lex)
            return None
    return None


def _choose(found: Sequence[ParsedSource], lex: Lexicon) -> ParsedSource:
    """The innermost party, with three exceptions.

    - A relay gives way to the originator it names: "Y reported, citing X": X, via Y.
    - A pointer or an unnamed role inside a named speaker's statement gives way to the speaker: "X said that
      trusted sources had verified N" is X's.
    - A medium gives way to the party whose words it passes on: "X said N ..., Reuters reports" is X's,
      via Reuters.
    """
    relay = next((f for f in found if f.how == "relay"), None)
    rest = [f for f in found if f.how != "relay"]
    if relay is not None:
        carrier = next((f.source for f in rest if f.source is not None), None)
        return _how(relay, "relay", via=carrier)
    best = rest[0]
    for outer in rest[1:]:
        if outer.via is not None or outer.source is None or outer.how == "according":
            continue
        if best.source is not None and _is_media(best.source, lex) and not _is_media(outer.source, lex):
            best = _how(outer, outer.how, via=best.source)
        elif outer.how == "beside" and best.source is not None:
            best = _how(best, best.how, via=outer.source)  # "X said ..., Kyodo reports": X, via Kyodo
        elif (best.source is None or not _named(best)) and _named(outer) and not _is_media(outer.source, lex):
            best = outer
        break
    if best.source is not None and best.via is None and best.how != "according":
        # "..., the ministry said, according to Y": the ministry, via Y
        acc = next((f for f in rest if f.how == "according" and f is not best and f.source), None)
        if acc is not None:
            return _how(best, best.how, via=acc.source)
    return best


def _named(p: ParsedSource) -> bool:
    return p.source is not None and any(ch.isupper() for ch in p.source.removeprefix("The ").removeprefix("A "))


def _is_media(source: str, lex: Lexicon) -> bool:
    low = source.lower().removeprefix("the ")
    return low in lex.media


def _figure_word(an: Analysis, start: int, end: int) -> int | None:
    """The word that heads the figure's words (the one whose head lies outside them)."""
    inside = [k for k, w in enumerate(an.words) if w.start < end and w.end > start]
    if not inside:
        return None
    for k in reversed(inside):
        if not (start <= an.words[an.words[k].head].start < end) or an.words[k].head == k:
            return k
    return inside[-1]


def _verb_source(an: Analysis, verb: int, below: int, lex: Lexicon, fig: int = -1) -> ParsedSource | None:
    """The party of a reporting verb that governs the figure through its dependent ``below``."""
    w = an.words[verb]
    lemma = w.lemma
    if w.pos not in ("VERB", "AUX") and lemma not in lex.speech:
        return None
    rel = an.words[below].dep
    if rel in _SUBJECTS:
        return None  # the figure is in the verb's subject ("300 residents said"): the figure speaks
    if _child(an, verb, ("neg",)) is not None:
        return None  # "the army did not confirm reports that N": a denial attributes nothing
    if w.pos == "VERB" and _subject(an, verb) is not None and _counts_through_tally(an, verb, below, lex, fig):
        return _subject_source(an, verb, lex)  # "X gave a figure of N", "X raised the toll to N"
    if rel == "prep" and an.words[below].lemma != "at" and not _reported_before(an, verb, below):
        return None  # "adding to a camp of N": a reporting verb's prepositional phrase is not content
    own = _child(an, below, ("nsubj", "nsubjpass")) if rel == "advcl" else None
    if own is not None and (an.words[own].lemma not in lex.tallies or below < verb
                            or not any(an.words[c].dep == "ccomp" and c < verb for c in an.children(verb))):
        # "X said ..., while the health agency put the toll at N": an adverbial clause with its own subject;
        # but "X said, as the death toll climbed to N" goes on with X's count
        return None
    if lemma in lex.relay and w.dep not in ("advcl", "acl") and rel != "dobj":
        # "DPA quoted security sources as saying N": the object is the originator, the subject the relay
        obj = _child(an, verb, ("dobj",))
        if obj is not None:
            hit = _party(an, obj, lemma, verb, lex)
            if hit is not None:
                sub = _subject_source(an, verb, lex)
                return ParsedSource(hit.source, hit.cue, hit.cue_start, hit.start, hit.end, hit.pointer,
                                    hit.phrase, sub.source if sub is not None else None)
    if lemma in lex.publishing:
        if not (rel == "dobj" and _is_carrier(an.words[below], lex)):
            return None  # "released 200 prisoners" is an event; "released a report saying N" attributes
    elif lemma in lex.at_object:
        if not (rel == "prep" and an.words[below].lemma == "at"):
            return None  # "put the number at N"
    elif lemma in lex.clause_only:
        if rel not in ("ccomp", "xcomp", "advcl", "parataxis", "conj"):
            return None
    elif lemma not in lex.speech:
        return None
    return _subject_source(an, verb, lex)


def _counts_through_tally(an: Analysis, verb: int, below: int, lex: Lexicon, fig: int = -1) -> bool:
    """A verb whose object is a count noun states the count: "X gave a preliminary figure of N", "X revised
    the toll to N", "X put its estimate at N". The figure hangs from the count noun (not from a relative
    clause on it: "how they compile the number, which has climbed to N" is the outlet's narrative) or
    from the verb's "to"/"at"."""
    b = an.words[below]
    if b.dep == "dobj":
        return b.lemma in lex.tallies and (fig < 0 or not any(
            an.words[k].dep in ("relcl", "acl") for k in [fig, *an.ancestors(fig)][: _path_len(an, fig, below)]))
    if b.dep == "prep" and b.lemma in ("to", "at"):
        obj = _child(an, verb, ("dobj",))
        return obj is not None and an.words[obj].lemma in lex.tallies
    return False


def _path_len(an: Analysis, fig: int, top: int) -> int:
    """How many words lie on the chain of heads from ``fig`` up to (not including) ``top``."""
    chain = [fig, *an.ancestors(fig)]
    return chain.index(top) if top in chain else len(chain)


def _reported_before(an: Analysis, verb: int, below: int) -> bool:
    """"N fled, X said Thursday, in an effort to let N more leave": a reporting verb placed after its
    reported clause attributes the whole sentence (gold convention 8), its trailing adjuncts included."""
    return below > verb and any(an.words[c].dep == "ccomp" and c < verb for c in an.children(verb))


def _subject_source(an: Analysis, verb: int, lex: Lexicon, hops: int = 0, climb: bool = True) -> ParsedSource | None:
    """The party that does the reporting verb: its subject, the agent of a passive, or (for a verb with no
    subject of its own) the subject of the verb or noun it hangs from."""
    w = an.words[verb]
    if w.lemma in lex.relay and hops > 0 and _child(an, verb, ("auxpass",)) is None:
        obj = _child(an, verb, ("dobj",))
        if obj is not None:
            # "X quoted a spokesman for Y as saying that N": the spokesman, passed on by X
            hit = _party(an, obj, w.lemma, verb, lex)
            if hit is not None:
                subj = _subject(an, verb)
                relay = _party(an, subj, w.lemma, verb, lex) if subj is not None else None
                return _how(hit, hit.how, via=relay.source if relay is not None else None)
    passive = _child(an, verb, ("auxpass",)) is not None
    if passive:
        agent = _child(an, verb, ("agent",))
        if agent is not None:
            obj = _child(an, agent, ("pobj",))
            if obj is not None:
                return _party(an, obj, w.lemma, verb, lex)  # "it was announced by the ministry"
        subj = _child(an, verb, ("nsubjpass",))
        if subj is not None and w.lemma in lex.passive_speaker:
            return _party(an, subj, w.lemma, verb, lex)  # "the ministry was quoted as saying"
        if subj is not None:
            return None  # "300 deaths were reported": what is reported, not who reports
    subj = _subject(an, verb)
    if subj is not None:
        return _party(an, subj, w.lemma, verb, lex)
    if hops >= 3 or w.head == verb or not climb:
        return None
    head = an.words[w.head]
    if w.dep in ("conj", "xcomp", "advcl", "pcomp") and head.pos in ("VERB", "AUX"):
        return _subject_source(an, w.head, lex, hops + 1)  # "confirmed ... and said N"; "was quoted as saying"
    if w.dep == "pcomp" and head.dep == "prep":
        return _subject_source(an, head.head, lex, hops + 1)
    if w.dep == "acl" and _is_carrier(head, lex):
        # "a statement saying N": the author of the statement
        return _carrier_author(an, w.head, w.lemma, verb, lex, hops)
    if w.dep == "acl" and head.pos in ("NOUN", "PROPN"):
        return _party(an, w.head, w.lemma, verb, lex)  # "DPA quoted security sources saying that N"
    return None


def _subject(an: Analysis, verb: int) -> int | None:
    """The verb's subject; of two (a dateline parsed as a subject: "GENEVA - The agency reports"), the
    nearest."""
    subjects = [c for c in an.children(verb) if an.words[c].dep == "nsubj"]
    if not subjects:
        return None
    before = [c for c in subjects if c < verb]
    return before[-1] if before else subjects[0]


def _carrier_author(an: Analysis, noun: int, lemma: str, verb: int, lex: Lexicon, hops: int) -> ParsedSource | None:
    by = _of_by(an, noun)
    if by is not None:
        return _party(an, by, lemma, verb, lex)
    head = an.words[noun]
    if head.dep in ("dobj", "pobj") and head.head != noun:
        gov = head.head if head.dep == "dobj" else an.words[head.head].head
        if an.words[gov].pos in ("VERB", "AUX"):
            return _subject_source(an, gov, lex, hops + 1)  # "OCHA released a report saying N"
    return None


def _of_by(an: Analysis, noun: int) -> int | None:
    """The author in "a report by X", "a statement from X", "X's report", "UN figures"."""
    for c in an.children(noun):
        w = an.words[c]
        if w.dep == "poss" or (w.dep == "compound" and w.ent_type in ("ORG", "PERSON", "NORP")):
            return c
        if w.dep in ("prep", "agent") and w.lemma in ("by", "from", "of"):
            obj = _child(an, c, ("pobj",))
            if obj is not None:
                return obj
        if w.dep == "acl" and w.tag == "VBN":
            # "a report issued on Thursday by the UN office": the agent of the participle
            agent = _child(an, c, ("agent",))
            obj = _child(an, agent, ("pobj",)) if agent is not None else None
            if obj is not None:
                return obj
    return None


def _according(an: Analysis, acc: int, lex: Lexicon) -> ParsedSource | None:
    to = _child(an, acc, ("prep",))
    if to is None:
        return None
    obj = _child(an, to, ("pobj",))
    if obj is None:
        return None
    hit = _party(an, obj, "according to", acc, lex)
    return _how(hit, "according") if hit is not None else None


def _child(an: Analysis, i: int, deps: Sequence[str]) -> int | None:
    return next((c for c in an.children(i) if an.words[c].dep in deps), None)


def _party(an: Analysis, head: int, cue: str, cue_word: int, lex: Lexicon) -> ParsedSource | None:
    """The party whose phrase is headed by word ``head``, or None when it is not a party."""
    w = an.words[head]
    if _is_carrier(w, lex):
        author = _of_by(an, head)
        if author is not None and an.words[author].pos in ("PROPN", "NOUN"):
            return _party(an, author, cue, cue_word, lex)  # "a report by the relief group said", "UN figures"
    lo, hi = _phrase(an, head)
    cue_at = an.words[cue_word].start
    start, end = an.words[lo].start, an.words[hi - 1].end
    text = an.slice(start, end)
    low = text.lower()
    if w.lemma in lex.documents:
        return ParsedSource(text, cue, cue_at, start, end)  # "the report said": a document with no author named
    if w.pos == "PRON" and w.ent_type in ("ORG", "PERSON") and sum(ch.isupper() for ch in w.text) >= 2:
        return ParsedSource(text, cue, cue_at, start, end)  # "the WHO revised": an acronym the tagger read as "who"
    if low in lex.pointers or w.pos == "PRON" and w.lemma not in ("who", "which", "that", "what", "there",
                                                                   "this", "one", "some", "all"):
        # "he said", "it said", "the statement said": the party named before
        return ParsedSource(None, cue, cue_at, start, end, pointer=True, phrase=None if w.pos == "PRON" else text)
    if low in lex.not_parties or w.pos not in ("NOUN", "PROPN") or _is_carrier(w, lex):
        return None  # a carrier with no author ("the latest statistics"): the outlet's own voice
    if not _is_party(an, head, lo, hi, lex):
        return None
    return ParsedSource(text, cue, cue_at, start, end)


def _is_carrier(w: Word, lex: Lexicon) -> bool:
    return w.lemma in lex.carriers or w.text.lower() in lex.carriers


def _is_party(an: Analysis, head: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """A phrase is a party when it names one (a proper noun or a named entity) or its head is a role noun
    ("officials", "a UN spokesman", "security sources")."""
    w = an.words[head]
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
            if d in _PHRASE_CUT or d not in _PHRASE_DEPS:
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
    if first.pos in ("VERB", "AUX") or all(an.words[k].pos in ("PRON", "DET", "PUNCT") for k in inside):
        return False
    heads = [k for k in inside if not start <= an.words[an.words[k].head].start < end or an.words[k].head == k]
    if subject and len(heads) == 1 and an.words[heads[0]].dep == "pobj" and _child(an, heads[0], ("relcl",)) is None:
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
    "person", "plural" or "thing". A pronoun in the next sentence most often takes up the subject of the
    one before ("The Kurdish forces have surrounded the town. They say 100 fighters surrendered."), even when
    that subject said nothing, so the pointer resolves to it rather than to an earlier speaker."""
    out: list[tuple[int, str, str]] = []
    for k, w in enumerate(an.words):
        if w.dep != "nsubj":
            continue
        head = an.words[w.head]
        if not (head.dep == "ROOT" or head.dep == "conj" and an.words[head.head].dep == "ROOT"):
            continue
        if w.pos != "PROPN" and w.ent_type not in ("ORG", "PERSON", "NORP"):
            continue  # a named party only: "the town", "fighting" or a role noun are not taken up
        hit = _party(an, k, head.lemma, w.head, lex)
        if hit is None or hit.source is None:
            continue
        number = "person" if w.ent_type == "PERSON" else "plural" if w.tag in ("NNS", "NNPS") else "thing"
        out.append((hit.start, hit.source, number))
    return out


def agrees(pointer: str, number: str) -> bool:
    """Whether a pointer ("he", "they", "the agency") can take up a subject of this number."""
    low = pointer.lower()
    if low in _PERSONAL:
        return number == "person"
    if low in _PLURAL:
        return number in ("plural", "thing")  # organisations are "they" as often as "it"
    return number != "person"


def self_named_author(an: Analysis, lex: Lexicon) -> str | None:
    """The author a document names for itself: "This situation report is produced by OCHA ...", "This
    update was prepared by X": a demonstrative with a document noun as the passive subject, and the agent."""
    for k, w in enumerate(an.words):
        if w.dep != "nsubjpass" or not (w.lemma in lex.documents or w.lemma in lex.carriers or
                                        w.text.lower() in lex.carriers):
            continue
        if not any(an.words[c].dep == "det" and an.words[c].lemma == "this" for c in an.children(k)):
            continue
        agent = _child(an, w.head, ("agent",))
        obj = _child(an, agent, ("pobj",)) if agent is not None else None
        if obj is None:
            continue
        hit = _party(an, obj, an.words[w.head].lemma, w.head, lex)
        if hit is not None and hit.source is not None:
            return hit.source
    return None
