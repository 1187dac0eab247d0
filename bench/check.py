#!/usr/bin/env python3
"""Speed of `headcount check`'s analysis on a ledger-sized set of generated claims.

    .venv/bin/python bench/check.py [--claims 100000] [--reps 3] [--seed 7]

Claims are generated, not extracted: --claims figures spread over documents of 20 claims each, with
sources drawn from a pool of named parties (some in the registry, most not), 60 places (some parts of
others), the closed event list, several groups, three period kinds, and publication dates over two years
(one document in five undated). Each pass runs ``analysis.analyse`` (series, parties, pairing, every check)
exactly as `check` does after reading the ledger; the median of --reps passes is printed. Target (issue 12):
under a minute for 100,000 claims.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from headcount.models import Claim  # noqa: E402
from headcount.reconcile.analysis import analyse  # noqa: E402
from headcount.reconcile.series import DocMeta  # noqa: E402

EVENTS = ("killed", "injured", "evacuated", "displaced", "besieged", "population", "missing", "rescued")
CATEGORIES = ("people", "civilians", "children", "fighters", "soldiers", "families", "women", "refugees")
KINDS = ("stock", "cumulative", "increment")
KNOWN = ("the UN", "OCHA", "the Red Cross", "UNHCR", "the Russian Defence Ministry", "the WHO", "SOHR")
QUALIFIERS = (None, None, None, "about", "more than", "at least", "up to")


def generate(n: int, seed: int) -> tuple[list[Claim], dict[str, DocMeta]]:
    rng = random.Random(seed)
    towns = [f"Town{i}" for i in range(40)]
    places = towns + [f"{rng.choice(towns)} {d}" for d in ("east", "west", "north", "south") for _ in range(5)]
    parties = list(KNOWN) + [f"the {w} Relief Authority" for w in ("Northern", "Coastal", "Central", "Valley")] + \
        [f"Governor {chr(65 + i)}. Example{i}" for i in range(150)] + [None] * 40
    claims: list[Claim] = []
    docs: dict[str, DocMeta] = {}
    day0 = date(2030, 1, 1)
    per_doc = 20
    for d in range((n + per_doc - 1) // per_doc):
        doc_id = f"doc{d:06d}"
        published = None if rng.random() < 0.2 else (day0 + timedelta(days=rng.randrange(730))).isoformat()
        docs[doc_id] = DocMeta(id=doc_id, outlet=f"outlet{rng.randrange(300)}.example", published=published,
                               name=doc_id)
        for i in range(min(per_doc, n - len(claims))):
            value = float(rng.choice((rng.randrange(1, 100), rng.randrange(100, 10_000), rng.randrange(10_000, 10**6))))
            qualifier = rng.choice(QUALIFIERS)
            figure = f"{int(value):,}"
            sentence = f"Figure {i}: {figure} counted."
            at = sentence.index(figure)
            claims.append(Claim(
                doc_id=doc_id, start=at + i * 40, end=at + i * 40 + len(figure), figure=figure, low=value,
                high=None if qualifier in ("more than", "at least") else value, approx=qualifier == "about",
                qualifier=qualifier, category=rng.choice(CATEGORIES), event=rng.choice(EVENTS),
                location=rng.choice(places), period_kind=rng.choice(KINDS), source=rng.choice(parties),
                sentence=sentence, sentence_start=i * 40,
            ))
    return claims, docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    claims, docs = generate(a.claims, a.seed)
    times = []
    findings = 0
    for _ in range(a.reps):
        t0 = time.perf_counter()
        result = analyse(claims, docs)
        times.append(time.perf_counter() - t0)
        findings = len(result.findings)
    print(f"claims {len(claims)}  documents {len(docs)}  series {len(result.all_series)}  findings {findings}")
    print(f"check (analyse) median {statistics.median(times):.2f} s over {a.reps} passes "
          f"(min {min(times):.2f}, max {max(times):.2f}); target under 60 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
