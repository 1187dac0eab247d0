"""Security at the edge of the web app: response headers, who is asking (tokens), and CSRF on forms.

- Every response carries a Content-Security-Policy that allows scripts, styles and fetches from this
  origin only and no inline script at all (the pages' JavaScript is in static files), plus nosniff,
  no framing and a same-origin referrer policy.
- Writes need an API token: ``Authorization: Bearer hct....`` on the API; in the browser, the token is
  given once on the sign-in page and kept in an HttpOnly, SameSite=Strict cookie.
- Forms that write carry a CSRF value that must equal the ``hc_csrf`` cookie (double submit, compared in
  constant time); SameSite=Strict cookies are a second line.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]
SESSION_COOKIE = "hc_session"
CSRF_COOKIE = "hc_csrf"
CSRF_FIELD = "csrf"

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


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(cookie: str | None, submitted: str | None) -> bool:
    """Double submit: the form's value equals the cookie's, compared in constant time."""
    if not cookie or not submitted:
        return False
    return hmac.compare_digest(cookie.encode(), submitted.encode())
