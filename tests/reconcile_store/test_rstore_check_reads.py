"""`check --format json` prints from the stored findings, reading only the documents of their claims, and
prints what it printed when it read every claim and built every series (``stored_analysis``), with and
without a key filter. Runs on SQLite and PostgreSQL (``ledger_db``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_rstore_incremental import CROSSING, SAMPLE, cli

from headcount.cli.check_cmds import _claim_record, findings_analysis, stored_analysis, streamed_records
from headcount.reconcile.analysis import Analysis, Filters
from headcount.reconcile.finding_groups import grouped
from headcount.reconcile.pairing import group_findings
from headcount.store import engine as engines

JOIN = Path(__file__).with_name("running_join.jsonl")


def _records(a: Analysis) -> list[Any]:
    return [[f.as_dict(), [_claim_record(c, a) for c in f.claims]] for f in a.findings]


def test_check_reads_the_findings_claims_only_and_prints_the_same(ledger_db: str) -> None:
    cli("ingest", str(SAMPLE / "aleppo.jsonl"), str(SAMPLE / "stock_flow.jsonl"), str(CROSSING), str(JOIN),
        "--db", ledger_db)
    for filters in (Filters(), Filters(event="killed"), Filters(place="Aleppo")):
        light = findings_analysis(ledger_db, filters, 0.10)
        assert light.findings, filters
        assert _records(light) == _records(stored_analysis(ledger_db, filters, 0.10)), filters
        assert all(not s.reports for s in [*light.series, *light.all_series])  # no series was built
    # the documents read are those of the findings' claims, not the ledger's
    light = findings_analysis(ledger_db, Filters(event="killed"), 0.10)
    eng = engines.make_engine(ledger_db)
    try:
        with eng.connect() as conn:
            n_docs = conn.exec_driver_sql("SELECT COUNT(*) FROM documents").scalar()
    finally:
        eng.dispose()
    assert 0 < len({c.doc_id for c in light.claims.values()}) < n_docs


def test_check_json_is_the_same_through_the_cli_with_and_without_recompute(ledger_db: str) -> None:
    cli("ingest", str(SAMPLE / "stock_flow.jsonl"), str(JOIN), "--db", ledger_db)
    got = cli("check", "--db", ledger_db, "--format", "json")
    assert got == cli("check", "--db", ledger_db, "--format", "json", "--recompute")
    assert got.strip().startswith("[") and '"claims"' in got




def test_records_streamed_a_batch_of_groups_at_a_time_are_those_built_at_once(ledger_db: str) -> None:
    """``check``'s JSON is built a batch of finding groups at a time (so a 1M ledger's claim records never
    sit in memory together): any batch size gives the records that building them all at once gives."""
    cli("ingest", str(SAMPLE / "aleppo.jsonl"), str(SAMPLE / "stock_flow.jsonl"), str(CROSSING), str(JOIN),
        "--db", ledger_db)
    for filters in (Filters(), Filters(event="killed")):
        a = findings_analysis(ledger_db, filters, 0.10)
        groups = group_findings([f.claims for f in a.findings])
        at_once = grouped([{**f.as_dict(), "group": g, "claims": [_claim_record(c, a) for c in f.claims]}
                           for f, g in zip(a.findings, groups, strict=True)])
        assert len(at_once) >= 2, filters
        for batch in (1, 2, 10**6):
            assert list(streamed_records(ledger_db, filters, 0.10, notes=True, batch=batch)) == at_once, batch
