"""Command-line PATH arguments -> a stream of Documents, each failure in its place.

A PATH is a file (.txt, .md, .html, .htm, .jsonl; any other name is read as text, so a stray PDF gets a
clear "not a text file"), a directory (searched recursively for those suffixes, in sorted order), or ``-``
for standard input (sniffed: JSONL when it starts with a JSON object, HTML when it starts with a tag,
else text). The stream yields a ``Document`` or, for an input that could not be read, the
``HeadcountError`` that says why; the caller reports it and goes on, so one bad file never stops a run.
Ids: the file name (relative to the directory argument for files found in one), or the JSONL record's id.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from headcount.errors import HeadcountError, InputError
from headcount.ingest.html import HTML_SUFFIXES, html_document, read_html_file
from headcount.ingest.jsonl import iter_jsonl_lines, read_jsonl_file
from headcount.ingest.text import MAX_DOCUMENT_BYTES, read_capped, read_text_file, text_document
from headcount.models import Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"
STDIN_ID = "stdin"

Item = Document | HeadcountError
"""What the readers yield: a document, or the error that kept one from being read."""


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read, with the id its document gets (its name, relative to a directory argument)."""

    path: Path
    doc_id: str


def expand_paths(args: Iterable[str]) -> Iterator[InputFile | HeadcountError | str]:
    """Files named by the arguments: files as given, directories recursively, ``-`` passed through."""
    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        p = Path(arg)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                yield InputError(f"no {', '.join(sorted(SUFFIXES))} files in this directory", where=arg)
            for f in found:
                yield InputFile(f, f.relative_to(p).as_posix())
        elif p.exists():
            yield InputFile(p, p.name)
        else:
            yield InputError("no such file or directory", where=arg)


def read_file(f: InputFile, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """The documents of one file, by suffix."""
    suffix = f.path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(f.path, max_bytes=max_bytes)
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield read_html_file(f.path, doc_id=f.doc_id, max_bytes=max_bytes)
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
    head = data.lstrip()[:200].lower()
    try:
        if head.startswith(b"{"):
            yield from iter_jsonl_lines(data.splitlines(keepends=True), name, max_bytes)
        elif head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
            yield html_document(data, name, name)
        else:
            yield text_document(data, name, name)
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
