"""A document given through the web app (an uploaded file or pasted text) -> Work, keeping what the user said.

The user knows things the bytes may not carry: the article's URL, its outlet, the day it was published.
Those come with the upload and win over what the reader finds (a date the page shows, a site name), since
the user gave them on purpose; the URL also makes the ledger id, so uploading the same article again is
"unchanged". The source stored with the document, and with a failure, is the upload's own name (or
"pasted text"), never the path of a server's temporary file. What the bytes are is decided by their
content where it can be: binary content is refused before any job starts (``refusal``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from headcount.errors import HeadcountError
from headcount.ingest.batch import Failure, IngestOptions, Work, page_work, with_ledger_id
from headcount.ingest.html import HTML_SUFFIXES
from headcount.ingest.jsonl import iter_jsonl_lines
from headcount.ingest.sources import JSONL_SUFFIXES, TEXT_SUFFIXES, is_warc_data, what_binary
from headcount.ingest.text import text_document

PASTED = "pasted text"
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<article", b"<p>")


@dataclass(frozen=True, slots=True)
class Upload:
    """What the user gave: the bytes, the name they had (or ``PASTED``), and what they know of the article."""

    name: str
    data: bytes
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD


def refusal(name: str, data: bytes) -> str | None:
    """Why these bytes are not a document to upload (checked on their content, whatever the name), or None."""
    head = data[:4096]
    if is_warc_data(head):
        return f"{name}: a WARC web archive; ingest archives on the server with `headcount ingest`"
    what = what_binary(head)
    return f"{name}: {what}, not a text, HTML or JSONL document" if what else None


def _kind(up: Upload) -> str:
    suffix = Path(up.name).suffix.lower()
    head = up.data.lstrip()[:200].lower()
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and head.startswith(_HTML_START)):
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def upload_work(up: Upload, opts: IngestOptions) -> Iterator[Work | Failure]:
    """The upload's documents (one, or a JSONL file's records), each under the upload's name."""
    kind = _kind(up)
    if kind == "html":
        for w in page_work(up.data, up.url, up.name, opts):
            if isinstance(w, Failure) or w.kind != "article":
                yield w
                continue
            doc = dataclasses.replace(w.document, outlet=up.outlet or w.document.outlet,
                                      published=up.published or w.document.published)
            yield dataclasses.replace(w, document=doc)
        return
    if kind == "jsonl":
        for item in iter_jsonl_lines(up.data.splitlines(keepends=True), up.name, opts.max_bytes):
            if isinstance(item, HeadcountError):
                yield Failure.of(item, up.name, "read")
                continue
            doc = dataclasses.replace(item, outlet=item.outlet or up.outlet, published=item.published or up.published)
            yield Work(with_ledger_id(doc, up.name, fetched=False), f"{up.name}#{item.id}")
        return
    try:
        doc = text_document(up.data, up.name, up.name, url=up.url, outlet=up.outlet,
                            published=up.published or opts.published)
    except HeadcountError as exc:
        yield Failure.of(exc, up.name, "read")
        return
    yield Work(with_ledger_id(doc, up.name, fetched=False), up.name)
