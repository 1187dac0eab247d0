"""The token rules' party of a figure checked against the parse (speakers._rules_source).

``token_party_stands``: the party must be a plausible party in the parse (``attribution_party.plausible_party``:
not a fragment of the sentence such as "released a report" or "The United"), and its verb must attribute the
figure at all.

A verb of finding or showing whose object, not a clause, holds the figure is no attribution.

The token rules (attribution.py) read "X found ..." as X's statement whatever follows the verb. A verb that
attributes only through a clause (lexicons/attribution.toml clause_only_lemmas: "a study found that N died",
"data show that N fled") says nothing when the figure is its direct object: "rescuers found 19 survivors",
"a team from X and Y found N people alive" tell what the rescuers did, in the outlet's voice. The parse
(attribution_parse._verb_source) already reads it so; this check lets the token rules' reading give way to
it. An object that is a noun of evidence ("found evidence of N deaths") still reports, and so does a
headline, whose style drops the complementiser ("Survey Finds 300 Dead", "Tracking Shows N Displaced").
"""

from __future__ import annotations

from headcount.extract.attribution import Attribution
from headcount.extract.attribution_party import lexicon, plausible_party
from headcount.extract.drafts import SentenceInfo
from headcount.extract.linguistic import Analysis


def _word_at(an: Analysis, start: int) -> int | None:
    return next((k for k, w in enumerate(an.words) if w.start == start), None)


def object_not_said(info: SentenceInfo, an: Analysis, att: Attribution, fig_tok: int) -> bool:
    """The token attribution ``att`` is a verb of clause only whose direct object, in the parse, holds the
    figure at token ``fig_tok``."""
    if info.sentence.headline or not (0 <= att.position < len(info.tokens) and 0 <= fig_tok < len(info.tokens)):
        return False
    lex = lexicon()
    verb = _word_at(an, info.tokens[att.position].start)
    fig = _word_at(an, info.tokens[fig_tok].start)
    if verb is None or fig is None or an.words[verb].lemma not in lex.clause_only:
        return False
    chain = [fig, *an.ancestors(fig)]
    if verb not in chain[1:]:
        return False
    below = an.words[chain[chain.index(verb) - 1]]
    return below.dep == "dobj" and below.lemma not in lex.evidence


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
