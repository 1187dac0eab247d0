"""Merging two parties from the web: the form on a party page, behind the sign-in, CSRF and Origin checks.

No browser: an HTTP client keeps the session cookie as a browser would, reads the CSRF value from the page
and posts the form. A post without the page's CSRF value, or from another origin, changes nothing.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
from web_helpers import Server


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "the page carries a CSRF value"
    return m.group(1)


def _signed_in(srv: Server) -> httpx.Client:
    client = httpx.Client(base_url=srv.url, timeout=120, follow_redirects=False)
    page = client.get("/signin")
    r = client.post("/signin", data={"token": srv.token, "csrf": _csrf(page.text), "next": "/"})
    assert r.status_code == 303
    return client


def _parties(srv: Server) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = httpx.get(srv.url + "/api/parties", params={"limit": 200},
                                            timeout=120).json()["items"]
    return items


def test_web_party_merge_form(writable_server: Server) -> None:
    srv = writable_server
    parties = _parties(srv)
    assert len(parties) >= 2
    a, b = parties[-1], parties[0]  # the party with fewest claims goes into the one with most
    client = _signed_in(srv)
    try:
        page = client.get(f"/parties/{a['key']}")
        assert page.status_code == 200 and 'id="party-merge"' in page.text
        token = _csrf(page.text)
        # another origin, and a missing CSRF value: refused, nothing written
        forged = client.post("/party-merge", data={"key": a["key"], "into": b["key"], "csrf": token},
                             headers={"origin": "http://127.0.0.1:1"})
        assert forged.status_code == 403
        no_csrf = client.post("/party-merge", data={"key": a["key"], "into": b["key"], "csrf": "x"})
        assert no_csrf.status_code in (400, 403)
        srv.wait_fresh()
        assert a["key"] in {p["key"] for p in _parties(srv)}
        # the page's own form: merged, and the answer leads to the party it went into
        done = client.post("/party-merge", data={"key": a["key"], "into": b["name"], "csrf": token})
        assert done.status_code == 303 and done.headers["location"].startswith("/parties/")
        srv.wait_fresh()
        after = {p["key"]: p for p in _parties(srv)}
        assert a["key"] not in after
        assert after[b["key"]]["claims"] == b["claims"] + a["claims"]
        # merging a party into itself is refused
        again = client.post("/party-merge", data={"key": b["key"], "into": b["key"], "csrf": token})
        assert again.status_code == 422
    finally:
        client.close()
