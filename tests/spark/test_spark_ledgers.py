"""One ledger whichever way the documents came in: `headcount ingest` of an archive and `headcount load` of
the Spark job's output of the same archive give identical tables, copy links and carried claims included,
on SQLite and on PostgreSQL.

The archive is written so that arrival order would decide the original under a first-come rule: the
earliest copy of a story comes last in the archive, and the job's output is loaded month by month (the
earliest month first), one document per batch, so the two paths meet the copies in opposite orders.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spark_pages import page_html, write_warc
from sqlalchemy import select

from headcount.ingest.batch import IngestOptions
from headcount.runner import ingest
from headcount.store import Ledger
from headcount.store.bulk import load
from headcount.store.tables import claims, doc_bands, documents, failures

STORY = [
    "Around 4,300 residents were moved out of the flooded lower town on Monday, the provincial governor said, "
    "as rescue boats worked through the night along the river embankment.",
    "Hospital staff said 96 people had been admitted with injuries, among them 21 children, and that two "
    "field clinics had opened in schools on the higher ground.",
    "The water agency said levels would stay high for several days and asked families in nearby villages to "
    "be ready to leave at short notice.",
]

# archive order: the latest copy first, the earliest (the original under the rule) last
PAGES = {
    "https://syndicate.example/river-floods-copy": ("Floods: thousands moved", "2017-02-03",
                                                    [*STORY, "Distributed by our partner agency."]),
    "https://other.example/markets": ("Grain prices steady", "2017-01-10", [
        "Traders said grain prices held steady through the week as 14 ships unloaded at the northern port."]),
    "https://regional.example/floods-update": ("Lower town evacuated", "2017-01-21",
                                               [*STORY, "More updates will follow on our website."]),
    "https://wire.example/floods": ("Lower town evacuated", "2017-01-20", STORY),
}


def _dump(ledger: Ledger) -> dict[str, list[tuple[Any, ...]]]:
    keep = {t.name: [c for c in t.columns if c.name != "at"] for t in (documents, claims, doc_bands, failures)}
    with ledger.engine.connect() as conn:
        return {name: sorted(tuple(r) for r in conn.execute(select(*cols))) for name, cols in keep.items()}


@pytest.fixture(scope="module")
def archive_and_output(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from headcount.spark.job import run_job

    d = tmp_path_factory.mktemp("ledgers")
    crawl = d / "floods.warc.gz"
    write_warc(crawl, {url: page_html(t, p, paras) for url, (t, p, paras) in PAGES.items()})
    summary = run_job(spark, [str(crawl)], str(d / "out"), partitions=2)
    return crawl, summary.output


def test_ingest_and_load_give_identical_ledgers(archive_and_output: tuple[Path, str], ledger_db: str,
                                                request: pytest.FixtureRequest) -> None:
    crawl, output = archive_and_output
    with Ledger.open(ledger_db, create=True) as ledger:
        load(output, ledger, batch_size=1)
        loaded = _dump(ledger)
    if "postgresql" in ledger_db:
        ref_db = request.getfixturevalue("pg_cluster").create_database(f"ingested_{abs(hash(ledger_db))}")
    else:
        ref_db = ledger_db + ".ingested"
    with Ledger.open(str(ref_db), create=True) as ref:
        ingest([str(crawl)], ref, IngestOptions())
        ingested = _dump(ref)
        docs = {d["url"]: d for d in ref.documents()}
    original = docs["https://wire.example/floods"]
    assert original["copy_of"] is None  # the earliest copy, though it came last in the archive
    assert docs["https://regional.example/floods-update"]["copy_of"] == original["id"]
    assert docs["https://syndicate.example/river-floods-copy"]["copy_of"] == original["id"]
    assert docs["https://other.example/markets"]["copy_of"] is None
    for table in ingested:
        assert loaded[table] == ingested[table], table
    carried = [c for c in ingested["claims"] if c[[col.name for col in claims.columns].index("carried_from")]]
    assert len(carried) >= 4  # two copies carry the original's figures
