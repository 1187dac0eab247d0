"""`headcount spark reconcile` stores what `check --recompute` stores: the same findings, series rows and
stamps, on a small ledger (the bundled samples and the reconcile tests' crossing and running-join texts, the
latter keyed by what other documents of the event say, in other tasks) with local[2].

Skipped, saying why, where PySpark or Java is missing (the ``spark`` fixture)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import select

from headcount.cli import main
from headcount.store import engine as engines
from headcount.store.findings_repo import reconcile, stored
from headcount.store.findings_tables import claim_series, reconciled_docs

ROOT = Path(__file__).resolve().parents[2]
INPUTS = [ROOT / "headcount" / "sample" / "aleppo.jsonl", ROOT / "headcount" / "sample" / "stock_flow.jsonl",
          ROOT / "tests" / "reconcile_store" / "crossing.jsonl", ROOT / "tests" / "reconcile_store" / "running_join.jsonl"]


def _state(db: str) -> dict[str, Any]:
    eng = engines.make_engine(db)
    try:
        tol, found = stored(eng)
        with eng.connect() as conn:
            series = sorted(tuple(r) for r in conn.execute(select(claim_series)))
            stamps = sorted(tuple(r) for r in conn.execute(select(reconciled_docs)))
    finally:
        eng.dispose()
    return {"tolerance": tol, "findings": [f.as_dict() for f in found], "series": series, "stamps": stamps}


def test_spark_reconcile_stores_what_a_full_recompute_stores(spark: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["ingest", *map(str, INPUTS), "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    eng = engines.make_engine(db)
    reconcile(eng, full=True)  # what `check --recompute` runs
    eng.dispose()
    want = _state(db)
    assert want["findings"] and want["series"]
    homs = [r for r in want["series"] if r[2].startswith("killed/") and r[2].endswith("/Homs")]
    assert len(homs) == 3 and {r[2] for r in homs} == {"killed/people/Homs"}  # joined across documents
    eng = engines.make_engine(db)
    with eng.begin() as conn:  # nothing left of the stored run: Spark must rebuild all of it
        for t in (claim_series, reconciled_docs):
            conn.execute(t.delete())
    eng.dispose()
    result = CliRunner().invoke(main, ["spark", "reconcile", "--db", db, "--master", "local[2]", "--batch", "3"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "reconciled on spark" in result.output
    assert _state(db) == want
    eng = engines.make_engine(db)
    try:  # the stored state is a reconciled one: an incremental run finds nothing to do
        assert reconcile(eng).documents == 0
    finally:
        eng.dispose()
