#!/usr/bin/env python3
"""Speed of headcount.extract against a plain regex scan for number candidates, on the same text.

    .venv/bin/python bench/extract.py [--mb 5] [--reps 5] [--no-parse]
    .venv/bin/python bench/extract.py --languages [--mb 1] [--reps 5]

The corpus is the dev set's texts (../shared/gold/dev.jsonl) repeated until it holds at least --mb
megabytes (10^6 bytes of UTF-8); without ../shared, the bundled sample is used instead. Each pass runs
over the whole corpus in this one process (one core); the figures are medians over --reps passes.
The baseline scan only finds number candidates (digit runs and number or vague-quantity words) with one
compiled regular expression, the least any extractor must do; the ratio says how much more the full
extraction costs. A digits-only scan is printed too, for reference. Targets (issue 2): at least
1 MB/s per core, and no more than 10 times the scan, for the token rules alone ("extract, no parse");
with the linguistic layer (spaCy's parse of the sentences that hold a figure), at least 50 KB/s per core
end to end. Both are timed in the same run, so they share the machine's load; --no-parse skips the parse.
With the parse, "extract" hands ``extract_many`` 32 documents at a time (``BATCH_DOCUMENTS``), as ingest,
extract and eval over JSONL and the Spark job do (one call to spaCy for all their sentences), and "extract,
one by one" calls ``extract`` per document, as a single-document caller does; the ratio of the two is
what the batch saves.
Each line also gives KB per second of this process's CPU time: on a machine busy with other work, wall
time counts the waits for a core too, and CPU time is the per-core figure; the ratios are of CPU times.

--languages times the other languages against English on like text (issue 13: per MB, no more than twice
English's time). The corpus is the bundled sample headcount/sample/languages.jsonl (one short news text per
language, written for the project: never gold text), each language's text repeated to --mb megabytes as
documents declaring that language; English is timed on its own sample text the same way, with the parse and
without (the other languages have no parse). Each line gives the language's MB/s and the ratio of its time
per MB to English's (1.0 = as fast; the target is at most 2.0). simplemma's dictionary for a language is
loaded by a warm-up pass first (a one-off cost of seconds per process, not per MB). A repeated text has a
small vocabulary, so the word caches (lemmas, number words) hit more often than on fresh news.
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
LANG_SAMPLE = REPO / "headcount" / "sample" / "languages.jsonl"

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
            out.append(Document(id=f"{d['id']}#{copy}", text=d["text"], published=d.get("published"),
                                language=d.get("language")))
            size += len(d["text"].encode("utf-8"))
        copy += 1
    return out


def time_pass(fn: Callable[[Any], Any], corpus: Sequence[Any]) -> tuple[float, int, float]:
    """Wall time, items found, and this process's CPU time (the per-core cost on a machine shared with
    other work, where wall time also counts the waits for a core)."""
    found = 0
    c0 = time.process_time()
    t0 = time.perf_counter()
    for doc in corpus:
        found += len(fn(doc))
    return time.perf_counter() - t0, found, time.process_time() - c0


DIGITS = re.compile(r"\d[\d,.]*")


def scan(doc: Any) -> list[re.Match[str]]:
    return list(CANDIDATE.finditer(doc.text))


def scan_digits(doc: Any) -> list[re.Match[str]]:
    return list(DIGITS.finditer(doc.text))


def batched(extract_many: Callable[[Sequence[Any]], list[Any]], size: int) -> Callable[[Sequence[Any]], list[Any]]:
    """A whole-corpus extractor that hands ``extract_many`` ``size`` documents at a time, as ingest, extract
    and eval over JSONL and the Spark job do; returns one list of claims per document."""
    def run(docs: Sequence[Any]) -> list[Any]:
        out: list[Any] = []
        for i in range(0, len(docs), size):
            out += extract_many(docs[i : i + size])
        return out

    return run


def time_batched(fn: Callable[[Sequence[Any]], list[Any]], corpus: Sequence[Any]) -> tuple[float, int, float]:
    """``time_pass`` for an extractor that takes the whole corpus (``batched``)."""
    c0 = time.process_time()
    t0 = time.perf_counter()
    found = sum(len(claims) for claims in fn(corpus))
    return time.perf_counter() - t0, found, time.process_time() - c0


def run(extractor: Callable[[Any], Any], mb: float, reps: int,
        rules_only: Callable[[Any], Any] | None = None,
        many: Callable[[Sequence[Any]], list[Any]] | None = None) -> dict[str, float]:
    """Time every method over the corpus, ``reps`` passes each, and print the medians. With ``many`` (the
    batched extractor the callers of many documents use), the "extract" row is it and "extract, one by
    one" is ``extractor`` called per document; the ratio to the scan is printed for both."""
    docs, source = load_texts()
    corpus = build_corpus(docs, int(mb * 1_000_000))
    n_bytes = sum(len(d.text.encode("utf-8")) for d in corpus)
    print(f"corpus: {len(docs)} texts from {source}, repeated to {len(corpus)} documents, "
          f"{n_bytes / 1e6:.2f} MB; {reps} passes each, medians")
    extractor(corpus[0])  # warm up: load lexicons, compile rules, load the model
    results: dict[str, float] = {}
    methods: list[tuple[str, Callable[[Any], Any], bool]] = []
    if many is not None:
        methods += [("extract", many, True), ("extract, one by one", extractor, False)]
    else:
        methods.append(("extract", extractor, False))
    if rules_only is not None:
        methods.append(("extract, no parse", rules_only, False))
    methods += [("regex scan", scan, False), ("digit scan", scan_digits, False)]
    for name, fn, whole in methods:
        times, cpus, found = [], [], 0
        for _ in range(reps):
            t, found, cpu = time_batched(fn, corpus) if whole else time_pass(fn, corpus)
            times.append(t)
            cpus.append(cpu)
        med = statistics.median(times)
        results[name] = med
        results[name + " cpu"] = statistics.median(cpus)
        print(f"{name:19} {len(corpus) / med:8.0f} documents/s  {n_bytes / 1e6 / med:8.3f} MB/s "
              f"({n_bytes / 1e3 / med:7.0f} KB/s)  median {med:.3f} s (min {min(times):.3f}, max {max(times):.3f}); "
              f"{found} {'claims' if name.startswith('extract') else 'candidates'} per pass; "
              f"per CPU second {n_bytes / 1e3 / results[name + ' cpu']:.0f} KB/s")
    # ratios by CPU time: on a loaded machine wall time is mostly the wait for a core, and the waits of the
    # short scan and the long extraction differ; on a quiet machine the two agree
    def cpu_ratio(a: str, b: str) -> float:
        return results[a + " cpu"] / results[b + " cpu"]

    ratio = cpu_ratio("extract", "regex scan")
    print(f"ratio       extract time / scan time = {ratio:.1f}   (the baseline: digits and number words; CPU "
          f"time; by wall time {results['extract'] / results['regex scan']:.1f})")
    print(f"            extract time / digit-only scan time = {cpu_ratio('extract', 'digit scan'):.1f}"
          "   (for reference: digits only, no words)")
    results["ratio"] = ratio
    if many is not None:
        print(f"            one by one time / scan time = {cpu_ratio('extract, one by one', 'regex scan'):.1f}"
              f"; one by one / extract = {cpu_ratio('extract, one by one', 'extract'):.2f}"
              "   (what the batch saves)")
    if rules_only is not None:
        print(f"            extract time / no-parse time = {cpu_ratio('extract', 'extract, no parse'):.1f}"
              "   (what the parse costs)")
    return results


def median_pass(fn: Callable[[Any], Any], corpus: Sequence[Any], reps: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds of ``reps`` passes, and the items found per pass."""
    times, cpus, found = [], [], 0
    for _ in range(reps):
        t, found, cpu = time_pass(fn, corpus)
        times.append(t)
        cpus.append(cpu)
    return statistics.median(times), statistics.median(cpus), found


def run_languages(mb: float, reps: int, parse: bool = True) -> dict[str, float]:
    """MB/s per language on the bundled sample, and each language's time per MB over English's."""
    from headcount import extract

    docs = [json.loads(line) for line in LANG_SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    min_bytes = int(mb * 1_000_000)
    print(f"corpus: {LANG_SAMPLE.relative_to(REPO)}, each language's text repeated to {mb:g} MB; "
          f"{reps} passes each, medians")
    rows: list[tuple[str, Callable[[Any], Any], list[dict[str, Any]]]] = []
    for d in docs:
        lang = d.get("language") or "en"
        if lang == "en":
            if parse:
                rows.append(("en", extract, [d]))
            rows.append(("en, no parse", lambda doc: extract(doc, parse=False), [d]))
        else:
            rows.append((lang, extract, [d]))
    mbps: dict[str, float] = {}
    for name, fn, sample in rows:
        corpus = build_corpus(sample, min_bytes)
        n_bytes = sum(len(c.text.encode("utf-8")) for c in corpus)
        fn(corpus[0])  # warm up: simplemma's dictionary, lexicons, the model
        med, cpu, found = median_pass(fn, corpus, reps)
        mbps[name] = n_bytes / 1e6 / med
        mbps[name + " cpu"] = n_bytes / 1e6 / cpu
        print(f"{name:13} {mbps[name]:7.3f} MB/s  per CPU second {mbps[name + ' cpu']:7.3f} MB/s  "
              f"{len(corpus)} documents, {n_bytes / 1e6:.2f} MB, {found} claims per pass")
    base = "en" if "en" in mbps else "en, no parse"
    print(f"time per MB over English's ({base}; the target is at most 2.0), by CPU time:")
    for name, _, _ in rows:
        if name.startswith("en"):
            continue
        ratio = mbps[base + " cpu"] / mbps[name + " cpu"]
        ratio_rules = mbps["en, no parse cpu"] / mbps[name + " cpu"]
        mbps[name + " ratio"] = ratio
        print(f"{name:13} {ratio:5.2f}  ({ratio_rules:.2f} over English without the parse)"
              f"{'' if ratio <= 2.0 else '  SLOWER THAN 2x'}")
    return mbps


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--reps", type=int, default=5, help="passes per method (default 5)")
    ap.add_argument("--no-parse", action="store_true",
                    help="time the token rules alone (extract(..., parse=False)), not the parse too")
    ap.add_argument("--trivial", action="store_true",
                    help="time a do-nothing extractor instead (checks the bench itself)")
    ap.add_argument("--languages", action="store_true",
                    help="time each language of the bundled multilingual sample against English")
    a = ap.parse_args(argv)
    if a.languages:
        run_languages(a.mb, a.reps, parse=not a.no_parse)
        return 0
    rules_only: Callable[[Any], Any] | None = None
    many: Callable[[Sequence[Any]], list[Any]] | None = None
    extractor: Callable[[Any], Any]
    if a.trivial:
        def nothing(doc: Any) -> list[Any]:
            return []

        extractor = nothing
    else:
        from headcount import extract
        from headcount.extract import linguistic
        from headcount.extract.pipeline import BATCH_DOCUMENTS, extract_many

        def no_parse(doc: Any) -> list[Any]:
            return extract(doc, parse=False)

        if a.no_parse or not linguistic.available():
            extractor = no_parse
        else:
            extractor, rules_only = extract, no_parse
            many = batched(extract_many, BATCH_DOCUMENTS)
        print(f"model: {linguistic.model_id()}")
    run(extractor, a.mb, a.reps, rules_only, many)
    return 0


if __name__ == "__main__":
    sys.exit(main())
