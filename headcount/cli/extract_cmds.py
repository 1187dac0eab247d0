"""Commands: ``headcount extract`` (claims from files) and ``headcount eval`` (score against a gold file).

Both are thin: reading is ``headcount.ingest.sources``, extraction ``headcount.extract``, scoring
``headcount.evaluate``. What lives here is the edge behaviour: a bad input is one ``error:`` line on
stderr and the run goes on with the next document; the exit code is 1 only when no document could be
processed; nothing prints a traceback (``-vv`` logs it).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

import click

from headcount.cli.app import main
from headcount.cli.output import (
    RecordWriter,
    console,
    dumps,
    format_option,
    internal_error,
    one_line_errors,
    report,
    wide_option,
)
from headcount.cli.tables import Column, Excerpt, mark_legend, print_table, short_id
from headcount.errors import HeadcountError
from headcount.models import Claim, Document

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date_option(value: str | None, option: str = "--published") -> str | None:
    """A YYYY-MM-DD option value, checked; a bad one is a one-line error (click's UsageError would add
    the usage text)."""
    if value is None:
        return None
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.ClickException(f"{option} must be a date as YYYY-MM-DD, not {value!r}") from None


def format_number(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"


def format_value(low: float | None, high: float | None, approx: bool) -> str:
    """8,461 / ~3,000 / 250,000–300,000 / ≥20,000 / ≤50,000 (open bounds as ≥ and ≤, ~ when hedged)."""
    tilde = "~" if approx else ""
    if low is not None and high is not None:
        if low == high:
            return tilde + format_number(low)
        return f"{tilde}{format_number(low)}–{format_number(high)}"
    if low is not None:
        return f"{tilde}≥{format_number(low)}"
    if high is not None:
        return f"{tilde}≤{format_number(high)}"
    return "?"


def ledger_claim_id(doc: Document, c: Claim) -> str:
    """The id the ledger gives this claim when the document is ingested: the same content id, over the
    document's ledger id (a hash of its URL, else of its text) rather than the name the input gave it, so
    ``headcount show ID`` finds a claim ``extract`` printed."""
    from headcount.models import claim_id, document_id

    return claim_id(document_id(doc.text, doc.url), c.start, c.figure)


EXTRACT_COLUMNS = [Column("id", 100), Column("value", 95, right=True), Column("who", 80, most=22),
                   Column("event", 85, most=22), Column("place", 60, most=24), Column("source", 70, most=24),
                   Column("sentence", 90, flex=True)]


def claim_cells(doc: Document, c: Claim) -> list[str | Excerpt]:
    who = c.category if c.group in (c.category, "", None) else f"{c.category} ({c.group})"
    place = c.location or ""
    if c.place and c.place != c.location:
        place = f"{place} [{c.place}]" if place else c.place
    event = c.event if c.modality == "actual" else f"{c.event} (expected)"
    if c.sentence:
        sentence = Excerpt(c.sentence, c.start - c.sentence_start, c.end - c.sentence_start)
    else:
        s0 = max(0, c.start - 200)
        sentence = Excerpt(doc.text[s0:c.end + 200], c.start - s0, c.end - s0)
    return [short_id(ledger_claim_id(doc, c)), format_value(c.low, c.high, c.approx), who, event, place,
            c.source or "—", sentence]


def document_heading(doc: Document, n: int) -> str:
    bits = [doc.id]
    bits += [x for x in (doc.outlet, doc.published) if x]
    head = " · ".join(bits)
    if doc.title:
        head += f" — {doc.title}"
    return f"{head} ({n} claim{'s' if n != 1 else ''})"


def print_doc_table(doc: Document, claims: Sequence[Claim], wide: bool = False) -> None:
    out = console()
    if not claims:
        out.print(f"{document_heading(doc, 0)}: no counts of people found\n", markup=False)
        return
    print_table(out, document_heading(doc, len(claims)), EXTRACT_COLUMNS, [claim_cells(doc, c) for c in claims],
                wide=wide, legend=False)
    out.print("")


def print_legend() -> None:
    """One legend under all the documents' tables (repeating it under each would bury the claims)."""
    out = console()
    out.print(f"value: ≥ at least, ≤ at most, ~ about, a–b between a and b; {mark_legend(out)}; id: the claim's "
              "ledger id once ingested (`headcount show ID`)", markup=False)


def _language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from headcount.ingest.language import SUPPORTED, normalise_language

    code = normalise_language(value)
    if code is not None and code not in SUPPORTED:
        raise click.BadParameter(f"{value!r} is not one of {', '.join(SUPPORTED)}")
    return code


language_option = click.option(
    "--language", callback=_language, metavar="CODE",
    help="Read every document as this language (ISO 639-1: en, ru, uk, ar, es, pt, fr) instead of the "
         "language it declares or that is detected.")


def run_extract(doc: Document) -> list[Claim]:
    from headcount.extract.pipeline import extract as extract_claims

    return extract_claims(doc)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@format_option(("table", "jsonl", "json"))
@click.option("--published", metavar="DATE",
              help="Publication date (YYYY-MM-DD) for documents that do not carry one; relative times "
                   "(\"over the past 24 hours\") resolve against it.")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
              metavar="MB", help="Refuse documents larger than this many megabytes of text.")
@wide_option
@language_option
@one_line_errors
def extract_command(paths: tuple[str, ...], fmt: str, published: str | None, max_size: float,
                    language: str | None, wide: bool = False) -> None:
    """Extract counts of people, with who says so, from text, HTML or JSONL documents.

    PATH is a .txt/.md file, an .html/.htm page, a .jsonl file of documents (id, text and optionally url,
    outlet, published, title), a directory of them (searched recursively) or - for standard input.
    """
    from headcount.extract.pipeline import extract_in_batches
    from headcount.ingest.sources import Skipped, iter_documents

    day = parse_date_option(published)
    max_bytes = int(max_size * 1024 * 1024)
    writer = RecordWriter(fmt, sys.stdout) if fmt != "table" else None
    done = failed = 0

    def document(item: Any) -> Document | None:
        if not isinstance(item, Document):
            return None
        doc = item if item.published or not day else dataclasses.replace(item, published=day)
        return dataclasses.replace(doc, language=language) if language else doc

    found = extract_in_batches(iter_documents(paths, max_bytes=max_bytes, stdin=sys.stdin.buffer), document)
    for item, doc, claims in found:
        if isinstance(item, Skipped):  # a file of a directory that is not a document: listed, not an error
            click.echo(f"skipped: {' '.join(str(item).split())}", err=True)
            continue
        if isinstance(item, HeadcountError):
            report(str(item))
            failed += 1
            continue
        assert doc is not None and claims is not None  # the rest are documents, each extracted
        if isinstance(claims, HeadcountError):
            report(str(claims) if claims.where else f"{doc.id}: {claims}")
            failed += 1
            continue
        if isinstance(claims, Exception):  # a bug in one document must not cost the others
            report(internal_error(doc.id, claims))
            failed += 1
            continue
        done += 1
        if writer is None:
            print_doc_table(doc, claims, wide)
        else:
            writer.write({"id": doc.id, "claims": [{**c.as_dict(), "id": ledger_claim_id(doc, c)} for c in claims]})
    if writer is not None:
        writer.close()
    elif done:
        print_legend()
    if done == 0:
        raise click.ClickException(f"no document could be processed ({failed} failed)"
                                   if failed else "no documents found")


# The --by table's columns: the group, then the figures a change to one stage moves (the referee's names).
GROUP_COLUMNS = (("docs", "documents", 20), ("claims", "gold_claims", 60), ("figure", "figure_f1", 90),
                 ("claim", "claim_f1", 95), ("source", "source_accuracy", 70),
                 ("event", "event_accuracy", 65), ("categ", "category_accuracy", 45),
                 ("place", "location_accuracy", 66), ("period", "period_accuracy", 55),
                 ("parent", "parent_accuracy", 40))


def print_group_table(field_name: str, groups: Any, wide: bool) -> None:
    """The per-group scores fitted to the terminal: a long group name ends in "…"; at 80 columns the
    figures a reader needs least (document count, then parent, then category) are left out and the caption
    says so (the two F1s never are: they are what a change is judged by).
    ``--format markdown`` prints every column for docs/."""
    columns = [Column(field_name, keep=100, most=24)]
    columns += [Column(head, keep=keep, right=True) for head, _, keep in GROUP_COLUMNS]
    rows: list[list[Any]] = []
    for name, sc in groups.items():
        d = sc.as_dict()
        cells: list[Any] = [name]
        for _, key, _ in GROUP_COLUMNS:
            v = d.get(key)
            cells.append("" if v is None else (str(v) if isinstance(v, int) else f"{v:.2f}"))
        rows.append(cells)
    print_table(console(), f"scores by {field_name}", columns, rows, wide=wide,
                caption="figure, claim: F1; the others: accuracy over matched figures")


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False), metavar="GOLD.jsonl")
@click.option("--errors", "n_errors", type=click.IntRange(min=0), default=0, show_default=True, metavar="N",
              help="Also list the first N mistakes (missed, spurious, wrong value/category/event/source).")
@click.option("--kind", "kinds", multiple=True, metavar="KIND",
              help="List only mistakes of this kind (repeatable): missed, spurious, value, category, event, "
                   "source, and also location, period, parent, which the referee scores but does not list.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--by", "by", metavar="FIELD", default=None,
              help="Also score each group of documents that share this field (e.g. event_name): one row "
                   "per group, then the overall figures.")
@click.option("--format", "table_format", type=click.Choice(["table", "markdown"]), default="table",
              show_default=True,
              help="The --by table: fitted to the terminal (table), or a Markdown table to paste into docs/.")
@wide_option
@one_line_errors
def eval_command(gold: str, n_errors: int, kinds: tuple[str, ...], as_json: bool, by: str | None,
                 table_format: str, wide: bool) -> None:
    """Run the extractor over a gold file and print the same figures as eval/score.py.

    Mistakes go to stderr, tab-separated, as the referee prints them. With ``--by event_name`` the scores
    are also given per crisis: a rule that lifts one crisis and none of the others is fitted, not learned.
    """
    from headcount.evaluate import (
        MORE_KINDS,
        format_group_table,
        format_scores,
        gold_to_document,
        group_scores,
        load_gold,
        score,
    )
    from headcount.extract.pipeline import extract_in_batches

    gold_docs = load_gold(gold)
    preds: dict[str, list[dict[str, Any]]] = {}
    for doc_id, _, found in extract_in_batches(gold_docs, lambda i: gold_to_document(gold_docs[i])):
        if isinstance(found, HeadcountError):
            report(str(found) if found.where else f"{doc_id}: {found}")
        elif isinstance(found, Exception):
            report(internal_error(doc_id, found))
        elif found is not None:  # always: every gold record is a document
            preds[doc_id] = [c.as_dict() for c in found]
    if gold_docs and not preds:
        raise click.ClickException(f"the extractor failed on all {len(gold_docs)} documents")
    scores, errors = score(gold_docs, preds, more=bool(set(kinds) & set(MORE_KINDS)))
    if kinds:
        errors = [e for e in errors if e.kind in kinds]
    groups = group_scores(gold_docs, preds, by) if by else None
    if as_json:
        out: dict[str, Any] = dict(scores.as_dict())
        if groups is not None:
            out = {"overall": out, "by": by, "groups": {k: v.as_dict() for k, v in groups.items()}}
        click.echo(dumps(out))
    else:
        if groups is not None and table_format == "markdown":
            for line in format_group_table(by or "", groups):
                click.echo(line)
            click.echo("")
        elif groups is not None:
            print_group_table(by or "", groups, wide)
            click.echo("")
        for line in format_scores(scores):
            click.echo(line)
    err = sys.stderr
    for e in errors[:n_errors]:
        err.write(e.as_line() + "\n")
    err.flush()
