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

from headcount.extract.attribution_according import (
    according,
    final_according,
    how,
    initial_according,
    that_carrier,
)
from headcount.extract.attribution_actor import organisation_subject
from headcount.extract.attribution_party import (
    Lexicon,
    ParsedSource,
    agrees,
    child,
    is_carrier,
    lexicon,
    of_by,
    party,
    plausible_party,
    self_named_author,
    subject_parties,
)
from headcount.extract.attribution_subjects import (
    as_saying,
    name_read_as_verb,
    narrated_count,
    path_len,
    subject_read_as_object,
    that_clause_inside,
)
from headcount.extract.linguistic import Analysis
from headcount.extract.rules import rules

# The party's phrase and the questions asked of it live in attribution_party; they are re-exported here for
# the callers that read a figure's party and the party's checks from one place.
__all__ = ["Lexicon", "ParsedSource", "agrees", "lexicon", "plausible_party", "self_named_author",
           "source_for_figure", "speaker_of", "subject_parties"]

# Clause-level dependency labels through which a figure's clause hangs from a verb (spaCy's ClearNLP set).
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_BESIDE = frozenset({"parataxis", "ccomp", "advcl", "conj"})  # "N fled, X said" parsed with "said" below "fled"
# Dependencies inside one noun phrase: a figure reached through only these from a speaker's subject counts the
# speakers themselves ("Two aid workers and several residents said ...").
_NOMINAL = frozenset({"nummod", "quantmod", "compound", "amod", "det", "poss", "case", "conj", "cc", "appos",
                      "nmod", "advmod", "npadvmod", "predet", "punct", "prep", "pobj"})


def source_for_figure(an: Analysis, fig_start: int, fig_end: int, lex: Lexicon) -> ParsedSource | None:
    """The party the figure at ``[fig_start, fig_end)`` is attributed to by the parse, or None."""
    fig = _figure_word(an, fig_start, fig_end)
    if fig is None:
        return None
    chain = [fig, *an.ancestors(fig)]
    found: list[ParsedSource] = []
    for depth, node in enumerate(chain):
        below = chain[depth - 1] if depth > 0 else None
        if below is not None and not found and narrated_count(an, node, below, lex):
            # "X said, revising a tally that had wavered between N and M all week": the count's history,
            # told in the outlet's voice (an "according to X" that ends the sentence still covers it)
            final = final_according(an, lex)
            if final is not None:
                return final
            w = an.words[node]
            return ParsedSource(None, w.lemma, w.start, w.start, w.start, how="narrated")
        # (a) the node is a reporting verb that governs the figure
        if below is not None:
            if _agentless_passive(an, node, lex) and not (an.words[node].dep == "ccomp" and an.words[node].head < node):
                break  # "it is estimated that N", "N deaths were reported": said to be so, by no one named
            # (but "X said N were believed to be ...": the passive is the statement of the verb before it)
            if _figure_speaks(an, chain[:depth], node, lex):
                # "Two aid workers and several residents said ...": the figure counts the speakers, and no one
                # is named as its source (the outlet's own voice)
                w = an.words[node]
                return ParsedSource(None, w.lemma, w.start, w.start, w.start, how="speaks")
            left = next((c for c in an.children(node) if c < fig and _clause_left_behind(an, c, below, lex)), None)
            if left is not None:
                # "released a study reporting N Americans died", the clause parsed as a conjunct of "released"
                hit = _subject_source(an, left, lex)
                if hit is not None:
                    found.append(hit)
            if an.words[below].dep == "conj" and child(an, node, ("ccomp",)) is None:
                continue  # "the army claimed the bridge ..., but N stayed behind": a coordinate clause, not what it said
            hit = _verb_source(an, node, below, lex, fig)
            if hit is not None:
                found.append(hit)
        if below is not None:
            hit = _tally_owner(an, node, below, lex) or _inquirer(an, node, below, chain[:depth], lex)
            if hit is not None:
                found.append(hit)
        for c in an.children(node):
            if c == below:
                continue
            w = an.words[c]
            if w.lemma == "accord":  # (b) "according to X" attached to the node
                hit = according(an, c, lex)
                if hit is not None:
                    found.append(hit)
            elif w.dep == "prep" and w.lemma in ("from", "in", "by") and c < fig:
                hit = that_carrier(an, c, lex)  # (b') "From that data, N ...": the carrier named before
                if hit is not None:
                    found.append(hit)
            elif depth > 0 and (c > fig or _reports_main_clause(an, c, below)) and w.dep in _BESIDE and _bare_reporting(
                    an, c, lex):
                # (c) a reporting verb beside the figure's clause: "N people fled, the ministry said"
                hit = _subject_source(an, c, lex, climb=False)
                if hit is not None:
                    found.append(how(hit, "beside"))
                found.extend(r for r in (_relay(an, k, lex) for k in an.children(c)) if r is not None)
            else:
                # (d) "Y reported, citing X, that N": X is the originator, Y the relay
                hit = _relay(an, c, lex)
                if hit is None and w.dep == "dobj" and is_carrier(w, lex) and as_saying(an, below):
                    # "issued a statement quoting X as saying N", "as saying" hung on the verb: X's words
                    hit = next((r for r in (_relay(an, k, lex) for k in an.children(c)) if r is not None), None)
                if hit is not None:
                    found.append(hit)
    # an "according to X" that ends the sentence covers all of it (gold convention 8)
    if not found or found[0].source is None:
        final = final_according(an, lex) or initial_according(an, lex)
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
    must be a named organisation (the entity recogniser's ORG) or a state's institution headed by one of
    lexicons/attribution.toml institution_nouns ("the Rwandan authorities have accepted N people"), not a
    state by name or an army's troops."""
    for depth in range(1, len(chain)):
        verb, below = chain[depth], chain[depth - 1]
        w = an.words[verb]
        if w.pos != "VERB":
            continue
        if w.lemma not in lex.services:
            if an.words[below].dep in ("dobj", "pobj", "prep", "dative", "xcomp", "advcl", "conj"):
                continue
            return None
        if an.words[below].dep not in ("dobj", "prep", "dative") or child(an, verb, ("auxpass",)) is not None:
            return None
        hit = _subject_source(an, verb, lex)
        if hit is None or hit.source is None:
            return None
        subj = _subject(an, verb)
        named = organisation_subject(an, subj) if subj is not None else any(
            x.ent_type == "ORG" and hit.start <= x.start < hit.end for x in an.words)  # not one in a modifier
        if not named and not (subj is not None and an.words[subj].lemma in lex.institutions):
            return None  # a named organisation, or a state's institution ("the Rwandan authorities")
        return how(hit, "actor")
    return None


# Prepositions that give the level a count stands at or moves to: "stood at N", "rose to N", "climbed above N".
_LEVEL_PREPS = frozenset({"at", "to", "above", "past", "beyond"})


def _tally_owner(an: Analysis, node: int, below: int, lex: Lexicon) -> ParsedSource | None:
    """The owner of a count noun the figure fills: "X's official figure of N", "the estimate of N was made by
    X". A tally noun names a count, and its possessor, its "by"/"from" phrase, the agent of its participle or
    of the passive it is the subject of, is the party that gave the count. The figure fills the noun through
    "of", or is the complement of a copula whose subject is the count ("the count reported from X is N"), or
    the level the count, as a verb's subject, stands at or moves to ("the count from X stood at N", "X's
    tally reached N"). In those two the owner must be an organisation, a person or a role noun, as a
    place's count is no party's ("Turkey's toll rose to N"). The copula was dropped once when findings on
    known disagreements fell below their floor; with findings grouped (reconcile/finding_groups.py) it
    lifts them (.73 to .80 on dev) and flags the same disagreements."""
    w = an.words[node]
    b = an.words[below]
    places = False
    if w.lemma == "be" and b.dep == "attr":
        subj = child(an, node, ("nsubj",))  # "the count reported from X is N": the copula's subject is the count
        if subj is None or an.words[subj].lemma not in lex.tallies or an.words[subj].pos != "NOUN":
            return None
        node, w, places = subj, an.words[subj], True
    elif w.pos == "VERB" and (b.dep == "prep" and b.lemma in _LEVEL_PREPS or b.dep == "dobj"):
        # "the official count from X stood at N", "X's tally has reached N": the count is the verb's subject
        subj = child(an, node, ("nsubj",))
        if subj is None or an.words[subj].lemma not in lex.tallies or an.words[subj].pos != "NOUN":
            return None
        node, w, places = subj, an.words[subj], True
    elif not (w.lemma in lex.tallies and w.pos == "NOUN" and b.dep == "prep" and b.lemma == "of"):
        return None
    owner: int | None = None
    for c in an.children(node):
        d = an.words[c]
        if d.dep == "poss" and d.pos in ("PROPN", "NOUN"):
            owner = c
        elif d.dep in ("prep", "agent") and d.lemma in ("by", "from"):
            owner = child(an, c, ("pobj",))
        elif d.dep == "acl" and d.tag == "VBN":
            via = child(an, c, ("agent",)) or next(
                (k for k in an.children(c) if an.words[k].dep == "prep" and an.words[k].lemma in ("by", "from")), None)
            owner = child(an, via, ("pobj",)) if via is not None else None
        if owner is not None:
            break
    if owner is None and w.dep == "nsubjpass":
        agent = child(an, w.head, ("agent",))
        owner = child(an, agent, ("pobj",)) if agent is not None else None
    if owner is None or places and not (an.words[owner].ent_type in ("ORG", "PERSON")
                                        or an.words[owner].lemma in lex.party_nouns):
        # "Turkey's death toll rose to N", "Herat's Earthquake Death Toll Rises": a place's count, not a
        # party's; a verb's subject is read as a party's count only when an organisation, a person or a role
        # owns it
        return None
    if any(an.words[k].lemma.lower() in lex.hazards
           for k in (owner, *(c for c in an.children(owner) if an.words[c].dep == "compound"))):
        return None  # "the death toll from Typhoon Maymay": the count's cause, not its owner
    hit = party(an, owner, w.lemma, node, lex)
    return how(hit, "owner") if hit is not None and hit.source is not None else None


def _inquirer(an: Analysis, verb: int, below: int, path: Sequence[int], lex: Lexicon) -> ParsedSource | None:
    """The party that questioned the people the figure counts: the subject of a verb of questioning
    (lexicons/attribution.toml inquiry_lemmas) whose object holds the figure, or, for a verb of talking, whose
    "with"/"to" phrase does ("X interviewed N survivors", "X spoke with N former detainees"). The figure must
    be part of that noun phrase, not of a clause on it ("spoke to families who said N died" is theirs)."""
    w = an.words[verb]
    b = an.words[below]
    if w.lemma not in lex.inquiries or w.pos != "VERB":
        return None
    if not (b.dep == "dobj" or b.dep == "prep" and b.lemma in ("with", "to")):
        return None
    if any(an.words[k].dep in ("relcl", "acl", "ccomp", "advcl") for k in path):
        return None
    hit = _subject_source(an, verb, lex)
    return how(hit, "inquiry") if hit is not None and hit.source is not None else None


def _figure_speaks(an: Analysis, path: Sequence[int], verb: int, lex: Lexicon) -> bool:
    """Whether the figure (``path``: it and its heads below ``verb``) is inside the subject of a reporting
    verb, reached through noun-phrase dependencies only (not a relative clause)."""
    w = an.words[verb]
    if w.lemma not in lex.speech or w.pos not in ("VERB", "AUX") or not path:
        return False
    if an.words[path[-1]].dep not in ("nsubj", "nsubjpass") or child(an, verb, ("auxpass",)) is not None:
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
    obj = child(an, c, ("dobj", "pobj"))
    hit = party(an, obj, w.lemma, c, lex) if obj is not None else None
    return how(hit, "relay") if hit is not None else None


def _agentless_passive(an: Analysis, verb: int, lex: Lexicon) -> bool:
    w = an.words[verb]
    return (w.lemma in lex.speech and w.lemma not in lex.passive_speaker and child(an, verb, ("auxpass",)) is not None
            and child(an, verb, ("agent",)) is None and child(an, verb, ("nsubjpass",)) is not None)


def _bare_reporting(an: Analysis, verb: int, lex: Lexicon) -> bool:
    """A reporting verb with no content of its own ("X said", "X said in a statement"): it reports the
    clause it is attached to. "the UN says it may be higher" has its own content and says nothing of ours."""
    w = an.words[verb]
    if w.lemma not in lex.speech or w.lemma in lex.clause_only or w.pos not in ("VERB", "AUX"):
        return False
    return not any(an.words[c].dep in ("ccomp", "dobj", "xcomp", "neg", "attr", "oprd") for c in an.children(verb))


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
        carrier = next((f for f in rest if f.source is not None), None)
        if carrier is not None and relay.source is not None and not relay.pointer and not _definite(relay):
            # "X said, citing reports from its partners": an originator cited by no name or definite
            # description ("its partners", "credible reports", "sources") is no party; the speaker stays
            return carrier
        return how(relay, "relay", via=carrier.source if carrier is not None else None)
    best = rest[0]
    for outer in rest[1:]:
        if outer.via is not None or outer.source is None or outer.how == "according":
            continue
        if best.source is not None and _is_media(best.source, lex) and not _is_media(outer.source, lex):
            best = how(outer, outer.how, via=best.source)
        elif outer.how == "beside" and best.source is not None:
            best = how(best, best.how, via=outer.source)  # "X said ..., Kyodo reports": X, via Kyodo
        elif (best.source is None or not _named(best)) and _named(outer) and not _is_media(outer.source, lex):
            best = outer
        break
    if best.source is not None and best.via is None and best.how != "according":
        # "..., the ministry said, according to Y": the ministry, via Y
        acc = next((f for f in rest if f.how == "according" and f is not best and f.source), None)
        if acc is not None:
            return how(best, best.how, via=acc.source)
    return best


def _definite(p: ParsedSource) -> bool:
    """A party a reader can identify: a name or a definite description ("the Defence Ministry", "the health
    ministry"), not a possessive, an indefinite or a bare plural ("its partners", "a source", "sources").
    The phrase's head is judged, the words before its first preposition: a name in its complement ("its
    partners in Malawi") describes where the party is, it does not name it; a name in apposition ("its
    leader, Mira Tesh") does."""
    if p.source is None:
        return False
    aw = rules().attribution_words
    head: list[str] = []
    for w in p.source.split():
        if head and w.lower() in aw.subordinators | aw.adjunct_prepositions | {"of"}:
            break
        head.append(w)
    apposed = " ".join(head).split(",")[1:]
    if any(ch.isupper() for part in apposed for ch in part):
        return True  # "its leader, Mira Tesh": an apposition names the party
    if head[0].lower() in aw.indefinite:
        return False
    if head[0].lower() == "the":
        return True
    return any(ch.isupper() for ch in " ".join(head))


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
    if rel == "nsubjpass" and _agent_states(an, verb, lex):
        return _subject_source(an, verb, lex)  # "N deaths were confirmed by X", "N were declared dead by X"
    if rel in _SUBJECTS:
        return None  # the figure is in the verb's subject ("300 residents said"): the figure speaks
    if child(an, verb, ("neg",)) is not None:
        return None  # "the army did not confirm reports that N": a denial attributes nothing
    if rel in ("dobj", "dative") and lemma in lex.passive_speaker and lemma not in lex.relay:
        return None  # "the rebels told the N residents of the camps to leave": the one spoken to, not what is said
    if w.pos == "VERB" and _counts_through_tally(an, verb, below, lex, fig):
        if _subject(an, verb) is not None:
            return _subject_source(an, verb, lex)  # "X gave a figure of N", "X raised the toll to N"
        misread = subject_read_as_object(an, verb)
        if misread is not None:
            return party(an, misread, lemma, verb, lex)  # "days before the chief, X, lowered the toll to N"
    if rel == "prep" and an.words[below].lemma != "at" and not _reported_before(an, verb, below) and not _fronted(
            an, verb, below) and not that_clause_inside(an, fig, below):
        return None  # "adding to a camp of N": a reporting verb's prepositional phrase is not content
    own = child(an, below, ("nsubj", "nsubjpass")) if rel == "advcl" else None
    if own is not None and (an.words[own].lemma not in lex.tallies or below < verb
                            or not any(an.words[c].dep == "ccomp" and c < verb for c in an.children(verb))):
        # "X said ..., while the health agency put the toll at N": an adverbial clause with its own subject;
        # but "X said, as the death toll climbed to N" goes on with X's count
        return None
    if lemma in lex.relay and (w.dep not in ("advcl", "acl") or rel == "ccomp") and rel != "dobj":
        # "DPA quoted security sources as saying N": the object is the originator, the subject the relay;
        # "X reported, quoting the ministry, that N" likewise when the clause hangs from the participle
        obj = child(an, verb, ("dobj",))
        if obj is not None:
            hit = party(an, obj, lemma, verb, lex)
            if hit is not None:
                sub = _subject_source(an, verb, lex)
                return ParsedSource(hit.source, hit.cue, hit.cue_start, hit.start, hit.end, hit.pointer,
                                    hit.phrase, sub.source if sub is not None else None)
    if lemma in lex.publishing:
        if not (rel == "dobj" and is_carrier(an.words[below], lex)):
            return None  # "released 200 prisoners" is an event; "released a report saying N" attributes
    elif lemma in lex.at_object:
        if not (rel == "prep" and an.words[below].lemma == "at"):
            return None  # "put the number at N"
    elif lemma in lex.clause_only:
        if rel not in ("ccomp", "xcomp", "advcl", "parataxis", "conj") and not (
                rel == "dobj" and an.words[below].lemma in lex.evidence):
            return None  # "found evidence of N deaths" reports like a clause; "found 30 bodies" does not
    elif lemma not in lex.speech:
        return None
    return _subject_source(an, verb, lex)


def _agent_states(an: Analysis, verb: int, lex: Lexicon) -> bool:
    """A passive reporting verb with its agent: what it has as subject is the agent's statement ("the
    figure of N dead was confirmed by X", "N were registered by X"). Not a verb that attributes only
    through a clause or a carrier ("N were found by rescuers", "N prisoners were released by the rebels"),
    nor one whose passive subject is the one spoken to ("N residents were told by the army to leave")."""
    w = an.words[verb]
    if w.lemma not in lex.speech or w.pos not in ("VERB", "AUX") or child(an, verb, ("auxpass",)) is None:
        return False
    if w.lemma in lex.clause_only or w.lemma in lex.publishing or w.lemma in lex.at_object:
        return False
    if w.lemma in lex.passive_speaker or w.lemma in lex.relay:
        return False
    return child(an, verb, ("agent",)) is not None


def _counts_through_tally(an: Analysis, verb: int, below: int, lex: Lexicon, fig: int = -1) -> bool:
    """A verb whose object is a count noun states the count: "X gave a preliminary figure of N", "X revised
    the toll to N", "X put its estimate at N". The figure hangs from the count noun (not from a relative
    clause on it: "how they compile the number, which has climbed to N" is the outlet's narrative) or
    from the verb's "to"/"at"."""
    b = an.words[below]
    if b.dep == "dobj":
        return b.lemma in lex.tallies and (fig < 0 or not any(
            an.words[k].dep in ("relcl", "acl") for k in [fig, *an.ancestors(fig)][: path_len(an, fig, below)]))
    if b.dep == "prep" and b.lemma in ("to", "at", "in", "from"):
        # "put the figure in the hundreds"; "lowered its tally from N" (the count it stood at was theirs too)
        obj = child(an, verb, ("dobj",))
        return obj is not None and an.words[obj].lemma in lex.tallies
    return False


def _reports_main_clause(an: Analysis, verb: int, below: int | None) -> bool:
    """"N were killed, the agency said, as the toll climbed above M": a bare reporting verb set after the
    main clause reports the whole sentence (gold convention 8), the adverbial clause that trails it
    included. The figure's clause is an adverbial clause of the same main verb, after the reporting verb."""
    return below is not None and an.words[below].dep == "advcl" and below > verb and an.words[verb].dep == "parataxis"


def _clause_left_behind(an: Analysis, verb: int, below: int, lex: Lexicon) -> bool:
    """A reporting participle with no complement of its own, directly followed by a clause with its own subject
    that the parse hung elsewhere ("... a study reporting N Americans died", "died" read as a conjunct of the
    main verb): the clause is what the participle reports."""
    w = an.words[verb]
    if w.lemma not in lex.speech or w.tag != "VBG" or an.words[below].pos not in ("VERB", "AUX"):
        return False
    if any(an.words[c].dep in ("ccomp", "dobj", "xcomp", "attr", "oprd") for c in an.children(verb)):
        return False
    if child(an, below, ("nsubj", "nsubjpass")) is None:
        return False
    return an.subtree(verb)[1] == an.subtree(below)[0] or an.subtree(below)[0] == verb + 1


def _fronted(an: Analysis, verb: int, below: int) -> bool:
    """"From an initial force of N, the army said ...": a prepositional phrase that opens the sentence
    before the reporting verb's subject is part of the statement (gold convention 8), not an adjunct of the
    saying."""
    subj = _subject(an, verb)
    return subj is not None and below < subj < verb and an.subtree(below)[0] == 0


def _reported_before(an: Analysis, verb: int, below: int) -> bool:
    """"N fled, X said Thursday, in an effort to let N more leave": a reporting verb placed after its
    reported clause attributes the whole sentence (gold convention 8), its trailing adjuncts included."""
    return below > verb and any(an.words[c].dep == "ccomp" and c < verb for c in an.children(verb))


def _subject_source(an: Analysis, verb: int, lex: Lexicon, hops: int = 0, climb: bool = True) -> ParsedSource | None:
    """The party that does the reporting verb: its subject, the agent of a passive, or (for a verb with no
    subject of its own) the subject of the verb or noun it hangs from."""
    w = an.words[verb]
    if w.lemma in lex.relay and hops > 0 and child(an, verb, ("auxpass",)) is None:
        obj = child(an, verb, ("dobj",))
        if obj is not None:
            # "X quoted a spokesman for Y as saying that N": the spokesman, passed on by X
            hit = party(an, obj, w.lemma, verb, lex)
            if hit is not None:
                subj = _subject(an, verb)
                relay = party(an, subj, w.lemma, verb, lex) if subj is not None else None
                return how(hit, hit.how, via=relay.source if relay is not None else None)
    passive = child(an, verb, ("auxpass",)) is not None
    if passive:
        agent = child(an, verb, ("agent",))
        if agent is not None:
            obj = child(an, agent, ("pobj",))
            if obj is not None:
                return party(an, obj, w.lemma, verb, lex)  # "it was announced by the ministry"
        subj = child(an, verb, ("nsubjpass",))
        if subj is not None and w.lemma in lex.passive_speaker:
            return party(an, subj, w.lemma, verb, lex)  # "the ministry was quoted as saying"
        if subj is not None:
            return None  # "300 deaths were reported": what is reported, not who reports
    subj = _subject(an, verb)
    if subj is not None and w.dep == "relcl" and an.words[subj].tag in ("WDT", "WP") and an.words[
            w.head].ent_type not in ("GPE", "LOC", "FAC"):
        # "estimates from the government, which has put the figure at N": the relative pronoun stands for the
        # noun the clause describes (not a place: "the province, which reported N deaths" reports an event)
        return party(an, w.head, w.lemma, verb, lex)
    named = name_read_as_verb(an, verb)
    if named is not None:
        return ParsedSource(named.text, w.lemma, w.start, named.start, named.end)
    if subj is not None:
        return party(an, subj, w.lemma, verb, lex)
    if hops >= 3 or w.head == verb or not climb:
        return None
    head = an.words[w.head]
    if w.dep in ("conj", "xcomp", "advcl", "pcomp") and head.pos in ("VERB", "AUX"):
        return _subject_source(an, w.head, lex, hops + 1)  # "confirmed ... and said N"; "was quoted as saying"
    if w.dep == "xcomp" and head.pos == "ADJ" and head.dep == "acomp" and an.words[head.head].pos in ("VERB", "AUX"):
        return _subject_source(an, head.head, lex, hops + 1)  # "the team was able to calculate that N"
    if w.dep == "pcomp" and head.dep == "prep":
        return _subject_source(an, head.head, lex, hops + 1)
    if w.dep == "acl" and is_carrier(head, lex):
        # "a statement saying N": the author of the statement
        return _carrier_author(an, w.head, w.lemma, verb, lex, hops)
    if w.dep == "acl" and head.pos in ("NOUN", "PROPN"):
        return party(an, w.head, w.lemma, verb, lex)  # "DPA quoted security sources saying that N"
    return None


def speaker_of(an: Analysis, verb: int, lex: Lexicon) -> ParsedSource | None:
    """The party that does ``verb`` (its subject, a passive's agent, or the subject of the verb it hangs
    from), whatever the verb: for a clause that introduces a quotation (attribution_quote)."""
    return _subject_source(an, verb, lex)


def _subject(an: Analysis, verb: int) -> int | None:
    """The verb's subject; of two (a dateline parsed as a subject: "GENEVA - The agency reports"), the
    nearest."""
    subjects = [c for c in an.children(verb) if an.words[c].dep == "nsubj"]
    if not subjects:
        return None
    before = [c for c in subjects if c < verb]
    return before[-1] if before else subjects[0]


def _carrier_author(an: Analysis, noun: int, lemma: str, verb: int, lex: Lexicon, hops: int) -> ParsedSource | None:
    by = of_by(an, noun)
    if by is not None:
        return party(an, by, lemma, verb, lex)
    head = an.words[noun]
    if head.dep in ("dobj", "pobj") and head.head != noun:
        gov = head.head if head.dep == "dobj" else an.words[head.head].head
        if an.words[gov].pos in ("VERB", "AUX"):
            hit = _subject_source(an, gov, lex, hops + 1)  # "OCHA released a report saying N"
            if hit is not None:
                return hit
    if head.lemma in lex.documents:
        return party(an, noun, lemma, verb, lex)  # "unconfirmed reports suggesting N": the document, as written
    return None


