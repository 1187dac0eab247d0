"""An incremental reconcile writes again only the ``claim_series`` rows that change.

The running-count join re-joins every document sharing a party family with a changed one (``join_scope``),
and the run used to delete and insert every one of those rows, which grows with the event, not with the
change. Now a row is written again only when its document changed, had no stored point, or the join moved its
claim. Texts written for this test: one monitor's tolls in two cities; a new text of the same monitor about a
third city is in the same join scope and moves nothing, so no stored row of the earlier texts may be deleted,
and the stored findings and series still equal a full recompute. A later text that moves an earlier claim
(people and civilians of one city joined) rewrites that claim's row only.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from test_rstore_incremental import cli, full_findings, stored_findings, write_lines

_TEXTS = [
    {"id": "rk1", "url": "https://example.net/rk1", "title": "Homs toll rises", "published": "2019-03-06",
     "text": "The Syrian Observatory for Human Rights said 61 people had been killed in Homs since the weekend."},
    {"id": "rk2", "url": "https://example.org/rk2", "title": "Hama shelling", "published": "2019-03-06",
     "text": "The Syrian Observatory for Human Rights said 24 people had been killed in Hama since Saturday."},
    {"id": "rk3", "url": "https://example.com/rk3", "title": "Deaths in Idlib", "published": "2019-03-07",
     "text": "The Syrian Observatory for Human Rights said 17 people had been killed in Idlib on Wednesday."},
    {"id": "rk4", "url": "https://example.com/rk4", "title": "Civilians die in Homs", "published": "2019-03-07",
     "text": "The Syrian Observatory for Human Rights said 58 civilians had been killed in Homs since the weekend."},
]


def _deleted(db: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT claim_id FROM rinc_deleted")]


def _doc_of(db: str) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT claim_id, doc_id FROM claim_series"))


def test_rows_the_join_does_not_move_are_not_written_again(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    cli("ingest", write_lines(tmp_path / "a.jsonl", [json.dumps(t) + "\n" for t in _TEXTS[:2]]), "--db", db)
    first = _doc_of(db)
    assert len(set(first.values())) == 2
    with sqlite3.connect(db) as conn:  # a log of every claim_series row deleted from here on
        conn.executescript("CREATE TABLE rinc_deleted (claim_id TEXT);"
                           "CREATE TRIGGER rinc_log AFTER DELETE ON claim_series "
                           "BEGIN INSERT INTO rinc_deleted VALUES (old.claim_id); END;")
    cli("ingest", write_lines(tmp_path / "b.jsonl", [json.dumps(_TEXTS[2]) + "\n"]), "--db", db)
    assert len(set(_doc_of(db).values())) == 3
    assert _deleted(db) == []  # the same party, the same event: re-joined, nothing moved, nothing rewritten
    assert stored_findings(db) == full_findings(db)

    cli("ingest", write_lines(tmp_path / "c.jsonl", [json.dumps(_TEXTS[3]) + "\n"]), "--db", db)
    homs = [c for c, d in first.items() if _series_of(db, c).endswith("/Homs")]
    assert homs and set(_deleted(db)) <= set(homs)  # only claims the join may move, of Homs
    assert stored_findings(db) == full_findings(db)
    assert cli("check", "--db", db, "--format", "json") == cli("check", "--db", db, "--format", "json", "--recompute")


def _series_of(db: str, claim_id: str) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("SELECT key FROM claim_series WHERE claim_id = ?", (claim_id,)).fetchone()[0])
