"""One local Spark session (local[2]) and one job run for the whole test session: starting the JVM and the
Python workers costs seconds, so every Spark test reads the output of the same small run."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spark_pages import OVERSIZED_LIMIT, all_pages, page_html, write_warc


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "spark_cluster: starts a Spark standalone cluster on 127.0.0.1 (needs "
                                       "PySpark and Java 17; skipped, saying why, without them)")


def java_major() -> int | None:
    """The major version of the `java` on PATH, or None when there is none."""
    if shutil.which("java") is None:
        return None
    r = subprocess.run(["java", "-version"], capture_output=True, text=True, timeout=60, check=False)
    m = re.search(r'version "(\d+)', r.stderr + r.stdout)
    return int(m.group(1)) if m else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """PySpark leaves py4j and result sockets for the garbage collector; that is its business, not a failure.
    Cluster tests skip where PySpark 3.5's Java (17) is missing."""
    here = Path(__file__).parent
    java: list[int | None] = []
    for item in items:
        if Path(str(item.fspath)).parent == here:
            item.add_marker(pytest.mark.filterwarnings("ignore::ResourceWarning"))
            item.add_marker(pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"))
        if item.get_closest_marker("spark_cluster") is not None:
            if not java:
                java.append(java_major())
            if importlib.util.find_spec("pyspark") is None:
                item.add_marker(pytest.mark.skip(reason="the cluster tests need the spark extra (pyspark)"))
            elif java[0] != 17:
                item.add_marker(pytest.mark.skip(reason=f"the cluster tests need Java 17 on PATH (found "
                                                        f"{java[0] or 'none'}; `make system-deps` installs it)"))


def _need_spark() -> None:
    pytest.importorskip("pyspark", reason="the Spark tests need the spark extra: pip install -e '.[spark]'")
    if shutil.which("java") is None:
        pytest.skip("the Spark tests need Java 17 on PATH (`make system-deps` installs it)")


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    _need_spark()
    from headcount.spark.job import spark_session

    session = spark_session("local[2]", {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"})
    yield session
    session.stop()


def _corrupt_member_warc(path: Path) -> None:
    """A .warc.gz whose third gzip member (a response) has garbage in the middle of its deflate stream."""
    pages = {f"https://wire.example/story-{i}": page_html(f"Story {i}", "2016-12-20", [
        f"At least {10 + i} people were killed in the shelling on Tuesday, medics said, and dozens were hurt."])
        for i in range(4)}
    write_warc(path, pages, extras=False)
    data = bytearray(path.read_bytes())
    starts = [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]
    mid = (starts[2] + starts[3]) // 2
    data[mid:mid + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))


@pytest.fixture(scope="session")
def job_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("spark-in")
    crawl = d / "crawl.warc.gz"
    write_warc(crawl, all_pages(), oversized=OVERSIZED_LIMIT * 2)
    corrupt = d / "broken.warc.gz"
    _corrupt_member_warc(corrupt)
    docs = d / "docs.jsonl"
    docs.write_text("\n".join([
        json.dumps({"url": "https://plain.example/a", "published": "2017-03-09", "title": "Clinic",
                    "text": "Some 2,500 people have been treated at the clinic since January, the charity said."}),
        "{this is not json",
        json.dumps({"text": "Police said 14 protesters were arrested in the capital on Saturday."}),
    ]) + "\n")
    plain = d / "crawl-plain.warc"
    write_warc(plain, {"https://plain.example/b": page_html("Returns", "2017-04-01", [
        "About 600 families returned to the town last week, the mayor said."])}, gz=False, extras=False)
    with gzip.open(d / "notes.txt.gz", "wt") as fh:
        fh.write("not an archive")
    return {"crawl": crawl, "corrupt": corrupt, "jsonl": docs, "plain": plain, "dir": d}


@pytest.fixture(scope="session")
def job_output(spark: Any, job_inputs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Any:
    from headcount.spark.job import run_job
    from headcount.spark.records import JobOptions

    out = tmp_path_factory.mktemp("spark-out") / "run"
    inputs = [str(job_inputs["crawl"]), str(job_inputs["corrupt"]), str(job_inputs["dir"] / "*.jsonl"),
              f"file://{job_inputs['plain']}", str(job_inputs["dir"] / "missing.warc.gz")]
    summary = run_job(spark, inputs, str(out), partitions=3, opts=JobOptions(max_bytes=OVERSIZED_LIMIT))
    return summary
