"""`check` lists disagreements; notes where nothing disagrees (a copy counted once) only with --notes."""

from __future__ import annotations

import json
from pathlib import Path

from rcli_helpers import as_json, cli

# One ministry statement carried by two outlets in their own words: a copy, counted once, where nothing disagrees.
DOCS = [
    {"id": "wire-1", "outlet": "wire-one.example", "published": "2031-04-02",
     "text": "KORVA, April 2 (Wire One) - At least 140 people were killed in the flooding in Korva province, the "
             "Interior Ministry of Norland said on Tuesday."},
    {"id": "wire-2", "outlet": "daily-two.example", "published": "2031-04-02",
     "text": "Rescue teams in Korva province searched collapsed homes and riverbanks on Tuesday as the water "
             "began to recede. The Interior Ministry of Norland said at least 140 people were killed in the "
             "flooding."},
]


def _ledger(tmp_path: Path) -> str:
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    db = str(tmp_path / "notes.db")
    cli("ingest", str(src), "--db", db)
    return db


def test_notes_are_left_out_unless_asked_for(tmp_path: Path) -> None:
    db = _ledger(tmp_path)
    plain = as_json(cli("check", "--db", db, "--format", "json"))
    with_notes = as_json(cli("check", "--db", db, "--format", "json", "--notes"))
    notes = [f for f in with_notes if f["severity"] == "info"]
    assert notes and {f["type"] for f in notes} == {"syndication"}
    assert [f for f in with_notes if f["severity"] != "info"] == plain
    assert not plain
    table = cli("check", "--db", db).output
    assert f"{len(notes)} note(s) where nothing disagrees left out" in table
    assert "note(s) where nothing disagrees" not in cli("check", "--db", db, "--notes").output
