"""Two reconciles of one SQLite ledger at once: the second waits for the first, neither fails.

Without a write lock taken up front, a reconcile reads the stamps, then waits for the write lock only as long as
the engine's busy timeout (10 s) and fails with "database is locked" when another writer holds it longer.
Each reconcile here runs in its own process (as two ``headcount`` commands would), and each starts from a
ledger whose stored findings are all dirty, so both have real work to write. The first round holds the write
lock well past the engine's 10 s busy timeout first (as a long ingest, or a full reconcile of a large
ledger, does): reconciles must wait it out, not fail.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from test_rstore_incremental import SAMPLE, full_findings, stored_findings

from headcount.cli import main
from headcount.store import engine as engines
from headcount.store.findings_repo import mark_dirty

ROOT = Path(__file__).resolve().parents[2]

RUN = """
import sys
from headcount.store import engine as engines
from headcount.store.findings_repo import reconcile
print(reconcile(engines.make_engine(sys.argv[1]), full=sys.argv[2] == "full"))
"""


def test_two_processes_reconcile_one_sqlite_ledger(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["ingest", str(SAMPLE / "aleppo.jsonl"), str(SAMPLE / "stock_flow.jsonl"),
                                       "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for hold, modes in ((30.0, ("full", "changed")), (0.0, ("full", "full")), (0.0, ("changed", "changed"))):
        eng = engines.make_engine(db)
        mark_dirty(eng)
        eng.dispose()
        writer = sqlite3.connect(db, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        procs = [subprocess.Popen([sys.executable, "-c", RUN, db, m], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for m in modes]
        time.sleep(hold)
        writer.execute("COMMIT")
        writer.close()
        outs = [p.communicate(timeout=600) for p in procs]
        for p, (out, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0, err[-2000:]
            assert out.startswith("Reconciled(")
        assert stored_findings(db) == full_findings(db)
