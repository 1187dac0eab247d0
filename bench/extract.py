#!/usr/bin/env python3
"""Speed of headcount.extract against a plain regex scan for number candidates, on the same text.

    .venv/bin/python bench/extract.py [--mb 5] [--reps 5]

The corpus is the dev set's texts (../shared/gold/dev.jsonl) repeated until it holds at least --mb
megabytes (10^6 bytes of UTF-8); without ../shared, the bundled sample is used instead. Each pass runs
over the whole corpus in this one process (one core); the figures are medians over --reps passes.
The baseline scan only finds number candidates (digit runs and number or vague-quantity words) with one
compiled regular expression, the least any extractor must do; the ratio says how much more the full
extraction costs. A digits-only scan is printed too, for reference. Targets (issue 2): at least
1 MB/s per core, and no more than 10 times the scan.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"
SAMPLE = REPO / "headcount" / "sample" / "aleppo.jsonl"

# One regex for number candidates: digit runs with separators and decimals, or number/vague-quantity words.
CANDIDATE = re.compile(
    r"\d[\d,.\u00a0 ]*\d|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions|"
    r"several|tens)\b",
    re.IGNORECASE,
)


def load_texts() -> tuple[list[dict[str, Any]], str]:
    path = DEV if DEV.is_file() else SAMPLE
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs, str(path)


def build_corpus(docs: Sequence[dict[str, Any]], min_bytes: int) -> list[Any]:
    from headcount.models import Document

    out: list[Document] = []
    size = 0
    copy = 0
    while size < min_bytes:
        for d in docs:
            out.append(Document(id=f"{d['id']}#{copy}", text=d["text"], published=d.get("published")))
            size += len(d["text"].encode("utf-8"))
        copy += 1
    return out


def time_pass(fn: Callable[[Any], Any], corpus: Sequence[Any]) -> tuple[float, int]:
    found = 0
    t0 = time.perf_counter()
    for doc in corpus:
        found += len(fn(doc))
    return time.perf_counter() - t0, found


DIGITS = re.compile(r"\d[\d,.]*")


def scan(doc: Any) -> list[re.Match[str]]:
    return list(CANDIDATE.finditer(doc.text))


def scan_digits(doc: Any) -> list[re.Match[str]]:
    return list(DIGITS.finditer(doc.text))


def run(extractor: Callable[[Any], Any], mb: float, reps: int) -> dict[str, float]:
    docs, source = load_texts()
    corpus = build_corpus(docs, int(mb * 1_000_000))
    n_bytes = sum(len(d.text.encode("utf-8")) for d in corpus)
    print(f"corpus: {len(docs)} texts from {source}, repeated to {len(corpus)} documents, "
          f"{n_bytes / 1e6:.2f} MB; {reps} passes each, medians")
    extractor(corpus[0])  # warm up: load lexicons, compile rules
    results: dict[str, float] = {}
    for name, fn in (("extract", extractor), ("regex scan", scan), ("digit scan", scan_digits)):
        times, found = [], 0
        for _ in range(reps):
            t, found = time_pass(fn, corpus)
            times.append(t)
        med = statistics.median(times)
        results[name] = med
        print(f"{name:11} {len(corpus) / med:10.0f} documents/s  {n_bytes / 1e6 / med:8.2f} MB/s  "
              f"median {med:.3f} s (min {min(times):.3f}, max {max(times):.3f}); {found} "
              f"{'claims' if name == 'extract' else 'candidates'} per pass")
    ratio = results["extract"] / results["regex scan"]
    print(f"ratio       extract time / scan time = {ratio:.1f}   (the baseline: digits and number words)")
    print(f"            extract time / digit-only scan time = {results['extract'] / results['digit scan']:.1f}"
          "   (for reference: digits only, no words)")
    results["ratio"] = ratio
    return results


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--reps", type=int, default=5, help="passes per method (default 5)")
    ap.add_argument("--trivial", action="store_true",
                    help="time a do-nothing extractor instead (checks the bench itself)")
    a = ap.parse_args(argv)
    if a.trivial:
        def extractor(doc: Any) -> list[Any]:
            return []
    else:
        from headcount import extract as extractor
    run(extractor, a.mb, a.reps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
