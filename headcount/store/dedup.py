"""Near-duplicate texts (reposts, wire copy carried by many outlets): shingled MinHash and LSH band keys.

Pure functions; the ledger (``ledger.py``) stores the signature and band keys and asks for candidates.

How it works: a text is lower-cased and cut into words; every run of ``SHINGLE_WORDS`` consecutive words is a
shingle. A MinHash of ``NUM_PERM`` permutations estimates the Jaccard similarity of two texts' shingle sets.
The signature is cut into ``BANDS`` bands of ``ROWS`` values; two texts that agree on a whole band become
candidates (with these numbers a pair at Jaccard 0.5 is found with probability 0.87, at 0.6 with 0.99), and a
candidate is a copy when its estimated similarity reaches ``COPY_THRESHOLD``.

Which one is the original: documents linked that way, directly or through others, form one set of
near-duplicates; its original is the earliest (``rank``: publication date, then fetch time, then id) and every
other member is a copy of it. Nothing in that depends on the order the documents arrived in, so ``ingest``
(archive order) and ``load`` (month by month) build the same links; an earlier copy arriving later becomes
the original of the set (``copies.py`` re-links the others).

Calibration of ``COPY_THRESHOLD`` (tests/store/test_dedup_gold.py, on ../shared/gold/dev.jsonl): among the 59
real dev texts no two are reposts of each other; the closest pairs are separate write-ups of one wire story
(two AFP-based Aleppo evacuation reports, two reports of the same Russian MoD statement on Azovstal) that
share a quoted sentence, and their 5-word-shingle Jaccard is at most 0.04. A repost of a dev text as sites
carry it (the site's own header and footer, different quotation marks and line breaks, the last paragraphs
cut) keeps a similarity of 0.6 or more. 0.5 sits between the two with a wide margin on either side.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
COPY_THRESHOLD = 0.5
MIN_SHINGLES = 20  # shorter texts (a caption, a one-line comment) are too short to call copies
_SEED = 1

_WORD = re.compile(r"\w+")
_SCHEME = "affine32"  # datasketch 2 default, named so stored signatures stay comparable across upgrades
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations  # computed once
_PERM_A = np.asarray(_PERMUTATIONS[0], dtype=np.uint32)
_PERM_B = np.asarray(_PERMUTATIONS[1], dtype=np.uint32)
# MurmurHash3's 32-bit finalizer (shifts and multipliers), datasketch's pre-mix for the affine32 scheme
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of k-word shingles of the text, case and punctuation ignored (quote styles, line breaks)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray | None:
    """MinHash signature (NUM_PERM uint64 values), or None when the text is too short to compare.

    The same values as datasketch's ``MinHash(scheme="affine32", hashfunc=zlib.crc32).update_batch`` (the
    stored signatures and band keys of existing ledgers stay valid; ``tests/store/test_dedup.py`` checks it),
    computed here in one vectorised pass: building a datasketch ``MinHash`` per text cost more than hashing.
    crc32 is the shingle hash: the murmur finalizer and the permutations on top do the mixing.
    """
    sh = shingles(text)
    if len(sh) < MIN_SHINGLES:
        return None
    hv = np.fromiter(map(zlib.crc32, sh), dtype=np.uint32, count=len(sh))
    hv ^= hv >> _FMIX[0]
    hv *= _FMIX[1]
    hv ^= hv >> _FMIX[2]
    hv *= _FMIX[3]
    hv ^= hv >> _FMIX[4]
    phv = hv[:, None] * _PERM_A  # uint32 arithmetic wraps: the affine32 permutations a*h + b mod 2**32
    phv += _PERM_B
    sig: np.ndarray = phv.min(axis=0).astype(np.uint64)
    return sig


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(np.count_nonzero(a == b)) / float(len(a))


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (band number folded in), for an indexed lookup of candidates."""
    raw = sig.astype("<u8").tobytes()
    width = ROWS * 8
    return [int.from_bytes(_blake2b(_BAND_PREFIX[i] + raw[i * width : (i + 1) * width], digest_size=8).digest(),
                           "little", signed=True) for i in range(BANDS)]


_blake2b = hashlib.blake2b
_BAND_PREFIX = [bytes([i]) for i in range(BANDS)]


Rank = tuple[bool, str, bool, str, str]


def rank(doc_id: str, published: str | None, fetched_at: str | None) -> Rank:
    """Order of precedence in a set of near-duplicates: earliest publication date, then earliest fetch, then
    the smallest id; an unknown date ranks after every known one. ISO 8601 strings compare as dates."""
    return (published is None, published or "", fetched_at is None, fetched_at or "", doc_id)


def linked(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether the ledger links the two texts: they share a band (the LSH lookup finds one from the other)
    and their estimated similarity reaches the threshold. Symmetric."""
    same_band = bool((a.reshape(BANDS, ROWS) == b.reshape(BANDS, ROWS)).all(axis=1).any())
    return same_band and similarity(a, b) >= COPY_THRESHOLD


Link = tuple[str | None, float | None]  # (copy_of, similarity to it); (None, None) for an original


def assign(members: Mapping[str, tuple[Rank, np.ndarray]]) -> dict[str, Link]:
    """The links of one set of near-duplicates: the earliest member is the original, every other one a copy
    of it, with its estimated similarity to that original."""
    root = min(members, key=lambda i: members[i][0])
    rsig = members[root][1]
    return {i: (None, None) if i == root else (root, similarity(sig, rsig)) for i, (_, sig) in members.items()}


def clusters(sigs: Mapping[str, np.ndarray]) -> list[list[str]]:
    """The sets of near-duplicates among these texts (connected by ``linked``), each in id order."""
    parent = {i: i for i in sigs}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ids = sorted(sigs)
    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            if find(a) != find(b) and linked(sigs[a], sigs[b]):
                parent[find(b)] = find(a)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


ClaimKey = tuple[str, float | None, float | None, str]


def match_carried(copy_claims: Sequence[ClaimKey], original_claims: Iterable[tuple[str, ClaimKey]]) -> list[str | None]:
    """For each claim of a copy, the id of the original's claim it carries (same figure, bounds, category).

    Each original claim is matched at most once, in text order, so a copy that repeats a figure twice only
    carries it twice when the original has it twice.
    """
    pool: dict[ClaimKey, list[str]] = {}
    for cid, key in original_claims:
        pool.setdefault(_norm(key), []).append(cid)
    out: list[str | None] = []
    for key in copy_claims:
        ids = pool.get(_norm(key))
        out.append(ids.pop(0) if ids else None)
    return out


def _norm(key: ClaimKey) -> ClaimKey:
    figure, low, high, category = key
    return (" ".join(_WORD.findall(figure.lower())), low, high, category.lower())
