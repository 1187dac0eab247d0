"""API tokens: create (shown once), verify in constant time, list and revoke.

The token a user holds is ``hct.<id>.<secret>``; the ledger keeps the id and sha256(secret). Verifying
looks the row up by its id (an index, not a scan) and compares the stored and presented hashes with
``hmac.compare_digest``, so the time taken does not depend on how many characters matched. An unknown id
still hashes and compares against a dummy, so "no such token" and "wrong secret" take the same time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, insert, select, update

from headcount.errors import ConfigError
from headcount.store.web_tables import api_tokens

PREFIX = "hct"
_SHAPE = re.compile(r"hct\.([0-9a-f]{12})\.([A-Za-z0-9_-]{20,100})")
_NAME = re.compile(r"[\w .@-]{1,80}")
_DUMMY = hashlib.sha256(b"no such token").hexdigest()


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: str
    name: str
    created_at: str
    last_used: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create(engine: Engine, name: str) -> str:
    """Make a token named ``name`` and return it; only its hash is kept, so it cannot be shown again."""
    name = " ".join(name.split())
    if not _NAME.fullmatch(name):
        raise ConfigError("a token name is 1-80 letters, digits, spaces or . @ _ -", where=f"token {name!r}")
    with engine.begin() as conn:
        if conn.execute(select(api_tokens.c.id).where(api_tokens.c.name == name)).first():
            raise ConfigError("a token with this name exists; revoke it first or pick another name",
                              where=f"token {name!r}")
        tid, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        conn.execute(insert(api_tokens).values(id=tid, name=name, hash=_hash(secret), created_at=_now()))
    return f"{PREFIX}.{tid}.{secret}"


def verify(engine: Engine, token: str | None) -> str | None:
    """The name of the token's owner when ``token`` is valid, else None."""
    found = check(engine, token)
    return found[1] if found else None


def check(engine: Engine, token: str | None) -> tuple[str, str] | None:
    """The token's id and its owner's name when ``token`` is valid, else None."""
    if not token:
        return None
    m = _SHAPE.fullmatch(token.strip())
    tid, secret = (m.group(1), m.group(2)) if m else ("", token)
    row = None
    if m:
        with engine.connect() as conn:
            row = conn.execute(select(api_tokens.c.name, api_tokens.c.hash, api_tokens.c.last_used)
                               .where(api_tokens.c.id == tid)).first()
    stored = row.hash if row is not None else _DUMMY
    ok = hmac.compare_digest(stored.encode(), _hash(secret).encode())
    if row is None or not ok:
        return None
    now = _now()
    if row.last_used is None or row.last_used[:16] != now[:16]:
        with engine.begin() as conn:
            conn.execute(update(api_tokens).where(api_tokens.c.id == tid).values(last_used=now))
    return tid, str(row.name)


def name_of(engine: Engine, token_id: str) -> str | None:
    """The name of the token with this id while it exists (a browser session holds the id, never the token)."""
    with engine.connect() as conn:
        row = conn.execute(select(api_tokens.c.name).where(api_tokens.c.id == token_id)).first()
    return str(row.name) if row is not None else None


def tokens(engine: Engine) -> list[TokenInfo]:
    with engine.connect() as conn:
        rows = conn.execute(select(api_tokens.c.id, api_tokens.c.name, api_tokens.c.created_at,
                                   api_tokens.c.last_used).order_by(api_tokens.c.name)).all()
    return [TokenInfo(r.id, r.name, r.created_at, r.last_used) for r in rows]


def revoke(engine: Engine, name: str) -> bool:
    """Delete the token named ``name``; True when there was one."""
    with engine.begin() as conn:
        return bool(conn.execute(delete(api_tokens).where(api_tokens.c.name == name)).rowcount)
