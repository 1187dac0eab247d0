"""Stored group ids after every reconcile, full or incremental, equal a full recompute; a migrated ledger gets
them too.

The ledger is built in steps with the real CLI and extractor, as ``test_rstore_incremental`` builds it (the
bundled samples in parts, this folder's written texts, a document updated, a party edit and a merge); after
each step the stored ``findings.group_id`` must be what ``regroup_all`` would store (the smallest finding id
of each component) and group the comparisons exactly as ``check`` does (``pairing.group_findings`` over the
stored findings). SQLite and PostgreSQL (``ledger_db``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from alembic import command
from click.testing import CliRunner
from sqlalchemy import insert, inspect, select, text

from headcount.cli import main
from headcount.reconcile.pairing import group_findings
from headcount.store import engine as engines
from headcount.store import migrate
from headcount.store.finding_group_ids import recomputed, stored_groups
from headcount.store.findings_repo import reconcile
from headcount.store.findings_tables import finding_claims, findings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "headcount" / "sample"
CROSSING = Path(__file__).with_name("crossing.jsonl")


def cli(*args: str) -> None:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


def _check(db: str, where: str) -> int:
    """The stored ids against a recompute and against ``check``'s grouping; returns the number of groups."""
    eng = engines.make_engine(db)
    try:
        with eng.connect() as conn:
            got = stored_groups(conn)
            assert got == recomputed(conn), where
            claims: dict[int, list[str]] = defaultdict(list)
            for r in conn.execute(select(finding_claims).order_by(finding_claims.c.finding_id, finding_claims.c.pos)):
                claims[r.finding_id].append(r.claim_id)
    finally:
        eng.dispose()
    ids = sorted(got)
    check = group_findings([tuple(claims[i]) for i in ids])
    ours: dict[int | None, set[int]] = defaultdict(set)
    theirs: dict[int, set[int]] = defaultdict(set)
    for i, g in zip(ids, check, strict=True):
        ours[got[i]].add(i)
        theirs[g].add(i)
    assert sorted(map(sorted, ours.values())) == sorted(map(sorted, theirs.values())), where
    return len(ours)


def test_group_ids_stay_a_full_recompute_through_incremental_steps(ledger_db: str, tmp_path: Path) -> None:
    aleppo = (SAMPLE / "aleppo.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    flow = (SAMPLE / "stock_flow.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    crossing = CROSSING.read_text(encoding="utf-8").splitlines(keepends=True)
    grouped_some = False
    for i, lines in enumerate([aleppo[:8], crossing[:1] + aleppo[8:], flow + crossing[1:]]):
        cli("ingest", _write(tmp_path / f"part{i}.jsonl", lines), "--db", ledger_db)
        n = _check(ledger_db, f"after step {i}")
        eng = engines.make_engine(ledger_db)
        try:
            with eng.connect() as conn:
                grouped_some |= n < len(list(conn.scalars(select(findings.c.id))))
        finally:
            eng.dispose()
    assert grouped_some  # some group holds several comparisons, so the ids could have been wrong
    record = json.loads(crossing[0])
    changed = dict(record, text=record["text"].replace("950", "450", 1))
    cli("ingest", _write(tmp_path / "update.jsonl", [json.dumps(changed) + "\n"]), "--db", ledger_db)
    _check(ledger_db, "after an update")
    cli("parties", "set", "Syrian Observatory for Human Rights", "--alias", "the monitor", "--db", ledger_db)
    _check(ledger_db, "after a party edit")
    cli("parties", "merge", "Syrian Civil Defence", "the Syrian health ministry", "--db", ledger_db)
    _check(ledger_db, "after a merge")
    eng = engines.make_engine(ledger_db)
    try:
        reconcile(eng, full=True)
    finally:
        eng.dispose()
    _check(ledger_db, "after a full reconcile")


def test_the_migration_groups_the_findings_a_ledger_holds(tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    eng = engines.make_engine(db)
    try:
        migrate.upgrade(eng, "0008")
        with eng.begin() as conn:  # two comparisons sharing a claim, one alone: stored before groups existed
            for fid in (4, 9, 6):  # the 0008 table: no group column yet
                conn.execute(text("INSERT INTO findings (id, unit, type, severity, key, explanation, computation, "
                                  "numbers, parties) VALUES (:id, 'key:k', 'contradiction', 'alert', 'k', '', '', "
                                  "'[]', '[]')"), {"id": fid})
            conn.execute(insert(finding_claims), [{"finding_id": 9, "pos": 0, "claim_id": "a"},
                                                  {"finding_id": 6, "pos": 0, "claim_id": "a"},
                                                  {"finding_id": 4, "pos": 0, "claim_id": "b"}])
        migrate.upgrade(eng)
        with eng.connect() as conn:
            assert stored_groups(conn) == {4: 4, 6: 6, 9: 6}
        cfg = migrate._config()  # and back: the column goes, the web's order index of 0007 stays
        with eng.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
        with eng.connect() as conn:
            assert "group_id" not in {c["name"] for c in inspect(conn).get_columns("findings")}
            assert conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'web_order_findings'")) == 1
    finally:
        eng.dispose()
