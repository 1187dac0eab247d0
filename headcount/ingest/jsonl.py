"""JSONL files of documents -> Documents, one per line, a bad line reported and skipped.

Each line is a JSON object with ``text`` and optionally ``id``, ``url``, ``outlet``, ``published`` and
``title`` (the gold files are in this shape too, so ``headcount extract gold.jsonl`` works; their other
keys are ignored). A line that is not JSON, lacks ``text``, has empty text or is over the size limit
becomes an ``InputError`` naming ``file:line``; the reader yields it in the document's place and goes on,
so one broken line never costs the rest of the file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from headcount.errors import HeadcountError, InputError
from headcount.ingest.dates import Dating, dating_from_content
from headcount.ingest.language import language_of
from headcount.ingest.text import MAX_DOCUMENT_BYTES, check_text, decode_utf8, looks_binary, too_large
from headcount.models import Document, document_id

log = logging.getLogger(__name__)

_OPTIONAL = ("url", "outlet", "published", "title", "language")


def normalise_date(value: str, where: str) -> str:
    """ISO date or timestamp -> YYYY-MM-DD; anything else is an InputError naming the value."""
    from datetime import date

    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"'published' must be an ISO date (YYYY-MM-DD), not {value!r}", where=where) from None


def document_from_record(record: Any, where: str) -> Document:
    """One parsed JSONL record -> Document (id from the record, else a hash of its url or text)."""
    if not isinstance(record, dict):
        raise InputError(f"a document line must be a JSON object, not {type(record).__name__}", where=where)
    text = record.get("text")
    if text is None:
        raise InputError("no 'text' field", where=where)
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, not {type(text).__name__}", where=where)
    check_text(text, where)
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{key}' must be a string or null, not {type(value).__name__}", where=where)
        fields[key] = value
    if fields["published"]:
        fields["published"] = normalise_date(fields["published"], where)
    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        doc_id = document_id(text, fields["url"])
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    else:
        raise InputError(f"'id' must be a string or an integer, not {type(raw_id).__name__}", where=where)
    # a record without a date is dated by its dateline or its URL's dated path when it has one, else it gets
    # a lower bound from the URL's month or the text (approx_date), never a publication date
    # (read in the document's language: its month names, date shapes and future words)
    language = language_of(text, fields["language"])
    dating = (Dating(fields["published"], "given") if fields["published"]
              else dating_from_content(text, fields["url"], language=language))
    return Document(id=doc_id, text=text, url=fields["url"], outlet=fields["outlet"],
                    published=dating.published, dated_by=dating.dated_by, approx_date=dating.approx_date,
                    title=fields["title"],
                    language=language)


def iter_jsonl_lines(lines: Iterable[bytes], name: str,
                     max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Document | HeadcountError]:
    """Documents from raw JSONL lines; bad lines yield their error (``name:line: ...``) instead."""
    for n, raw in enumerate(lines, 1):
        where = f"{name}:{n}"
        if not raw.strip():
            continue
        try:
            if len(raw) > max_bytes:
                raise too_large(where, len(raw), max_bytes, at_least=True)
            if b"\x00" in raw:
                raise InputError("not a text line (binary content)", where=where)
            line = decode_utf8(raw.rstrip(b"\r\n"), where)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON ({exc.msg} at column {exc.colno})", where=where) from None
            yield document_from_record(record, where)
        except HeadcountError as exc:
            log.debug("skipped %s: %s", where, exc)
            yield exc


def read_jsonl_file(path: str | Path, *,
                    max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Document | HeadcountError]:
    """Documents of a .jsonl file; an unreadable or binary file yields one error and stops."""
    p = Path(path)
    try:
        fh = p.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", where=str(p))
        return
    with fh:
        head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
        if looks_binary(head):
            yield InputError("not a text file (binary content)", where=str(p))
            return
        try:
            yield from iter_jsonl_lines(_capped_lines(fh, max_bytes), str(p), max_bytes)
        except OSError as exc:
            yield InputError(f"read failed ({exc.strerror or exc})", where=str(p))


def _capped_lines(fh: Any, max_bytes: int) -> Iterator[bytes]:
    """Lines of a binary file, a line longer than the cap cut at cap+1 bytes and the rest skipped, so a
    50 MB line is refused without holding it in memory twice."""
    while True:
        line: bytes = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        yield line
