"""Scale-out commands: ``headcount spark extract`` (the Spark job) and ``headcount load`` (its Parquet into a
ledger). pyspark (the ``spark`` extra) is imported only by ``spark extract``; ``load`` needs the ledger extra
(pyarrow, SQLAlchemy) and, for PostgreSQL, the postgres extra. See docs/scale.md.
"""

from __future__ import annotations

from typing import Any

import click

from headcount.cli.app import main
from headcount.cli.output import console, one_line_errors


def _spark_conf(confs: tuple[str, ...]) -> dict[str, str]:
    """``--conf KEY=VALUE`` options as Spark settings; one that is not KEY=VALUE is a usage error."""
    conf = {}
    for item in confs:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--conf")
        conf[key.strip()] = value
    return conf


_master_option = click.option("--master", default="local[*]", show_default=True, metavar="URL",
                              help="Spark master: local[N], spark://host:7077, yarn, k8s://...")


@main.group("spark")
def spark_group() -> None:
    """Run extraction over web archives on Apache Spark (needs headcount[spark] and Java 17)."""


@spark_group.command("extract")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--output", "-o", required=True, metavar="DIR",
              help="Output directory (local path, hdfs:// or s3a://): documents/, claims/ (Parquet, partitioned "
                   "by published_month) and failures/.")
@_master_option
@click.option("--partitions", type=click.IntRange(min=1), default=None, metavar="N",
              help="Tasks to spread the pages over (default: twice the cores).")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
              metavar="MB", help="Record pages and JSONL lines larger than this as failures.")
@click.option("--published", default=None, metavar="DATE", help="Publication date for documents that carry none.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output directory.")
@click.option("--conf", "confs", multiple=True, metavar="KEY=VALUE",
              help="Spark setting, repeatable (e.g. spark.hadoop.fs.s3a.endpoint=...).")
@click.option("--python", "python", default=None, metavar="PATH",
              help="Interpreter the executors run, at this path on every node (default: $PYSPARK_PYTHON, else "
                   "the Python running headcount).")
@click.option("--archives", "archive", default=None, metavar="ENV.tar.gz[#ALIAS]",
              help="A packed environment (venv-pack) Spark ships to every executor of a cluster, which run "
                   "its bin/python.")
@one_line_errors
def spark_extract_command(inputs: tuple[str, ...], output: str, master: str, partitions: int | None,
                          max_size: float, published: str | None, overwrite: bool, confs: tuple[str, ...],
                          python: str | None, archive: str | None) -> None:
    """Extract claims from WARC/WARC.gz and JSONL files with Spark and write them as Parquet.

    INPUT is a file, a directory or a glob, on a local disk, HDFS (hdfs://) or S3 (s3a://). Pages that
    cannot be read or extracted (non-HTML records, oversized pages, corrupt archive members) are written to
    failures/ and the job goes on. Load the result into a ledger with `headcount load DIR`.
    """
    from headcount.ingest.jsonl import normalise_date
    from headcount.spark.job import executor_python, need_pyspark, run_job, spark_session
    from headcount.spark.records import JobOptions

    need_pyspark()
    conf = _spark_conf(confs)
    day = normalise_date(published, "--published") if published else None
    opts = JobOptions(max_bytes=int(max_size * 1024 * 1024), published=day)
    from pyspark.sql import SparkSession

    if python and archive:
        raise click.UsageError("give --python or --archives, not both")
    executors = executor_python(python, archive)
    out = console()
    out.print(f"spark: master {master}; {executors.describe()}", markup=False, soft_wrap=True)  # a path is never folded
    shared = SparkSession.getActiveSession() is not None  # a session this process already runs is left running
    spark = spark_session(master, conf, executors)
    try:
        s = run_job(spark, inputs, output, partitions=partitions, opts=opts, overwrite=overwrite)
    finally:
        if not shared:
            spark.stop()
    out.print(f"{s.output}: {s.documents} documents, {s.claims} claims, {s.failures} failures "
              f"in {s.seconds:.1f} s ({s.pages_per_second:.1f} inputs/s)")
    for src, reason, stage in s.first_failures:
        click.echo(f"failed ({stage}): {src}: {reason}", err=True)
    if s.failures > len(s.first_failures):
        click.echo(f"... and {s.failures - len(s.first_failures)} more in {s.output}/failures", err=True)
    if s.documents == 0 and s.failures:
        raise click.ClickException(f"nothing could be extracted ({s.failures} failed)")


@spark_group.command("reconcile")
@click.option("--db", envvar="HEADCOUNT_DB", default="headcount.db", show_default=True, metavar="PATH|URL",
              help="The ledger (a SQLite file or a postgresql:// URL) the executors read from; findings are "
                   "stored back into it.")
@_master_option
@click.option("--tolerance", type=click.FloatRange(min=0), default=None, metavar="FRACTION",
              help="How far apart two ranges may be and still agree (default: the stored findings', else 0.10).")
@click.option("--batch", type=click.IntRange(min=1), default=500, show_default=True, metavar="N",
              help="Documents per task.")
@click.option("--conf", "confs", multiple=True, metavar="KEY=VALUE", help="Spark setting, repeatable.")
@one_line_errors
def spark_reconcile_command(db: str, master: str, tolerance: float | None, batch: int,
                            confs: tuple[str, ...]) -> None:
    """Reconcile the whole ledger on Spark and store the findings, as `check --recompute` does.

    Claims are read into series by the executors (each reads its batch of documents from the ledger, so
    the ledger must be reachable from them), grouped by series, event and place, checked there, and the
    findings written back into the ledger's findings tables.
    """
    from headcount.spark.job import need_pyspark, spark_session
    from headcount.spark.reconcile_job import reconcile_on_spark
    from headcount.store.engine import database_url

    need_pyspark()
    conf = _spark_conf(confs)
    from pyspark.sql import SparkSession

    shared = SparkSession.getActiveSession() is not None
    spark = spark_session(master, conf)
    try:
        r = reconcile_on_spark(spark, database_url(db), tolerance=tolerance, batch=batch)
    finally:
        if not shared:
            spark.stop()
    console().print(f"reconciled on spark: {r.done.documents} documents in {r.tasks} tasks, {r.done.findings} "
                    f"findings in {r.done.units} units, {r.seconds:.1f} s")


@main.command("load")
@click.argument("directory", type=click.Path(exists=True, file_okay=False), metavar="DIR")
@click.option("--db", envvar="HEADCOUNT_DB", default="headcount.db", show_default=True, metavar="PATH|URL",
              help="The ledger: a SQLite file, or a postgresql:// URL (env HEADCOUNT_DB).")
@click.option("--batch-size", type=click.IntRange(min=1), default=2000, show_default=True, metavar="N",
              help="Rows per transaction.")
@one_line_errors
def load_command(directory: str, db: str, batch_size: int) -> None:
    """Bulk-load the Parquet written by `headcount spark extract` into a ledger.

    PostgreSQL is written with COPY, SQLite in large transactions. Like `ingest`, loading the same output
    again changes nothing; near-duplicate copies are linked and their claims marked as carried.
    """
    from headcount.cli.ledger_cmds import open_ledger
    from headcount.store.bulk import dataset_rows, load

    totals = {n: dataset_rows(directory, n) for n in ("failures", "documents", "claims")}
    with open_ledger(db, create=True) as ledger, _progress() as progress:
        tasks = {n: progress.add_task(n, total=totals[n] or None) for n in totals}

        def tick(stage: str, n: int) -> None:
            progress.update(tasks[stage], advance=n)

        s = load(directory, ledger, batch_size=batch_size, on_progress=tick)
        from headcount.runner import reconcile_changed

        reconcile_changed(ledger)
        stats = ledger.stats()
    out = console()
    out.print(f"documents: {s.new} new, {s.unchanged} unchanged, {s.updated} updated; {s.claims} claims written; "
              f"{s.copies} near-duplicate copies linked ({s.carried} claims carried); {s.failures} failures "
              f"recorded; {s.seconds:.1f} s")
    out.print(f"ledger {db}: {stats['documents']} documents, {stats['claims']} claims, {stats['copies']} copies, "
              f"{stats['failures']} failures kept (`headcount failures`)")


def _progress() -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True)
