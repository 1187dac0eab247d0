"""Browser sessions: a random id in the cookie, who it belongs to kept in the ledger's database, CSRF bound to
the id.

Cookies ignore the port, so every other server on the same host (another app on 127.0.0.1:8080, say)
receives the app's cookies and can set its own. The cookie therefore never holds the API token: signing in
checks the token once and opens a session, a random id whose sha256 the server maps to the token's id
(never the token). A revoked token ends its sessions at the next request; signing out, or a session idle
for ``IDLE`` seconds, ends it on the server, so a copied cookie stops working.

Every visitor has a session id (signed in or not), so forms carry a CSRF value even before signing in: an
HMAC of the session id under a key made once per ledger (``web_keys``), so it cannot be computed without the
key, changes with the session, and needs no cookie of its own (a cookie another port could overwrite).

Sessions and the key are in the database so that every worker process of ``headcount serve --workers N``
knows every session and makes the same CSRF values, and a restart keeps them. ``seen`` is written at most once
a minute, so reading a page does not write every time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from headcount.store.web_tables import web_keys, web_sessions

IDLE = 12 * 3600  # seconds a signed-in session lasts without a request
MAX_SESSIONS = 10_000
TOUCH_S = 60.0


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def csrf_key(engine: Engine) -> bytes:
    """The ledger's CSRF key: made by the first worker that asks, read by the others."""
    with engine.begin() as conn:
        got = conn.scalar(select(web_keys.c.value).where(web_keys.c.name == "csrf"))
    if got is None:
        try:
            with engine.begin() as conn:
                conn.execute(insert(web_keys).values(name="csrf", value=secrets.token_hex(32)))
        except IntegrityError:  # another worker made it first
            pass
        with engine.begin() as conn:
            got = conn.scalar(select(web_keys.c.value).where(web_keys.c.name == "csrf"))
    return bytes.fromhex(str(got))


class StoredSessions:
    """Signed-in sessions by sha256 of their id, in ``web_sessions``; the CSRF values of any session id."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._key = csrf_key(engine)

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
        """A new signed-in session for the token ``token_id``; returns its id (for the cookie only). Idle
        sessions go; when ``MAX_SESSIONS`` are open, the least recently seen go first."""
        sid = self.new_id()
        now = time.time()
        s = web_sessions.c
        with self.engine.begin() as conn:
            conn.execute(delete(web_sessions).where(s.seen < now - IDLE))
            over = select(s.digest).order_by(s.seen.desc()).offset(MAX_SESSIONS - 1).scalar_subquery()
            conn.execute(delete(web_sessions).where(s.seen <= select(s.seen).where(s.digest == over)
                                                    .scalar_subquery()))  # full: the least recently seen go
            conn.execute(insert(web_sessions).values(digest=_digest(sid), token_id=token_id, seen=now))
        return sid

    def token_id(self, session_id: str | None) -> str | None:
        """The token id of a live signed-in session, else None (an expired one is dropped)."""
        if not session_id:
            return None
        d = _digest(session_id)
        now = time.time()
        with self.engine.connect() as conn:
            row = conn.execute(select(web_sessions).where(web_sessions.c.digest == d)).first()
        if row is None:
            return None
        if now - row.seen > IDLE:
            self.close(session_id)
            return None
        if now - row.seen > TOUCH_S:
            with self.engine.begin() as conn:
                conn.execute(update(web_sessions).where(web_sessions.c.digest == d).values(seen=now))
        return str(row.token_id)

    def close(self, session_id: str | None) -> None:
        if session_id:
            with self.engine.begin() as conn:
                conn.execute(delete(web_sessions).where(web_sessions.c.digest == _digest(session_id)))
