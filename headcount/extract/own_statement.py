"""Whether a sentence with no attribution of its own figures still starts a statement of its own, so that it
cannot continue the statement of the sentence before it (gold convention 8: a figure carries the attribution
"of the sentence that continues the same statement").

Two signs that the sentence speaks in another voice than the party carried from before:

- its own speaker: a clause of the sentence attributes something to another party ("N orphans now live in
  homes run by a charity, which says it can take M more"); the figure outside that clause is the outlet's;
- its own actor: the main clause's active subject is an organisation other than the carried party, doing
  something ("The Red Cross has opened 9 shelters for N people"): the sentence reports that organisation's
  work, in the outlet's voice, not a further figure of the party quoted before.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.attribution import Attribution
from headcount.extract.attribution_actor import organisation_subject
from headcount.extract.carried_party import names_same
from headcount.extract.linguistic import Analysis

# Active subjects of a clause (spaCy ClearNLP labels); passive subjects are the counted people themselves.
_ACTIVE_SUBJECTS = frozenset({"nsubj"})


def own_speaker(atts: Sequence[Attribution], carried: str) -> bool:
    """The sentence names its own speaker, another party than ``carried``, for one of its clauses."""
    return any(a.source and a.strength >= 1 and not names_same(a.source, carried) for a in atts)


def own_actor(an: Analysis | None, carried: str) -> bool:
    """The main clause's active subject is an organisation (the recogniser's ORG, by
    attribution_actor.organisation_subject) that does not name ``carried``."""
    if an is None:
        return False
    for k, w in enumerate(an.words):
        if w.dep != "ROOT" or w.pos not in ("VERB", "AUX"):
            continue
        for c in an.children(k):
            if an.words[c].dep in _ACTIVE_SUBJECTS and organisation_subject(an, c):
                lo, hi = an.subtree(c)
                subject = " ".join(an.words[j].text for j in range(lo, hi))
                if not names_same(subject, carried):
                    return True
    return False
