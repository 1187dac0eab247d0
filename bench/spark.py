#!/usr/bin/env python3
"""Spark job speed: pages per second in local mode with 1 and 2 cores, the scaling ratio, and the
single-process `headcount ingest` rate on the same kind of pages, in one run.

    .venv/bin/python bench/spark.py [--pages 20000] [--ingest-pages 2000] [--partitions 8]
    .venv/bin/python bench/spark.py --master spark://HOST:7077 [--conf spark.executor.memory=1g ...]

With ``--master`` the same job also runs on that cluster (its executors run this venv's Python, so the nodes
must share it: a one-machine standalone cluster, see docs/scale.md) and its rate is printed beside local
mode's. The input must be at the same path on every node (a temporary directory here: one machine).

The input is one generated WARC.gz of --pages HTML pages: the bundled sample reports
(headcount/sample/*.jsonl) repeated with variations (every number scaled, places swapped, publication dates
moved over two years, paragraphs shuffled), each wrapped in a news page (navigation, headline, dateline meta,
footer). The job (`python -m headcount.spark.job`, what `headcount spark extract` and spark-submit run) is
run once per core count, each in its own process with a fresh JVM; the rate is inputs handled per second of
the job, JVM and session start-up excluded (it is printed separately). `headcount ingest` runs in this
process over a WARC of the first --ingest-pages pages (a sample, so the run stays short) into a fresh SQLite
ledger; its rate is per page, so it compares directly.

Target (issue 6): 2 cores at least 1.7 times 1 core. The machine's load average is printed before and after
each measurement: other processes on a small machine take cores from the job, and the figures say so.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "headcount" / "sample").glob("*.jsonl"))
_NUMBER = re.compile(r"\b\d[\d,]*\b")
PLACES = ["Aleppo", "Mosul", "Raqqa", "Homs", "Idlib", "Mariupol", "Kharkiv", "Khartoum", "Gaza", "Sanaa",
          "Tigray", "Kabul", "Goma", "Juba", "Marawi", "Benghazi"]
OUTLETS = ["courier", "herald", "gazette", "tribune", "observer", "chronicle", "dispatch", "ledger-news"]


def reports() -> list[dict[str, str]]:
    out = []
    for path in SAMPLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def _scale(m: re.Match[str], rng: random.Random) -> str:
    raw = m.group(0)
    digits = raw.replace(",", "")
    if not digits.isdigit() or len(digits) == 4 and digits.startswith(("19", "20")):
        return raw  # keep years
    value = max(1, int(int(digits) * rng.uniform(0.5, 2.0)))
    return f"{value:,}" if "," in raw else str(value)


def vary(report: dict[str, str], i: int, rng: random.Random) -> tuple[str, str, str]:
    """(url, published, html) of one variation of a sample report."""
    text = _NUMBER.sub(lambda m: _scale(m, rng), report["text"])
    title = report.get("title") or "Report"
    for place in PLACES:
        if place in text or place in title:
            other = rng.choice(PLACES)
            text, title = text.replace(place, other), title.replace(place, other)
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) > 2:
        head, rest = paras[0], paras[1:]
        rng.shuffle(rest)
        paras = [head, *rest]
    published = (date(2016, 1, 1) + timedelta(days=rng.randrange(730))).isoformat()
    outlet = rng.choice(OUTLETS)
    url = f"https://www.{outlet}.example/{published.replace('-', '/')}/story-{i}"
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    html = (f"<html><head><title>{title}</title><meta property=\"article:published_time\" content=\"{published}\">"
            f"</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a>"
            f"</nav><article><h1>{title}</h1>\n{body}\n</article><footer>&copy; The {outlet.title()}. "
            f"{rng.randrange(1, 300)} comments</footer></body></html>")
    return url, published, html


def write_warc(path: Path, pages: int, seed: int = 6) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    base = reports()
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i in range(pages):
            url, _published, html = vary(base[i % len(base)], i, rng)
            data = html.encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(data), length=len(data),
                                                http_headers=headers))


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_job(warc: Path, out: Path, master: str, partitions: int, confs: list[str]) -> tuple[float, float, str]:
    """(inputs per second of the job, whole process seconds, the job's summary line)."""
    cmd = [sys.executable, "-m", "headcount.spark.job", str(warc), "--output", str(out), "--master",
           master, "--partitions", str(partitions), "--overwrite", *(x for c in confs for x in ("--conf", c))]
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=False,
                       env={**os.environ, "PYSPARK_PYTHON": sys.executable})
    wall = time.perf_counter() - t
    line = (r.stdout.strip().splitlines() or [""])[-1]
    m = re.search(r"\(([\d.]+) inputs/s\)", line)
    if r.returncode != 0 or not m:
        sys.exit(f"job failed ({r.returncode}): {line or r.stderr[-2000:]}")
    return float(m.group(1)), wall, line


def run_ingest(warc: Path, db: Path) -> tuple[float, int]:
    from headcount.runner import ingest
    from headcount.store import Ledger

    with Ledger.open(str(db), create=True) as ledger:
        t = time.perf_counter()
        s = ingest([str(warc)], ledger)
        seconds = time.perf_counter() - t
    return (s.stored + s.failed) / seconds, s.stored


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=20000)
    ap.add_argument("--ingest-pages", type=int, default=2000)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--cores", default="1,2", help="core counts to run in local mode, comma-separated")
    ap.add_argument("--master", default=None, metavar="URL", help="also run on this cluster (spark://...)")
    ap.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="Spark setting for the "
                    "cluster run, repeatable")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="headcount-bench-spark-") as tmp:
        d = Path(tmp)
        warc, sample = d / "pages.warc.gz", d / "sample.warc.gz"
        t = time.perf_counter()
        write_warc(warc, args.pages)
        write_warc(sample, min(args.ingest_pages, args.pages))
        print(f"generated {args.pages} pages ({warc.stat().st_size / 1e6:.1f} MB WARC.gz) in "
              f"{time.perf_counter() - t:.1f} s; machine: {os.cpu_count()} cores, load {load()}")
        rates: dict[int, float] = {}
        table: list[tuple[str, float, float]] = []
        for cores in (int(c) for c in args.cores.split(",")):
            before = load()
            rate, wall, line = run_job(warc, d / f"out{cores}", f"local[{cores}]", args.partitions, [])
            rates[cores] = rate
            table.append((f"local[{cores}]", rate, wall))
            print(f"spark local[{cores}] ({args.partitions} partitions): {rate:.1f} pages/s "
                  f"(process {wall:.1f} s incl. JVM start; load {before} -> {load()})")
            print(f"    {line}")
        if args.master:
            before = load()
            rate, wall, line = run_job(warc, d / "out-cluster", args.master, args.partitions, args.conf)
            table.append((args.master, rate, wall))
            print(f"spark {args.master} ({args.partitions} partitions): {rate:.1f} pages/s "
                  f"(process {wall:.1f} s incl. JVM and executor start; load {before} -> {load()})")
            print(f"    {line}")
        print("\nmaster                         pages/s   process s")
        for name, rate, wall in table:
            print(f"{name:<30} {rate:>8.1f}   {wall:>9.1f}")
        if 1 in rates and 2 in rates:
            ratio = rates[2] / rates[1]
            print(f"scaling 2 cores / 1 core: {ratio:.2f}x (target >= 1.7x: {'met' if ratio >= 1.7 else 'NOT met'})")
        before = load()
        rate, stored = run_ingest(sample, d / "ingest.db")
        print(f"headcount ingest, one process, SQLite, on the first {min(args.ingest_pages, args.pages)} of the "
              f"same pages (a sample): {rate:.1f} pages/s ({stored} stored; load {before} -> {load()})")


if __name__ == "__main__":
    main()
