"""Ledger commands: ingest, reextract, failures, claims, documents, show, export, db upgrade/status.

Thin wrappers over ``headcount.runner`` (ingest -> extract -> store) and ``headcount.store``. SQLAlchemy,
Alembic, httpx, warcio, datasketch and pyarrow belong to the ``ledger`` extra and are imported only when a
command runs; when one is missing the command says, in one line, which extra to install.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from headcount.cli.app import main
from headcount.cli.extract_cmds import language_option
from headcount.cli.output import (
    RecordWriter,
    console,
    format_option,
    one_line_errors,
    output_path,
    rich_table,
    wide_option,
)
from headcount.cli.tables import Column, Excerpt, compact_date, print_table, short_id
from headcount.ingest.dates import date_label

if TYPE_CHECKING:
    from headcount.store.ledger import ClaimFilter, Ledger

F = TypeVar("F", bound=Callable[..., Any])

_DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_EXTRA_MODULES = ("sqlalchemy", "alembic", "datasketch", "httpx", "warcio")


def _need_ledger_extra(*more: str) -> None:
    import importlib.util

    missing = [m for m in (*_EXTRA_MODULES, *more) if importlib.util.find_spec(m) is None]
    if missing:
        raise click.ClickException(
            f"the ledger needs the 'ledger' extra ({', '.join(missing)} missing): pip install 'headcount[ledger]'")


def db_option(fn: F) -> F:
    return click.option("--db", envvar="HEADCOUNT_DB", default="headcount.db", show_default=True, metavar="PATH|URL",
                        help="The ledger: a SQLite file, or a postgresql:// URL (env HEADCOUNT_DB).")(fn)


def _day(option: str) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    def check(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            if not _DAY.fullmatch(value):
                raise ValueError
            date.fromisoformat(value + "-01-01"[len(value) - 4:] if len(value) < 10 else value)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                                     param_hint=option) from None
        return value

    return check


def open_ledger(db: str, *, create: bool = False) -> Ledger:
    _need_ledger_extra()
    from headcount.store.ledger import Ledger

    return Ledger.open(db, create=create)


def _progress() -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True)


# -- ingest -------------------------------------------------------------------------------------------------
@main.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option("--comments", is_flag=True, help="Also store reader comments under HTML articles, as separate "
              "documents whose claims name the commenter as source (excluded by default).")
@click.option("--allow-private", is_flag=True, help="Allow fetching loopback, private and link-local addresses "
              "(refused by default, also after redirects).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
              metavar="S", help="Seconds allowed for connecting and for each read of a fetch.")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
              metavar="MB", help="Refuse documents and downloads larger than this many megabytes.")
@click.option("--published", callback=_day("--published"), metavar="DATE",
              help="Publication date (YYYY-MM-DD) for documents that carry none.")
@language_option
@one_line_errors
def ingest_command(sources: tuple[str, ...], db: str, comments: bool, allow_private: bool, timeout: float,
                   max_size: float, published: str | None, language: str | None) -> None:
    """Read, extract and store documents and their claims in the ledger.

    SOURCE is a text/Markdown/HTML file or a directory of them, a .jsonl file of documents, a WARC or
    WARC.gz web archive (every HTML response; known by its content too), an RSS/Atom feed file or URL (each item's page is fetched),
    a page URL, or - for standard input. Ingesting the same thing again changes nothing. Every file of a
    directory is read or listed as skipped with what it is (`headcount failures` keeps the list).
    """
    _need_ledger_extra()
    from headcount.ingest.batch import IngestOptions
    from headcount.ingest.fetch import FetchOptions
    from headcount.runner import default_extractor, ingest

    max_bytes = int(max_size * 1024 * 1024)
    opts = IngestOptions(FetchOptions(timeout=timeout, max_bytes=max_bytes, allow_private=allow_private),
                         comments=comments, max_bytes=max_bytes, published=published,
                         language=language)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "failed": 0}
    with open_ledger(db, create=True) as ledger, _progress() as progress:
        task = progress.add_task("ingesting", total=None, counts="")

        def tick(status: str, label: str) -> None:
            counts[status] = counts.get(status, 0) + 1
            progress.update(task, advance=1, description=label[-40:],
                            counts=" ".join(f"{k} {v}" for k, v in counts.items() if v))

        summary = ingest(sources, ledger, opts, stdin=sys.stdin.buffer, on_item=tick)
        stats = ledger.stats(default_extractor()[1])
    out = console()
    skipped = sum(f.stage == "skipped" for f in summary.failures)
    out.print(f"documents: {summary.new} new, {summary.unchanged} unchanged, {summary.updated} updated, "
              f"{summary.failed - skipped} failed" + (f", {skipped} skipped" if skipped else "")
              + f"; {summary.claims} claims written"
              + (f"; {summary.copies} near-duplicate copies linked" if summary.copies else ""))
    for f in summary.failures:
        click.echo(f"{'skipped' if f.stage == 'skipped' else 'failed'}: {f.source}: {f.reason}", err=True)
    out.print(f"ledger {db}: {stats['documents']} documents, {stats['claims']} claims, "
              f"{stats['copies']} copies, {stats['failures']} failures kept (`headcount failures`)")
    if stats["stale"]:
        out.print(f"{stats['stale']} stored documents have claims from another extractor version: "
                  "run `headcount reextract`")
    if summary.stored == 0 and summary.failed:
        raise click.ClickException(f"nothing could be ingested ({summary.failed} failed)")


@main.command("reextract")
@db_option
@one_line_errors
def reextract_command(db: str) -> None:
    """Re-run extraction over stored documents made by another extractor version; report what changed."""
    from headcount.runner import default_extractor, reextract

    with open_ledger(db) as ledger, _progress() as progress:
        task = progress.add_task("re-extracting", total=None, counts="")
        diffs = reextract(ledger, on_item=lambda s, d: progress.update(task, advance=1, description=d))
    _, version = default_extractor()
    changed = [d for d in diffs if d.any]
    out = console()
    out.print(f"extractor {version}: {len(diffs)} documents re-extracted, {len(changed)} changed; claims "
              f"{sum(len(d.added) for d in diffs)} added, {sum(len(d.removed) for d in diffs)} removed, "
              f"{sum(len(d.changed) for d in diffs)} changed, {sum(d.kept for d in diffs)} kept")
    for d in changed:
        out.print(f"  {d.doc_id}: +{len(d.added)} -{len(d.removed)} ~{len(d.changed)}")


@main.command("failures")
@db_option
@format_option(("table", "json", "jsonl", "csv"))
@wide_option
@one_line_errors
def failures_command(db: str, fmt: str, wide: bool = False) -> None:
    """List the sources that failed to ingest or were skipped (stage "skipped": a file of a directory that is
    not a document), with the reason; cleared when a later ingest of the source succeeds."""
    with open_ledger(db) as ledger:
        rows = ledger.failures()
    if fmt != "table":
        _emit(rows, fmt, [], "failures")
        return
    columns = [Column("at", 60), Column("stage", 80, most=10), Column("source", 90, most=40),
               Column("reason", 85, flex=True)]
    cells = [[compact_date(r.get("at")), r.get("stage") or "", r.get("source") or "", r.get("reason") or ""]
             for r in rows]
    print_table(console(), f"{len(cells)} failures", columns, cells, wide=wide)


# -- queries ------------------------------------------------------------------------------------------------
def claim_filters(fn: F) -> F:
    opts = [
        click.option("--event", help="Only this event (evacuated, killed, displaced ...)."),
        click.option("--category", help="Only claims counting this category or group (children, civilians ...)."),
        click.option("--place", help="Place key prefix (aleppo/east) or words of the location as written."),
        click.option("--source", help="Words of the source's name (UN, Red Cross ...)."),
        click.option("--outlet", help="Words of the outlet's name or host."),
        click.option("--since", callback=_day("--since"), metavar="DATE",
                     help="Claims whose period (else the document's date) ends on or after DATE."),
        click.option("--until", callback=_day("--until"), metavar="DATE",
                     help="Claims whose period (else the document's date) ends on or before DATE."),
        click.option("--text", help="Words in the claim's sentence."),
        click.option("--originals", is_flag=True, help="Leave out claims carried by near-duplicate copies."),
        click.option("--language", help="Only claims from documents in this language (ISO 639-1: en, ru, ar ...)."),
        click.option("--limit", type=click.IntRange(min=1), help="At most this many."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def _filter(kw: dict[str, Any]) -> ClaimFilter:
    from headcount.store.ledger import ClaimFilter

    return ClaimFilter(event=kw["event"], category=kw["category"], place=kw["place"], source=kw["source"],
                       outlet=kw["outlet"], since=kw["since"], until=kw["until"], text=kw["text"],
                       originals_only=kw["originals"], limit=kw["limit"], language=kw.get("language"))


def _emit(rows: Any, fmt: str, columns: list[str], title: str) -> None:
    if fmt == "table":
        rows = list(rows)
        table = rich_table(f"{len(rows)} {title}", columns,
                           ([_cell(r.get(c)) for c in columns] for r in rows))
        console().print(table)
        return
    writer = RecordWriter(fmt, sys.stdout)
    for r in rows:
        writer.write(r)
    writer.close()


def _cell(v: Any) -> str:
    from rich.markup import escape

    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.2f}"
    return escape(str(v))


@main.command("claims")
@db_option
@claim_filters
@format_option(("table", "json", "jsonl", "csv"))
@wide_option
@one_line_errors
def claims_command(db: str, fmt: str, wide: bool = False, **kw: Any) -> None:
    """List stored claims, narrowed by the filters (all of them must hold).

    The table shows 8-character ids (`headcount show` takes them), the date of the figure (its period's last
    day, else the document's), the value, and the sentence cut around the figure; columns that do not fit
    the terminal are left out (``--wide`` shows them all).
    """
    with open_ledger(db) as ledger:
        rows = ledger.claims(_filter(kw))
        if fmt != "table":
            _emit(_with_series(rows, db), fmt, [], "claims")
            return
        cells = [claim_cells(r) for r in rows]
    print_table(console(), f"{len(cells)} claims", CLAIM_COLUMNS, cells, wide=wide, caption=VALUE_NOTATION,
                caption_for="value")


VALUE_NOTATION = "value: ≥ at least, ≤ at most, ~ about, a–b between a and b"

# What a fact-checker needs first (the highest ``keep`` stays longest): which claim (id, for `show`), when,
# who said it, and the sentence with the figure marked; then the value as read, where, what happened, whom
# it counts. The source goes before the value because the sentence already shows the figure (marked) but
# its excerpt, centred on the figure, usually cuts off the attribution at the end of the sentence; the place
# before event and group because those are the words next to the figure, which the excerpt keeps.
CLAIM_COLUMNS = [Column("id", 100), Column("date", 90), Column("value", 85, right=True),
                 Column("who", 70, most=16), Column("event", 72, most=14), Column("place", 76, most=18),
                 Column("source", 88, most=18), Column("outlet", 40, most=18), Column("lang", 35),
                 Column("copy", 30), Column("sentence", 85, flex=True)]


def _approx(r: dict[str, Any]) -> str:
    """A claim of a document with no publication day: its approximate date, marked ("~2016-12-13") so that the
    column never shows an estimate as a date read from the page (``claim show`` says how it was found)."""
    approx = r.get("approx_date")
    if not approx or r.get("published"):
        return ""
    return f"~{approx[:7]}" if r.get("dated_by") == "url_month" else f"~{approx}"


def claim_cells(r: dict[str, Any]) -> list[str | Excerpt]:
    """A stored claim as the claims table shows it (the columns of ``CLAIM_COLUMNS``)."""
    from headcount.cli.extract_cmds import format_value

    who = r["category"] if r["group"] in (r["category"], "", None) else f"{r['category']} ({r['group']})"
    start = max(0, r["start"] - (r["sentence_start"] or 0))
    sentence = r["sentence"] or r["figure"]
    return [short_id(r["id"]), compact_date(r["period_end"] or r["published"]) or _approx(r),
            format_value(r["low"], r["high"], r["approx"]), who,
            r["event"] if r["modality"] == "actual" else f"{r['event']} (expected)",
            r["place"] or r["location"] or "", r["source"] or "", r["outlet"] or "",
            r.get("language") or "", "copy" if r["carried_from"] else "",
            Excerpt(sentence, start, start + len(r["figure"])) if r["sentence"] else Excerpt(sentence, 0, len(sentence))]


def _with_series(rows: Iterator[dict[str, Any]], db: str) -> Iterator[dict[str, Any]]:
    """Each claim with what reconcile made of it: ``document`` (as the input named it), ``series``, ``party``.

    These are the fields ../shared/eval/RECONCILE.md scores; the series and party come from one reconcile
    pass over the whole ledger (a claim's party can depend on the rest of its document).
    """
    from headcount.cli.check_cmds import scoring_fields
    from headcount.cli.reconcile_cmds import run_analysis

    fields = scoring_fields(run_analysis(db, checks=False))
    for r in rows:
        extra = fields.get(r["id"], {})
        yield {**r, "document": extra.get("document", r["doc_id"]), "series": extra.get("series"),
               "party": extra.get("party"), "party_name": extra.get("party_name")}



@main.command("documents")
@db_option
@click.option("--outlet", help="Words of the outlet's name or host.")
@click.option("--since", callback=_day("--since"), metavar="DATE", help="Published on or after DATE.")
@click.option("--until", callback=_day("--until"), metavar="DATE", help="Published on or before DATE.")
@click.option("--text", help="Words in the title or text.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@format_option(("table", "json", "jsonl", "csv"))
@wide_option
@one_line_errors
def documents_command(db: str, fmt: str, outlet: str | None, since: str | None, until: str | None,
                      text: str | None, limit: int | None, wide: bool = False) -> None:
    """List stored documents with their claim counts and the original each copy repeats."""
    with open_ledger(db) as ledger:
        rows = ledger.documents(outlet=outlet, since=since, until=until, text=text, limit=limit)
    if fmt != "table":
        _emit(rows, fmt, [], "documents")
        return
    from headcount.reconcile.labels import outlet_name

    columns = [Column("id", 100), Column("date", 90), Column("outlet", 80, most=22),
               Column("claims", 95, right=True), Column("kind", 40, most=8), Column("copy of", 50),
               Column("similar", 30, right=True), Column("title", 85, flex=True)]
    cells: list[list[str | Excerpt]] = []
    for r in rows:
        title = r["title"] or ""
        cells.append([short_id(r["id"]), compact_date(r["published"]),
                      outlet_name(r["outlet"], r.get("url"), r.get("source")), str(r["claims"]), r["kind"] or "",
                      short_id(r["copy_of"]), "" if r["similarity"] is None else f"{r['similarity']:.2f}",
                      Excerpt(title, 0, 0)])
    print_table(console(), f"{len(cells)} documents", columns, cells, wide=wide)


@main.command("show")
@click.argument("claim_id")
@db_option
@format_option(("table", "json", "jsonl", "csv"))
@one_line_errors
def show_command(claim_id: str, db: str, fmt: str) -> None:
    """Show one claim and its document, with the figure and its sentence highlighted."""
    from rich.panel import Panel
    from rich.text import Text

    with open_ledger(db) as ledger:
        claim, doc = ledger.claim(claim_id)
    if fmt != "table":
        _emit([{**claim, "document": doc}] if fmt != "csv" else [claim], fmt, [], "claim")
        return
    out = console()
    from headcount.reconcile.labels import bounds

    who = claim["category"] if claim["group"] in (claim["category"], "", None) else \
        f"{claim['category']} ({claim['group']})"
    fields = [("figure", claim["figure"]),
              ("value", bounds(claim["low"], claim["high"]) + (", hedged (about)" if claim["approx"] else "")),
              ("who", who),
              ("event", f"{claim['event']}, {claim['modality']}"),
              ("where", " / ".join(x for x in (claim["location"], claim["place"]) if x)),
              ("when", " ".join(x for x in (claim["period_kind"], claim["period"], claim["period_start"],
                                             claim["period_end"]) if x)),
              ("source", " ".join(x for x in (claim["source"], claim["cue"], f"via {claim['via']}"
                                               if claim["via"] else None) if x)),
              ("carried", f"copy of claim {claim['carried_from']}" if claim["carried_from"] else
               (f"carried by {len(claim['carriers'])} copies: {', '.join(claim['carriers'])}"
                if claim["carriers"] else "")),
              ("document", " · ".join(x for x in (doc["id"], doc["outlet"], date_label(
                  doc["published"], doc.get("dated_by"), doc.get("approx_date")), doc["url"]) if x)),
              ("language", doc.get("language") or ""),
              ("title", doc["title"] or "")]
    out.print(rich_table(f"claim {claim['id']}", ["field", "value"], ([k, _cell(v)] for k, v in fields if v)))
    text = Text(doc["text"])
    s0 = claim["sentence_start"]
    if claim["sentence"]:
        text.stylize("underline", s0, s0 + len(claim["sentence"]))
    text.stylize("bold black on yellow", claim["start"], claim["end"])
    out.print(Panel(text, title=doc["title"] or doc["id"], title_align="left"))


@main.command("export")
@click.argument("out", type=click.Path(dir_okay=False, writable=True), metavar="OUT")
@db_option
@click.option("--format", "-f", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default=None,
              help="Output format (default: from OUT's suffix).")
@click.option("--documents", "what", flag_value="documents", help="Export documents (with their text).")
@click.option("--claims", "what", flag_value="claims", default=True, help="Export claims (the default).")
@claim_filters
@one_line_errors
def export_command(out: str, db: str, fmt: str | None, what: str, **kw: Any) -> None:
    """Write the ledger's claims (or documents), whole or filtered, to OUT as CSV, JSONL or Parquet."""
    fmt = fmt or {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet"}.get(Path(out).suffix.lower())
    if fmt is None:
        raise click.ClickException(f"cannot tell the format from {out!r}: give --format csv|jsonl|parquet")
    if fmt == "parquet":
        _need_ledger_extra("pyarrow")
    output_path(out)
    from headcount.store.export import export

    with open_ledger(db) as ledger:
        n = export(ledger, Path(out), fmt, what, _filter(kw))
    click.echo(f"{n} {what} written to {out}", err=True)


# -- schema -------------------------------------------------------------------------------------------------
@main.group("db")
def db_group() -> None:
    """The ledger's schema: status and upgrade."""


@db_group.command("upgrade")
@db_option
@one_line_errors
def db_upgrade(db: str) -> None:
    """Create the ledger or bring its schema up to this headcount's version (Alembic migrations)."""
    _need_ledger_extra()
    from headcount.store import engine as engines
    from headcount.store import migrate

    eng = engines.make_engine(db)
    path = engines.sqlite_path(engines.database_url(db))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        before, after = migrate.upgrade(eng)
    finally:
        eng.dispose()
    if before == after:
        click.echo(f"{engines.display(db)}: schema already at {after}")
    else:
        click.echo(f"{engines.display(db)}: schema upgraded from {before or 'nothing'} to {after}")


@db_group.command("status")
@db_option
@one_line_errors
def db_status(db: str) -> None:
    """Say which schema version the ledger is at and whether it needs `headcount db upgrade`."""
    _need_ledger_extra()
    from headcount.store import engine as engines
    from headcount.store import migrate

    eng = engines.make_engine(db)
    try:
        st = migrate.status(eng)
    finally:
        eng.dispose()
    state = "up to date" if st.up_to_date else "run `headcount db upgrade`"
    click.echo(f"{engines.display(db)}: schema {st.current or 'none'}, this headcount needs {st.head} ({state})")
