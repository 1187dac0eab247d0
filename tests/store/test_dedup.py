"""Near-duplicates: the threshold checked on the real dev texts, and copies linked in the ledger.

The dev set (../shared/gold/dev.jsonl, read here, never copied) holds no two reposts of one text: its
closest pairs are separate write-ups of one wire story. So the test checks both sides of the threshold on
real text: no dev pair is linked, and each dev text reposted the way syndicating sites carry copy (their
own header and footer, other quotation marks and line breaks, the last paragraphs cut) is linked to it.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.models import Claim, Document, document_id
from headcount.store import Entry, Ledger, dedup

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "dev.jsonl"

HEADER = "Home | World | Middle East | Subscribe\n\nFrom our wire partners\n\n"
FOOTER = "\n\nShare this article: Facebook Twitter Email\nRelated: more stories from the region\n© 2016 All rights reserved."


def dev_rows() -> list[dict[str, Any]]:
    if not DEV.exists():
        pytest.skip(f"gold dev set not found at {DEV} (the shared folder beside the repository)")
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def repost(text: str) -> str:
    """What a syndicating site does to wire copy: its own chrome, straight quotes, rewrapped, tail cut."""
    paras = [p for p in text.split("\n") if p.strip()]
    keep, size = [], 0
    for p in paras:  # the tail cut at a paragraph end, once four fifths of the text are in
        if size >= 0.8 * len(text):
            break
        keep.append(p)
        size += len(p) + 1
    body = "\n\n".join(keep).replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return HEADER + body + FOOTER


def test_dedup_no_dev_pair_is_a_copy() -> None:
    rows = dev_rows()
    sigs = [(r["id"], dedup.signature(r["text"])) for r in rows]
    worst = max(dedup.similarity(a, b) for (_, a), (_, b) in itertools.combinations(sigs, 2)
                if a is not None and b is not None)
    print(f"\nclosest distinct dev pair: similarity {worst:.3f}")
    # Separate write-ups of one wire story share phrases (0.29 on the 191-text dev set); the threshold must sit
    # well above them, with a margin, or one rewrite would be linked as another's copy.
    assert worst < dedup.COPY_THRESHOLD * 0.7, worst


def test_dedup_reposts_of_dev_texts_are_copies() -> None:
    rows = [r for r in dev_rows() if len(r["text"]) > 600]
    sims = []
    for r in rows:
        a, b = dedup.signature(r["text"]), dedup.signature(repost(r["text"]))
        assert a is not None and b is not None
        sims.append(dedup.similarity(a, b))
    print(f"\nreposts of {len(rows)} dev texts: lowest similarity {min(sims):.3f}")
    assert min(sims) >= dedup.COPY_THRESHOLD, sorted(sims)[:5]


def test_dedup_ledger_links_reposts_and_carries_claims(ledger_db: str) -> None:
    rows = [r for r in dev_rows() if len(r["text"]) > 600][:6]
    with Ledger.open(ledger_db, create=True) as ledger:
        for r in rows:
            doc = Document(id=document_id(r["text"], r["url"]), text=r["text"], url=r["url"], outlet=r["outlet"],
                           fetched_at="2016-12-01T08:00:00+00:00")  # fetched before the reposts: the original
            ledger.put(Entry(doc, _claims(doc), "t"))
        for r in rows:
            text = repost(r["text"])
            url = r["url"] + "?syndicated"
            doc = Document(id=document_id(text, url), text=text, url=url, outlet="copies.example",
                           fetched_at="2016-12-02T08:00:00+00:00")
            stored = ledger.put(Entry(doc, _claims(doc), "t"))
            assert stored.copy_of == document_id(r["text"], r["url"])
        copies = [d for d in ledger.documents() if d["copy_of"]]
        assert len(copies) == len(rows)
        carried = [c for c in ledger.claims() if c["carried_from"]]
        assert carried, "claims of copies point at the original's claims"
        original, _ = ledger.claim(carried[0]["carried_from"])
        assert original["figure"] == carried[0]["figure"]
        assert len(original["carriers"]) >= 1
        assert len(list(ledger.claims(_originals()))) == ledger.stats()["claims"] - len(carried)


def _originals() -> Any:
    from headcount.store import ClaimFilter

    return ClaimFilter(originals_only=True)


def _claims(doc: Document) -> list[Claim]:
    """Hand-built claims on the digits of the text (enough to check carrying, independent of extract)."""
    import re

    out = []
    for m in re.finditer(r"\d[\d,]*\d|\d", doc.text):
        v = float(m.group().replace(",", ""))
        out.append(Claim(doc_id=doc.id, start=m.start(), end=m.end(), figure=m.group(), low=v, high=v,
                         sentence=doc.text[max(0, m.start() - 40):m.end() + 40], extractor_version="t"))
    return out[:5]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["the", "people", "left", "city", "on", "monday", "aid", "workers", "said", "buses", "crossing", "point"]),
                min_size=25, max_size=80))
def test_dedup_similarity_is_one_for_same_words_any_case(words: list[str]) -> None:
    text = " ".join(words)
    a, b = dedup.signature(text), dedup.signature(text.upper().replace(" ", "\n"))
    if a is None:
        assert b is None
    else:
        assert b is not None and dedup.similarity(a, b) == 1.0
        assert dedup.band_keys(a) == dedup.band_keys(b)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcdeé中", min_size=1, max_size=4), min_size=0, max_size=120),
       st.sampled_from([" ", "\n", ", ", ". "]))
def test_dedup_signature_equals_datasketch(words: list[str], sep: str) -> None:
    """The vectorised signature is datasketch's, value for value: signatures and band keys already stored in
    a ledger stay comparable with new ones."""
    import zlib

    import numpy as np
    from datasketch import MinHash

    text = sep.join(words)
    sh = dedup.shingles(text)
    got = dedup.signature(text)
    if len(sh) < dedup.MIN_SHINGLES:
        assert got is None
        return
    m = MinHash(num_perm=dedup.NUM_PERM, seed=1, scheme="affine32", hashfunc=zlib.crc32)
    m.update_batch(list(sh))
    want = np.asarray(m.hashvalues, dtype=np.uint64)
    assert got is not None and got.dtype == want.dtype and got.tolist() == want.tolist()
    assert dedup.from_bytes(dedup.to_bytes(got)).tolist() == want.tolist()
