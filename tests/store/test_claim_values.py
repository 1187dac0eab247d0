"""Claim values that a wire format could bend come back exactly, on SQLite and PostgreSQL.

On PostgreSQL a document's claims travel as one JSON parameter (``writer.py``); floats must keep every
bit, text every character (quotes, backslashes, control characters, non-Latin scripts), None stay None,
and a float JSON cannot carry (inf) must still be stored, through the per-column array form.
"""

from __future__ import annotations

import math

import pytest

from headcount.models import Claim, Document, document_id
from headcount.store import Entry, Ledger

TEXT = ("Officials said 0.1 per cent of 1,200 \"displaced\" people — roughly 12 — were back\\home by Tuesday;\n"
        "\tthe ministry put it at 7 % (زهاء 7) and 避难 3 families. A reading of ∞ was reported.")


def _claims(doc: Document, lows: list[float | None]) -> list[Claim]:
    out = []
    for i, low in enumerate(lows):
        out.append(Claim(doc_id=doc.id, start=i, end=i + 1, figure=TEXT[i: i + 9], low=low,
                         high=None if low is None else low * 3 if math.isfinite(low) else low,
                         approx=i % 2 == 0, qualifier="roughly\\ \"so\"" if i == 1 else None,
                         category="people 避难", group="civilians", event="displaced",
                         location="زهاء\u0001", place="زهاء/east", source="the \"ministry\"\n", cue="said",
                         sentence=TEXT, sentence_start=0, period_offset=-i, parent=0 if i else None,
                         extractor_version="t1"))
    return out


@pytest.mark.parametrize("lows", [
    [0.1 + 0.2, 1e300, 5e-324, -0.0, 123456789.123456789, None, 2.0 ** 53 - 1],
    [math.inf, 1.5],  # JSON has no inf: the array form carries these
], ids=["finite", "infinite"])
def test_claim_values_round_trip(ledger_db: str, lows: list[float | None]) -> None:
    doc = Document(id=document_id(TEXT, None), text=TEXT, url=None, outlet="o", published=None, title=None)
    items = _claims(doc, lows)
    with Ledger.open(ledger_db, create=True) as ledger:
        assert ledger.put(Entry(doc, items, "t1")).claims == len(items)
        rows = {r["id"]: r for r in ledger.claims()}
    assert len(rows) == len(items)
    for c in items:
        want, got = c.as_dict(), rows[c.id]
        assert {k: got[k] for k in want} == want
        for k in ("low", "high"):
            assert repr(got[k]) == repr(want[k])  # every bit, -0.0 included
