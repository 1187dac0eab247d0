"""A second party's figure set beside a stock, with no time of its own, is an estimate of that stock.

A text that gives one party's count of a standing population ("there were 40,000 displaced people in the
district in early May, the agency said") and goes straight on with another named party's figure for the same
people ("The ministry gave a lower figure of 31,000 displaced people") offers two estimates of one quantity at
one moment: the second figure has no verb of its own and no time of its own; it borrows both from the first.
The extractor reads such an elliptical figure as a total since some origin (it has no "there are"), so
``pairing.kinds_fit`` kept it apart from the stock: "a stock and a total".

``estimate_of_stock`` lets ``pairing.pair_facts`` compare the two as stocks when all of these hold: one is a
stock, the other a total-like figure; both parties are named and differ (an outlet's own aside, or a source
naming nobody, is context); and some claim of the stock and some claim of the other stand side by side in one
document (one sentence or the next) where the other's claim states no period at all (no origin, no end) and
is elliptical: its figure counts a noun phrase that no verb takes as its subject or object ("a figure of
31,000 displaced people", the event read from the noun phrase), so no verb of the event dates it. "The
ministry said 250,000 people had been displaced" has a verb of its own, a flow (everyone ever displaced,
returnees too), and stays apart from the stock; so does a total with a stated origin ("displaced since
March"). The counted people need no test here: the two are in one series, so one group.

Every point of both reports is read (a copy of the stock's sentence in another outlet's text must not hide
the pair, nor may the order the ledger lists documents in decide it), and only the two reports' claims, so a
stored, incremental reconcile gives what a full one does.

Evidence: one dev pair only (half A, two UN agencies' estimates of the displaced in one text), and no unseen
text; the narrowing to the elliptical figure keeps that pair.
"""

from __future__ import annotations

from functools import lru_cache

from headcount.extract.linguistic import analyse
from headcount.models import Claim
from headcount.reconcile.series import Report

#: the relations by which a verb takes a noun phrase as its own (subject, passive subject, object)
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "csubj"})
#: the widest gap between one sentence's end and the next one's start that can hold no sentence: a sentence
#: between needs a character and its stop, with white space on each side (four characters), so three are
#: white space only (one space; a paragraph's blank line is two or three). Not measured: it follows from that.
_BREAK = 3


def _timeless(c: Claim, kind: str | None) -> bool:
    """A figure read as a total (or with no kind) whose claim gives no period: no origin, no end."""
    return kind in ("cumulative", None) and not (c.period_start or c.period_end)


def _named(r: Report) -> bool:
    return r.party.how != "outlet" and r.party.kind != "unnamed"


def _next_to(p: Claim, q: Claim) -> bool:
    """One sentence holds both, or the later sentence starts where the earlier ends (white space between). A
    claim with no sentence recorded is not known to stand beside anything."""
    if p.doc_id != q.doc_id or not (p.sentence and q.sentence):
        return False
    ca, cb = sorted((p, q), key=lambda c: c.sentence_start)
    gap = cb.sentence_start - (ca.sentence_start + len(ca.sentence))
    return ca.sentence_start == cb.sentence_start or 0 <= gap <= _BREAK


@lru_cache(maxsize=4096)
def _verb_takes(sentence: str, offset: int) -> bool | None:
    """Does a verb take, as subject or object, the noun phrase whose figure ends at ``offset``? None: no parse."""
    a = analyse(sentence)
    if a is None:
        return None
    k = next((i for i, w in enumerate(a.words) if w.start <= offset < w.end), None)
    if k is None:
        return None
    w = a.words[k]
    n = w.head if w.dep in ("nummod", "quantmod") and a.words[w.head].pos in ("NOUN", "PROPN") else k
    return a.words[n].dep in _ARGUMENTS and a.words[a.words[n].head].pos in ("VERB", "AUX")


def elliptical(c: Claim) -> bool:
    """The claim's figure counts a noun phrase no verb takes as its own (see the module's docstring)."""
    offset = c.end - 1 - c.sentence_start
    if not c.sentence or not 0 <= offset < len(c.sentence):
        return False
    return _verb_takes(c.sentence, offset) is False


def estimate_of_stock(a: Report, b: Report) -> bool:
    """``a`` and ``b`` are two named parties' estimates of one stock that one text sets side by side, the
    second with no verb and no time of its own (see the module's docstring)."""
    if not ({a.kind, b.kind} & {"stock"}) or a.kind == b.kind:
        return False
    if not (_named(a) and _named(b)) or a.party.key == b.party.key:
        return False
    stock, other = (a, b) if a.kind == "stock" else (b, a)
    return any(_next_to(p.claim, q.claim) and _timeless(q.claim, q.kind) and elliptical(q.claim)
               for p in stock.points for q in other.points)
