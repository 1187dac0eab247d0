"""The web app in a real browser (headless Debian Chromium through Playwright) over a real SQLite ledger.

Each test saves a screenshot of the page it checks under artifacts/screenshots/.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import httpx
from web_helpers import Server, shot, sign_in

from headcount.reconcile.labels import key_label

SERIES = "evacuated/civilians/Aleppo/east"


def api(server: Server, path: str, **kw: Any) -> Any:
    return httpx.get(server.url + path, timeout=60, **kw).json()


def test_web_browser_overview_lists_series(server: Server, page: Any) -> None:
    page.goto(server.url + "/")
    rows = page.locator("#top-series tbody tr a")
    keys = [s["key"] for s in api(server, "/api/overview")["top_series"]]
    assert rows.all_inner_texts() == [key_label(k) for k in keys] and len(keys) >= 5  # the label is the link
    assert [rows.nth(i).get_attribute("title") for i in range(rows.count())] == keys  # the key on hover
    assert page.locator("#top-series tbody tr .key").all_inner_texts() == keys  # and as a small line
    counts = page.locator("#counts").inner_text()
    assert "documents" in counts and "claims" in counts and "parties" in counts
    assert page.locator(".finding").count() > 0
    shot(page, "overview.png")
    assert page.errors == []


def test_web_browser_chart_marks_per_party(server: Server, page: Any) -> None:
    page.goto(server.url + f"/series/{SERIES}")
    page.wait_for_selector("#chart[data-state=drawn]")
    s = api(server, f"/api/series/{SERIES}")
    want = Counter(r["party"] for r in s["reports"] if r["low"] is not None or r["high"] is not None)
    got = Counter(page.eval_on_selector_all("#chart a.mark", "els => els.map(e => e.getAttribute('data-party'))"))
    assert got == want and len(want) >= 2
    colours = page.eval_on_selector_all(
        "#chart a.mark", "els => els.map(e => [e.getAttribute('data-party'), e.querySelector('circle,rect,path').getAttribute('stroke')])")
    by_party: dict[str, set[str]] = {}
    for party, colour in colours:
        by_party.setdefault(party, set()).add(colour)
    assert all(len(c) == 1 for c in by_party.values())  # one colour per party
    assert len({next(iter(c)) for c in by_party.values()}) == len(by_party)  # and different parties differ
    shapes = Counter(page.eval_on_selector_all("#chart a.mark", "els => els.map(e => e.getAttribute('data-shape'))"))
    assert shapes["open-up"] + shapes["open-down"] > 0  # the sample has 'more than' and 'up to' figures
    shot(page, "series.png")
    assert page.errors == []


def test_web_browser_mark_opens_claim_with_sentence_highlighted(server: Server, page: Any) -> None:
    page.goto(server.url + f"/series/{SERIES}")
    page.wait_for_selector("#chart[data-state=drawn]")
    mark = page.locator("#chart a.mark").first
    cid = mark.get_attribute("data-claim")
    mark.click()
    page.wait_for_url(f"**/claims/{cid}")
    claim = api(server, f"/api/claims/{cid}")["claim"]
    assert page.locator("mark.figure").inner_text() == claim["figure"]
    sentence = "".join(page.locator("mark.sentence, mark.figure").all_inner_texts())
    assert sentence.replace("\n", " ").split() == claim["sentence"].split()
    assert page.locator("#fields").inner_text().count(claim["figure"]) >= 1
    shot(page, "claim.png")
    assert page.errors == []


def test_web_browser_filters_change_the_table(server: Server, page: Any) -> None:
    page.goto(server.url + f"/series/{SERIES}")
    before = page.locator("#claims-table tbody tr").count()
    party = api(server, f"/api/series/{SERIES}")["parties"][0]
    page.select_option("#claim-filters select[name=party]", party["key"])
    page.click("#claim-filters button[type=submit]")
    page.wait_for_url("**party=*")
    after = page.locator("#claims-table tbody tr").count()
    want = api(server, "/api/claims", params={"series": SERIES, "party": party["key"]})["total"]
    assert after == want and 0 < after < before
    shot(page, "series-filtered.png")
    page.goto(server.url + "/search?text=children")
    texts = page.locator("#claims-table td.sentence").all_inner_texts()
    assert texts and all("children" in t.lower() for t in texts)
    csv_link = page.locator("a.csv").get_attribute("href")
    assert csv_link.startswith("/api/claims?") and "format=csv" in csv_link and "text=children" in csv_link
    assert httpx.get(server.url + csv_link, timeout=60).status_code == 200  # every filter is a known parameter
    shot(page, "search.png")
    page.goto(server.url + "/findings?type=stock_flow")
    types = page.eval_on_selector_all(".finding", "els => els.map(e => e.getAttribute('data-type'))")
    assert types and set(types) == {"stock_flow"}
    shot(page, "findings.png")


def test_web_browser_party_page(server: Server, page: Any) -> None:
    page.goto(server.url + "/parties")
    shot(page, "parties.png")
    page.click("#parties a[href='/parties/russia-mod']")
    page.wait_for_url("**/parties/russia-mod")
    assert page.locator("#party-kind").inner_text() == "military"
    assert page.locator("#aliases li").count() > 0
    assert page.locator("#claims-table tbody tr").count() == api(server, "/api/claims?party=russia-mod")["total"]
    shot(page, "party.png")


def test_web_browser_tokenless_write_is_refused(server: Server, page: Any) -> None:
    page.goto(server.url + f"/series/{SERIES}")
    assert page.locator("form.settle").count() == 0  # no form without a session
    status = page.evaluate("""async (key) => {
        const r = await fetch('/api/settled', {method: 'POST', headers: {'Content-Type': 'application/json'},
                                                body: JSON.stringify({key: key, value: 5})});
        return [r.status, await r.json()];
    }""", SERIES)
    assert status[0] == 401 and status[1]["error"]["status"] == 401
    resp = page.request.post(server.url + "/settle", form={"key": SERIES, "value": "5", "csrf": "x"})
    assert resp.status == 403
    page.goto(server.url + "/ingest")
    assert page.locator("#ingest-url").count() == 0
    shot(page, "ingest-signed-out.png")


def test_web_browser_written_setting_shows_up(writable_server: Server, page: Any) -> None:
    srv = writable_server
    sign_in(page, srv)
    page.goto(srv.url + f"/series/{SERIES}")
    page.fill("form.settle input[name=value]", "35000")
    page.fill("form.settle input[name=as_of]", "2016-12-22")
    page.fill("form.settle input[name=note]", "final count")
    page.click("form.settle button[type=submit]")
    page.wait_for_selector("#chart[data-state=drawn]")
    assert "35,000" in page.locator("#settled").inner_text()
    assert page.locator("#chart line.settled-line").count() == 1
    assert "settled 35,000" in page.locator("#chart text.settled-label").text_content()
    shot(page, "series-settled.png")
    page.goto(srv.url + "/parties/sarc")
    page.select_option("#party-edit select[name=kind]", "monitor")
    page.fill("#party-edit textarea[name=aliases]", "Crescent volunteers")
    page.click("#party-edit button[type=submit]")
    page.wait_for_url("**/parties/sarc")
    assert page.locator("#party-kind").inner_text() == "monitor"
    assert "Crescent volunteers" in page.locator("#aliases").inner_text()
    shot(page, "party-edited.png")


HOSTILE = """Aleppo update <script>window.__pwned = 1; alert('script ran')</script>

<img src=x onerror="window.__pwned = 2; alert('onerror ran')"> Officials said <b onmouseover="alert(3)">1,200 civilians</b> were evacuated from eastern Aleppo on Monday <script>alert(4)</script>.
"""


def test_web_browser_document_text_never_runs(writable_server: Server, page: Any, tmp_path: Any) -> None:
    srv = writable_server
    sign_in(page, srv)
    path = tmp_path / "hostile-report.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    page.goto(srv.url + "/ingest")
    page.set_input_files("#ingest-file input[name=file]", str(path))
    page.click("#ingest-file button[type=submit]")
    page.wait_for_url("**/ingest/jobs/*")
    page.wait_for_selector("#job[data-status=done]", timeout=120_000)
    assert "1 new" in page.locator("#job-counts").inner_text()
    shot(page, "ingest-job.png")
    srv.wait_fresh()
    found = api(srv, "/api/claims", params={"text": "1,200"})["items"]
    hostile = [c for c in found if "<" in httpx.get(srv.url + f"/api/documents/{c['doc_id']}").json()["text"]]
    assert hostile, found
    cid = hostile[0]["id"]
    for url in (f"/claims/{cid}", "/search?text=1%2C200", f"/api/claims/{cid}"):
        page.goto(srv.url + url)
        page.wait_for_load_state()
        time.sleep(0.3)
        page.hover("body")
        assert page.evaluate("window.__pwned") is None
    page.goto(srv.url + f"/claims/{cid}")
    doc = page.locator("#doctext")
    assert "<script>" in doc.inner_text() and "onerror=" in doc.inner_text()
    assert page.locator("#doctext script, #doctext img, #doctext b").count() == 0
    assert page.dialogs == [] and page.evaluate("window.__pwned") is None
    shot(page, "claim-hostile.png")


def test_web_browser_failed_fetch_job_shows_failed_and_why(writable_server: Server, page: Any) -> None:
    srv = writable_server
    sign_in(page, srv)
    page.goto(srv.url + "/ingest")
    page.fill("#ingest-url input[name=url]", "http://127.0.0.1:9/nothing-here")  # loopback: refused
    page.click("#ingest-url button[type=submit]")
    page.wait_for_url("**/ingest/jobs/*")
    page.wait_for_selector("#job[data-status=failed]", timeout=120_000)
    assert page.locator("#job-status").inner_text() == "failed"
    assert "loopback" in page.locator("#job-error").inner_text() or "private" in page.locator("#job-error").inner_text()
    assert page.locator("#job-next").is_hidden()
    job = api(srv, "/api/ingest/jobs/" + page.url.rsplit("/", 1)[-1])
    assert job["status"] == "failed" and job["error"]
    shot(page, "ingest-job-failed.png")
