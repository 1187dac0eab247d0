"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> the items they list: link, title and published date.

Only what the ledger needs is read: each item's page is then fetched and extracted like any page, and the
feed's title and date fill in when the page shows none. Parsing uses the standard library's expat-based
ElementTree, which resolves no external entities and caps entity expansion, so a hostile feed cannot reach
files or blow up memory.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from headcount.errors import IngestError


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str
    title: str | None = None
    published: str | None = None  # ISO date


def looks_like_feed(data: bytes) -> bool:
    head = data.lstrip()[:1000].lower()
    return head.startswith((b"<rss", b"<feed", b"<rdf")) or (
        head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(el: ET.Element, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def feed_date(value: str | None) -> str | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) -> YYYY-MM-DD, or None when unreadable."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def parse_feed(data: bytes, where: str, base_url: str | None = None) -> list[FeedItem]:
    """The items of a feed, in feed order; an unreadable feed is an IngestError naming it."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise IngestError(f"not a readable RSS/Atom feed ({exc})", where=where) from None
    kind = _local(root.tag)
    if kind not in ("rss", "feed", "rdf"):
        raise IngestError(f"not an RSS/Atom feed (root element <{kind}>)", where=where)
    items: list[FeedItem] = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":
            link = _child_text(el, "link") or _guid_link(el)
            date = _child_text(el, "pubdate", "date", "published", "updated")
        elif name == "entry":
            link = _atom_link(el)
            date = _child_text(el, "published", "updated")
        else:
            continue
        if not link:
            continue
        items.append(FeedItem(urljoin(base_url or "", link), _child_text(el, "title"), feed_date(date)))
    return items


def _guid_link(el: ET.Element) -> str | None:
    for child in el:
        if _local(child.tag) == "guid" and child.get("isPermaLink", "true") != "false" and child.text:
            return child.text.strip()
    return None


def _atom_link(el: ET.Element) -> str | None:
    fallback = None
    for child in el:
        if _local(child.tag) == "link" and child.get("href"):
            rel = child.get("rel", "alternate")
            if rel == "alternate":
                return child.get("href")
            fallback = fallback or child.get("href")
    return fallback
