"""A second party's figure set beside a stock, with no time of its own, is an estimate of that stock.

A text that gives one party's count of a standing population ("there were 40,000 displaced people in the
district in early May, the agency said") and goes straight on with another named party's figure for the same
people in the same words ("The ministry gave a lower figure of 31,000 displaced people") offers two
estimates of one quantity at one moment: the second sentence has no verb of state and no time of its own;
it borrows both from the first. The extractor reads such an elliptical figure as a total since some origin
(it has no "there are"), so ``pairing.kinds_fit`` kept it apart from the stock: "a stock and a total".

``estimate_of_stock`` lets ``pairing.pair_facts`` compare the two as stocks when all of these hold: they
share a document and stand side by side there (one sentence or the next); one is a stock, the other a
total-like figure whose claim states no period at all (no origin, no end); both parties are named and
differ (an outlet's own aside, or a source naming nobody, is context); and the two claims name the
counted people with the same word (the text repeats the noun of the stock, so it counts the same people).
A total with a stated origin ("displaced since March") is a flow the text dates and stays apart from a
stock; so does a figure naming other people ("families", "children"). Read from the two claims only, so a
stored, incremental reconcile gives what a full one does.
"""

from __future__ import annotations

from headcount.reconcile.series import Report


def _timeless_total(r: Report) -> bool:
    """A figure read as a total (or with no kind) whose claim gives no period: no origin, no end."""
    c = r.first.claim
    return r.kind in ("cumulative", None) and not (c.period_start or c.period_end)


def _named(r: Report) -> bool:
    return r.party.how != "outlet" and r.party.kind != "unnamed"


def _noun(r: Report) -> str:
    return (r.first.claim.category or "").strip().lower()


def _next_to(a: Report, b: Report) -> bool:
    """One sentence holds both, or the later sentence follows straight on from the earlier."""
    ca, cb = sorted((a.first.claim, b.first.claim), key=lambda c: c.sentence_start)
    if ca.doc_id != cb.doc_id:
        return False
    return cb.sentence_start <= ca.sentence_start + len(ca.sentence or "") + 3


def estimate_of_stock(a: Report, b: Report) -> bool:
    """``a`` and ``b`` are two named parties' estimates of one stock that one text sets side by side, the
    second with no time of its own (see the module's docstring)."""
    if not ({a.kind, b.kind} & {"stock"}) or a.kind == b.kind:
        return False
    stock, other = (a, b) if a.kind == "stock" else (b, a)
    if not _timeless_total(other):
        return False
    if not (_named(a) and _named(b)) or a.party.key == b.party.key:
        return False
    if not _noun(a) or _noun(a) != _noun(b):
        return False
    return _next_to(stock, other)
