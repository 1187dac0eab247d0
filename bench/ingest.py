#!/usr/bin/env python3
"""Ingest speed: documents per second into SQLite and into PostgreSQL, time split extraction / storage.

    .venv/bin/python bench/ingest.py [--docs 10000] [--repeat 1] [--no-postgres]      (or `make bench-ingest`)

The input is a generated JSONL file of --docs documents, each made of 4 to 8 sentences drawn from the
bundled sample (headcount/sample/*.jsonl) with their numbers changed, so the texts are realistic reports
that are all different (a few are near-duplicates by chance, as in a real feed). The same file is ingested
through ``headcount.ingest.batch.ingest`` (the code `headcount ingest` runs: read, extract, dedup, one
transaction per document) into a fresh SQLite file and into a fresh database on a throwaway PostgreSQL
cluster started as the tests start it (skipped, with a message, where PostgreSQL is not installed).
Extraction time is the extractor's calls; storage time is everything the ledger does (the unchanged check,
MinHash and band lookup, the transaction). Target (issue 3): storage costs less than extraction.
A second pass over the same file (every document unchanged) is timed too. With --repeat N each backend runs N
times on a fresh ledger and the figures are medians. Closing the ledger (SQLite's last WAL checkpoint) is
timed and counted in the first pass's wall time. The machine's load average is printed before and after:
other processes on a shared machine slow both extraction and storage.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "headcount" / "sample").glob("*.jsonl"))
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_NUMBER = re.compile(r"\d[\d,]*")


def sentences() -> list[str]:
    out = []
    for path in SAMPLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for para in json.loads(line)["text"].split("\n"):
                    out += [s.strip() for s in _SENTENCE.split(para) if len(s.strip()) > 30]
    return out


def generate(path: Path, n: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    pool = sentences()
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            picked = rng.sample(pool, rng.randint(4, min(8, len(pool))))
            text = "\n\n".join(_NUMBER.sub(lambda m: f"{rng.randint(2, 60000):,}", s) for s in picked)
            rec = {"url": f"https://bench.example/{seed}/{i}", "outlet": rng.choice(["a.example", "b.example"]),
                   "published": f"2016-12-{rng.randint(1, 28):02d}", "title": f"Report {i}", "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            size += len(line.encode())
            fh.write(line)
    return size


def once(db: str, src: Path) -> list[dict[str, float]]:
    from headcount.runner import ingest
    from headcount.store import Ledger

    out = []
    ledger = Ledger.open(db, create=True)
    try:
        for _ in range(2):
            t0 = time.perf_counter()
            s = ingest([str(src)], ledger)
            out.append({"wall": time.perf_counter() - t0, "extract": s.extract_s, "store": s.store_s,
                        "n": s.stored + s.failed, "new": s.new, "copies": s.copies, "claims": s.claims})
    finally:
        t0 = time.perf_counter()
        ledger.close()
        out[0]["wall"] += time.perf_counter() - t0  # the last checkpoint belongs to the writing pass
    return out


def run(make_db: Callable[[int], str], src: Path, label: str, repeat: int) -> None:
    runs = [once(make_db(i), src) for i in range(repeat)]
    for p, attempt in enumerate(("first pass", "second pass (unchanged)")):
        m = {k: statistics.median(r[p][k] for r in runs) for k in runs[0][p]}
        n, wall = m["n"], m["wall"]
        read = wall - m["extract"] - m["store"]
        ratio = f"{m['store'] / m['extract']:5.2f}" if m["extract"] > 0 else "    -"
        print(f"{label:10} {attempt:24} {n:6.0f} docs {wall:7.1f} s  {n / wall:7.0f} docs/s | "
              f"extract {m['extract']:6.1f} s  store {m['store']:6.1f} s  other {read:5.1f} s | "
              f"store/extract {ratio} | new {m['new']:.0f} copies {m['copies']:.0f} claims {m['claims']:.0f}"
              + (f" | median of {repeat}; store/extract per run "
                 + " ".join(f"{r[p]['store'] / r[p]['extract']:.2f}" for r in runs) if repeat > 1 and p == 0 else ""))


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=1, help="runs per backend, each on a fresh ledger; medians")
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="headcount-bench-") as tmp:
        src = Path(tmp) / "docs.jsonl"
        size = generate(src, args.docs)
        print(f"input: {args.docs} generated documents, {size / 1e6:.1f} MB JSONL, from {len(sentences())} "
              f"sample sentences; one process; {load()}")
        run(lambda i: str(Path(tmp) / f"bench{i}.db"), src, "sqlite", args.repeat)
        if args.no_postgres:
            return 0
        from headcount.errors import StoreError
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        import pg_throwaway as throwaway  # test infrastructure, kept with the tests

        try:
            cluster = throwaway.start()
        except StoreError as exc:
            print(f"postgres   skipped: {exc}")
            return 0
        try:
            run(lambda i: cluster.create_database(f"bench{i}"), src, "postgresql", args.repeat)
        finally:
            cluster.stop()
    print(f"done; {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
