"""The callers that read many documents extract them in batches (extract_many) with the same output as one
by one: ``headcount extract`` over JSONL, ``ingest`` into a ledger, and the Spark job's rows.

More documents than one batch holds (``BATCH_DOCUMENTS``), so that a batch boundary falls inside the input;
the texts are the written news texts of test_extract_many.py under distinct ids, with a bad line and a
document in Spanish among them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from test_extract_many import PUBLISHED, TEXTS  # tests/extract is on the path (rootdir conftest mode)

from headcount.cli import main
from headcount.extract.pipeline import BATCH_DOCUMENTS, extract
from headcount.models import Claim, Document
from headcount.runner import default_extractor, ingest
from headcount.spark.records import JobOptions, extract_unit, extract_units, read_file
from headcount.store import Ledger

N_DOCS = BATCH_DOCUMENTS + 9


def write_jsonl(path: Path) -> list[Document]:
    """N_DOCS documents (the written texts over and over, each under its own id) and one broken line."""
    docs = [Document(id=f"n{i}", text=TEXTS[i % len(TEXTS)] + f"\n\nFiled by desk {i}.",
                     published=PUBLISHED[i % len(PUBLISHED)]) for i in range(N_DOCS)]
    lines = [json.dumps({"id": d.id, "text": d.text, "published": d.published}) for d in docs]
    lines.insert(5, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs


def without_id(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


def test_extract_command_gives_the_claims_of_extract(tmp_path: Path) -> None:
    from headcount.ingest.sources import iter_documents

    path = tmp_path / "docs.jsonl"
    write_jsonl(path)
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    got = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    read = [d for d in iter_documents([str(path)]) if isinstance(d, Document)]  # what the command reads
    assert [r["id"] for r in got] == [d.id for d in read]  # the broken line reported, the rest in order
    assert len(got) >= N_DOCS - 2
    for record, doc in zip(got, read, strict=True):
        alone = extract(doc)
        assert [without_id(c) for c in record["claims"]] == [without_id(c.as_dict()) for c in alone], doc.id


def test_ingest_stores_the_claims_extract_gives(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    write_jsonl(path)
    run, version = default_extractor()
    calls: list[str] = []

    def one_by_one(doc: Document) -> list[Claim]:
        calls.append(doc.id)
        return run(doc)

    stored: list[list[dict[str, Any]]] = []
    for name, extractor in (("batched.db", None), ("alone.db", (one_by_one, version))):
        with Ledger.open(str(tmp_path / name), create=True) as ledger:
            summary = ingest([str(path)], ledger, extractor=extractor)
            assert summary.new == N_DOCS and summary.claims > N_DOCS
            stored.append(sorted((dict(c) for c in ledger.claims()), key=lambda c: (c["doc_id"], c["start"])))
            if extractor is None:  # a second run finds every document unchanged and extracts nothing
                again = ingest([str(path)], ledger)
                assert again.unchanged == N_DOCS and again.new == 0
    assert len(calls) == N_DOCS
    assert stored[0] == stored[1]


def test_spark_rows_are_the_same_in_a_batch(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    write_jsonl(path)
    opts = JobOptions()
    units = list(read_file(str(path), opts))
    assert len(units) == N_DOCS + 1
    one_by_one = [row for unit in units for row in extract_unit(unit, opts)]
    batched = list(extract_units(iter(units), opts))
    assert batched == one_by_one
    assert sum(row[0] == "d" for row in batched) == N_DOCS and sum(row[0] == "f" for row in batched) == 1
