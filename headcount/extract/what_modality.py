"""Scope of the words that make a count expected (gold convention 6), for constructions met in unseen crises
(round 9).

- A causative verb's "to" complement is what the causative made happen: "floods force thousands to flee",
  "the fighting has forced 15,000 people to flee" are actual. The "to flee" of the expected table is a plan
  only when nothing made the people do it ("trying to flee"); a modal before the causative ("will force")
  is found by itself, and a causative that is itself an infinitive ("threatened to force 3,000 residents to
  leave") made nothing happen yet, so its complement stays a plan.
- A modal scopes over its own clause: in "the toll could rise as dozens remained under the rubble" the
  adverbial clause after "as"/"because"/"while" states a fact, so a modal before the conjunction does not
  reach a figure after it. A temporal clause ("after", "when", "since") is not one: after a future it keeps
  the future meaning in the present tense ("will close when 3,000 refugees have returned").
- A verb of ordering ("ordered", [modality] directives) makes a plan only through its "to" complement
  ("ordered 300 soldiers to leave", "ordered 5,000 troops to the border"): the order has not been carried
  out yet. With no "to" in its clause the order names how the event was done ("ordered 12 passengers off
  the bus and shot them"), and the count keeps the modality of its own verb (round 10 review).
- A figure whose clause goes on "are expected to" / "are due to" + verb ("600 more are expected to join")
  is a projection, whatever the event word before it.
"""

from __future__ import annotations

from collections.abc import Sequence

_CAUSE_REACH = 6  # "forced some 15,000 displaced people to flee": words between a causative and its "to"
_CLAUSE_END = frozenset({".", ";", ":", ",", "and", "but", "while"})
_SUBORDINATORS = frozenset({"as", "because", "while", "whereas", "although"})
# "as many as", "as high as", "as well as": an "as" that opens no clause
_NOT_CLAUSE_AS = frozenset({"many", "much", "high", "low", "few", "well", "part", "a", "of", "the", "to", "it"})
_AUX = frozenset({"are", "is", "were", "was", "be"})
_PROJECTING = frozenset({"expected", "due", "set", "scheduled", "slated"})


def caused(words: Sequence[str], j: int, causatives: frozenset[str]) -> bool:
    """The "to" at ``j`` opens the complement of a causative verb before it in the same clause."""
    if j >= len(words) or words[j] != "to":
        return False
    for k in range(j - 1, max(-1, j - 1 - _CAUSE_REACH), -1):
        if words[k] in _CLAUSE_END:
            return False
        if words[k] in causatives:
            return not (k > 0 and words[k - 1] == "to")  # "threatened to force ... to leave": not yet made
    return False


def order_without_to(words: Sequence[str], j: int, directives: frozenset[str]) -> bool:
    """The word at ``j`` is a verb of ordering with no "to" after it in its clause (within _CAUSE_REACH
    words): no directive complement, so it projects nothing."""
    if words[j] not in directives:
        return False
    for k in range(j + 1, min(len(words), j + 2 + _CAUSE_REACH)):
        if words[k] == "to":
            return False
        if words[k] in _CLAUSE_END:
            return True
    return True


def clause_start(words: Sequence[str], lo: int, fig_start: int) -> int:
    """The first index from ``lo`` that a modal may stand at and still reach the figure: just past the last
    subordinating conjunction that opens the figure's own clause before it."""
    start = lo
    for k in range(lo, fig_start):
        if words[k] in _SUBORDINATORS and not (k + 1 < len(words) and words[k + 1] in _NOT_CLAUSE_AS) and not (
                k > 0 and words[k - 1] == "as"):
            start = k + 1
    return start


def projected_after(words: Sequence[str], k: int) -> bool:
    """``words[k:]`` read "are expected to" / "were due to" / "is set to" + a verb: a projection."""
    return (k + 2 < len(words) and words[k] in _AUX and words[k + 1] in _PROJECTING and words[k + 2] == "to")
