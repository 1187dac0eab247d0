"""WARC / WARC.gz web archives -> every HTML response record, each as a page to extract.

Records that are not documents (warcinfo, request, metadata) are passed over. A response that is not HTML
(an image, a script, a PDF) is reported as such, so the user sees what the archive held. A truncated or
corrupt archive ends the walk at the break with a one-line reason; the records before it are kept.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from headcount.errors import IngestError
from headcount.ingest.fetch import HTML_TYPES

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass(frozen=True, slots=True)
class WarcPage:
    url: str
    body: bytes
    date: str | None  # the crawl date (WARC-Date), kept as fetched_at, never as published
    where: str


def iter_warc(path: Path, max_bytes: int) -> Iterator[WarcPage | IngestError]:
    """HTML pages of a WARC file, or errors in their place (non-HTML records, a break in the file).

    warcio reads a cut file quietly (a short last record, or nothing after the cut), so the breaks are
    found here: a response whose body ends before its declared length, or (for .gz) a gzip stream that
    ends before its end marker.
    """
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        with path.open("rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                n += 1
                length = record.rec_headers.get_header("Content-Length") or ""
                if record.rec_type is None or not length.strip().isdigit():
                    raise _Break(f"record {n} has no complete header")
                if record.rec_type != "response":
                    while record.raw_stream.read(1 << 16):
                        pass
                    if getattr(record.raw_stream, "limit", 0) > 0:
                        raise _Break(f"record {n} is cut short")
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {n}"
                where = f"{path}#{uri}"
                http = record.http_headers
                ctype = (http.get_header("Content-Type") if http else "") or ""
                ctype = ctype.split(";")[0].strip().lower()
                body = record.content_stream().read(max_bytes + 1)
                rest = record.raw_stream.read()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise _Break(f"record {n} ({uri}) is cut short")
                if ctype not in HTML_TYPES:
                    yield IngestError(f"not an HTML response ({ctype or 'no content type'})", where=where)
                    continue
                status = http.get_statuscode() if http else "200"
                if status and not str(status).startswith("2"):
                    yield IngestError(f"HTTP {status} response, not a page", where=where)
                    continue
                if len(body) > max_bytes or rest:
                    yield IngestError(f"record over the {max_bytes} byte limit", where=where)
                    continue
                yield WarcPage(uri, body, record.rec_headers.get_header("WARC-Date"), where)
            if it.offset < path.stat().st_size and not path.name.lower().endswith(".gz"):
                raise _Break(f"{path.stat().st_size - it.offset} bytes after the last whole record")
        if n == 0:
            raise _Break("no WARC records")
        problem = _gzip_problem(path) if path.name.lower().endswith(".gz") else None
        if problem:
            raise _Break(problem)
    except _Break as exc:
        yield IngestError(f"truncated or corrupt archive after {n} records ({exc})", where=str(path))
    except Exception as exc:  # noqa: BLE001 - warcio and zlib raise many kinds on broken input
        msg = ("unreadable record header" if isinstance(exc, AttributeError | TypeError)
               else " ".join(str(exc).split())[:200] or type(exc).__name__)
        yield IngestError(f"truncated or corrupt archive after {n} records ({msg})", where=str(path))


class _Break(Exception):
    pass


def _gzip_problem(path: Path) -> str | None:
    """Why a .gz file does not decompress to its end, or None when it does (memory stays flat)."""
    import gzip

    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return " ".join(str(exc).split())[:200] or type(exc).__name__
    return None
