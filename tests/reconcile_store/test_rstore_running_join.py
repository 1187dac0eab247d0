"""Stored findings equal a full recompute when one party's running count is joined across documents.

``running.join_running`` keys a claim by what the party says in other documents of the event: the class and
"people" of one party, place and event are one series when no document counts them apart, under the key the
party uses in more documents. So a new document can move the claims of documents that did not change. The
texts (written for this test) are one monitor's toll for one city, once as "people", once as "civilians",
then as "people" again: after the second, the first's claim joins the civilians' series; after the third,
both are in the people's series. Stored findings, claim series and ``check`` output must equal a full
recompute at every step; the old stored path (claims keyed per document only) failed the second step.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_rstore_incremental import cli, full_findings, stored_findings, write_lines

TEXTS = Path(__file__).with_name("running_join.jsonl")


def _series(db: str) -> dict[str, str]:
    return {d["figure"]: d["series"] for d in map(json.loads, cli("claims", "--db", db, "--format", "jsonl")
                                                    .splitlines())}


def test_a_join_made_by_a_later_document_moves_earlier_claims(ledger_db: str, tmp_path: Path) -> None:
    lines = TEXTS.read_text(encoding="utf-8").splitlines(keepends=True)
    want_series = [{"61": "killed/people/Homs"},
                   {"61": "killed/civilians/Homs", "38": "killed/civilians/Homs"},
                   {"61": "killed/people/Homs", "38": "killed/people/Homs", "90": "killed/people/Homs"}]
    for i, line in enumerate(lines):
        cli("ingest", write_lines(tmp_path / f"step{i}.jsonl", [line]), "--db", ledger_db)
        assert _series(ledger_db) == want_series[i], f"after step {i}"
        full = full_findings(ledger_db)
        assert stored_findings(ledger_db) == full, f"after step {i}"
        if i == 1:
            assert any(f["key"] == "killed/civilians/Homs" for f in full)  # the two figures now meet
        checked = cli("check", "--db", ledger_db, "--format", "json")
        assert checked == cli("check", "--db", ledger_db, "--format", "json", "--recompute")
