"""Security at the edge of the web app: response headers, who is asking (tokens), and CSRF on forms.

- Every response carries a Content-Security-Policy that allows scripts, styles and fetches from this
  origin only and no inline script at all (the pages' JavaScript is in static files), plus nosniff,
  no framing and a same-origin referrer policy.
- Writes need an API token: ``Authorization: Bearer hct....`` on the API; in the browser, the token is
  given once on the sign-in page, which opens a server-side session (``sessions.py``): the cookie holds
  only a random session id, HttpOnly and SameSite=Strict, named ``__Host-hc_session`` and Secure when the
  app is reached over HTTPS.
- Forms that write carry a CSRF value bound to the session (an HMAC of its id, compared in constant time).
- Every state-changing request (POST, PUT, PATCH, DELETE; pages and API alike) from a browser must come
  from the app's own origin: ``Origin`` must name this host and port (or, without ``Origin``,
  ``Sec-Fetch-Site`` must be same-origin). SameSite does not stop a page on another port of the same host
  (same site, other origin); this check does. Clients that send neither header (curl, scripts) pass on to
  the token check.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]
SESSION_COOKIE = "hc_session"
SECURE_SESSION_COOKIE = "__Host-hc_session"  # over HTTPS: Secure, Path=/, no Domain (the browser enforces it)
CSRF_FIELD = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class SecurityHeaders:
    """Pure ASGI middleware (no per-request task, unlike BaseHTTPMiddleware): adds HEADERS to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *((k, v) for k, v in HEADERS if k not in have)]
            await send(message)

        await self.app(scope, receive, with_headers)


def bearer(authorization: str | None) -> str | None:
    """The token in an ``Authorization: Bearer ...`` header, if any."""
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def session_cookie_name(https: bool) -> str:
    return SECURE_SESSION_COOKIE if https else SESSION_COOKIE


def cross_origin(method: str, host: str | None, origin: str | None, fetch_site: str | None) -> str | None:
    """Why a request may not change anything (it came from another origin), or None when it may.

    ``host`` is the Host header the request was sent to; ``origin`` and ``fetch_site`` are the browser's
    ``Origin`` and ``Sec-Fetch-Site`` headers. Safe methods always pass."""
    if method.upper() in SAFE_METHODS:
        return None
    if origin is not None:
        if origin == "null" or not host:
            return f"a write from origin {origin!r} is refused: it must come from this site's own pages"
        if urlsplit(origin).netloc.lower() != host.lower():
            return f"a write from {origin} is refused: it must come from this site's own pages"
        return None
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return f"a {fetch_site} write is refused: it must come from this site's own pages"
    return None
