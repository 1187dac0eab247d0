"""What every request handler shares: the open ledger, the snapshot cache, the ingest jobs, the settings.

Kept on ``app.state.web``; ``web(request)`` fetches it with its type, and ``reader``/``writer`` say who is
asking: reading is open unless the app runs ``--private``; writing always needs a valid API token.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.templating import Jinja2Templates

from headcount.store.ledger import Ledger
from headcount.store.reconcile_repo import ReconcileStore
from headcount.web import tokens
from headcount.web.jobs import JobRunner
from headcount.web.security import SESSION_COOKIE, bearer
from headcount.web.snapshot import SnapshotCache

PACKAGE = Path(__file__).parent


@dataclass(slots=True)
class Web:
    ledger: Ledger
    cache: SnapshotCache
    jobs: JobRunner
    store: ReconcileStore
    private: bool
    templates: Jinja2Templates
    max_upload: int = 20 * 1024 * 1024


class NeedSignIn(Exception):
    """A page of a private app asked for without a session: the handler sends the browser to sign in."""


def web(request: Request) -> Web:
    w: Web = request.app.state.web
    return w


def session_user(request: Request) -> str | None:
    """The token name of the browser's session cookie, when it holds a valid token."""
    return tokens.verify(web(request).ledger.engine, request.cookies.get(SESSION_COOKIE))


def api_reader(request: Request) -> str | None:
    """API reads: open, or with ``--private`` a token in the Authorization header or the session cookie."""
    w = web(request)
    if not w.private:
        return None
    tok = bearer(request.headers.get("authorization")) or request.cookies.get(SESSION_COOKIE)
    name = tokens.verify(w.ledger.engine, tok)
    if name is None:
        raise HTTPException(401, "this headcount is private: send an API token (Authorization: Bearer TOKEN)")
    return name


def api_writer(request: Request) -> str:
    """API writes: a valid token in the Authorization header, never a cookie (so no CSRF on the API)."""
    tok = bearer(request.headers.get("authorization"))
    if tok is None:
        raise HTTPException(401, "writing needs an API token: create one with `headcount token create NAME` "
                                 "and send it as Authorization: Bearer TOKEN")
    name = tokens.verify(web(request).ledger.engine, tok)
    if name is None:
        raise HTTPException(403, "the API token is not valid (revoked, or mistyped)")
    return name


def page_reader(request: Request) -> str | None:
    """Pages: open, or with ``--private`` a signed-in session (else the browser goes to the sign-in page)."""
    user = session_user(request)
    if web(request).private and user is None:
        raise NeedSignIn()
    return user
