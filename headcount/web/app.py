"""The ASGI app: FastAPI for the JSON API (and its OpenAPI document), Jinja2 pages, static files.

``create_app(db)`` opens the ledger (it must exist and be at the current schema) and returns the app at once:
pages and the API read the database per request (nothing is loaded at start), and a background thread keeps
the stored findings and the web's tables in step with the ledger (``headcount.web.live``). ``headcount
serve`` runs it with uvicorn, in one process or ``--workers N`` (``app_from_env``). Errors have one JSON shape
on the API, ``{"error": {"status": ..., "message": ...}}``, and a friendly page in the browser; a bug shows
"internal error" (the traceback goes to the server's log only).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from headcount import __version__
from headcount.errors import HeadcountError
from headcount.ingest.batch import IngestOptions
from headcount.ingest.fetch import FetchOptions
from headcount.reconcile.findings import fmt, rng
from headcount.store.ledger import Ledger
from headcount.store.reconcile_repo import ReconcileStore
from headcount.web import api, pages
from headcount.web.jobs import JobRunner
from headcount.web.live import Live
from headcount.web.security import SecurityHeaders
from headcount.web.state import PACKAGE, NeedSignIn, Web
from headcount.web.stored_sessions import StoredSessions

log = logging.getLogger(__name__)

STATUS_WORDS = {400: "Bad request", 401: "Sign-in needed", 403: "Not allowed", 404: "Not found",
                405: "Method not allowed", 413: "Too large", 415: "Unsupported file", 422: "Invalid input",
                500: "Internal error"}


def _get(d: object, name: str) -> str | None:
    """A field of a dict (a claim row) or of a record (a Document)."""
    value = d.get(name) if isinstance(d, dict) else getattr(d, name, None)
    return value if isinstance(value, str) else None


def templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(PACKAGE / "templates"))  # autoescape is on for .html
    t.env.filters["fmt"] = lambda v: "" if v is None else fmt(float(v))
    t.env.filters["rng"] = lambda c: rng(c.get("low"), c.get("high"))
    t.env.globals["quote"] = quote
    from headcount.reconcile.labels import finding_words, outlet_name
    from headcount.web.views import key_label, plural

    t.env.filters["plural"] = plural
    t.env.filters["label"] = key_label
    t.env.filters["finding_words"] = finding_words
    t.env.filters["outlet"] = lambda outlet, url=None: outlet_name(outlet, url)
    from headcount.ingest.dates import date_label

    # a document's date, or how an undated one was dated ("2016-12-13 or later, dated by an estimate ...")
    t.env.filters["dated"] = lambda d: "" if not d else date_label(
        _get(d, "published"), _get(d, "dated_by"), _get(d, "approx_date"), none="")
    return t


def create_app(db: str, *, private: bool = False, fetch: FetchOptions | None = None,
               max_upload_mb: float = 20.0, reconcile_at_start: bool = True) -> FastAPI:
    """The app over the ledger ``db`` (a SQLite path or a database URL)."""
    ledger = Ledger.open(db)
    _pool_for_requests(ledger)
    live = Live(ledger.engine, reconcile=reconcile_at_start)
    max_bytes = int(max_upload_mb * 1024 * 1024)
    opts = IngestOptions(fetch or FetchOptions(max_bytes=max_bytes), max_bytes=max_bytes)
    jobs = JobRunner(ledger, opts, on_done=live.poke)
    state = Web(ledger=ledger, live=live, jobs=jobs, store=ReconcileStore(ledger.engine), private=private,
                templates=templates(), max_upload=max_bytes, sessions=StoredSessions(ledger.engine))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        live.start()
        yield
        live.stop()
        jobs.stop()
        ledger.close()

    app = FastAPI(title="headcount", version=__version__, openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, lifespan=lifespan,
                  description="Counts of people in the news: claims, series, findings, parties, track records.")
    app.state.web = state
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(PACKAGE / "static")), name="static")
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(HeadcountError, _headcount_error)  # type: ignore[arg-type]
    app.add_exception_handler(NeedSignIn, _sign_in)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _internal)
    app.add_middleware(SecurityHeaders)
    return app


POOL = 24  # connections kept open: about one per request thread under load, each with its SQLite settings


def _pool_for_requests(ledger: Ledger) -> None:
    """Every request reads the database now: keep POOL connections rather than the default five (beyond the
    pool each checkout opened a new connection, and on SQLite ran its PRAGMAs, and closed it after)."""
    from sqlalchemy import event
    from sqlalchemy.pool import QueuePool

    if ledger.engine.dialect.name == "sqlite":
        event.listen(ledger.engine, "connect", _small_page_cache)
    old = ledger.engine.pool
    if isinstance(old, QueuePool):
        ledger.engine.pool = QueuePool(old._creator, pool_size=POOL, max_overflow=16, pre_ping=old._pre_ping,
                                       timeout=old._timeout, recycle=old._recycle, reset_on_return=old._reset_on_return,
                                       _dispatch=old.dispatch, dialect=old._dialect)
        old.dispose()


SQLITE_CACHE_KB = 4096


def _small_page_cache(dbapi_conn: Any, _record: Any) -> None:
    """Each SQLite connection keeps its own page cache (64 MB for the ledger's bulk writers): times POOL
    connections, the app's memory would grow with the ledger up to gigabytes. Requests read a few pages each;
    the operating system's file cache, shared and outside the process, holds the rest."""
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
    cur.close()


ENV = "HEADCOUNT_WEB"


def app_from_env() -> FastAPI:
    """The app for ``uvicorn --workers N`` (each worker process imports and calls this): the settings of
    ``headcount serve`` come as JSON in the HEADCOUNT_WEB environment variable."""
    import json
    import os

    s = json.loads(os.environ[ENV])
    fetch = FetchOptions(allow_private=bool(s["allow_private"]), max_bytes=int(s["max_mb"] * 1024 * 1024))
    return create_app(s["db"], private=bool(s["private"]), max_upload_mb=float(s["max_mb"]), fetch=fetch)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def error_response(request: Request, status: int, message: str) -> Response:
    """The one error shape on the API; a page with the same message in the browser."""
    message = " ".join(str(message).split()) or STATUS_WORDS.get(status, "Error")
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    w: Web = request.app.state.web
    from headcount.web.state import session_user
    from headcount.web.views import back_link

    try:
        user = session_user(request)  # the header shows the same signed-in state as every other page
    except Exception:  # an error page must not fail on a session it cannot read
        user = None
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    ctx: dict[str, Any] = {"status": status, "title": STATUS_WORDS.get(status, "Error"), "message": message,
                           "user": user, "private": w.private, "csrf": "",
                           "back": back_link(request.headers.get("referer"), request.headers.get("host"), here)}
    return w.templates.TemplateResponse(request, "error.html", ctx, status_code=status)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    elif exc.status_code == 405 and message == "Method Not Allowed":
        message = f"{request.method} is not allowed on {request.url.path}"
    return error_response(request, exc.status_code, message)


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    from headcount.web.views import invalid_words

    return error_response(request, 422, "; ".join(invalid_words(dict(e)) for e in exc.errors()[:3]))


async def _headcount_error(request: Request, exc: HeadcountError) -> Response:
    return error_response(request, 400, str(exc))


async def _sign_in(request: Request, _exc: NeedSignIn) -> Response:
    return RedirectResponse(f"/signin?next={request.url.path}", status_code=303)


async def _internal(request: Request, exc: Exception) -> Response:
    log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error; the server's log has the details")
