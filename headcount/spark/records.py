"""What a Spark task does to its share of the input, in plain Python (no pyspark import), so it is testable
and identical to what ``headcount ingest`` does to the same file.

Two steps, so one large archive can still be spread over many cores:

1. ``read_file`` walks one input file and yields *units*: an HTML page of a WARC (its raw bytes, not yet
   parsed), a document of a JSONL file, or a failure. Reading is cheap (warcio, json); it runs one task per
   file.
2. ``extract_unit`` turns a unit into output rows: the main text through trafilatura (comments excluded, via
   ``ingest.batch.page_work``, exactly as ``ingest`` does), the claims through ``headcount.runner`` (the
   extractor, version and failure wording ``ingest`` uses), and a failure row for anything that went wrong.
   This is the expensive step; the job may shuffle units so that every core gets a share even when there is
   one input file. ``extract_units`` does the same for a task's units in turn, extracting their documents a
   few dozen at a time (one call to the parse for all their sentences).

Each unit becomes one output row, ``(kind, document, claims, failure)``: ``("d", doc, [claim, ...], None)`` or
``("f", None, None, failure)``, the parts plain tuples in the column orders below (``DOC_COLUMNS``,
``CLAIM_COLUMNS``, ``FAILURE_COLUMNS``). One row per unit crosses from Python to the JVM once; the job then
splits it into the three datasets in the JVM.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headcount.errors import HeadcountError
from headcount.ingest.batch import Failure, IngestOptions, page_work, with_ledger_id
from headcount.ingest.dates import document_dating
from headcount.ingest.text import MAX_DOCUMENT_BYTES
from headcount.models import Claim, Document

if TYPE_CHECKING:
    from headcount.extract.pipeline import Outcome

log = logging.getLogger(__name__)

UNKNOWN_MONTH = "unknown"
PARTITION = "published_month"

# (name, type) pairs; types are Spark SQL simple type names, mapped to Spark types in job.py.
DOC_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("url", "string"), ("outlet", "string"), ("title", "string"), ("published", "string"),
    ("language", "string"), ("fetched_at", "string"), ("text", "string"), ("text_hash", "string"),
    ("source", "string"), ("kind", "string"), ("extractor_version", "string"),
    ("dated_by", "string"), ("date_precision", "string"), ("approx_date", "string"),  # as Ledger.put stores them
    (PARTITION, "string"),
)
CLAIM_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("doc_id", "string"), ("idx", "int"), ("start", "int"), ("end", "int"),
    ("figure", "string"), ("low", "double"), ("high", "double"), ("approx", "boolean"), ("qualifier", "string"),
    ("category", "string"), ("group", "string"), ("event", "string"), ("modality", "string"),
    ("location", "string"), ("place", "string"), ("period_kind", "string"), ("period", "string"),
    ("period_offset", "int"), ("period_start", "string"), ("period_end", "string"), ("source", "string"),
    ("cue", "string"), ("via", "string"), ("parent", "int"), ("sentence", "string"), ("sentence_start", "int"),
    ("extractor_version", "string"),
    # sha256 of the document text the claim was read from: two captures of one URL with different text share
    # a document id, and the loader keeps only the claims of the capture it stores.
    ("doc_text_hash", "string"),
    (PARTITION, "string"),
)
FAILURE_FIELDS: tuple[tuple[str, str], ...] = (("source", "string"), ("reason", "string"), ("stage", "string"))

DOC_COLUMNS = tuple(n for n, _ in DOC_FIELDS)
CLAIM_COLUMNS = tuple(n for n, _ in CLAIM_FIELDS)
FAILURE_COLUMNS = tuple(n for n, _ in FAILURE_FIELDS)
_CLAIM_OWN = tuple(n for n in CLAIM_COLUMNS if n not in ("id", "idx", "doc_text_hash", PARTITION))

Row = tuple[str, tuple[Any, ...] | None, list[tuple[Any, ...]] | None, tuple[str, str, str] | None]
Unit = tuple[Any, ...]  # ("page", url, body, date, where) | ("doc", Document, source) | ("fail", source, reason, stage)


@dataclass(frozen=True, slots=True)
class JobOptions:
    max_bytes: int = MAX_DOCUMENT_BYTES  # pages and JSONL lines larger than this are failures
    published: str | None = None  # date for documents that carry none

    def ingest_options(self) -> IngestOptions:
        return IngestOptions(max_bytes=self.max_bytes, published=self.published)


def is_warc_name(name: str) -> bool:
    from headcount.ingest.warc import WARC_SUFFIXES

    return name.lower().endswith(WARC_SUFFIXES)


def is_jsonl_name(name: str) -> bool:
    return name.lower().endswith(".jsonl")


def published_month(published: str | None) -> str:
    """``2016-12-15`` -> ``2016-12``; undated (or unreadable) -> ``unknown``."""
    if published and len(published) >= 7 and published[:4].isdigit() and published[5:7].isdigit():
        return published[:7]
    return UNKNOWN_MONTH


def text_hash(text: str) -> str:
    """The ledger's text hash (sha256 of the text), so a load can tell unchanged documents from updated ones."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# -- step 1: reading ---------------------------------------------------------------------------------------
def read_file(name: str, opts: JobOptions, *, local: Path | None = None) -> Iterator[Unit]:
    """Units of one input file. ``name`` is what the user gave (a path or a URI) and what failures name;
    ``local`` is where the bytes are on this machine when that differs (a copy of a remote file)."""
    path = local or Path(name[len("file://"):] if name.startswith("file://") else name)
    shown = str(path)
    try:
        if is_warc_name(path.name):
            yield from _rename(_warc_units(path, opts), shown, name)
        elif is_jsonl_name(path.name):
            yield from _rename(_jsonl_units(path, opts), shown, name)
        else:
            yield ("fail", name, "not a WARC (.warc, .warc.gz) or JSONL (.jsonl) file", "read")
    except Exception as exc:  # noqa: BLE001 - one bad file must never cost the job
        log.debug("reading %s failed", name, exc_info=exc)
        yield ("fail", name, f"read failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})", "read")


def read_remote(name: str, data: bytes, opts: JobOptions) -> Iterator[Unit]:
    """Units of a file whose bytes came through Spark (``binaryFiles``: HDFS, S3 and any Hadoop file system).

    The bytes go to a temporary file next to the task so that the very readers ``ingest`` uses (which seek
    and re-read a ``.gz`` to find breaks) run unchanged; the file is removed when the walk ends.
    """
    base = name.rstrip("/").rsplit("/", 1)[-1] or "input"
    fd, tmp = tempfile.mkstemp(prefix="headcount-", suffix="-" + base)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        yield from read_file(name, opts, local=Path(tmp))
    finally:
        Path(tmp).unlink(missing_ok=True)


def _rename(units: Iterator[Unit], local: str, name: str) -> Iterator[Unit]:
    """Failures and sources name the user's path or URI, not a temporary copy."""
    if local == name:
        yield from units
        return
    for u in units:
        if u[0] == "page":
            yield (u[0], u[1], u[2], u[3], u[4].replace(local, name, 1))
        elif u[0] == "doc":
            yield (u[0], u[1], u[2].replace(local, name, 1))
        else:
            yield (u[0], u[1].replace(local, name, 1), u[2], u[3])


def _warc_units(path: Path, opts: JobOptions) -> Iterator[Unit]:
    from headcount.ingest.warc import WarcPage, iter_warc

    for page in iter_warc(path, opts.max_bytes):
        if isinstance(page, WarcPage):
            yield ("page", page.url, page.body, page.date, page.where)
        else:
            f = Failure.of(page, str(path), "read")
            yield ("fail", f.source, f.reason, f.stage)


def _jsonl_units(path: Path, opts: JobOptions) -> Iterator[Unit]:
    """As ``ingest`` reads a .jsonl: the source of a document is ``path#id``, a bad line a failure."""
    from headcount.ingest.jsonl import read_jsonl_file

    for item in read_jsonl_file(path, max_bytes=opts.max_bytes):
        if isinstance(item, HeadcountError):
            f = Failure.of(item, str(path), "read")
            yield ("fail", f.source, f.reason, f.stage)
        else:
            yield ("doc", item, f"{path}#{item.id}")


# -- step 2: extracting ------------------------------------------------------------------------------------
def clean_reason(reason: str) -> str:
    """A failure reason as one printable line: warcio quotes the raw bytes of a broken record header, and
    control characters (NUL above all, which PostgreSQL text refuses) are written as escapes."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in " ".join(reason.split()))


def extract_unit(unit: Unit, opts: JobOptions) -> Iterator[Row]:
    """Rows for one unit: a document row and its claim rows, or a failure row."""
    return extract_units([unit], opts)


def extract_units(units: Iterable[Unit], opts: JobOptions) -> Iterator[Row]:
    """Rows for a partition's units, in order: ``extract_unit`` for each, with the documents extracted a
    few dozen at a time (``extract_in_batches``: one call to the parse for all their sentences instead of
    one per document; the same claims, less time)."""
    from headcount.extract.pipeline import extract_in_batches, extractor_version

    version = extractor_version()
    items = (item for unit in units for item in _unit_documents(unit, opts))
    for item, _, claims in extract_in_batches(items, lambda item: item[0] if len(item) == 2 else None):
        yield item if len(item) != 2 else _row(item, claims, version)  # a failure row has four parts


def _unit_documents(unit: Unit, opts: JobOptions) -> Iterator[tuple[Document, str] | Row]:
    """A unit's documents to extract, each with its source, or its failure rows."""
    kind = unit[0]
    if kind == "fail":
        yield _failed(unit[1], unit[2], unit[3])
        return
    if kind == "page":
        _, url, body, date, where = unit
        for item in page_work(body, url, where, opts.ingest_options(), fetched_at=date):
            if isinstance(item, Failure):
                yield _failed(item.source, item.reason, item.stage)
            else:
                yield item.document, item.source
        return
    _, doc, source = unit
    if doc.published is None and opts.published:
        import dataclasses

        doc = dataclasses.replace(doc, published=opts.published)
    yield with_ledger_id(doc, source, fetched=False), source


def _row(item: tuple[Document, str], claims: Outcome | None, version: str) -> Row:
    """The row of an extracted document: its claims, or the failure its extraction raised."""
    from headcount.runner import extract_failure

    doc, source = item
    assert claims is not None  # every document is extracted
    if isinstance(claims, Exception):  # a bug on one document must not cost the job
        f = extract_failure(claims, source)
        return _failed(f.source, f.reason, f.stage)
    month = published_month(doc.published)
    thash = text_hash(doc.text)
    dating = document_dating(doc.published, doc.dated_by, doc.approx_date, fetched_at=doc.fetched_at)
    return ("d", (doc.id, doc.url, doc.outlet, doc.title, doc.published, doc.language, doc.fetched_at,
                  doc.text, thash, source, "article", version, dating.dated_by, dating.precision,
                  dating.approx_date, month),
            [claim_values(c, i, thash, month) for i, c in enumerate(claims)], None)


def _failed(source: str, reason: str, stage: str) -> Row:
    return ("f", None, None, (source, clean_reason(reason), stage))


def claim_values(c: Claim, idx: int, doc_text_hash: str, month: str) -> tuple[Any, ...]:
    """One claim as a row in ``CLAIM_COLUMNS`` order (bounds as floats: Parquet needs one type per column)."""
    own = [getattr(c, k) for k in _CLAIM_OWN[1:]]  # everything after doc_id
    own = [float(v) if k in ("low", "high") and v is not None else v for k, v in zip(_CLAIM_OWN[1:], own, strict=True)]
    return (c.id, c.doc_id, idx, *own, doc_text_hash, month)


def claim_from_row(row: dict[str, Any]) -> Claim:
    """A claim row (as read back from the Parquet) -> Claim, for comparisons and the loader."""
    return Claim.from_dict({k: row[k] for k in _CLAIM_OWN})
