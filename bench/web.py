#!/usr/bin/env python3
"""Web app speed: median and 95th-percentile response times under 20 concurrent loopback clients.

    .venv/bin/python bench/web.py [--claims 10000 100000] [--backends sqlite postgresql] [--clients 20]
                                  [--requests 200] [--workers 1] [--dir DIR]

1. Builds a ledger of about --claims claims. The bundled sample (headcount/sample/*.jsonl) is run through
   the real extractor once; then variants of each report are made, with the place renamed (Aleppo -> one of
   many cities, offsets shifted to match) and the dates moved on, and written straight into the ledger's
   tables in batches (the store layer's Core tables, no per-document extraction), so the texts, claims and
   parties look like the sample's while the ledger grows to 100,000 claims in a minute or so.
   On PostgreSQL, into a database on a throwaway cluster (``tests/pg_throwaway.py``), stopped at the end.
2. Reconciles it once and fills the web's tables (``headcount.store.web_index``), as ingest and the running
   app do as documents come; timed apart from start-up.
3. Starts `headcount serve` on it in a subprocess (so the clients do not share its interpreter), times how
   long until /api/overview answers, and reads the server's resident memory (/proc) at start and after.
4. For each target (pages: overview, a series, a text search, parties, findings; API: claims at first and
   at random pages, by text, by party; a series' chart data; findings), sends --requests requests from
   --clients concurrent httpx clients and prints the median and the 95th percentile; at the end a markdown
   table with one column per (size, backend). Targets (issue 18): start-up under 10 s and memory under
   500 MB at any size, p95 under 200 ms at 1M claims on PostgreSQL.
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
_CITY_WORDS = ("Mosul Raqqa Homs Idlib Deir ez-Zor Daraa Hama Palmyra Fallujah Ramadi Tikrit Kirkuk Sirte Benghazi "
          "Misrata Tripoli Taiz Hodeidah Sanaa Aden Marib Gaza Rafah Khan Younis Jenin Kharkiv Mariupol Bakhmut "
          "Kherson Donetsk Luhansk Avdiivka Goma Bunia Beni Maiduguri Bama Juba Malakal Bentiu Khartoum Omdurman "
          "El Fasher Nyala Mogadishu Kismayo Baidoa Timbuktu Gao Mopti Kandahar Kunduz Herat Lashkar Gah Marawi "
          "Cox's Bazar Sittwe Maungdaw Mekelle Shire Gondar Kidal Menaka Ouagadougou Djibo Kaya Diffa Bangui "
          "Bambari Kabul Jalalabad Mazar Sabratha Derna Ajdabiya Kobani Afrin Manbij Tal Abyad Ras al-Ain "
          "Qamishli Hasakah Raqqa Albu Kamal Mayadin Suwayda Quneitra Latakia Tartus Banias Jableh Douma Harasta "
          "Zabadani Madaya Yarmouk").split(" ")
CITIES = tuple(dict.fromkeys(c for c in _CITY_WORDS if len(c) > 2))
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


def prepare(db: str) -> float:
    """Reconcile the generated ledger once and fill the web's tables (what `ingest` and the running app keep
    up to date as documents come): done before the server starts, so start-up is measured on its own."""
    from headcount.store.findings_repo import reconcile
    from headcount.store.ledger import Ledger
    from headcount.store.reconcile_repo import ReconcileStore
    from headcount.store.web_index import refresh

    t0 = time.perf_counter()
    with Ledger.open(db) as ledger:
        reconcile(ledger.engine)
        refresh(ledger.engine, ReconcileStore(ledger.engine).party_overlay())
    return time.perf_counter() - t0


def replicate(db: str, first: int, times: int) -> int:
    """The prepared ledger ``times`` over (copies ``first`` to ``times - 1`` made now), at the SQL level: every document, claim, reconcile and web row
    copied under new ids, the copies' series keys (and so their findings' keys and units) suffixed " rN" so
    that each copy is a series of its own. Reconciling 100,000 generated claims from scratch takes most of
    an hour on a busy 2-core machine (the across-documents check grows faster than linearly); the web only
    reads what reconcile stored, so a copied ledger measures its reads at that size. Returns the claims."""
    from sqlalchemy import func, select, text

    from headcount.store.ledger import Ledger
    from headcount.store.tables import claims
    from headcount.store.web_index import _bump, _summarise_parties

    def cols(conn: Any, table: str) -> list[str]:
        from sqlalchemy import inspect

        # a generated column (the stored words of a claim, migration 0013) is the database's to compute
        return [c["name"] for c in inspect(conn).get_columns(table) if not c.get("computed")]

    with Ledger.open(db) as ledger, ledger.engine.begin() as conn:
        base_findings = int(conn.scalar(text("SELECT COALESCE(MAX(id), 0) FROM findings")) or 0)
        conn.execute(text("CREATE TEMP TABLE bench_orig AS SELECT key FROM series_summaries "
                          "WHERE key NOT IN (SELECT key FROM claim_series WHERE claim_id LIKE 'r%')"))
        for i in range(first, times):
            t, sfx, off = f"r{i}", f" r{i}", base_findings * i
            new = {  # table: {column: SQL of the copy's value}
                "documents": {"id": f"'{t}' || id", "copy_of": f"'{t}' || copy_of", "comment_of": f"'{t}' || comment_of"},
                "claims": {"id": f"'{t}' || id", "doc_id": f"'{t}' || doc_id",
                           "carried_from": f"'{t}' || carried_from"},
                "reconciled_docs": {"doc_id": f"'{t}' || doc_id"},
                "party_docs": {"doc_id": f"'{t}' || doc_id"},
                "claim_series": {"claim_id": f"'{t}' || claim_id", "doc_id": f"'{t}' || doc_id",
                                 "key": f"key || '{sfx}'", "place": f"place || '{sfx}'"},
                "claim_parties": {"claim_id": f"'{t}' || claim_id", "doc_id": f"'{t}' || doc_id",
                                  "key": f"key || '{sfx}'"},
                "series_summaries": {"key": f"key || '{sfx}'", "place": f"place || '{sfx}'"},
                "findings": {"id": f"id + {off}", "group_id": f"group_id + {off}", "unit": f"unit || '{sfx}'",
                             "key": f"REPLACE(key, ' & ', '{sfx} & ') || '{sfx}'"},
                "finding_claims": {"finding_id": f"finding_id + {off}", "claim_id": f"'{t}' || claim_id"},
            }
            for table, change in new.items():
                names = cols(conn, table)
                src = {"documents": "id NOT LIKE 'r%'", "claims": "id NOT LIKE 'r%'",
                       "findings": f"id <= {base_findings}", "finding_claims": f"finding_id <= {base_findings}",
                       "series_summaries": "key IN (SELECT key FROM bench_orig)"}.get(table, "doc_id NOT LIKE 'r%'")
                quoted = ", ".join(f'"{c}"' for c in names)
                values = ", ".join(change.get(c, f'"{c}"') for c in names)
                conn.execute(text(f"INSERT INTO {table} ({quoted}) SELECT {values} FROM {table} WHERE {src}"))
        _summarise_parties(conn)
        _bump(conn)
        n = int(conn.scalar(select(func.count()).select_from(claims)) or 0)
    return n


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the process has used: per request, a figure the machine's load does not
    inflate the way it inflates waiting times."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def db_cpu_s(postmaster: int | None) -> float:
    """CPU seconds of a PostgreSQL server: the postmaster, the children it has reaped (cutime, cstime) and
    those alive (backends, background workers). On PostgreSQL a query's work is there, not in the web
    server's process."""
    if postmaster is None:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    f = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
    total = sum(int(x) for x in f[11:15]) / tick
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            g = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(g[1]) == postmaster:
            total += (int(g[11]) + int(g[12])) / tick
    return total


def postmaster_of(db: str) -> int | None:
    """The PostgreSQL server's process (the parent of our backend), when it runs on this machine."""
    if not db.startswith("postgresql"):
        return None
    from sqlalchemy import create_engine, text

    eng = create_engine(db)
    try:
        with eng.connect() as conn:  # read while the backend lives: once the connection closes it is gone
            backend = int(conn.scalar(text("SELECT pg_backend_pid()")) or 0)
            return int(Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return None
    finally:
        eng.dispose()


def cursors(db: str, n: int, party: str | None, rng: random.Random) -> list[str]:
    """``next`` cursors at random depths: the page after a claim picked at random (of ``party``), made from
    the claim's row as the app makes them (``headcount.web.cursor``)."""
    from sqlalchemy import func, select

    from headcount.store.ledger import Ledger
    from headcount.store.tables import claims, documents
    from headcount.store.web_tables import claim_parties
    from headcount.web.cursor import Cursor

    stmt = select(documents.c.published, claims.c.doc_id, claims.c.idx).join(documents, documents.c.id == claims.c.doc_id)
    if party:
        stmt = stmt.join(claim_parties, claim_parties.c.claim_id == claims.c.id).where(claim_parties.c.party == party)
    with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
        rows = conn.execute(stmt.order_by(func.random()).limit(n)).all()
    return [Cursor(r.published, r.doc_id, r.idx, rng.randrange(0, 10**6)).encode() for r in rows]


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory now and at its peak (VmRSS, VmHWM), in MB, from /proc."""
    got = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            got[line.split(":")[0]] = int(line.split()[1]) / 1024
    return got.get("VmRSS", 0.0), got.get("VmHWM", 0.0)


def measure(db: str, clients: int, requests: int, workers: int, log: Path,
            skip: tuple[str, ...] = (), only: tuple[str, ...] = ()) -> dict[str, Any]:
    """Start `headcount serve` on the ledger, time start-up, hammer each target, read the server's memory."""
    import httpx

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    exe = Path(sys.executable).with_name("headcount")
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port), "--workers", str(workers)],
                            stderr=log.open("a"))
    out: dict[str, Any] = {}
    try:
        while True:
            try:
                r = httpx.get(base + "/api/overview", timeout=600)
                if r.status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.05)
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited; its log: {log}")
        out["start_s"] = time.perf_counter() - t0
        out["start_cpu_s"] = cpu_s(proc.pid)
        out["rss_start_mb"] = rss_mb(proc.pid)[0]
        overview = r.json()
        time.sleep(3)  # the background refresh's first look at the ledger (nothing to do: it is reconciled)
        top = overview["top_series"][0]["key"]
        total = overview["counts"]["claims"]
        party = httpx.get(base + "/api/parties?limit=1").json()["items"][0]["key"]
        rng = random.Random(1)
        words = ["civilians", "children", "fighters", "Mosul", "wounded", "evacuated", "killed", "Homs"]
        targets = {
            "page /": ["/"] * requests,
            "page /series/KEY (top series)": [f"/series/{top}"] * requests,
            "page /search?text=WORD": [f"/search?text={w}" for w in rng.choices(words, k=requests)],
            "page /parties": ["/parties"] * requests,
            "page /findings": ["/findings"] * requests,
            "API claims, first pages": [f"/api/claims?limit=50&offset={50 * rng.randrange(0, 20)}"
                                        for _ in range(requests)],
            "API claims, random pages by offset": [f"/api/claims?limit=50&offset={rng.randrange(0, max(1, total - 50))}"
                                         for _ in range(requests)],
            "API claims?text=WORD": [f"/api/claims?text={w}" for w in rng.choices(words, k=requests)],
            "API claims, random pages by cursor": [f"/api/claims?limit=50&after={c}"
                                                   for c in cursors(db, requests, None, rng)],
            "API claims?party=P": [f"/api/claims?party={party}&offset={rng.randrange(0, 500)}" for _ in range(requests)],
            "API claims?party=P by cursor": [f"/api/claims?party={party}&after={c}"
                                             for c in cursors(db, requests, party, rng)],
            "API series/KEY (chart data)": [f"/api/series/{top}"] * requests,
            "API findings": [f"/api/findings?offset={rng.randrange(0, 200)}" for _ in range(requests)],
        }
        out["targets"] = {}
        pm = postmaster_of(db)
        for name, paths in targets.items():
            if skip and any(word in name for word in skip) or only and not any(word in name for word in only):
                continue
            asyncio.run(hammer(base, paths[:clients], clients))  # warm-up
            cpu0, db0 = cpu_s(proc.pid), db_cpu_s(pm)
            times = asyncio.run(hammer(base, paths, clients))
            per = (cpu_s(proc.pid) - cpu0) / len(paths) * 1000
            per_db = (db_cpu_s(pm) - db0) / len(paths) * 1000
            q = statistics.quantiles(times, n=100)
            out["targets"][name] = (statistics.median(times) * 1000, q[94] * 1000, per, per_db)
            print(f"    {name:38} p50 {out['targets'][name][0]:7.1f} ms   p95 {out['targets'][name][1]:7.1f} ms   "
                  f"server CPU {per:5.1f} ms/request" + (f" + database {per_db:5.1f} ms" if pm else ""), flush=True)
        out["rss_mb"], out["peak_mb"] = rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(30)
    return out


def cell(p50: float, p95: float, web: float, db: float = 0.0) -> str:
    return f"{p50:.0f} / {p95:.0f} ms ({web:.0f}" + (f" + {db:.0f})" if db else ")")


def table(results: dict[tuple[int, str], dict[str, Any]]) -> str:
    """Markdown: one column per (claims, backend), one row per figure."""
    cols = sorted(results)
    head = "| | " + " | ".join(f"{results[c]['claims']:,} claims, {c[1]}" for c in cols) + " |"
    lines = [head, "|---|" + "---|" * len(cols)]

    def row(label: str, fmt: Any) -> None:
        lines.append(f"| {label} | " + " | ".join(fmt(results[c]) for c in cols) + " |")

    row("prepare: reconcile + web tables (once, before start)",
        lambda r: f"{r['prepare_s']:.0f} s" + (f" (then copied x{r['copies']})" if r["copies"] > 1 else ""))
    row("start-up: until /api/overview answers (CPU seconds of the server)",
        lambda r: f"{r['start_s']:.1f} s ({r['start_cpu_s']:.1f} s)")
    row("memory at start / after the load (peak)",
        lambda r: f"{r['rss_start_mb']:.0f} / {r['rss_mb']:.0f} ({r['peak_mb']:.0f}) MB")
    names = list(next(iter(results.values()))["targets"])
    for n in names:
        row(n + " p50 / p95 (CPU per request: web server + PostgreSQL)",
            lambda r, n=n: cell(*r["targets"][n]))
    return "\n".join(lines)


def create_database(server: str, name: str) -> str:
    """A fresh database ``name`` on a running PostgreSQL server (dropped first if it exists); its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(server)
    eng = create_engine(url, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    eng.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def measure_only(dbs: list[str], args: Any) -> int:
    """Measure ledgers built before (``--dir``/``--pg`` runs leave them): a ledger of a million claims takes
    most of an hour to build here, and the code under test may have changed since. Each is first upgraded to
    the latest schema revision (timed: on a large ledger that is the migration's cost)."""
    from sqlalchemy import func, select

    from headcount.store import migrate
    from headcount.store.engine import make_engine
    from headcount.store.ledger import Ledger
    from headcount.store.tables import claims

    results: dict[tuple[int, str], dict[str, Any]] = {}
    tmp = Path(args.dir or tempfile.mkdtemp(prefix="headcount-bench-web-"))
    tmp.mkdir(parents=True, exist_ok=True)
    for db in dbs:
        backend = "postgresql" if db.startswith("postgresql") else "sqlite"
        t0 = time.perf_counter()
        engine = make_engine(db)
        before, after = migrate.upgrade(engine)
        engine.dispose()
        with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
            n = int(conn.scalar(select(func.count()).select_from(claims)) or 0)
        up = time.perf_counter() - t0
        print(f"== {n:,} claims on {backend}: schema {before} -> {after} in {up:.0f} s", flush=True)
        got = measure(db, args.clients, args.requests, args.workers, tmp / f"serve-measure-{n}-{backend}.log",
                      tuple(args.skip), tuple(args.only))
        got.update(prepare_s=up, claims=n, copies=1)
        print(f"  start-up {got['start_s']:.1f} s ({got['start_cpu_s']:.1f} s CPU), memory "
              f"{got['rss_start_mb']:.0f} MB at start, {got['rss_mb']:.0f} MB after (peak "
              f"{got['peak_mb']:.0f} MB)", flush=True)
        results[(n, backend)] = got
    print(f"\n{args.clients} concurrent clients, {args.requests} requests per target, {args.workers} worker(s); "
          "first row: the schema upgrade before start:\n")
    print(table(results))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--backends", nargs="+", choices=["sqlite", "postgresql"], default=["sqlite", "postgresql"])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=200, help="requests per target")
    ap.add_argument("--workers", type=int, default=1, help="server processes (headcount serve --workers)")
    ap.add_argument("--times", type=int, nargs="+", default=[1],
                    help="also measure the ledger copied this many times over at the SQL level (see replicate)")
    ap.add_argument("--dir", help="where the SQLite ledgers go (default: a temporary directory); reused")
    ap.add_argument("--pg", help="a running PostgreSQL server (URL of a database to connect to) in which the "
                                 "ledgers' databases are made and left, instead of a throwaway cluster")
    ap.add_argument("--skip", nargs="+", default=[], metavar="WORDS",
                    help="leave out the targets whose name contains one of these (e.g. 'by offset')")
    ap.add_argument("--only", nargs="+", default=[], metavar="WORDS",
                    help="measure only the targets whose name contains one of these (e.g. 'findings')")
    ap.add_argument("--measure", nargs="+", metavar="DB",
                    help="only measure these existing ledgers (upgraded to the latest revision first, timed)")
    args = ap.parse_args()
    if args.measure:
        return measure_only(args.measure, args)

    tmp = args.dir or tempfile.mkdtemp(prefix="headcount-bench-web-")
    Path(tmp).mkdir(parents=True, exist_ok=True)
    cluster = None
    results: dict[tuple[int, str], dict[str, Any]] = {}
    try:
        for n in args.claims:
            for backend in args.backends:
                if backend == "sqlite":
                    db = os.path.join(tmp, f"web{n}.db")
                else:
                    if args.pg:
                        db = create_database(args.pg, f"web{n}")
                    elif cluster is None:
                        sys.path.insert(0, str(REPO / "tests"))
                        import pg_throwaway  # test infrastructure, kept with the tests

                        cluster = pg_throwaway.start()
                    if cluster is not None:
                        db = str(cluster.create_database(f"web{n}"))
                print(f"== {n:,} claims on {backend}", flush=True)
                fresh = backend != "sqlite" or not Path(db).exists()
                n_docs, n_claims, _ = build_ledger(db, n) if fresh else (0, n, 0.0)
                prep = prepare(db)
                print(f"  prepared (reconcile + web tables) in {prep:.0f} s", flush=True)
                done = 1
                for times in sorted(set(args.times)):
                    if times > done:
                        t0 = time.perf_counter()
                        n_claims = replicate(db, done, times)
                        done = times
                        print(f"== copied {times} times: {n_claims:,} claims on {backend} "
                              f"({time.perf_counter() - t0:.0f} s)", flush=True)
                    got = measure(db, args.clients, args.requests, args.workers,
                                  Path(tmp) / f"serve-{n}x{times}-{backend}.log", tuple(args.skip),
                                  tuple(args.only))
                    got.update(prepare_s=prep, claims=n_claims, copies=times)
                    print(f"  start-up {got['start_s']:.1f} s ({got['start_cpu_s']:.1f} s CPU), memory "
                          f"{got['rss_start_mb']:.0f} MB at start, {got['rss_mb']:.0f} MB after (peak "
                          f"{got['peak_mb']:.0f} MB)", flush=True)
                    results[(n * times, backend)] = got
        print(f"\n{args.clients} concurrent clients, {args.requests} requests per target, {args.workers} worker(s):\n")
        print(table(results))
    finally:
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
