"""The Spark job: WARC/JSONL inputs -> documents, claims and failures as Parquet, partitioned by month.

Run it through ``headcount spark extract`` or through ``spark-submit`` with this file as the application
(``spark-submit ... headcount/spark/job.py INPUT... --output DIR``; see docs/scale.md).

Plan of the job:

- Local inputs (paths, globs, directories, ``file://``) are listed on the driver and handed out one file per
  task; each task opens its file itself and streams its records (no copy through the JVM). Remote inputs
  (``hdfs://``, ``s3a://``, any Hadoop file system) come through ``binaryFiles``, which reads them with the
  Hadoop file system and its settings (S3 credentials, endpoints).
- Reading yields units (raw HTML pages, JSONL documents, failures); when there are fewer files than
  partitions the units are shuffled round-robin over ``--partitions`` tasks, so one big archive still keeps
  every core busy. Each task then extracts (trafilatura, ``headcount.extract``) with the same functions as
  ``headcount ingest`` (``records.py``).
- The rows are persisted once and written as three Parquet datasets: ``documents/`` and ``claims/``
  partitioned by ``published_month`` (``2016-12``, ``unknown`` when undated) and ``failures/``.

pyspark is imported only here and only when the job runs; without it the error names the ``spark`` extra.
"""

from __future__ import annotations

import argparse
import glob
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from headcount.errors import ConfigError, HeadcountError, InputError
from headcount.spark.records import (
    CLAIM_FIELDS,
    DOC_FIELDS,
    FAILURE_FIELDS,
    PARTITION,
    JobOptions,
    Unit,
    extract_units,
    is_jsonl_name,
    is_warc_name,
    read_file,
    read_remote,
)

log = logging.getLogger(__name__)

_GLOB_CHARS = frozenset("*?[")


@dataclass(slots=True)
class JobSummary:
    output: str
    documents: int = 0
    claims: int = 0
    failures: int = 0
    seconds: float = 0.0
    first_failures: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        """Inputs handled (stored or failed) per second of the whole job, Spark start-up excluded."""
        return (self.documents + self.failures) / self.seconds if self.seconds else 0.0


def need_pyspark() -> None:
    import importlib.util

    if importlib.util.find_spec("pyspark") is None:
        raise ConfigError("the Spark job needs the 'spark' extra (pyspark is missing): pip install 'headcount[spark]'")


def is_remote(name: str) -> bool:
    return "://" in name and not name.startswith("file://")


def plan_inputs(inputs: Sequence[str]) -> tuple[list[str], list[str], list[Unit]]:
    """Split the user's inputs into local files, remote patterns, and failures for local names that match
    nothing. Directories contribute their WARC and JSONL files (recursively), globs their matches."""
    local: list[str] = []
    remote: list[str] = []
    missing: list[Unit] = []
    for name in inputs:
        if is_remote(name):
            remote.append(name)
            continue
        path = name[len("file://"):] if name.startswith("file://") else name
        matches = sorted(glob.glob(path, recursive=True)) if _GLOB_CHARS & set(path) else [path]
        if not matches or not any(Path(m).exists() for m in matches):
            missing.append(("fail", name, "no such file or directory" if not _GLOB_CHARS & set(path)
                            else "the pattern matches no file", "read"))
            continue
        for m in matches:
            p = Path(m)
            if p.is_dir():
                found = sorted(str(f) for f in p.rglob("*") if f.is_file() and (is_warc_name(f.name)
                                                                              or is_jsonl_name(f.name)))
                if not found:
                    missing.append(("fail", m, "the directory holds no WARC or JSONL files", "read"))
                local.extend(found)
            elif p.exists():
                local.append(str(p))
    return list(dict.fromkeys(local)), remote, missing


@dataclass(frozen=True, slots=True)
class ExecutorPython:
    """The interpreter the executors start for their Python workers, and how they get it.

    Executors run ``PYSPARK_PYTHON`` as the driver saw it when the SparkContext started (PySpark sends it with
    every Python function), resolved on each executor's node. Left unset, that is the node's ``python3``, which
    has no headcount: so it is always set here. ``archive``: a packed environment (``venv-pack``) that Spark
    ships and unpacks in each executor's working directory (``spark.archives``), run as a relative path.
    """

    python: str
    archive: str | None = None

    def describe(self) -> str:
        if self.archive:
            return f"executors run {self.python} from the packed environment {self.archive}"
        return f"executors run {self.python} (it must exist at this path, with headcount, on every node)"


def executor_python(python: str | None = None, archive: str | None = None) -> ExecutorPython:
    """``archive`` (``PATH[#ALIAS]``) wins, then ``python``, then ``$PYSPARK_PYTHON``, then this interpreter
    (the venv headcount runs from, right when the nodes share it: one machine, or a shared file system)."""
    if archive:
        path, _, alias = archive.partition("#")
        alias = alias or "environment"
        return ExecutorPython(f"./{alias}/bin/python", f"{path}#{alias}")
    return ExecutorPython(python or os.environ.get("PYSPARK_PYTHON") or sys.executable)


def spark_session(master: str | None = None, conf: dict[str, str] | None = None,
                  executors: ExecutorPython | None = None) -> Any:
    """A SparkSession; ``master`` None keeps what spark-submit (or the environment) chose, else local[*].

    ``executors`` None: launched by spark-submit, whose ``PYSPARK_PYTHON`` and ``--archives`` stand; started
    here, this interpreter unless ``$PYSPARK_PYTHON`` says otherwise.
    """
    need_pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("headcount")
    if master:
        builder = builder.master(master)
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # launched by spark-submit, which chose the master
    if executors is None and not submitted:
        executors = executor_python()
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    if executors is not None:
        builder = builder.config("spark.pyspark.python", executors.python)
        if executors.archive:
            builder = builder.config("spark.archives", executors.archive)
    for k, v in (conf or {}).items():
        builder = builder.config(k, v)
    saved = os.environ.get("PYSPARK_PYTHON")
    try:
        if executors is not None:  # read once, when the SparkContext starts
            os.environ["PYSPARK_PYTHON"] = executors.python
        spark = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - no Java, a bad master URL: one line, naming what is needed
        msg = " ".join(str(exc).split())[:300]
        if "Java gateway" in msg or "JAVA_HOME" in msg:
            raise ConfigError(f"spark: could not start the JVM ({msg}); Spark needs Java 17 (`java -version`)") from None
        raise ConfigError(f"spark: could not start a session ({msg})") from None
    finally:
        if saved is None:
            os.environ.pop("PYSPARK_PYTHON", None)
        else:
            os.environ["PYSPARK_PYTHON"] = saved
    spark.sparkContext.setLogLevel("ERROR")
    return spark


_TRACEBACK = "Traceback (most recent call last):"


def root_cause(message: str, lines: int = 3) -> str:
    """The end of the last Python traceback in a Spark error (what failed on the executor), else its first line.

    A task's Python error reaches the driver wrapped in a Py4JJavaError whose text opens with the JVM's call
    and Spark's task bookkeeping; the Python exception (``ModuleNotFoundError: No module named 'headcount'``)
    comes after the traceback, hundreds of characters in. The traceback ends where the JVM stack resumes
    (lines starting ``at``).
    """
    start = message.rfind(_TRACEBACK)
    if start < 0:
        first = next((ln.strip() for ln in message.splitlines() if ln.strip()), "")
        return first[:500]
    body = []
    for ln in message[start + len(_TRACEBACK):].splitlines():
        s = ln.strip()
        if s.startswith("at ") or s.startswith("Driver stacktrace"):
            break
        if s:
            body.append(s)
    return " | ".join(body[-lines:])[:1000]


def _schema(fields: Sequence[tuple[str, str]]) -> Any:
    from pyspark.sql.types import BooleanType, DoubleType, IntegerType, StringType, StructField, StructType

    types = {"string": StringType(), "int": IntegerType(), "double": DoubleType(), "boolean": BooleanType()}
    return StructType([StructField(n, types[t], True) for n, t in fields])


def run_job(spark: Any, inputs: Sequence[str], output: str, *, partitions: int | None = None,
            opts: JobOptions | None = None, overwrite: bool = False) -> JobSummary:
    """Run the job over ``inputs`` and write ``output``/{documents,claims,failures}; returns the counts."""
    from pyspark import StorageLevel
    from pyspark.sql.functions import col, explode, size, when
    from pyspark.sql.functions import sum as sum_
    from pyspark.sql.types import ArrayType

    opts = opts or JobOptions()
    local, remote, missing = plan_inputs(inputs)
    if not local and not remote:
        where = missing[0][1] if missing else ", ".join(inputs)
        raise InputError("no input files (WARC, WARC.gz or JSONL) found", where=where)
    out = output if is_remote(output) else os.path.abspath(output[len("file://"):] if output.startswith("file://")
                                                           else output)
    if not is_remote(out) and Path(out).exists() and any(Path(out).iterdir()) and not overwrite:
        raise InputError("the output directory exists and is not empty (use --overwrite to replace it)", where=out)
    sc = spark.sparkContext
    n = partitions or max(2, sc.defaultParallelism * 2)
    t0 = time.perf_counter()
    parts: list[Any] = []
    if local:
        parts.append(sc.parallelize(local, len(local)).flatMap(lambda p: read_file(p, opts)))
    if remote:
        parts.append(sc.binaryFiles(",".join(remote)).flatMap(lambda kv: read_remote(kv[0], kv[1], opts)))
    if missing:
        parts.append(sc.parallelize(missing, 1))
    units = parts[0] if len(parts) == 1 else sc.union(parts)
    if len(local) + len(remote) < n:  # fewer files than tasks wanted: spread the pages, not the files
        units = units.repartition(n)
    schema = _schema((("kind", "string"),)).add("document", _schema(DOC_FIELDS)).add(
        "claims", ArrayType(_schema(CLAIM_FIELDS))).add("failure", _schema(FAILURE_FIELDS))
    # a task's units in one iterator, so that its documents' sentences reach the parse a few dozen at a time
    rows = spark.createDataFrame(units.mapPartitions(lambda us: extract_units(us, opts)), schema,
                                 verifySchema=False)
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)  # extracted once, written three times
    base = out.rstrip("/")
    mode = "overwrite" if overwrite else "errorifexists"
    try:
        docs = rows.where(col("kind") == "d")
        docs.select("document.*").write.mode(mode).partitionBy(PARTITION).parquet(f"{base}/documents")
        log.info("wrote %s/documents at %.1f s", base, time.perf_counter() - t0)
        claims = docs.select(explode("claims").alias("c")).select("c.*")
        claims.write.mode(mode).partitionBy(PARTITION).parquet(f"{base}/claims")
        fails = rows.where(col("kind") == "f").select("failure.*")
        fails.write.mode(mode).parquet(f"{base}/failures")
        log.info("wrote %s/claims and failures at %.1f s", base, time.perf_counter() - t0)
        is_doc = (col("kind") == "d").cast("long")
        totals = rows.agg(sum_(is_doc).alias("d"), sum_(1 - is_doc).alias("f"),
                          sum_(when(is_doc == 1, size("claims")).otherwise(0)).alias("c")).collect()[0]
        first = [tuple(r) for r in fails.limit(20).collect()]
    except HeadcountError:
        raise
    except Exception as exc:  # noqa: BLE001 - Spark's Py4J/analysis errors: one line with what failed
        log.debug("spark job failed", exc_info=True)
        raise ConfigError(f"spark job failed: {root_cause(str(exc))}") from None
    finally:
        rows.unpersist()
    return JobSummary(out, int(totals["d"] or 0), int(totals["c"] or 0), int(totals["f"] or 0),
                      time.perf_counter() - t0, first)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="headcount.spark.job", description=(
        "Extract claims from WARC/JSONL inputs on Spark; write documents, claims and failures as Parquet."))
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="WARC, WARC.gz or JSONL files, directories or globs;"
                   " local paths, file://, hdfs:// or s3a:// URIs")
    p.add_argument("--output", required=True, metavar="DIR", help="output directory (local, hdfs:// or s3a://)")
    p.add_argument("--master", default=None, help="Spark master URL (default: what spark-submit chose)")
    p.add_argument("--partitions", type=int, default=None, help="tasks to spread pages over")
    p.add_argument("--max-size", type=float, default=20.0, metavar="MB", help="refuse larger pages and lines")
    p.add_argument("--published", default=None, metavar="DATE", help="date for documents that carry none")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output directory")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="Spark setting, repeatable")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``spark-submit headcount/spark/job.py`` and ``python -m headcount.spark.job``."""
    args = _parser().parse_args(argv)
    executors = None if "PYSPARK_GATEWAY_PORT" in os.environ else executor_python()  # spark-submit chose
    if executors is not None:
        print(f"spark: {executors.describe()}", file=sys.stderr)  # noqa: T201 - what the executors run
    try:
        conf = dict(item.split("=", 1) for item in args.conf if "=" in item)
        spark = spark_session(args.master, conf, executors=executors)
        try:
            s = run_job(spark, args.inputs, args.output, partitions=args.partitions, overwrite=args.overwrite,
                        opts=JobOptions(max_bytes=int(args.max_size * 1024 * 1024), published=args.published))
        finally:
            spark.stop()
    except HeadcountError as exc:
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)  # noqa: T201 - a script's one error line
        return 1
    print(f"{s.output}: {s.documents} documents, {s.claims} claims, {s.failures} failures "  # noqa: T201
          f"in {s.seconds:.1f} s ({s.pages_per_second:.1f} inputs/s)")
    return 0 if s.documents or not s.failures else 1


if __name__ == "__main__":
    sys.exit(main())
