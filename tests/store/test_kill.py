"""A real ingest subprocess killed with SIGKILL mid-run leaves a consistent ledger; a re-run completes it."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from headcount import extract
from headcount.store import Ledger
from headcount.store.ledger import document_from_row
from headcount.store.tables import claims, doc_bands, documents

PLACES = ["the old city", "the northern districts", "the river valley", "the border town", "the port",
          "the eastern suburbs", "the mountain villages", "the refugee camp"]
SOURCES = ["the Red Cross said", "officials said", "the UN refugee agency said", "local activists reported",
           "the health ministry said", "aid workers said"]
EVENTS = ["were evacuated from", "fled", "were displaced from", "were killed in", "were injured in", "returned to"]
WHO = ["people", "civilians", "children", "families", "residents", "wounded fighters"]


def report(rng: random.Random, n: int) -> str:
    sentences = []
    for _ in range(rng.randint(3, 6)):
        sentences.append(f"About {rng.randint(2, 90)},{rng.randint(100, 999)} {rng.choice(WHO)} "
                         f"{rng.choice(EVENTS)} {rng.choice(PLACES)} on day {rng.randint(1, 400)}, "
                         f"{rng.choice(SOURCES)} in report {n}-{rng.randint(1, 10**9)}.")
    return " ".join(sentences)


def write_jsonl(path: Path, n: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"url": f"https://wire.example/{i}", "outlet": "wire.example",
                                 "published": "2017-03-02", "text": report(rng, i)}) + "\n")


def run_ingest(src: Path, db: str, *, capture: bool) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HEADCOUNT_DB": db}
    pipe = subprocess.PIPE if capture else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, "-c", "from headcount.cli import main; main()", "ingest", str(src)],
                            env=env, stdout=pipe, stderr=pipe)


def count_docs(ledger: Ledger) -> int:
    with ledger.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())


def test_kill_mid_ingest_then_rerun(ledger_db: str, tmp_path: Path) -> None:
    total = 600
    src = tmp_path / "reports.jsonl"
    write_jsonl(src, total)
    Ledger.open(ledger_db, create=True).close()
    proc = run_ingest(src, ledger_db, capture=False)
    with Ledger.open(ledger_db) as ledger:
        deadline = time.monotonic() + 120
        while count_docs(ledger) < 40 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
        stored = count_docs(ledger)
        assert 0 < stored < total
        with ledger.engine.connect() as conn:
            rows = conn.execute(select(documents)).all()
            per_doc = dict(conn.execute(select(claims.c.doc_id, func.count()).group_by(claims.c.doc_id)).all())
            bands = dict(conn.execute(select(doc_bands.c.doc_id, func.count()).group_by(doc_bands.c.doc_id)).all())
            orphans = conn.execute(select(func.count()).select_from(claims).where(
                claims.c.doc_id.not_in(select(documents.c.id)))).scalar_one()
        assert orphans == 0
        for r in rows:  # every stored document is whole: all its claims and all its band keys
            assert per_doc.get(r.id, 0) == len(extract(document_from_row(r)))
            assert bands.get(r.id, 0) == (32 if r.minhash is not None else 0)

    again = run_ingest(src, ledger_db, capture=True)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err.decode()
    assert f"{total - stored} new, {stored} unchanged, 0 updated, 0 failed" in out.decode()
    with Ledger.open(ledger_db) as ledger:
        assert count_docs(ledger) == total
        with ledger.engine.connect() as conn:
            distinct = conn.execute(select(func.count(func.distinct(documents.c.url)))).scalar_one()
        assert distinct == total
