"""Stored findings equal a full recompute, however the ledger was built; and they outlive the process.

The ledger is built in steps with the real CLI and extractor (the bundled samples, split in parts): ingest some
documents, compare, ingest more, update a document, edit a party, compare after each. "Full" is what
``headcount check`` computed before findings were stored: ``analyse`` over every claim, with every check.
Runs on SQLite and on PostgreSQL (``ledger_db``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from headcount.cli import main
from headcount.reconcile.analysis import analyse
from headcount.store import engine as engines
from headcount.store.findings_repo import mark_dirty, reconcile, stored
from headcount.store.reconcile_repo import ReconcileStore

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "headcount" / "sample"
#: three short texts written for this test: a city's toll above its country's (across keys), a part above its
#: whole ("including"), and two parties apart in one document
CROSSING = Path(__file__).with_name("crossing.jsonl")


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def full_findings(db: str) -> list[dict[str, Any]]:
    eng = engines.make_engine(db)
    try:
        store = ReconcileStore(eng)
        inputs = store.inputs()
        a = analyse(inputs.claims, inputs.docs, overlay=store.party_overlay())
    finally:
        eng.dispose()
    return [f.as_dict() for f in a.findings]


def stored_findings(db: str) -> list[dict[str, Any]]:
    eng = engines.make_engine(db)
    try:
        return [f.as_dict() for f in stored(eng)[1]]
    finally:
        eng.dispose()


def write_lines(path: Path, lines: list[str]) -> str:
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


def test_stored_findings_equal_a_full_recompute_at_every_step(ledger_db: str, tmp_path: Path) -> None:
    aleppo = (SAMPLE / "aleppo.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    flow = (SAMPLE / "stock_flow.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    crossing = CROSSING.read_text(encoding="utf-8").splitlines(keepends=True)
    steps = [aleppo[:8], crossing[:1] + aleppo[8:], flow + crossing[1:]]
    seen_types: set[str] = set()
    for i, lines in enumerate(steps):
        cli("ingest", write_lines(tmp_path / f"part{i}.jsonl", lines), "--db", ledger_db)
        full = full_findings(ledger_db)
        assert stored_findings(ledger_db) == full, f"after step {i}"
        seen_types |= {f["type"] for f in full}
    # the texts exercise the families stored by series key, by event and by place
    assert {"running_total", "contradiction", "part_whole", "stock_flow"} <= seen_types

    # a document updated: new text under the same id (a figure changed) replaces its claims, and the finding
    # across keys it made goes
    record = json.loads(crossing[0])
    before = full_findings(ledger_db)
    changed = dict(record, text=record["text"].replace("950", "450", 1))
    assert changed["text"] != record["text"]
    cli("ingest", write_lines(tmp_path / "update.jsonl", [json.dumps(changed) + "\n"]), "--db", ledger_db)
    after = full_findings(ledger_db)
    assert stored_findings(ledger_db) == after
    assert after != before  # the update mattered, so the comparison could have failed

    # a party edit can change who any source is: every series is read again
    cli("parties", "set", "Syrian Observatory for Human Rights", "--alias", "the monitor", "--db", ledger_db)
    assert stored_findings(ledger_db) == full_findings(ledger_db)
    # so can a merge of two parties
    cli("parties", "merge", "Syrian Civil Defence", "the Syrian health ministry", "--db", ledger_db)
    assert stored_findings(ledger_db) == full_findings(ledger_db)

    # the command prints the same with stored findings and with a recompute
    stored_out = cli("check", "--db", ledger_db, "--format", "json")
    assert stored_out == cli("check", "--db", ledger_db, "--format", "json", "--recompute")
    assert cli("check", "--db", ledger_db) == cli("check", "--db", ledger_db, "--recompute")


def test_only_what_changed_is_reconciled(ledger_db: str, tmp_path: Path) -> None:
    cli("ingest", str(SAMPLE / "aleppo.jsonl"), str(SAMPLE / "stock_flow.jsonl"), str(CROSSING), "--db", ledger_db)
    eng = engines.make_engine(ledger_db)
    try:
        assert reconcile(eng).documents == 0  # nothing changed since ingest stored them
        everything = reconcile(eng, full=True)
        assert everything.documents == 30 and everything.units > 3
        from sqlalchemy import func, select

        from headcount.store.findings_tables import claim_series

        with eng.connect() as conn:
            key, n_docs = conn.execute(select(claim_series.c.key, func.count(func.distinct(claim_series.c.doc_id)))
                                       .group_by(claim_series.c.key).order_by(claim_series.c.key)).first()
        mark_dirty(eng, [key])
        one = reconcile(eng)
        assert one.documents == n_docs and 0 < one.units < everything.units
        assert [f.as_dict() for f in stored(eng)[1]] == full_findings(ledger_db)
    finally:
        eng.dispose()


def test_stored_findings_survive_a_restart(ledger_db: str) -> None:
    cli("ingest", str(SAMPLE / "stock_flow.jsonl"), "--db", ledger_db)
    want = stored_findings(ledger_db)
    assert want
    # another process, another engine: it finds the findings stored and nothing left to reconcile
    code = ("import json,sys\n"
            "from headcount.store import engine as e\n"
            "from headcount.store.findings_repo import reconcile, stored\n"
            "eng = e.make_engine(sys.argv[1])\n"
            "done = reconcile(eng)\n"
            "print(json.dumps({'documents': done.documents, 'findings': [f.as_dict() for f in stored(eng)[1]]}))\n")
    out = subprocess.run([sys.executable, "-c", code, ledger_db], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    got = json.loads(out.stdout)
    assert got["documents"] == 0
    assert got["findings"] == want


def test_a_merge_made_outside_the_cli_is_caught_up_by_the_next_check(ledger_db: str) -> None:
    """The web app merges through ``ReconcileStore`` and reconciles nothing itself: the store's write marks
    every series dirty, so the next ``check`` replaces the stored findings instead of showing old ones."""
    cli("ingest", str(SAMPLE / "aleppo.jsonl"), str(SAMPLE / "stock_flow.jsonl"), str(CROSSING), "--db", ledger_db)
    before = cli("check", "--db", ledger_db, "--format", "json")
    eng = engines.make_engine(ledger_db)
    try:
        ReconcileStore(eng).merge_parties("ohchr", "un")  # a UN office counted as the UN itself
        assert reconcile(eng).documents > 0  # the write left work for the next reconcile
    finally:
        eng.dispose()
    after = cli("check", "--db", ledger_db, "--format", "json")
    assert after == cli("check", "--db", ledger_db, "--format", "json", "--recompute")
    assert json.loads(after) != json.loads(before)
