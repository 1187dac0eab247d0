"""Copy links kept by the order-free rule as documents come in one at a time (``Ledger.put``).

A set of near-duplicates has one original, its earliest member (``dedup.rank``); every other member is
stored with ``copy_of`` pointing at it, so a set is its original plus the documents whose ``copy_of`` names it.
When a document arrives, the sets of the stored documents it is linked to (``dedup.linked``) and the
document itself become one set, whose earliest member is the original: when that is the newcomer (an earlier
copy arriving later), or when the newcomer joins two sets, the stored members are re-linked and their claims'
``carried_from`` re-matched. When a document's text changes, it leaves its old set first, and what remains
of that set is split again by ``dedup.clusters``. Everything here runs in the caller's transaction (``Tx``).

``bulk.py`` applies the same rule to a batch at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from headcount.store import dedup
from headcount.store.writer import Tx

Member = tuple[dedup.Rank, np.ndarray, dedup.Link]  # rank, signature, the link stored now


def _component(tx: Tx, root: str, skip: str) -> dict[str, Member]:
    """The stored set whose original is ``root`` (the root and its copies), without ``skip``."""
    out: dict[str, Member] = {}
    for i, mh, copy_of, sim, published, fetched_at in tx.all("component", {"root": root}):
        if i != skip and mh is not None:
            out[i] = (dedup.rank(i, published, fetched_at), dedup.from_bytes(mh), (copy_of, sim))
    return out


def _write_links(tx: Tx, members: dict[str, Member], links: dict[str, dedup.Link]) -> dict[str, str | None]:
    """Store the links that changed; returns the documents whose original changed (id -> new copy_of)."""
    moved: dict[str, str | None] = {}
    for i, (copy_of, sim) in links.items():
        m = members.get(i)
        if m is None or m[2] == (copy_of, sim):
            continue
        tx.run("set_link", {"doc_id": i, "copy_of": copy_of, "similarity": sim})
        if m[2][0] != copy_of:
            moved[i] = copy_of
    return moved


def link(tx: Tx, doc_id: str, doc_rank: dedup.Rank, sig: np.ndarray | None,
         near: Sequence[Any]) -> tuple[dedup.Link, dict[str, str | None]]:
    """The new document's link, and the stored documents re-linked because of it (id -> new copy_of).

    ``near``: (id, minhash, copy_of) of the stored documents sharing a band with it (the writer's "near").
    """
    if sig is None:
        return (None, None), {}
    roots = sorted({root or cid for cid, mh, root in near
                    if mh is not None and cid != doc_id and dedup.similarity(sig, dedup.from_bytes(mh))
                    >= dedup.COPY_THRESHOLD} - {doc_id})
    if not roots:
        return (None, None), {}
    if len(roots) == 1:  # the common case, a later copy of one set: only the original's row is needed
        row = tx.first("root", {"root": roots[0]})
        if row is not None and row[1] is not None and dedup.rank(row[0], row[4], row[5]) < doc_rank:
            return (row[0], dedup.similarity(sig, dedup.from_bytes(row[1]))), {}
    members: dict[str, Member] = {}
    for r in roots:
        members.update(_component(tx, r, doc_id))
    links = dedup.assign({doc_id: (doc_rank, sig), **{i: (m[0], m[1]) for i, m in members.items()}})
    return links[doc_id], _write_links(tx, members, links)


def detach(tx: Tx, doc_id: str, old_copy_of: str | None) -> dict[str, str | None]:
    """Take a document whose text changed out of its set; the rest is split into the sets its members still
    form, each with its earliest member as original. Returns the re-linked documents (id -> new copy_of)."""
    members = _component(tx, old_copy_of or doc_id, doc_id)
    if not members:
        return {}
    links: dict[str, dedup.Link] = {}
    for group in dedup.clusters({i: m[1] for i, m in members.items()}):
        links.update(dedup.assign({i: (members[i][0], members[i][1]) for i in group}))
    return _write_links(tx, members, links)


def recarry(tx: Tx, moved: dict[str, str | None]) -> None:
    """Match again the claims of documents whose original changed: each claim carries its new original's
    claim of the same figure (``dedup.match_carried``), or nothing when the document is now an original."""
    for doc_id, copy_of in sorted(moved.items()):
        mine = tx.all("original_claims", {"doc_id": doc_id})
        if not mine:
            continue
        original = tx.all("original_claims", {"doc_id": copy_of}) if copy_of is not None else []
        carried = dedup.match_carried([(r[1], r[2], r[3], r[4]) for r in mine],
                                      [(r[0], (r[1], r[2], r[3], r[4])) for r in original])
        for r, c in zip(mine, carried, strict=True):
            tx.run("set_carried", {"cid": r[0], "orig": c})
