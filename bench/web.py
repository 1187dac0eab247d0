#!/usr/bin/env python3
"""Web app speed: median and 95th-percentile response times under 20 concurrent loopback clients.

    .venv/bin/python bench/web.py [--claims 100000] [--clients 20] [--requests 400] [--db PATH] [--keep]

1. Builds a ledger of about --claims claims. The bundled sample (headcount/sample/*.jsonl) is run through
   the real extractor once; then variants of each report are made, with the place renamed (Aleppo -> one of
   many cities, offsets shifted to match) and the dates moved on, and written straight into the ledger's
   tables in batches (the store layer's Core tables, no per-document extraction), so the texts, claims and
   parties look like the sample's while the ledger grows to 100,000 claims in a minute or so.
2. Starts `headcount serve` on it in a subprocess (so the clients do not share its interpreter) and times
   how long until the reconciled snapshot is ready.
3. For each target (the overview page, a series page, the claims API at random pages, the claims API
   filtered by text and by party), sends --requests requests from --clients concurrent httpx clients and
   prints the median and the 95th percentile. Target (issue 5): the claims API's p95 under 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "headcount" / "sample").glob("*.jsonl"))
CITIES = ("Mosul Raqqa Homs Idlib Deir ez-Zor Daraa Hama Palmyra Fallujah Ramadi Tikrit Kirkuk Sirte Benghazi "
          "Misrata Tripoli Taiz Hodeidah Sanaa Aden Marib Gaza Rafah Khan Younis Jenin Kharkiv Mariupol Bakhmut "
          "Kherson Donetsk Luhansk Avdiivka Goma Bunia Beni Maiduguri Bama Juba Malakal Bentiu Khartoum Omdurman "
          "El Fasher Nyala Mogadishu Kismayo Baidoa Timbuktu Gao Mopti Kandahar Kunduz Herat Lashkar Gah Marawi "
          "Cox's Bazar Sittwe Maungdaw Mekelle Shire Gondar Kidal Menaka Ouagadougou Djibo Kaya Diffa Bangui "
          "Bambari Kabul Jalalabad Mazar Sabratha Derna Ajdabiya Kobani Afrin Manbij Tal Abyad Ras al-Ain "
          "Qamishli Hasakah Raqqa Albu Kamal Mayadin Suwayda Quneitra Latakia Tartus Banias Jableh Douma Harasta "
          "Zabadani Madaya Yarmouk").split(" ")
CITIES = tuple(dict.fromkeys(c for c in CITIES if len(c) > 2))
TABLE_BATCH = 5000


def sample_docs() -> list[dict[str, Any]]:
    out = []
    for path in SAMPLES:
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def shift_day(text: str | None, days: int) -> str | None:
    if not text:
        return text
    try:
        return (date.fromisoformat(text[:10]) + timedelta(days=days)).isoformat() + text[10:]
    except ValueError:
        return text


def variant(doc: dict[str, Any], claims: list[Any], city: str, days: int, n: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The report about ``city`` ``days`` later: text, claims and offsets changed together."""
    from headcount.models import claim_id, document_id

    text = doc["text"]
    hits = [m.start() for m in re.finditer("Aleppo", text)]
    delta = len(city) - len("Aleppo")

    def moved(off: int | None) -> int | None:
        return None if off is None else off + delta * sum(1 for h in hits if h < off)

    new_text = text.replace("Aleppo", city)
    url = f"{doc.get('url') or 'https://example.org/' + doc['id']}#v{n}"
    did = document_id(new_text, url)
    published = shift_day(doc.get("published"), days)
    row = {"id": did, "url": url, "outlet": doc.get("outlet"), "title": (doc.get("title") or "").replace("Aleppo", city),
           "published": published, "language": "en", "fetched_at": None, "text": new_text,
           "text_hash": f"bench{n}", "source": "bench", "kind": "article", "comment_of": None, "commenter": None,
           "extractor_version": "bench", "copy_of": None, "similarity": None, "minhash": None}
    rows = []
    for i, c in enumerate(claims):
        d = dataclasses.asdict(c)
        start, end = moved(c.start), moved(c.end)
        assert start is not None and end is not None
        d.update(doc_id=did, start=start, end=end, sentence=c.sentence.replace("Aleppo", city),
                 sentence_start=moved(c.sentence_start), period_offset=moved(c.period_offset),
                 location=c.location.replace("Aleppo", city) if c.location else None,
                 place=c.place.replace("aleppo", city.lower()).replace("Aleppo", city) if c.place else None,
                 period_start=shift_day(c.period_start, days), period_end=shift_day(c.period_end, days),
                 extractor_version="bench", id=claim_id(did, start, c.figure), idx=i, carried_from=None)
        rows.append(d)
    return row, rows


def build_ledger(db: str, target: int) -> tuple[int, int, float]:
    from sqlalchemy import insert

    from headcount.extract.pipeline import extract
    from headcount.models import Document
    from headcount.store.ledger import Ledger
    from headcount.store.tables import claims, documents

    t0 = time.perf_counter()
    templates = []
    for d in sample_docs():
        doc = Document(id=d["id"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"),
                       published=d.get("published"), title=d.get("title"))
        templates.append((d, extract(doc)))
    per_round = sum(len(c) for _, c in templates)
    rng = random.Random(5)
    n_docs = n_claims = 0
    seen: set[str] = set()
    with Ledger.open(db, create=True) as ledger:
        doc_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []
        rounds = 0
        while n_claims < target:
            city = CITIES[rounds % len(CITIES)]
            days = 21 * (rounds // len(CITIES)) + rng.randint(0, 3)
            for d, cs in templates:
                row, rows = variant(d, cs, city, days, rounds)
                if row["id"] in seen:
                    continue
                seen.add(row["id"])
                doc_rows.append(row)
                claim_rows += rows
                n_docs += 1
                n_claims += len(rows)
            rounds += 1
            if len(claim_rows) >= TABLE_BATCH or n_claims >= target:
                with ledger.engine.begin() as conn:
                    conn.execute(insert(documents), doc_rows)
                    conn.execute(insert(claims), claim_rows)
                doc_rows, claim_rows = [], []
    print(f"ledger: {n_docs:,} documents, {n_claims:,} claims ({per_round} claims per round of the sample) "
          f"written in {time.perf_counter() - t0:.1f} s -> {db}", flush=True)
    return n_docs, n_claims, time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def hammer(base: str, paths: list[str], clients: int) -> list[float]:
    import httpx

    queue: asyncio.Queue[str] = asyncio.Queue()
    for p in paths:
        queue.put_nowait(p)
    times: list[float] = []
    errors: list[str] = []

    async def client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=120) as http:
            while not queue.empty():
                path = queue.get_nowait()
                t = time.perf_counter()
                r = await http.get(path)
                times.append(time.perf_counter() - t)
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {path}: {r.text[:200]}")

    await asyncio.gather(*(client() for _ in range(clients)))
    if errors:
        print(f"  {len(errors)} errors, e.g. {errors[0]}", file=sys.stderr)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=400, help="requests per target")
    ap.add_argument("--db", help="ledger path (default: a temporary file); reused when it exists")
    ap.add_argument("--keep", action="store_true", help="keep the temporary ledger")
    args = ap.parse_args()
    import httpx

    tmp = tempfile.mkdtemp(prefix="headcount-bench-web-")
    db = args.db or os.path.join(tmp, "web.db")
    if not Path(db).exists():
        build_ledger(db, args.claims)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    exe = Path(sys.executable).with_name("headcount")
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port)], stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                r = httpx.get(base + "/api/overview", timeout=600)
                if r.status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
            if proc.poll() is not None:
                print("the server exited", file=sys.stderr)
                return 1
        overview = r.json()
        print(f"server ready (snapshot reconciled) in {time.perf_counter() - t0:.1f} s: "
              f"{overview['counts']}", flush=True)
        top = overview["top_series"][0]["key"]
        total = overview["counts"]["claims"]
        party = httpx.get(base + "/api/parties?limit=1").json()["items"][0]["key"]
        rng = random.Random(1)
        targets = {
            "overview page /": ["/"] * args.requests,
            f"series page /series/{top}": [f"/series/{top}"] * args.requests,
            "claims API, random pages of 50": [f"/api/claims?limit=50&offset={rng.randrange(0, max(1, total - 50))}"
                                               for _ in range(args.requests)],
            "claims API, text filter": [f"/api/claims?text={w}" for w in
                                        rng.choices(["civilians", "children", "fighters", "Mosul", "wounded"],
                                                    k=args.requests)],
            f"claims API, party={party}": [f"/api/claims?party={party}&offset={rng.randrange(0, 500)}"
                                           for _ in range(args.requests)],
            "series API (chart data)": [f"/api/series/{top}"] * args.requests,
        }
        print(f"{args.clients} concurrent clients, {args.requests} requests per target:")
        for name, paths in targets.items():
            asyncio.run(hammer(base, paths[: args.clients], args.clients))  # warm-up
            times = asyncio.run(hammer(base, paths, args.clients))
            q = statistics.quantiles(times, n=100)
            print(f"  {name:48} median {statistics.median(times) * 1000:7.1f} ms   p95 {q[94] * 1000:7.1f} ms",
                  flush=True)
    finally:
        proc.terminate()
        proc.wait(30)
        if not args.db and not args.keep:
            for f in Path(tmp).glob("*"):
                f.unlink()
            os.rmdir(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
