"""`headcount spark extract --master spark://...` against a real standalone cluster on 127.0.0.1 (a master and
two one-core workers started with spark-class, as docs/scale.md shows): the output equals local mode's, also
when a worker (with its executor) is killed while the job runs. And the error a user sees when the executors'
Python cannot run the job names the Python exception, not the JVM's wrapper.

Marked ``spark_cluster``: skipped, with the reason, where Java 17 or PySpark is missing (conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spark_pages import all_pages, read_dataset, write_warc
from standalone import Cluster

JOB_TIMEOUT = 240  # seconds for one job on two one-core executors of a loaded two-core machine
HEADCOUNT = str(Path(sys.executable).parent / "headcount")
EXECUTOR_CONF = ["--conf", "spark.executor.memory=512m", "--conf", "spark.ui.enabled=false",
                 "--conf", "spark.driver.memory=512m"]


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    c = Cluster(tmp_path / "cluster")
    try:
        c.start(workers=2)
        yield c
    finally:
        c.stop()  # by PID (each its own process group), also when start or the test failed


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cluster-in") / "crawl.warc.gz"
    write_warc(path, all_pages())
    return path


@pytest.fixture(scope="module")
def local_output(spark: Any, crawl: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from headcount.spark.job import run_job

    out = tmp_path_factory.mktemp("cluster-ref") / "local"
    run_job(spark, [str(crawl)], str(out), partitions=4)
    return out


def _rows(out: Path) -> dict[str, list[tuple[Any, ...]]]:
    return {name: sorted(tuple(sorted((k, repr(v)) for k, v in r.items())) for r in read_dataset(out, name))
            for name in ("documents", "claims", "failures")}


def _extract(master: str, crawl: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    cmd = [HEADCOUNT, "spark", "extract", str(crawl), "--output", str(out), "--master", master,
           "--partitions", "4", *EXECUTOR_CONF, *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))


def _finish(p: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        out, err = p.communicate(timeout=JOB_TIMEOUT)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        pytest.fail(f"the job did not finish in {JOB_TIMEOUT} s: {err[-2000:]}")
    return p.returncode, out, err


@pytest.mark.spark_cluster
def test_cluster_output_equals_local_mode(cluster: Cluster, crawl: Path, local_output: Path, tmp_path: Path) -> None:
    out = tmp_path / "cluster-out"
    code, stdout, stderr = _finish(_extract(cluster.url, crawl, out))
    assert code == 0, stderr[-2000:]
    assert f"executors run {sys.executable}" in stdout  # says which interpreter the executors were given
    assert "4 documents" in stdout
    assert _rows(out) == _rows(local_output)
    apps = cluster.state()["completedapps"]
    assert apps and apps[0]["name"] == "headcount"  # it ran on this cluster, not in a local fallback


@pytest.mark.spark_cluster
def test_cluster_survives_a_worker_killed_mid_job(cluster: Cluster, crawl: Path, local_output: Path,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "cluster-out"
    p = _extract(cluster.url, crawl, out)
    deadline = time.monotonic() + JOB_TIMEOUT
    # wait until the application holds both workers' cores (its executors are starting their Python workers)
    while not any(a.get("cores") == 2 for a in cluster.state().get("activeapps", [])):
        assert p.poll() is None, p.communicate()[1][-2000:]
        assert time.monotonic() < deadline, "the application never got both cores"
        time.sleep(0.2)
    time.sleep(2.0)
    assert p.poll() is None  # the job is still running when the worker dies
    cluster.kill("worker0")
    code, stdout, stderr = _finish(p)
    assert code == 0, stderr[-2000:]
    assert cluster.alive_workers() == 1
    assert _rows(out) == _rows(local_output)


@pytest.mark.spark_cluster
def test_executor_python_without_headcount_shows_the_python_error(crawl: Path, tmp_path: Path) -> None:
    """Executors given an interpreter that cannot import the job: the message ends with the Python
    exception (ModuleNotFoundError), not the first characters of the JVM's Py4JJavaError."""
    bare = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True, timeout=120)
    p = subprocess.Popen([HEADCOUNT, "spark", "extract", str(crawl), "--output", str(tmp_path / "o"),
                          "--master", "local[1]", "--python", str(bare / "bin" / "python"), *EXECUTOR_CONF],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    code, stdout, stderr = _finish(p)
    assert code == 1
    assert f"executors run {bare / 'bin' / 'python'}" in stdout
    last = stderr.strip().splitlines()[-1]
    assert "spark job failed" in last and "ModuleNotFoundError: No module named" in last, last
    assert "Py4JJavaError" not in last and "org.apache" not in last


def test_root_cause_is_the_end_of_the_python_traceback() -> None:
    from headcount.spark.job import root_cause

    wrapped = "\n".join([
        "An error occurred while calling o91.parquet.",
        ": org.apache.spark.SparkException: Job aborted due to stage failure: Task 2 in stage 3.0 failed 4 times,"
        " most recent failure: Lost task 2.3 in stage 3.0 (TID 17) (10.1.2.3 executor 1):"
        " org.apache.spark.api.python.PythonException: Traceback (most recent call last):",
        '  File "/opt/spark/python/lib/pyspark.zip/pyspark/worker.py", line 1100, in main',
        "    func, profiler, deserializer, serializer = read_command(pickleSer, infile)",
        '  File "/opt/spark/python/lib/pyspark.zip/pyspark/serializers.py", line 471, in loads',
        "    return cloudpickle.loads(obj, encoding=encoding)",
        "ModuleNotFoundError: No module named 'warcio'",
        "",
        "\tat org.apache.spark.api.python.BasePythonRunner$ReaderIterator.handlePythonException(PythonRunner.scala:572)",
        "\tat org.apache.spark.scheduler.Task.run(Task.scala:141)",
        "Driver stacktrace:",
    ])
    cause = root_cause(wrapped)
    assert cause.endswith("ModuleNotFoundError: No module named 'warcio'")
    assert "org.apache" not in cause and "Job aborted" not in cause
    assert root_cause("java.net.ConnectException: Connection refused\n\tat x.y(z)") == (
        "java.net.ConnectException: Connection refused")
