"""The token rules' party of a figure checked against the parse (speakers._rules_source).

``token_party_stands``: the party must be a plausible party in the parse (``attribution_party.plausible_party``:
not a fragment of the sentence such as "released a report" or "The United"), and its verb must attribute the
figure at all.

"X found N" with the figure as the direct object of "find" is no attribution when the finder is a
party of rescue, not an organisation or a document that assesses. The token rules (attribution.py) read
"X found ..." as X's statement whatever follows the verb; "find" attributes through a clause ("a study
found that N died"), and with a bare object tells what was done, in the outlet's voice ("divers found 12
bodies"). The parse (attribution_parse._verb_source) already reads it so; this check lets the token rules'
reading give way to it. The finder keeps the count when it is an organisation (the recogniser's ORG in its
own words, attribution_actor.organisation_subject) or a document (lexicons/attribution.toml document_lemmas:
"the survey found N children malnourished"), or when the object has a predicate of its own after it ("found
N children acutely malnourished", "N families living in tents"): that is an assessment, the count a reader
must trace to its owner. A noun of evidence ("found evidence of N deaths") still reports, and so does a
headline, whose style drops the complementiser ("Survey Finds 300 Dead"). The evidence is one unseen-crisis
sentence (round 10); the other verbs of clause only (show, give, mention) are left to the token rules.
"""

from __future__ import annotations

from headcount.extract.attribution import Attribution
from headcount.extract.attribution_actor import organisation_subject
from headcount.extract.attribution_party import lexicon, plausible_party
from headcount.extract.drafts import SentenceInfo
from headcount.extract.linguistic import Analysis


def _word_at(an: Analysis, start: int) -> int | None:
    return next((k for k, w in enumerate(an.words) if w.start == start), None)


# Dependencies of a predicate on the object that follows it ("N children malnourished", "N families living
# in tents"): an assessment of the people found, not an act upon them.
_PREDICATES = frozenset({"amod", "acl", "relcl", "oprd"})


def object_not_said(info: SentenceInfo, an: Analysis, att: Attribution, fig_tok: int) -> bool:
    """The token attribution ``att`` is "find" whose direct object, in the parse, holds the figure at token
    ``fig_tok``, with a finder that is neither an organisation nor a document and an object with no
    predicate of its own."""
    if info.sentence.headline or not (0 <= att.position < len(info.tokens) and 0 <= fig_tok < len(info.tokens)):
        return False
    lex = lexicon()
    verb = _word_at(an, info.tokens[att.position].start)
    fig = _word_at(an, info.tokens[fig_tok].start)
    if verb is None or fig is None or an.words[verb].lemma != "find":
        return False
    chain = [fig, *an.ancestors(fig)]
    if verb not in chain[1:]:
        return False
    obj = chain[chain.index(verb) - 1]
    below = an.words[obj]
    if below.dep != "dobj" or below.lemma in lex.evidence:
        return False
    if any(an.words[c].dep in _PREDICATES and c > obj for c in an.children(obj)) or any(
            an.words[c].dep in ("oprd", "ccomp", "xcomp") for c in an.children(verb)):
        return False
    subj = next((c for c in an.children(verb) if an.words[c].dep == "nsubj"), None)
    return subj is None or not (an.words[subj].lemma in lex.documents or organisation_subject(an, subj))


def token_party_stands(info: SentenceInfo, an: Analysis, att: Attribution, fig_tok: int) -> bool:
    """The token rules' party ``att`` holds for the figure at token ``fig_tok`` against the parse."""
    return _plausible(info, an, att) and not object_not_said(info, an, att, fig_tok)


def _plausible(info: SentenceInfo, an: Analysis, att: Attribution) -> bool:
    """The token rules' party checked against the parse (``attribution_party.plausible_party``)."""
    if att.span != (0, 0):
        start, end = info.tokens[att.span[0]].start, info.tokens[att.span[1] - 1].end
    else:
        at = info.sentence.text.find(att.source or "")
        if at < 0:
            return True
        start = info.sentence.start + at
        end = start + len(att.source or "")
    return plausible_party(an, start, end, att.cue in ("headline", "label"), lexicon(),
                           subject=att.span != (0, 0) and att.span[1] <= att.position)
