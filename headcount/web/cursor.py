"""Keyset page cursors for claim lists: where a page ended, so the next page starts there.

Claim lists are ordered newest first, then by document id, then by position in the document (the order of the
``web_order_*`` indexes). A page asked for by ``offset`` makes the database walk that index over every earlier
row, so a deep page cost O(offset) (190 ms of server CPU at offset 100,000 on SQLite). A cursor names the last
row shown, (published, document id, position), and the next page is read from the index just after it: every
page costs what the first does. It also carries the number of rows before the next page, only so that a page
can say "claims 1,001 to 1,050"; it plays no part in the query.

The cursor comes back from the client, so it is untrusted: it is decoded strictly (a JSON list of exactly
those four types, bounded lengths) and only ever used as bound parameters; anything else is a ``ValueError``
that the API answers with 422.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

MAX_TOKEN = 400  # characters: far above any real cursor, so a huge parameter is refused before decoding


@dataclass(frozen=True, slots=True)
class Cursor:
    published: str | None  # the last row's document date as stored (None: undated, sorted last)
    doc_id: str
    idx: int  # the last row's position in its document
    shown: int  # rows before the page this cursor starts

    def encode(self) -> str:
        raw = json.dumps([self.published, self.doc_id, self.idx, self.shown], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(token: str) -> Cursor:
    """The cursor a ``next`` link carries, or ValueError saying why it is not one."""
    if not token or len(token) > MAX_TOKEN:
        raise ValueError("not a page cursor (use the `next` value of the previous page)")
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ValueError("not a page cursor (use the `next` value of the previous page)") from None
    if not (isinstance(data, list) and len(data) == 4):
        raise ValueError("not a page cursor (use the `next` value of the previous page)")
    published, doc_id, idx, shown = data
    ok = ((published is None or (isinstance(published, str) and len(published) <= 64))
          and isinstance(doc_id, str) and 0 < len(doc_id) <= 64
          and type(idx) is int and idx >= 0 and type(shown) is int and shown >= 0)
    if not ok:
        raise ValueError("not a page cursor (use the `next` value of the previous page)")
    return Cursor(published, doc_id, idx, shown)
