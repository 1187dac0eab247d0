"""The web session never carries the API token, and a page on another port of the same host cannot write.

Cookies ignore the port, so a page served from another port of 127.0.0.1 receives every cookie of the app
and can set cookies the app then reads. The test signs in, then opens such a page (a real HTTP server of
its own on a free port, in the same headless Chromium): the page's server records the cookies it is sent,
overwrites the CSRF cookie the old app relied on, and the page posts a settle form and a fetch to the app.
Nothing it receives holds the token, and nothing is written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from web_helpers import Server, free_port, sign_in

from headcount.store.ledger import Ledger
from headcount.web import stored_sessions as sessions
from headcount.web.security import cross_origin
from headcount.web.stored_sessions import StoredSessions

SERIES = "evacuated/civilians/Aleppo/east"


class Evil:
    """A page on another port: records what the browser sends it, sets cookies, posts to the app."""

    def __init__(self, target: str) -> None:
        self.seen: list[str] = []
        self.port = free_port()
        self.target = target
        evil = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                evil.seen.append(self.headers.get("cookie") or "")
                body = evil.page().encode()
                self.send_response(200)
                self.send_header("content-type", "text/html; charset=utf-8")
                # what a co-hosted page can do to the app's cookies: replace the CSRF cookie with its own value
                for name in ("hc_csrf", "hc_session_csrf"):
                    self.send_header("set-cookie", f"{name}=evil; Path=/; SameSite=Strict")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def page(self) -> str:
        return f"""<!doctype html><html><body>
<form id="f" method="post" action="{self.target}/settle">
<input name="key" value="{SERIES}"><input name="value" value="1">
<input name="csrf" value="evil"><input name="note" value="forged"></form>
<script>
fetch("{self.target}/api/settled", {{method: "POST", mode: "no-cors", credentials: "include",
  headers: {{"content-type": "text/plain"}}, body: JSON.stringify({{key: "{SERIES}", value: 2}})}})
  .finally(() => document.getElementById("f").submit());
</script></body></html>"""

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()  # shutdown() only stops the loop; the listening socket must be closed too


@pytest.fixture
def evil(writable_server: Server) -> Iterator[Evil]:
    e = Evil(writable_server.url)
    yield e
    e.close()


def settled(server: Server) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = httpx.get(server.url + "/api/settled", timeout=60).json()["items"]
    return items


def test_web_session_cookie_is_not_the_token(writable_server: Server, page: Any) -> None:
    sign_in(page, writable_server)
    cookies = page.context.cookies()
    assert cookies, "signing in sets a session cookie"
    for c in cookies:
        assert writable_server.token not in c["value"]
        assert writable_server.token.split(".")[-1] not in c["value"]
    session = [c for c in cookies if "session" in c["name"]]
    assert session and all(c["httpOnly"] and c["sameSite"] == "Strict" for c in session)


def test_web_session_other_port_gets_no_token_and_writes_nothing(writable_server: Server, page: Any,
                                                                  evil: Evil) -> None:
    srv = writable_server
    sign_in(page, srv)
    page.goto(srv.url + f"/series/{SERIES}")
    assert page.locator("form.settle").count() == 1  # signed in: the app itself may write
    before = settled(srv)
    page.goto(evil.url + "/")
    page.wait_for_url(f"{srv.url}/**", timeout=30_000)  # the forged form landed on the app
    page.wait_for_load_state()
    assert evil.seen, "the page on the other port was loaded"
    secret = srv.token.split(".")[-1]
    assert all(secret not in cookies for cookies in evil.seen), evil.seen
    srv.wait_fresh()
    assert settled(srv) == before
    assert "forged" not in page.content()
    # the signed-in session still works from the app's own pages
    page.goto(srv.url + f"/series/{SERIES}")
    assert page.locator("form.settle").count() == 1


def test_web_session_sign_out_ends_the_session_on_the_server(writable_server: Server, page: Any) -> None:
    srv = writable_server
    sign_in(page, srv)
    old = {c["name"]: c["value"] for c in page.context.cookies()}
    page.goto(srv.url + "/signin")
    page.click("#signout button[type=submit]")
    page.wait_for_load_state()
    # the old session cookie, replayed, no longer signs anyone in
    resp = httpx.get(srv.url + f"/series/{SERIES}", cookies=old, timeout=60)
    assert resp.status_code == 200 and 'class="settle"' not in resp.text


hosts = st.from_regex(r"[a-z0-9]{1,12}(\.[a-z]{2,5})?(:[0-9]{1,5})?", fullmatch=True)


@given(method=st.sampled_from(["POST", "PUT", "PATCH", "DELETE"]), host=hosts, other=hosts,
       scheme=st.sampled_from(["http", "https"]))
def test_web_session_only_the_own_origin_may_write(method: str, host: str, other: str, scheme: str) -> None:
    assert cross_origin(method, host, f"{scheme}://{host}", None) is None
    assert cross_origin(method, host, f"{scheme}://{host}", "same-origin") is None
    if other.lower() != host.lower():
        assert cross_origin(method, host, f"{scheme}://{other}", None)
        assert cross_origin(method, host, f"{scheme}://{other}", "same-origin")  # Origin wins over the hint
    assert cross_origin(method, host, "null", None)
    assert cross_origin(method, host, None, "same-site") and cross_origin(method, host, None, "cross-site")
    assert cross_origin(method, host, None, None) is None  # curl and scripts: the token check decides
    for safe in ("GET", "HEAD", "OPTIONS"):
        assert cross_origin(safe, host, f"{scheme}://{other}x", "cross-site") is None


def test_web_session_ids_expire_and_close(tmp_path: Path) -> None:
    from sqlalchemy import update

    from headcount.store.web_tables import web_sessions

    with (Ledger.open(str(tmp_path / "one.db"), create=True) as one,
          Ledger.open(str(tmp_path / "other.db"), create=True) as other):
        s = StoredSessions(one.engine)
        sid = s.open("abc123")
        assert s.token_id(sid) == "abc123" and s.token_id(sid + "x") is None and s.token_id(None) is None
        assert s.csrf_ok(sid, s.csrf(sid)) and not s.csrf_ok(sid, s.csrf(StoredSessions.new_id()))
        assert not StoredSessions(other.engine).csrf_ok(sid, s.csrf(sid))  # another ledger's key: another value
        with one.engine.begin() as conn:
            conn.execute(update(web_sessions).values(seen=web_sessions.c.seen - sessions.IDLE - 1))
        assert s.token_id(sid) is None
        sid = s.open("abc123")
        s.close(sid)
        assert s.token_id(sid) is None
