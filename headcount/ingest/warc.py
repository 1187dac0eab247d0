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


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: Path, max_bytes: int) -> Iterator[WarcPage | IngestError]:
    """HTML pages of a WARC file, or errors in their place (non-HTML records, a break in the file)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                n += 1
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {n}"
                where = f"{path}#{uri}"
                http = record.http_headers
                ctype = (http.get_header("Content-Type") if http else "") or ""
                ctype = ctype.split(";")[0].strip().lower()
                if ctype not in HTML_TYPES:
                    yield IngestError(f"not an HTML response ({ctype or 'no content type'})", where=where)
                    continue
                status = http.get_statuscode() if http else "200"
                if status and not str(status).startswith("2"):
                    yield IngestError(f"HTTP {status} response, not a page", where=where)
                    continue
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield IngestError(f"record over the {max_bytes} byte limit", where=where)
                    continue
                yield WarcPage(uri, body, record.rec_headers.get_header("WARC-Date"), where)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        msg = " ".join(str(exc).split())[:200] or type(exc).__name__
        yield IngestError(f"truncated or corrupt archive after {n} records ({msg})", where=str(path))
