"""The JSON API over a real ledger of the sample: error shape, paging, filters, CSV, OpenAPI, tokens, writes."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from web_helpers import Server, start_server


def get(server: Server, path: str, **kw: Any) -> httpx.Response:
    return httpx.get(server.url + path, timeout=60, **kw)


def assert_error(resp: httpx.Response, status: int) -> str:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status
    msg = body["error"]["message"]
    assert isinstance(msg, str) and msg and "\n" not in msg and "Traceback" not in msg
    return str(msg)


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/api/claims/0000000000000000", 404),
    ("GET", "/api/series/evacuated/nobody/Nowhere", 404),
    ("GET", "/api/parties/no-such-party", 404),
    ("GET", "/api/documents/nope", 404),
    ("GET", "/api/ingest/jobs/999", 404),
    ("GET", "/api/no/such/endpoint", 404),
    ("GET", "/api/claims?limit=0", 422),
    ("GET", "/api/claims?limit=100000", 422),
    ("GET", "/api/claims?since=yesterday", 422),
    ("GET", "/api/claims?kind=forever", 422),
    ("GET", "/api/claims?page=-1", 422),
    ("GET", "/api/claims?until=2020-13-45", 422),
    ("GET", "/api/claims?since=2021-02-30", 422),
    ("GET", "/api/findings?page=2", 422),
    ("GET", "/api/findings?type=nonsense", 422),
    ("DELETE", "/api/claims", 405),
    ("POST", "/api/settled", 401),
    ("POST", "/api/ingest", 401),
    ("PATCH", "/api/parties/un", 401),
])
def test_web_api_errors_have_one_shape(server: Server, method: str, path: str, status: int) -> None:
    resp = httpx.request(method, server.url + path, json={"key": "x"}, timeout=60)
    assert_error(resp, status)


@pytest.mark.parametrize(("path", "field"), [("/api/claims?page=-1", "page"), ("/api/series?pgae=2", "pgae"),
                                             ("/api/claims?until=2020-13-45", "until"),
                                             ("/api/claims?since=2019-02-29", "since"),
                                             ("/api/claims?until=2020-00", "until")])
def test_web_api_names_the_bad_field(server: Server, path: str, field: str) -> None:
    msg = assert_error(get(server, path), 422)
    assert msg.startswith(f"query.{field}: "), msg
    assert get(server, "/api/claims?until=2020-02-29&since=2016&limit=1").status_code == 200


def test_web_api_bad_token_is_refused(server: Server) -> None:
    for token in ("hct.000000000000.wrongwrongwrongwrongwrong", "garbage", server.token + "x"):
        resp = httpx.post(server.url + "/api/settled", json={"key": "evacuated/people/Aleppo", "value": 5},
                          headers={"authorization": f"Bearer {token}"}, timeout=60)
        assert "not valid" in assert_error(resp, 403)


def test_web_api_token_write_body_is_validated(server: Server) -> None:
    auth = {"authorization": f"Bearer {server.token}"}
    resp = httpx.post(server.url + "/api/settled", json={"key": "evacuated/people/Aleppo", "value": -3},
                      headers=auth, timeout=60)
    assert "value" in assert_error(resp, 422)
    resp = httpx.post(server.url + "/api/settled", json={"key": "evacuated/people/Aleppo", "low": 9, "high": 3},
                      headers=auth, timeout=60)
    assert "above" in assert_error(resp, 422)


def test_web_api_overview_counts(server: Server) -> None:
    body = get(server, "/api/overview").json()
    counts = body["counts"]
    assert counts["documents"] > 20 and counts["claims"] > 40 and counts["parties"] > 5 and counts["series"] > 5
    claims = [s["claims"] for s in body["top_series"]]
    assert claims == sorted(claims, reverse=True) and claims[0] >= 3
    assert body["latest_findings"]
    assert all({"id", "type", "explanation", "claims"} <= set(f) for f in body["latest_findings"])


def test_web_api_claims_pages_cover_everything_once(server: Server) -> None:
    first = get(server, "/api/claims?limit=7").json()
    total = first["total"]
    seen: list[str] = []
    for offset in range(0, total, 7):
        page = get(server, f"/api/claims?limit=7&offset={offset}").json()
        assert page["limit"] == 7 and page["offset"] == offset and page["total"] == total
        assert 0 < len(page["items"]) <= 7
        seen += [c["id"] for c in page["items"]]
    assert len(seen) == total == len(set(seen))
    assert get(server, f"/api/claims?limit=7&offset={total}").json()["items"] == []


def test_web_api_claim_filters(server: Server) -> None:
    by_party = get(server, "/api/claims?party=russia-mod&limit=500").json()
    assert by_party["total"] > 0 and all(c["party"]["key"] == "russia-mod" for c in by_party["items"])
    text = get(server, "/api/claims?text=children&limit=500").json()
    assert text["total"] > 0 and all("children" in c["sentence"].lower() for c in text["items"])
    dated = get(server, "/api/claims?since=2016-12-10&until=2016-12-15&limit=500").json()
    assert 0 < dated["total"] < get(server, "/api/claims").json()["total"]
    both = get(server, "/api/claims?party=russia-mod&event=evacuated&limit=500").json()
    assert 0 < both["total"] <= by_party["total"]
    assert all(c["event"] == "evacuated" and c["party"]["key"] == "russia-mod" for c in both["items"])
    key = get(server, "/api/overview").json()["top_series"][0]["key"]
    in_series = get(server, "/api/claims", params={"series": key, "limit": 500}).json()
    assert in_series["total"] == get(server, f"/api/series/{key}").json()["claims"]
    assert get(server, "/api/claims?place=Aleppo&limit=500").json()["total"] > 0


def test_web_api_csv_has_every_matching_claim(server: Server) -> None:
    resp = get(server, "/api/claims?format=csv&party=russia-mod")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    total = get(server, "/api/claims?party=russia-mod").json()["total"]
    assert len(rows) == total and all(r["party"] == "russia-mod" and r["sentence"] for r in rows)


def test_web_api_series_and_claim_documents(server: Server) -> None:
    key = get(server, "/api/overview").json()["top_series"][0]["key"]
    s = get(server, f"/api/series/{key}").json()
    assert s["key"] == key and s["reports"] and s["claims"] >= len(s["reports"])
    assert {p["key"] for p in s["parties"]} == {r["party"] for r in s["reports"]}
    cid = s["reports"][0]["claims"][0]
    one = get(server, f"/api/claims/{cid}").json()
    claim, doc = one["claim"], one["document"]
    assert doc["text"][claim["start"]:claim["end"]] == claim["figure"]
    assert claim["series"] == key and claim["report"]["id"] == s["reports"][0]["id"]
    assert get(server, f"/api/documents/{doc['id']}").json()["text"] == doc["text"]


def test_web_api_openapi_document(server: Server) -> None:
    spec = get(server, "/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    paths = spec["paths"]
    for p in ("/api/overview", "/api/claims", "/api/claims/{claim_id}", "/api/series/{key}", "/api/parties",
              "/api/findings", "/api/settled", "/api/ingest", "/api/ingest/jobs/{job_id}"):
        assert p in paths, p
    params = {x["name"] for x in paths["/api/claims"]["get"]["parameters"]}
    assert {"text", "place", "party", "event", "since", "until", "limit", "offset", "format"} <= params
    assert not any(p.startswith("/series") or p == "/" for p in paths)  # pages are not in the API document


def test_web_api_security_headers(server: Server) -> None:
    for path in ("/", "/api/overview", "/static/chart.js", "/api/nothing"):
        resp = get(server, path)
        csp = resp.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert resp.headers["x-content-type-options"] == "nosniff"


def test_web_api_html_errors_are_pages(server: Server) -> None:
    resp = get(server, "/claims/0000000000000000")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
    assert "Not found" in resp.text and "Traceback" not in resp.text


@pytest.fixture(scope="module")
def private_server(sample_db: str) -> Iterator[Server]:
    yield from start_server(sample_db, private=True)


def test_web_api_private_reading_needs_a_token(private_server: Server) -> None:
    assert_error(get(private_server, "/api/overview"), 401)
    ok = get(private_server, "/api/overview", headers={"authorization": f"Bearer {private_server.token}"})
    assert ok.status_code == 200
    page = get(private_server, "/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/signin")


def test_web_api_writes_with_a_token_show_up(writable_server: Server) -> None:
    srv = writable_server
    auth = {"authorization": f"Bearer {srv.token}"}
    key = get(srv, "/api/overview").json()["top_series"][0]["key"]
    resp = httpx.post(srv.url + "/api/settled", json={"key": key, "value": 12345, "as_of": "2016-12-22",
                                                       "note": "test count"}, headers=auth, timeout=60)
    assert resp.status_code == 201, resp.text
    srv.wait_fresh()
    s = get(srv, f"/api/series/{key}").json()
    assert [x["low"] for x in s["settled"]] == [12345]
    assert any(x["key"] == key for x in get(srv, "/api/settled").json()["items"])
    resp = httpx.patch(srv.url + "/api/parties/sarc", json={"kind": "ngo", "aliases": ["the Crescent people"]},
                       headers=auth, timeout=60)
    assert resp.status_code == 200, resp.text
    srv.wait_fresh()
    party = get(srv, "/api/parties/sarc").json()
    assert party["kind"] == "ngo" and "the Crescent people" in party["aliases"]
    bad = httpx.patch(srv.url + "/api/parties/sarc", json={"kind": "wizard"}, headers=auth, timeout=60)
    assert "kind" in assert_error(bad, 422)


def form_csrf(client: httpx.Client, path: str = "/signin") -> str:
    """The CSRF value in a page's forms (bound to the client's session)."""
    m = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert m, path
    return m.group(1)


def test_web_api_form_write_needs_csrf_and_session(writable_server: Server) -> None:
    srv = writable_server
    with httpx.Client(base_url=srv.url, timeout=60) as client:
        csrf = form_csrf(client)  # the first visit opens a session (not signed in)
        assert srv.token not in str(client.cookies.jar)
        form = {"key": "evacuated/people/Aleppo", "value": "5", "csrf": csrf}
        assert client.post("/settle", data=form).status_code == 401  # no session
        resp = client.post("/signin", data={"token": srv.token, "csrf": csrf, "next": "/"}, follow_redirects=False)
        assert resp.status_code == 303
        assert srv.token not in resp.headers["set-cookie"] and srv.token.split(".")[-1] not in str(client.cookies.jar)
        assert client.post("/settle", data=form).status_code == 403  # signing in made a new session, new CSRF
        form["csrf"] = form_csrf(client)
        assert client.post("/settle", data={**form, "csrf": "forged"}).status_code == 403
        assert client.post("/settle", data={k: v for k, v in form.items() if k != "csrf"}).status_code == 422
        other = srv.url.rsplit(":", 1)[0] + ":1"
        for headers in ({"origin": other}, {"origin": "null"}, {"sec-fetch-site": "same-site"}):
            resp = client.post("/settle", data=form, headers=headers, follow_redirects=False)
            assert resp.status_code == 403 and "own pages" in resp.text, headers
        resp = client.post("/settle", data=form, headers={"origin": srv.url, "sec-fetch-site": "same-origin"},
                           follow_redirects=False)
        assert resp.status_code == 303


def test_web_api_writes_from_another_origin_are_refused(server: Server) -> None:
    auth = {"authorization": f"Bearer {server.token}"}
    other = server.url.rsplit(":", 1)[0] + ":1"
    resp = httpx.post(server.url + "/api/settled", json={"key": "evacuated/people/Aleppo", "value": 5},
                      headers={**auth, "origin": other}, timeout=60)
    assert "own pages" in assert_error(resp, 403)
    assert httpx.get(server.url + "/api/overview", headers={"origin": other}, timeout=60).status_code == 200


def test_web_api_revoked_token_ends_its_sessions(sample_db: str) -> None:
    from headcount.store.ledger import Ledger
    from headcount.web import tokens

    with Ledger.open(sample_db) as ledger:
        tok = tokens.create(ledger.engine, "dave")
    for srv in start_server(sample_db, reconcile_at_start=False):
        with httpx.Client(base_url=srv.url, timeout=60) as client:
            client.post("/signin", data={"token": tok, "csrf": form_csrf(client)})
            assert "signed in as <b>dave</b>" in client.get("/signin").text
            with Ledger.open(sample_db) as ledger:
                assert tokens.revoke(ledger.engine, "dave")
            assert "signed in as" not in client.get("/signin").text


def test_web_api_session_cookie_over_https_is_host_prefixed_and_secure(server: Server) -> None:
    # as behind a TLS proxy on this host: uvicorn takes the scheme from X-Forwarded-Proto
    resp = httpx.get(server.url + "/signin", headers={"x-forwarded-proto": "https"}, timeout=60)
    cookie = resp.headers["set-cookie"]
    assert cookie.startswith("__Host-hc_session=")
    attrs = {a.strip().split("=")[0].lower() for a in cookie.split(";")[1:]}
    assert {"httponly", "secure", "path"} <= attrs and "domain" not in attrs
    assert "samesite=strict" in cookie.lower()
    plain = httpx.get(server.url + "/signin", timeout=60).headers["set-cookie"]
    assert plain.startswith("hc_session=") and "secure" not in plain.lower()


def test_web_api_tokens_verify_and_revoke(sample_db: str) -> None:
    from headcount.store.ledger import Ledger
    from headcount.web import tokens

    with Ledger.open(sample_db) as ledger:
        tok = tokens.create(ledger.engine, "carol")
        assert tokens.verify(ledger.engine, tok) == "carol"
        assert tokens.verify(ledger.engine, tok[:-1] + ("A" if tok[-1] != "A" else "B")) is None
        assert "carol" in [t.name for t in tokens.tokens(ledger.engine)]
        with pytest.raises(Exception, match="exists"):
            tokens.create(ledger.engine, "carol")
        assert tokens.revoke(ledger.engine, "carol")
        assert tokens.verify(ledger.engine, tok) is None


def test_web_counts_and_lists_comparisons_as_comparisons(server: Server) -> None:
    """The web app's counts on ``/`` are of stored comparisons and say so; the findings page and API list
    findings as ``check`` counts them (groups of comparisons sharing a claim), "N findings from M
    comparisons", so a reader is not told two different numbers of "findings"."""
    n = get(server, "/api/overview").json()["counts"]["findings"]
    overview = get(server, "/").text
    assert re.search(rf"<b>{n:,}</b> comparisons", overview) and "findings</li>" not in overview
    listing = get(server, "/findings").text
    assert "<h1>Findings" in listing and "are one finding" in listing and " comparisons</p>" in listing
    spec = get(server, "/api/openapi.json").json()
    assert spec["paths"]["/api/findings"]["get"]["summary"].startswith("Findings: comparisons")
