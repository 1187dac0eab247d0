"""HTML pages -> Document: the main text, title and date, via trafilatura.

trafilatura drops navigation, boilerplate and (with ``include_comments=False``) reader comments, whose
"12 comments" and "3,400 shares" would otherwise turn up as counts. A page with no article text (an index
page, a login wall, an empty shell filled by JavaScript) is an ``IngestError`` that says so, not an empty
document. trafilatura is imported when first needed: it is a core dependency, but importing it costs
about a second that plain-text runs should not pay.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from headcount.errors import IngestError
from headcount.ingest.dates import Dating, dating_from_content, fetch_day
from headcount.ingest.language import detect_language
from headcount.ingest.text import MAX_DOCUMENT_BYTES, has_words, looks_binary, read_file_bytes
from headcount.models import Document

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HTML_SUFFIXES = frozenset({".html", ".htm"})


def html_document(html: bytes | str, doc_id: str, where: str, *, url: str | None = None,
                  outlet: str | None = None, published: str | None = None,
                  fetched_at: str | None = None) -> Document:
    """Extract the article from an HTML page; ``published`` is used when the page shows no date, and
    ``fetched_at`` (when the page was fetched) bounds a date estimated from its text."""
    if isinstance(html, bytes) and looks_binary(html):
        raise IngestError("not an HTML page (binary content)", where=where)
    import trafilatura

    try:
        result: Any = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    except Exception as exc:  # trafilatura/lxml raise assorted errors on malformed pages
        raise IngestError(f"HTML could not be parsed ({type(exc).__name__}: {exc})", where=where) from None
    text = getattr(result, "text", None) if result is not None else None
    if not text or not has_words(text):
        raise IngestError("no main text (no article text found in the HTML page)", where=where)
    date = getattr(result, "date", None)
    page_date = date if isinstance(date, str) and _ISO_DATE.fullmatch(date[:10]) else None
    title = getattr(result, "title", None)
    site = getattr(result, "sitename", None) or getattr(result, "hostname", None)
    log.debug("html %s: %d characters, title %r, date %s", where, len(text), title, page_date)
    page_url = url or getattr(result, "url", None)
    # the page's own date (htmldate), else the caller's (a feed item), else the dateline or the URL path, else
    # a lower bound from the URL's month or the text (approx_date), never a publication date
    language = detect_language(text)  # the dating reads the document's language
    dating = (Dating(page_date[:10], "page") if page_date else Dating(published, "given") if published
              else dating_from_content(text, page_url, fetched=fetch_day(fetched_at), language=language))
    return Document(
        id=doc_id,
        text=text,
        url=page_url,
        outlet=outlet or (site if isinstance(site, str) else None),
        published=dating.published,
        dated_by=dating.dated_by,
        approx_date=dating.approx_date,
        title=title if isinstance(title, str) else None,
        language=language,
    )


def read_html_file(path: str | Path, *, doc_id: str | None = None,
                   max_bytes: int = MAX_DOCUMENT_BYTES) -> Document:
    """A saved .html/.htm page -> Document whose id is the file name (or ``doc_id``)."""
    p = Path(path)
    return html_document(read_file_bytes(p, max_bytes), doc_id or p.name, str(p))
