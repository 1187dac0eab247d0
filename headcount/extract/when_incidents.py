"""Incidents told by a clause of time: "killed when a footbridge gave way" (a clause opened by "when"; one
opened by "after" was tried and dropped, docs/extraction.md, Round 10 periods).

A flow tied by a subordinate clause of time to one past happening counts what that happening did, whatever
noun names it: the clause's verb in the simple past, finite and with no auxiliary (not "had been shelling",
not "was collapsing"), tells of one event at a point, not of a war or a season. Such a clause frames the
document as the incident list of lexicons/periods.toml does (``when_document.tolls_follow_document``):
one incident's toll is an increment (gold Periods rule 3), and so is what it did told in the perfect of
reported speech ("27 had been pulled out alive"). A clause whose subject is a whole ("when the war began")
frames nothing of its own: the whole's word is found as a whole.
"""

from __future__ import annotations

from headcount.extract import linguistic
from headcount.extract.drafts import SentenceInfo
from headcount.extract.rules import Rules

_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})


def _analysis(info: SentenceInfo) -> tuple[linguistic.Analysis, int] | None:
    """The sentence's parse and the offset to add to its words' offsets to get the document's, made here for
    a sentence no stage parsed; None without a model."""
    if info.analysis is not None:
        return info.analysis, 0
    if info.analysed or not linguistic.available():
        return None
    analysis = linguistic.analyse(info.sentence.text)
    return (analysis, info.sentence.start) if analysis is not None else None


def time_clause_incidents(info: SentenceInfo, rules: Rules) -> list[int]:
    """Token indices (in ``info.tokens``) of the verbs of the sentence's clauses of time that tell one past
    happening: an adverbial clause opened by "when" (not "after": see the module docstring), its verb in the
    simple past (tag VBD) with no auxiliary, and no war or disaster of the whole list among its words."""
    found = _analysis(info)
    if found is None:
        return []
    analysis, base = found
    words = analysis.words
    out: list[int] = []
    for k, w in enumerate(words):
        if w.dep != "advcl" or w.tag != "VBD":
            continue
        kids = analysis.children(k)
        if w.head >= k or not any(words[c].text.lower() == "when" and words[c].dep == "advmod" for c in kids):
            continue  # "When the nurse got to the camp, ...": a clause before its verb sets a scene, not a cause
        if any(words[c].dep in _AUXILIARY_DEPS for c in kids):
            continue
        first, last = analysis.subtree(k)
        if any(words[m].text.lower() in rules.wholes.first for m in range(first, last)):
            continue  # "after the war began": the whole's own word frames it
        index = next((i for i, t in enumerate(info.tokens) if t.start == w.start + base), None)
        if index is not None:
            out.append(index)
    return out
