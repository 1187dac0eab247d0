"""Plain text and Markdown files -> Document, with the checks every file reader shares.

The text is kept exactly as read (only a UTF-8 byte-order mark is dropped), because claim offsets point into
it. Reading is strict: bytes that are not UTF-8 are a ``DecodeError`` naming the file and the offset, never
a silent replacement character; a file that looks binary, an empty one or one over the size limit is an
``InputError``. The helpers here (size cap, binary sniff, strict decode) are reused by the HTML and JSONL
readers and by the later URL/feed/WARC readers.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import BinaryIO

from headcount.errors import DecodeError, InputError
from headcount.ingest.dates import Dating, dating_from_content, fetch_day
from headcount.ingest.language import detect_language
from headcount.models import Document

log = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""Default size limit of one document (20 MB of text). News articles are a few KB; anything this large is a
dump or a mistake, and refusing it up front keeps one bad input from holding a whole run hostage."""

_SNIFF_BYTES = 8192
# Control characters that do not occur in text files (everything below 0x20 except tab, LF, FF, CR, ESC).
_BINARY_CONTROLS = bytes(set(range(32)) - {9, 10, 12, 13, 27})


def size_label(n_bytes: int) -> str:
    """Human size for messages: 52.4 MB, 20 MB, 812 KB."""
    mb = n_bytes / (1024 * 1024)
    if mb >= 1:
        return f"{mb:.0f} MB" if mb.is_integer() else f"{mb:.1f} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.0f} KB"
    return f"{n_bytes} bytes"


def too_large(where: str, n_bytes: int, limit: int, *, at_least: bool = False) -> InputError:
    """The one message for every size refusal; ``at_least`` when reading stopped at the cap."""
    size = "" if at_least else f"{size_label(n_bytes)}, "
    return InputError(f"document is {size}over the {size_label(limit)} limit (raise it with --max-size)",
                      where=where)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not a text file: a NUL, or many control characters, in the first 8 KB.

    UTF-16 text (which has NULs) counts as binary here on purpose: headcount reads UTF-8 only, and "not a
    text file" is a clearer message for it than a decode error at byte 1.
    """
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    return controls / len(head) > 0.05


def decode_utf8(data: bytes, where: str) -> str:
    """Strict UTF-8 (a leading byte-order mark dropped); a DecodeError names where and the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it first, "
            "e.g. iconv -f latin1 -t utf-8",
            where=where,
        ) from None


def read_capped(stream: BinaryIO, where: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read at most ``max_bytes`` from a stream; more is an InputError (nothing past the cap is read)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(where, len(data), max_bytes, at_least=True)
    return data


def read_file_bytes(path: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> bytes:
    """A file's bytes, refusing unreadable files and files over the cap before reading them."""
    where = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError("is a directory", where=where)
        if size > max_bytes:
            raise too_large(where, size, max_bytes)
        with path.open("rb") as fh:
            return read_capped(fh, where, max_bytes)
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", where=where) from None


NO_MAIN_TEXT = "no main text (nothing but spaces, punctuation or invisible characters)"


def has_words(text: str) -> bool:
    """True when the text holds a letter or a digit in any script: a zero-width space, a dash or a run of dots
    is not a document."""
    return any(ch.isalnum() for ch in text)


def check_text(text: str, where: str) -> str:
    """Refuse a document with nothing in it; return the text unchanged otherwise."""
    if not text.strip():
        raise InputError("empty document (no text to extract from)", where=where)
    if not has_words(text):
        raise InputError(NO_MAIN_TEXT, where=where)
    return text


def text_document(data: bytes, doc_id: str, where: str, *, published: str | None = None,
                  url: str | None = None, outlet: str | None = None, title: str | None = None,
                  fetched_at: str | None = None) -> Document:
    """Bytes of a text file -> Document, with the binary, decoding and emptiness checks; ``fetched_at`` (when
    it was fetched) bounds a date estimated from its text."""
    if looks_binary(data):
        raise InputError("not a text file (binary content)", where=where)
    text = check_text(decode_utf8(data, where), where)
    log.debug("read %s: %d characters", where, len(text))
    # a date given by the caller (a feed item, --published) wins; else the dateline or the URL's dated path,
    # else a lower bound from the URL's month or the text (approx_date), never a publication date
    language = detect_language(text)  # the dating reads the document's language
    dating = (Dating(published, "given") if published
              else dating_from_content(text, url, fetched=fetch_day(fetched_at), language=language))
    return Document(id=doc_id, text=text, url=url, outlet=outlet, published=dating.published, title=title,
                    language=language, dated_by=dating.dated_by, approx_date=dating.approx_date)


def read_text_file(path: str | Path, *, doc_id: str | None = None,
                   max_bytes: int = MAX_DOCUMENT_BYTES) -> Document:
    """A .txt/.md file -> Document whose id is the file name (or ``doc_id``)."""
    p = Path(path)
    return text_document(read_file_bytes(p, max_bytes), doc_id or p.name, str(p))
