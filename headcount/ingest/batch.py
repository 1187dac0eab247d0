"""Turn what a user names into documents: read or fetch, one source at a time, failures in line.

``iter_work`` turns what a user names (files, directories, JSONL, WARC, feeds, page URLs, ``-``) into a
stream of ``Work`` (a document with its provenance) and ``Failure`` (why something could not be read or
fetched), in order. The file readers are ``ingest.sources``; this module adds the web (``fetch``,
``feeds``), archives (``warc``) and reader comments (``comments``). Extracting and storing is not done here:
``headcount.runner`` runs sources -> documents -> claims -> ledger, so this package never imports the store.

Ledger ids are content ids (``models.document_id``): the URL when there is one, else the normalised text;
a comment's id hashes its article's id and its anchor. So a re-run finds every document it stored before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from headcount.errors import HeadcountError, IngestError
from headcount.ingest.comments import find_comments
from headcount.ingest.feeds import FeedItem, looks_like_feed, parse_feed
from headcount.ingest.fetch import FetchOptions, fetch, make_client
from headcount.ingest.text import MAX_DOCUMENT_BYTES
from headcount.models import Document, document_id

if TYPE_CHECKING:
    from headcount.ingest.uploads import Upload

FEED_SUFFIXES = (".rss", ".atom", ".xml")
UPLOAD_SOURCE = "(upload)"
"""The source that stands for ``IngestOptions.upload`` (bytes the web app received, kept under their own name)."""


@dataclass(frozen=True, slots=True)
class IngestOptions:
    fetch: FetchOptions = field(default_factory=FetchOptions)
    comments: bool = False  # store reader comments as their own documents
    max_bytes: int = MAX_DOCUMENT_BYTES
    published: str | None = None  # date for documents that carry none
    upload: Upload | None = None  # a web upload, read when the sources name UPLOAD_SOURCE
    language: str | None = None  # forces every document's language (ISO 639-1) instead of detecting it


@dataclass(frozen=True, slots=True)
class Work:
    document: Document
    source: str
    kind: str = "article"
    comment_of: str | None = None
    commenter: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    reason: str
    stage: str  # read, fetch, extract or store

    @classmethod
    def of(cls, exc: HeadcountError, source: str, stage: str) -> Failure:
        where = exc.where or source
        msg = str(exc)
        if exc.where and msg.startswith(f"{exc.where}: "):
            msg = msg[len(exc.where) + 2 :]
        return cls(where, printable(" ".join(msg.split())), stage)


def printable(text: str) -> str:
    """A reason fit for any ledger: control characters (warcio quotes raw header bytes, NUL included, which
    PostgreSQL refuses in text) written as escapes."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def outlet_of(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def with_ledger_id(doc: Document, source: str, *, fetched: bool) -> Document:
    """The document under its content id, with the outlet from the URL when the page named none."""
    return dataclasses.replace(
        doc,
        id=document_id(doc.text, doc.url),
        outlet=doc.outlet or outlet_of(doc.url),
        fetched_at=doc.fetched_at or (_now() if fetched else None),
    )


def page_work(body: bytes, url: str | None, where: str, opts: IngestOptions, *,
              item: FeedItem | None = None, fetched_at: str | None = None) -> Iterator[Work | Failure]:
    """An HTML page -> its article (comments excluded), then its comments when asked for."""
    from headcount.ingest.html import html_document

    try:
        doc = html_document(body, "", where, url=url, published=item.published if item else None,
                            fetched_at=fetched_at)
    except HeadcountError as exc:
        yield Failure.of(exc, where, "read")
        return
    if item and item.title and not doc.title:
        doc = dataclasses.replace(doc, title=item.title)
    if fetched_at:
        doc = dataclasses.replace(doc, fetched_at=fetched_at)
    if doc.published is None and opts.published:
        doc = dataclasses.replace(doc, published=opts.published)
    article = with_ledger_id(doc, where, fetched=url is not None)
    yield Work(article, where)
    if not opts.comments:
        return
    for c in find_comments(body):
        ctext = c.text
        cdoc = Document(
            id=document_id(ctext, f"{article.id}#{c.anchor}"), text=ctext,
            url=f"{article.url}#{c.anchor}" if article.url else None, outlet=article.outlet,
            published=article.published, title=f"Comment on: {article.title}" if article.title else "Comment",
            language=article.language, fetched_at=article.fetched_at,
        )
        yield Work(cdoc, f"{where}#{c.anchor}", kind="comment", comment_of=article.id, commenter=c.commenter)


def _url_work(url: str, opts: IngestOptions, client: Any) -> Iterator[Work | Failure]:
    try:
        got = fetch(url, opts.fetch, client)
    except HeadcountError as exc:
        yield Failure.of(exc, url, "fetch")
        return
    if got.is_feed or looks_like_feed(got.body):
        yield from _feed_work(got.body, url, got.url, opts, client)
    elif got.content_type == "text/plain":
        from headcount.ingest.text import text_document

        try:
            doc = text_document(got.body, "", url, url=got.url, published=opts.published, fetched_at=_now())
        except HeadcountError as exc:
            yield Failure.of(exc, url, "read")
            return
        yield Work(with_ledger_id(doc, url, fetched=True), url)
    else:
        yield from page_work(got.body, got.url, url, opts, fetched_at=_now())


def _feed_work(data: bytes, where: str, base: str | None, opts: IngestOptions, client: Any) -> Iterator[Work | Failure]:
    try:
        items = parse_feed(data, where, base)
    except HeadcountError as exc:
        yield Failure.of(exc, where, "read")
        return
    if not items:
        yield Failure(where, "the feed lists no items with a link", "read")
    for item in items:
        try:
            got = fetch(item.link, opts.fetch, client)
        except HeadcountError as exc:
            yield Failure.of(exc, item.link, "fetch")
            continue
        yield from page_work(got.body, got.url, item.link, opts, item=item, fetched_at=_now())


def _warc_work(path: Path, opts: IngestOptions) -> Iterator[Work | Failure]:
    from headcount.ingest.warc import WarcPage, iter_warc

    for page in iter_warc(path, opts.max_bytes):
        if isinstance(page, WarcPage):
            yield from page_work(page.body, page.url, page.where, opts, fetched_at=page.date)
        else:
            yield Failure.of(page, str(path), "read")


def _file_work(src: str, opts: IngestOptions, stdin: Any) -> Iterator[Work | Failure]:
    from headcount.ingest.sources import STDIN, InputFile, Skipped, expand_paths, read_file, read_stream
    from headcount.ingest.text import read_file_bytes

    for entry in expand_paths([src]):
        if isinstance(entry, Skipped):  # a file a directory holds that is not a document: listed, not read
            yield Failure.of(entry, src, "skipped")
            continue
        if isinstance(entry, HeadcountError):
            yield Failure.of(entry, src, "read")
            continue
        if isinstance(entry, str) and entry == STDIN:
            items: Iterable[Document | HeadcountError] = read_stream(stdin, "stdin", opts.max_bytes)
            prefix, per_record = "stdin", True
        elif isinstance(entry, InputFile) and entry.kind == "warc":
            yield from _warc_work(entry.path, opts)
            continue
        elif isinstance(entry, InputFile) and entry.kind == "feed":  # found in a directory: fetching is asked by name
            yield Failure(str(entry.path), "an RSS/Atom feed, fetched only when named on its own "
                          "(`headcount ingest FEED`)", "skipped")
            continue
        elif isinstance(entry, InputFile) and entry.kind == "html":
            try:
                body = read_file_bytes(entry.path, opts.max_bytes)
            except HeadcountError as exc:
                yield Failure.of(exc, str(entry.path), "read")
                continue
            yield from page_work(body, None, str(entry.path), opts)
            continue
        else:
            assert isinstance(entry, InputFile)
            items = read_file(entry, opts.max_bytes)
            prefix, per_record = str(entry.path), entry.kind in ("jsonl", "sniff")
        for item in items:
            if isinstance(item, HeadcountError):
                yield Failure.of(item, src, "read")
                continue
            doc = item if item.published or not opts.published else dataclasses.replace(item, published=opts.published)
            yield Work(with_ledger_id(doc, src, fetched=False), f"{prefix}#{item.id}" if per_record else prefix)


def iter_work(sources: Sequence[str], opts: IngestOptions, *, stdin: Any = None) -> Iterator[Work | Failure]:
    """Every document the sources name, in order, with a Failure in place of each one that failed."""
    client = None
    try:
        for src in sources:
            if src == UPLOAD_SOURCE and opts.upload is not None:
                from headcount.ingest.uploads import upload_work

                yield from upload_work(opts.upload, opts)
                continue
            if src.startswith(("http://", "https://")):
                client = client or make_client(opts.fetch)
                yield from _url_work(src, opts, client)
                continue
            p = Path(src)
            if p.is_file():
                from headcount.ingest.sources import is_archive

                if is_archive(p):  # by its name or its content (gzip and WARC magic)
                    yield from _warc_work(p, opts)
                    continue
                if p.suffix.lower() in FEED_SUFFIXES or _sniff_feed(p):
                    client = client or make_client(opts.fetch)
                    try:
                        data = p.read_bytes()
                    except OSError as exc:
                        yield Failure(src, f"cannot read ({exc.strerror or exc})", "read")
                        continue
                    yield from _feed_work(data, src, None, opts, client)
                    continue
            yield from _file_work(src, opts, stdin)
    finally:
        if client is not None:
            client.close()


def _sniff_feed(p: Path) -> bool:
    if p.suffix.lower() in (".txt", ".md", ".jsonl", ".html", ".htm"):
        return False
    try:
        with p.open("rb") as fh:
            return looks_like_feed(fh.read(1000))
    except OSError:
        return False


__all__ = ["Failure", "IngestError", "IngestOptions", "Work", "iter_work", "page_work", "with_ledger_id"]
