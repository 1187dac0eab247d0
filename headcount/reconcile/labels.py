"""Words for people: a series key as a label, a finding type as a phrase, a document's outlet as a name.

Keys ("evacuated/civilians/Aleppo/east") are for typing and for machines; the terminal tables, the HTML report
and the web pages show the label ("evacuated · civilians · Aleppo (east)") and accept either back. Kept in
one place so the three surfaces say the same thing.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

NO_PLACE_LABEL = "no place"

FINDING_WORDS = {
    "contradiction": "the figures disagree",
    "revision": "a party changed its figure",
    "part_whole": "a part is larger than its whole",
    "running_total": "the running total does not add up",
    "stock_flow": "the stock does not fit the flows",
    "syndication": "a copy repeats another outlet's claim",
    "carrier_mismatch": "a copy changed the figure it repeats",
}

_HEX_ID = re.compile(r"[0-9a-f]{12,64}")


def key_label(key: Any) -> str:
    """``evacuated/civilians/Aleppo/east`` -> ``evacuated · civilians · Aleppo (east)``."""
    text = str(key)
    event, _, rest = text.partition("/")
    group, _, place = rest.partition("/")
    return f"{event} · {group} · {place_label(place)}"


def place_label(place: Any) -> str:
    """A place key as a reader writes it: ``Aleppo/east`` -> ``Aleppo (east)``; none -> ``no place``."""
    text = "" if place is None else str(place)
    if not text or text == "-":
        return NO_PLACE_LABEL
    name, _, part = text.partition("/")
    return f"{name} ({part.replace('/', ', ')})" if part else name


def label_to_key(text: str) -> str:
    """A label typed back (``evacuated · civilians · Aleppo (east)``) as the key it stands for; a key unchanged."""
    if "·" not in text:
        return text
    bits = [b.strip() for b in text.split("·")]
    if len(bits) < 2:
        return text
    event, group = bits[0], bits[1]
    place = bits[2] if len(bits) > 2 else ""
    if not place or place.casefold() == NO_PLACE_LABEL:
        return f"{event}/{group}"
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", place)
    if m:
        place = f"{m.group(1)}/{'/'.join(p.strip() for p in m.group(2).split(','))}"
    return f"{event}/{group}/{place}"


def bounds(low: float | None, high: float | None) -> str:
    """A value's bounds in words: "at least 250,000", "at most 40,000", "250,000 to 300,000", "8,461"."""
    from headcount.reconcile.findings import rng

    return "no number" if low is None and high is None else rng(low, high)


def period_label(start: date | None, end: date | None, joiner: str) -> str:
    """A figure's period in words: "undated", one day, or its first and last day joined (" to " on a page,
    ".." in a terminal table, where columns are narrow)."""
    if end is None:
        return "undated"
    if start and start != end:
        return f"{start.isoformat()}{joiner}{end.isoformat()}"
    return end.isoformat()


def finding_words(kind: str) -> str:
    """A finding type in plain words (an unknown type as itself, underscores as spaces)."""
    return FINDING_WORDS.get(kind, kind.replace("_", " "))


def looks_like_hash(text: str | None) -> bool:
    """A content id (hex digits) that must never be shown to a reader as an outlet's name."""
    return bool(text) and _HEX_ID.fullmatch(text or "") is not None


def outlet_name(outlet: str | None, url: str | None = None, name: str | None = None) -> str:
    """Who published a document, for a reader: the outlet, else the URL's host, else the file or feed name the
    input gave it; never a content hash ("" when nothing better is known)."""
    if outlet and not looks_like_hash(outlet):
        return outlet
    if url:
        from urllib.parse import urlsplit

        host = urlsplit(url).hostname
        if host:
            return host[4:] if host.startswith("www.") else host
    if name and not looks_like_hash(name):
        return name.rsplit("/", 1)[-1] if "://" not in name else name
    return ""
