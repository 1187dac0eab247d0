"""The Spark job in local mode on a real WARC written by the tests: the claims it writes are exactly
headcount.extract's on the same documents, and every bad input is a failure row while the job finishes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spark_pages import OVERSIZED_LIMIT, all_pages, read_dataset

import headcount
from headcount.ingest.batch import IngestOptions, Work, page_work
from headcount.spark.records import CLAIM_COLUMNS, claim_from_row


def _expected_documents(job_inputs: dict[str, Path]) -> dict[str, Any]:
    """The documents `headcount ingest` makes of the same pages (same trafilatura call, same ids)."""
    docs = {}
    for url, html in all_pages().items():
        where = f"{job_inputs['crawl']}#{url}"
        (work,) = list(page_work(html.encode(), url, where, IngestOptions()))
        assert isinstance(work, Work)
        docs[work.document.id] = work.document
    return docs


def test_spark_claims_equal_extract_field_by_field(job_output: Any, job_inputs: dict[str, Path]) -> None:
    docs = {d["id"]: d for d in read_dataset(job_output.output, "documents")}
    claims = read_dataset(job_output.output, "claims")
    expected_docs = _expected_documents(job_inputs)
    assert set(expected_docs) <= set(docs)
    compared = 0
    for doc_id, doc in expected_docs.items():
        assert docs[doc_id]["text"] == doc.text
        assert docs[doc_id]["published"] == doc.published
        want = headcount.extract(doc)
        got = sorted((c for c in claims if c["doc_id"] == doc_id), key=lambda c: c["idx"])
        assert len(got) == len(want) > 0, doc.url
        for i, (row, claim) in enumerate(zip(got, want, strict=True)):
            assert row["idx"] == i
            assert row["id"] == claim.id
            assert row["doc_text_hash"] == docs[doc_id]["text_hash"]
            assert claim_from_row(row).as_dict() == claim.as_dict()
            for name in CLAIM_COLUMNS:
                if name in ("id", "idx", "doc_text_hash", "published_month"):
                    continue
                assert row[name] == getattr(claim, name), (doc.url, name)
            compared += 1
    assert compared >= 10


def test_spark_jsonl_documents_match_extract(job_output: Any) -> None:
    docs = {d["id"]: d for d in read_dataset(job_output.output, "documents") if ".jsonl#" in d["source"]}
    assert len(docs) == 2
    claims = read_dataset(job_output.output, "claims")
    for d in docs.values():
        want = headcount.extract(headcount.Document(id=d["id"], text=d["text"], published=d["published"]))
        got = sorted((c for c in claims if c["doc_id"] == d["id"]), key=lambda c: c["idx"])
        assert [claim_from_row(c).as_dict() for c in got] == [c.as_dict() for c in want]
        assert got


def test_spark_failures_recorded_while_the_job_finishes(job_output: Any, job_inputs: dict[str, Path]) -> None:
    fails = {(f["source"], f["stage"]): f["reason"] for f in read_dataset(job_output.output, "failures")}
    crawl, corrupt = str(job_inputs["crawl"]), str(job_inputs["corrupt"])
    assert fails[(f"{crawl}#https://courier.example/logo.png", "read")] == "not an HTML response (image/png)"
    assert fails[(f"{crawl}#https://courier.example/huge", "read")] == f"record over the {OVERSIZED_LIMIT} byte limit"
    assert fails[(corrupt, "read")].startswith("truncated or corrupt archive after")
    assert any(src.endswith("docs.jsonl:2") for src, _ in fails)  # the line that is not JSON
    assert fails[(str(job_inputs["dir"] / "missing.warc.gz"), "read")] == "no such file or directory"
    assert all("\n" not in r for r in fails.values())
    docs = read_dataset(job_output.output, "documents")
    urls = {d["url"] for d in docs}
    # the records of the broken archive before its corrupt member are kept; the other files are whole
    assert {"https://wire.example/story-0", "https://plain.example/b"} <= urls
    assert set(all_pages()) <= urls
    assert job_output.documents == len(docs) and job_output.failures == len(fails)


def test_spark_output_partitioned_by_published_month(job_output: Any) -> None:
    out = Path(job_output.output)
    months = {p.name for p in (out / "documents").iterdir() if p.is_dir()}
    assert {"published_month=2016-12", "published_month=2017-03", "published_month=unknown"} <= months
    assert {p.name for p in (out / "claims").iterdir() if p.is_dir()} <= months
    for d in read_dataset(out, "documents"):
        assert d["published_month"] == (d["published"][:7] if d["published"] else "unknown")


def test_spark_extract_cli_refuses_a_non_empty_output(job_output: Any, job_inputs: dict[str, Path]) -> None:
    from click.testing import CliRunner

    from headcount.cli import main

    r = CliRunner().invoke(main, ["spark", "extract", str(job_inputs["crawl"]), "--output", job_output.output,
                                  "--master", "local[2]"])
    assert r.exit_code == 1
    assert "exists and is not empty" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("bad", ["nope", "=x"])
def test_spark_extract_cli_bad_conf(bad: str, tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    from click.testing import CliRunner

    from headcount.cli import main

    r = CliRunner().invoke(main, ["spark", "extract", "x.warc", "--output", str(tmp_path / "o"), "--conf", bad])
    assert r.exit_code == 2 and "KEY=VALUE" in r.output


def test_remote_file_bytes_read_as_local_and_named_by_uri(job_inputs: dict[str, Path]) -> None:
    """What a task does with a file that came through binaryFiles (HDFS, S3): same units, named by its URI."""
    from headcount.spark.records import JobOptions, extract_unit, read_file, read_remote

    uri = "s3a://bucket/crawls/crawl.warc.gz"
    opts = JobOptions(max_bytes=OVERSIZED_LIMIT)
    remote = list(read_remote(uri, job_inputs["crawl"].read_bytes(), opts))
    local = list(read_file(str(job_inputs["crawl"]), opts))
    assert len(remote) == len(local) > 4
    for r, loc in zip(remote, local, strict=True):
        assert r[0] == loc[0]
        name = r[4] if r[0] == "page" else r[1]
        assert name.startswith(uri + "#")
    rows = [row for u in remote for row in extract_unit(u, opts)]
    assert {row[0] for row in rows} == {"d", "f"}
    assert all(row[1][9].startswith(uri + "#") for row in rows if row[0] == "d")  # source
