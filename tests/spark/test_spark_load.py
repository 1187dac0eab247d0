"""`headcount load` of the Spark output into real ledgers (SQLite file, and the PostgreSQL server the ledger
tests start): idempotent, copies linked as ingest links them, and a load killed half-way is finished by the
next one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner
from spark_pages import OVERSIZED_LIMIT
from sqlalchemy import select, update

from headcount.cli import main
from headcount.ingest.batch import IngestOptions
from headcount.runner import ingest
from headcount.store import Ledger
from headcount.store.bulk import LOADING, load
from headcount.store.tables import claims, doc_bands, documents, failures


def _dump(ledger: Ledger) -> dict[str, list[tuple[Any, ...]]]:
    with ledger.engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(t)))
                for t in (documents, claims, doc_bands, failures)}


def test_load_twice_changes_nothing(job_output: Any, ledger_db: str) -> None:
    with Ledger.open(ledger_db, create=True) as ledger:
        first = load(job_output.output, ledger, batch_size=3)
        assert first.new == job_output.documents and first.claims == job_output.claims
        assert first.failures == job_output.failures
        before = _dump(ledger)
        again = load(job_output.output, ledger, batch_size=3)
        assert (again.new, again.updated, again.claims, again.failures, again.carried) == (0, 0, 0, 0, 0)
        assert again.unchanged == job_output.documents
        assert _dump(ledger) == before
        assert not [d for d in ledger.documents() if d["extractor_version"].startswith(LOADING)]


def test_load_links_copies_like_ingest(job_output: Any, job_inputs: dict[str, Path], ledger_db: str,
                                       tmp_path: Path) -> None:
    with Ledger.open(ledger_db, create=True) as ledger:
        s = load(job_output.output, ledger)
        assert s.copies == 1 and s.carried == 3
        loaded_docs = {d["id"]: d for d in ledger.documents()}
        loaded = {c["id"]: c for c in ledger.claims()}
    with Ledger.open(str(tmp_path / "ingested.db"), create=True) as ref:
        ingest([str(job_inputs["crawl"])], ref, IngestOptions(max_bytes=OVERSIZED_LIMIT))
        ref_docs = {d["id"]: d for d in ref.documents()}
        ref_claims = {c["id"]: c for c in ref.claims()}
    # the same documents and claims as ingest stores, field by field (the copy link may point either way)
    assert set(ref_docs) <= set(loaded_docs)
    for cid, c in ref_claims.items():
        got = {k: v for k, v in loaded[cid].items() if k != "carried_from"}
        assert got == {k: v for k, v in c.items() if k != "carried_from"}
    pairs = {frozenset((i, d["copy_of"])) for i, d in loaded_docs.items() if d["copy_of"]}
    assert pairs == {frozenset((i, d["copy_of"])) for i, d in ref_docs.items() if d["copy_of"]}
    assert sum(1 for c in loaded.values() if c["carried_from"]) == sum(1 for c in ref_claims.values()
                                                                      if c["carried_from"])
    for c in loaded.values():
        if c["carried_from"]:
            orig = loaded[c["carried_from"]]
            assert (orig["figure"], orig["low"], orig["category"]) == (c["figure"], c["low"], c["category"])


def test_load_after_ingest_changes_nothing(job_output: Any, job_inputs: dict[str, Path], tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    with Ledger.open(db, create=True) as ledger:
        ingest([str(job_inputs["crawl"])], ledger, IngestOptions(max_bytes=OVERSIZED_LIMIT))
        ingested = len(ledger.documents())
        s = load(job_output.output, ledger)
        assert s.unchanged == ingested >= 4 and s.updated == 0
        assert s.new == job_output.documents - ingested


def test_killed_load_is_finished_by_the_next(job_output: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    with Ledger.open(db, create=True) as ledger:
        load(job_output.output, ledger)
        whole = _dump(ledger)
        with ledger.engine.begin() as conn:  # as a load killed after the documents, before their claims
            conn.execute(update(documents).values(extractor_version=LOADING + documents.c.extractor_version))
            conn.execute(claims.delete())
        s = load(job_output.output, ledger)
        assert s.updated == job_output.documents and s.claims == job_output.claims
        assert _dump(ledger) == whole


def test_load_cli_progress_and_summary(job_output: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    r = CliRunner().invoke(main, ["load", job_output.output, "--db", db])
    assert r.exit_code == 0, r.output
    assert f"{job_output.documents} new" in r.output and "1 near-duplicate copies linked" in r.output
    r = CliRunner().invoke(main, ["load", job_output.output, "--db", db])
    assert "0 new" in r.output and f"{job_output.documents} unchanged" in r.output


def test_load_refuses_a_directory_that_is_not_job_output(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert r.exit_code == 1 and "not an output of `headcount spark extract`" in r.output
