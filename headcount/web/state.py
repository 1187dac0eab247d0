"""What every request handler shares: the open ledger, the background refresh, the ingest jobs, the settings.

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
from headcount.web.live import Live
from headcount.web.security import bearer, cross_origin, session_cookie_name
from headcount.web.stored_sessions import StoredSessions

PACKAGE = Path(__file__).parent


@dataclass(slots=True)
class Web:
    ledger: Ledger
    live: Live
    jobs: JobRunner
    store: ReconcileStore
    private: bool
    templates: Jinja2Templates
    sessions: StoredSessions
    max_upload: int = 20 * 1024 * 1024


class NeedSignIn(Exception):
    """A page of a private app asked for without a session: the handler sends the browser to sign in."""


def web(request: Request) -> Web:
    w: Web = request.app.state.web
    return w


def https(request: Request) -> bool:
    return request.url.scheme == "https"


def session_id(request: Request) -> str | None:
    """The session id in the browser's cookie (``__Host-hc_session`` over HTTPS), if any."""
    return request.cookies.get(session_cookie_name(https(request)))


def session_user(request: Request) -> str | None:
    """The token name of the browser's signed-in session, while the session and its token last."""
    w = web(request)
    tid = w.sessions.token_id(session_id(request))
    return tokens.name_of(w.ledger.engine, tid) if tid is not None else None


def same_origin(request: Request) -> None:
    """Every state-changing request from a browser comes from this site's own pages (see ``security``)."""
    why = cross_origin(request.method, request.headers.get("host"), request.headers.get("origin"),
                       request.headers.get("sec-fetch-site"))
    if why is not None:
        raise HTTPException(403, why)


def api_reader(request: Request) -> str | None:
    """API reads: open, or with ``--private`` a token in the Authorization header or a signed-in session."""
    w = web(request)
    if not w.private:
        return None
    tok = bearer(request.headers.get("authorization"))
    name = tokens.verify(w.ledger.engine, tok) if tok else session_user(request)
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
