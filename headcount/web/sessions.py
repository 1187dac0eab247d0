"""Browser sessions: a random id in the cookie, who it belongs to kept on the server, CSRF bound to the id.

Cookies ignore the port, so every other server on the same host (another app on 127.0.0.1:8080, say)
receives the app's cookies and can set its own. The cookie therefore never holds the API token: signing in
checks the token once and opens a session, a random id whose sha256 the server maps to the token's id
(never the token). A revoked token ends its sessions at the next request; signing out, or a session idle
for ``IDLE`` seconds, ends it on the server, so a copied cookie stops working. Sessions live in memory:
a restart signs everyone out, which is the safe direction.

Every visitor has a session id (signed in or not), so forms carry a CSRF value even before signing in: an
HMAC of the session id under a key made at start, so it cannot be computed without the key, changes with
the session, and needs no cookie of its own (a cookie another port could overwrite).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass

IDLE = 12 * 3600  # seconds a signed-in session lasts without a request
MAX_SESSIONS = 10_000


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


@dataclass(slots=True)
class Session:
    token_id: str
    seen: float


class Sessions:
    """Signed-in sessions by sha256 of their id; the CSRF values of any session id."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)
        self._by_digest: dict[str, Session] = {}
        self._lock = threading.Lock()

    @staticmethod
    def new_id() -> str:
        return secrets.token_urlsafe(32)

    def csrf(self, session_id: str) -> str:
        """The CSRF value for forms of this session."""
        return hmac.new(self._key, b"csrf:" + session_id.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, session_id: str | None, submitted: str | None) -> bool:
        if not session_id or not submitted:
            return False
        return hmac.compare_digest(self.csrf(session_id).encode(), submitted.encode())

    def open(self, token_id: str) -> str:
        """A new signed-in session for the token ``token_id``; returns its id (for the cookie only)."""
        sid = self.new_id()
        now = time.monotonic()
        with self._lock:
            if len(self._by_digest) >= MAX_SESSIONS:
                self._expire(now)
            self._by_digest[_digest(sid)] = Session(token_id, now)
        return sid

    def token_id(self, session_id: str | None) -> str | None:
        """The token id of a live signed-in session, else None (an expired one is dropped)."""
        if not session_id:
            return None
        d = _digest(session_id)
        now = time.monotonic()
        with self._lock:
            s = self._by_digest.get(d)
            if s is None:
                return None
            if now - s.seen > IDLE:
                del self._by_digest[d]
                return None
            s.seen = now
            return s.token_id

    def close(self, session_id: str | None) -> None:
        if session_id:
            with self._lock:
                self._by_digest.pop(_digest(session_id), None)

    def _expire(self, now: float) -> None:
        for d in [d for d, s in self._by_digest.items() if now - s.seen > IDLE]:
            del self._by_digest[d]
        while len(self._by_digest) >= MAX_SESSIONS:  # still full: the least recently seen go first
            del self._by_digest[min(self._by_digest, key=lambda d: self._by_digest[d].seen)]
