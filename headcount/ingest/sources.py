"""Command-line PATH arguments -> a stream of Documents, each failure in its place.

A PATH is a file (.txt, .md, .html, .htm, .jsonl; any other name is read as text, so a stray PDF gets a
clear "not a text file"), a directory (searched recursively, in sorted order), or ``-`` for standard input
(sniffed: JSONL when it starts with a JSON object, HTML when it starts with a tag, else text). The stream
yields a ``Document`` or, for an input that could not be read, the ``HeadcountError`` that says why; the
caller reports it and goes on, so one bad file never stops a run.

Every file a directory holds is read or reported, never dropped in silence (``file_kind``): a WARC
archive is known by its content (the gzip and ``WARC/`` magic) as well as by its name and goes to the
archive reader (``headcount ingest``; ``extract`` says to use it); an image, a PDF, another binary, a feed
or a text file of another kind (.css, .csv) is a ``Skipped`` error naming what it is; a file with no
suffix is sniffed like standard input. Hidden directories (.git) are listed as skipped, not searched.
Ids: the file name (relative to the directory argument for files found in one), or the JSONL record's id.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from headcount.errors import HeadcountError, InputError
from headcount.ingest.html import HTML_SUFFIXES, html_document, read_html_file
from headcount.ingest.jsonl import iter_jsonl_lines, read_jsonl_file
from headcount.ingest.text import (
    MAX_DOCUMENT_BYTES,
    looks_binary,
    read_capped,
    read_file_bytes,
    read_text_file,
    text_document,
)
from headcount.models import Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
STDIN = "-"
MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
         (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx, .xlsx, .epub)"),
         (b"\x00\x00\x01\x00", "an icon"), (b"BZh", "a bzip2 file"), (b"\xfd7zXZ\x00", "an xz file"),
         (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x7fELF", "a program"))
"""File starts that name what a skipped binary is, so the listing says more than "binary"."""
USE_INGEST = {"warc": "a WARC web archive: use `headcount ingest` to read its pages",
              "feed": "an RSS/Atom feed: use `headcount ingest` to fetch its items"}
_HEAD = 4096
STDIN_ID = "stdin"

Item = Document | HeadcountError
"""What the readers yield: a document, or the error that kept one from being read."""


class Skipped(InputError):
    """A file a directory holds that headcount does not read (an image, a binary, a stylesheet): listed with
    what it is, never dropped in silence."""


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read, with the id its document gets (its name, relative to a directory argument) and its
    kind: text, html, jsonl, warc, feed, or sniff (no suffix: read like standard input)."""

    path: Path
    doc_id: str
    kind: str = "text"


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(_HEAD)
    except OSError:
        return b""


def is_warc_data(head: bytes) -> bool:
    """True for the start of a WARC (or ARC) archive, gzipped or not: its magic, not its name."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def is_archive(path: Path) -> bool:
    """A WARC/ARC archive, by its name or by its content."""
    return path.name.lower().endswith(WARC_SUFFIXES) or is_warc_data(_head(path))


def what_binary(head: bytes) -> str | None:
    """What the start of a file says it is when it is not text (a PNG image, a gzip file, binary
    content), else None. By content, so a renamed image is still an image."""
    for magic, what in MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith(b"\x1f\x8b"):
        return "a gzip file" + ("" if is_warc_data(head) else " that is not a WARC archive")
    if looks_binary(head):
        return "binary content"
    return None


def file_kind(path: Path, *, named: bool = False) -> str | Skipped:
    """How to read ``path``, or why it is skipped. A file ``named`` on the command line is read as text
    whatever its name (the user asked for it; binary content then fails with "not a text file")."""
    suffix = path.suffix.lower()
    head = _head(path)
    if path.name.lower().endswith(WARC_SUFFIXES) or is_warc_data(head):
        return "warc"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    from headcount.ingest.feeds import looks_like_feed

    if looks_like_feed(head):
        return "feed"
    if named:
        return "text"
    what = what_binary(head)
    if what is not None:
        return Skipped(f"{what}, not a document", where=str(path))
    if not suffix:
        return "sniff"
    return Skipped(f"a {suffix} file; headcount reads {', '.join(sorted(SUFFIXES))} files and WARC "
                   "archives (name a file on its own to read it as text)", where=str(path))


def walk(root: Path) -> Iterator[Path | Skipped]:
    """Every file under ``root`` in sorted order; a hidden directory is reported, not searched."""
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        for d in sorted(dirnames):
            if d.startswith("."):
                yield Skipped("a hidden directory, not searched", where=str(here / d))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            yield here / name


def expand_paths(args: Iterable[str]) -> Iterator[InputFile | HeadcountError | str]:
    """Files named by the arguments: files as given, directories recursively (every file read or
    skipped with its reason), ``-`` passed through."""
    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        p = Path(arg)
        if p.is_dir():
            entries = sorted(walk(p), key=lambda e: Path(e.where or "") if isinstance(e, Skipped) else e)
            if not entries:
                yield InputError("no files in this directory", where=arg)
            for f in entries:
                if isinstance(f, Skipped):
                    yield f
                    continue
                kind = file_kind(f)
                yield kind if isinstance(kind, Skipped) else InputFile(f, f.relative_to(p).as_posix(), kind)
        elif p.exists():
            kind = file_kind(p, named=True)
            yield InputFile(p, p.name, kind if isinstance(kind, str) else "text")
        else:
            yield InputError("no such file or directory", where=arg)


def read_file(f: InputFile, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """The documents of one file, by its kind (archives and feeds are ``headcount ingest``'s)."""
    if f.kind in USE_INGEST:
        yield InputError(USE_INGEST[f.kind], where=str(f.path))
        return
    if f.kind == "jsonl":
        yield from read_jsonl_file(f.path, max_bytes=max_bytes)
        return
    try:
        if f.kind == "html":
            yield read_html_file(f.path, doc_id=f.doc_id, max_bytes=max_bytes)
        elif f.kind == "sniff":
            data = read_file_bytes(f.path, max_bytes)
            yield from read_stream_bytes(data, f.doc_id, str(f.path), max_bytes)
        else:
            yield read_text_file(f.path, doc_id=f.doc_id, max_bytes=max_bytes)
    except HeadcountError as exc:
        yield exc


def read_stream(stream: BinaryIO, name: str = STDIN_ID, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """Documents from a byte stream of unknown kind (standard input): JSONL, HTML or text, by its start."""
    try:
        data = read_capped(stream, name, max_bytes)
    except HeadcountError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", where=name)
        return
    yield from read_stream_bytes(data, name, name, max_bytes)


def read_stream_bytes(data: bytes, doc_id: str, where: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """Documents from bytes of unknown kind: JSONL, HTML or text, by how they start."""
    head = data.lstrip()[:200].lower()
    try:
        if head.startswith(b"{"):
            yield from iter_jsonl_lines(data.splitlines(keepends=True), where, max_bytes)
        elif head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
            yield html_document(data, doc_id, where)
        else:
            yield text_document(data, doc_id, where)
    except HeadcountError as exc:
        yield exc


def iter_documents(args: Iterable[str], *, max_bytes: int = MAX_DOCUMENT_BYTES,
                   stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every document the PATH arguments name, in order, with errors in place of unreadable ones."""
    for entry in expand_paths(args):
        if isinstance(entry, HeadcountError):
            yield entry
        elif isinstance(entry, str):
            yield from read_stream(stdin if stdin is not None else sys.stdin.buffer, STDIN_ID, max_bytes)
        else:
            log.debug("reading %s", entry.path)
            yield from read_file(entry, max_bytes)
