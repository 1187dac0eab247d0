"""Browser sessions kept in the ledger's database, so that every worker process of ``headcount serve
--workers N`` knows every session and makes the same CSRF values.

The same rules as ``sessions.Sessions`` (which keeps them in one process's memory): the cookie holds a random
id, the table its sha256 and the id of the token it signed in with (never the token); a session idle for
``IDLE`` seconds ends; the CSRF value is an HMAC of the session id, here under a key made once per ledger
(``web_keys``). ``seen`` is written at most once a minute, so reading a page does not write every time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from headcount.store.web_tables import web_keys, web_sessions
from headcount.web.sessions import IDLE, MAX_SESSIONS, Sessions

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


class StoredSessions(Sessions):
    """``Sessions`` with the signed-in sessions and the CSRF key in the database."""

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self._key = csrf_key(engine)

    def open(self, token_id: str) -> str:
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

    def csrf(self, session_id: str) -> str:
        return hmac.new(self._key, b"csrf:" + session_id.encode(), hashlib.sha256).hexdigest()
