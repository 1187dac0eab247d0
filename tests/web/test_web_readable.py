"""Readable everywhere (issue 15): the pages and the report at 1400 and 390 pixels wide in headless Chromium.

Each page is screenshotted to artifacts/screenshots/readable-NAME-WIDTH.png, and the properties a reader
depends on are checked in the browser: no two undated marks overlap, no tick label collides with another or
is cut at the chart's edge, claims link to their articles, no outlet is shown as a content hash, the figure
is marked in the search results, tables sort, the chart has a description, a data table and downloads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_helpers import Server, shot

from headcount.web.views import back_link, invalid_words, plural

WIDTHS = (1400, 390)
HASH = re.compile(r"^[0-9a-f]{12,64}$")
BOXES = """(sel) => Array.from(document.querySelectorAll(sel)).map(e => {
    const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })"""


def busiest(server: Server) -> str:
    """The series with the most reports, among those with undated reports when any has them."""
    rows = httpx.get(server.url + "/api/series", params={"limit": 200}, timeout=60).json()["items"]
    ranked = []
    for r in rows:
        s = httpx.get(server.url + "/api/series/" + r["key"], timeout=60).json()
        undated = sum(1 for x in s["reports"] if not x["end"])
        ranked.append((undated > 0, len(s["reports"]), r["key"]))
    return max(ranked)[2]


@pytest.fixture
def wide_page(browser: Any, request: pytest.FixtureRequest) -> Any:
    width = request.param
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    pg.width = width  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def overlaps(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def no_page_overflow(page: Any) -> None:
    """Nothing makes the page itself scroll sideways (wide tables scroll inside their own box)."""
    over = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert over <= 1, f"the page is {over}px wider than the window"


@pytest.mark.parametrize("wide_page", WIDTHS, indirect=True)
def test_readable_series_chart(server: Server, wide_page: Any) -> None:
    page, width = wide_page, wide_page.width
    key = busiest(server)
    page.goto(server.url + "/series/" + key)
    page.wait_for_selector("#chart[data-state=drawn]")
    s = httpx.get(server.url + "/api/series/" + key, timeout=60).json()
    drawn = [r for r in s["reports"] if r["low"] is not None or r["high"] is not None]
    counts = page.eval_on_selector_all("#chart a.mark", "els => els.map(e => +e.getAttribute('data-count'))")
    assert sum(counts) == len(drawn)  # every report is drawn, repeats as one mark with a count
    undated = page.evaluate(BOXES, "#chart a.mark[data-undated=true] circle, #chart a.mark[data-undated=true] path,"
                                   " #chart a.mark[data-undated=true] rect")
    marks = page.evaluate(BOXES, "#chart a.mark[data-undated=true]")
    assert len(marks) == len([r for r in drawn if not r["end"]]) or sum(counts) > len(counts)
    for i, a in enumerate(marks):
        for b in marks[i + 1:]:
            assert not overlaps(a, b), "two undated marks overlap"
    assert undated or not marks
    chart = page.evaluate(BOXES, "#chart svg")[0]
    ticks = page.evaluate(BOXES, "#chart .x-tick")
    assert ticks
    for t in ticks + page.evaluate(BOXES, "#chart .y-tick"):
        assert t[0] >= chart[0] - 0.5 and t[2] <= chart[2] + 0.5, "a tick label is cut at the chart's edge"
    for i, a in enumerate(ticks):
        for b in ticks[i + 1:]:
            assert not overlaps(a, b), "two date labels collide"
    assert page.locator("#chart .axis-label").text_content().strip()
    assert "figure" in page.locator("#chart-desc").inner_text()
    assert page.locator("#chart-data tbody tr").count() == len(drawn)
    assert page.get_attribute("#download-svg", "href").startswith("data:image/svg+xml")
    csv = page.get_attribute("#download-csv", "href")
    assert csv.startswith("data:text/csv") and "party" in httpx.URL("http://x/?c=" + csv).params["c"]
    page.click("#download-png")
    page.wait_for_selector("#download-png[data-ready='1']")
    assert page.get_attribute("#download-png", "href").startswith("data:image/png")
    page.focus("#chart a.mark")  # a keyboard user sees the mark's label
    assert page.locator("#chart a.mark:focus .mark-label").is_visible()
    no_page_overflow(page)
    shot(page, f"readable-series-{width}.png")
    assert page.errors == []


@pytest.mark.parametrize("wide_page", WIDTHS, indirect=True)
def test_readable_search_sorts_and_marks_the_figure(server: Server, wide_page: Any) -> None:
    page, width = wide_page, wide_page.width
    page.goto(server.url + "/search?text=people")
    rows = page.locator("#claims-table tbody tr")
    assert rows.count() > 3
    assert page.locator("#claims-table td.sentence mark.fig-in-sentence").count() == rows.count()
    for outlet in page.locator("#claims-table td.outlet").all_inner_texts():
        assert not HASH.match(outlet.strip())
    page.click("#claims-table th[data-sort=number] button")
    values = page.eval_on_selector_all("#claims-table td.fig", "els => els.map(e => +e.getAttribute('data-value'))")
    assert values == sorted(values)
    assert page.get_attribute("#claims-table th[data-sort=number]", "aria-sort") == "ascending"
    page.click("#claims-table th[data-sort=number] button")
    values = page.eval_on_selector_all("#claims-table td.fig", "els => els.map(e => +e.getAttribute('data-value'))")
    assert values == sorted(values, reverse=True)
    no_page_overflow(page)
    shot(page, f"readable-search-{width}.png")
    assert page.errors == []


@pytest.mark.parametrize("wide_page", WIDTHS, indirect=True)
def test_readable_pages(server: Server, wide_page: Any) -> None:
    page, width = wide_page, wide_page.width
    claims = httpx.get(server.url + "/api/claims", params={"text": "civilians"}, timeout=60).json()["items"]
    for name, path in [("overview", "/"), ("claim", "/claims/" + claims[0]["id"]), ("party", "/parties/russia-mod"),
                       ("findings", "/findings")]:
        page.goto(server.url + path)
        no_page_overflow(page)
        shot(page, f"readable-{name}-{width}.png")
    page.goto(server.url + "/findings")
    kinds = page.locator(".finding .badge").all_inner_texts()
    assert kinds and not any("_" in k for k in kinds)  # plain words, not type names
    assert page.errors == []


@pytest.mark.parametrize("wide_page", WIDTHS, indirect=True)
def test_readable_error_page_says_what_and_offers_a_way_back(server: Server, wide_page: Any) -> None:
    page = wide_page
    page.goto(server.url + "/search?text=people")
    page.evaluate("() => { location.href = '/search?since=yesterday'; }")
    page.wait_for_url("**since=yesterday")
    message = page.locator(".error .message").inner_text().lower()
    assert "since must be a date" in message and "pattern" not in message
    back = page.get_attribute("#back", "href")
    assert back == "/search?text=people"
    shot(page, f"readable-error-{wide_page.width}.png")


@pytest.mark.parametrize("wide_page", WIDTHS, indirect=True)
def test_readable_report(sample_db: str, tmp_path: Path, wide_page: Any) -> None:
    from click.testing import CliRunner

    from headcount.cli import main

    page, width = wide_page, wide_page.width
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--db", sample_db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    page.goto(out.as_uri())
    summary = page.locator("#summary").inner_text()
    assert "documents" in summary and "claims" in summary and "series" in summary
    assert page.locator("#contents a").count() >= 5
    links = page.eval_on_selector_all("td.outlet a", "els => els.map(e => e.getAttribute('href'))")
    assert links and all(h.startswith(("http://", "https://")) for h in links)
    for outlet in page.locator("td.outlet").all_inner_texts():
        assert not HASH.match(outlet.split("\n")[0].strip())
    kinds = page.locator(".finding b.kind").all_inner_texts()
    assert kinds and not any("_" in k for k in kinds)
    assert page.locator("section.party").count() >= 3
    small = page.locator("section.series table.small").count()
    charts = page.locator("section.series svg").count()
    assert small > 0 and charts > 0
    for svg in range(charts):  # in every chart: no date label twice, none cut at the edge
        sel = f"section.series:has(svg) >> nth={svg}"
        box = page.locator(sel).locator("svg").bounding_box()
        ticks = page.locator(sel).locator("text.x-tick")
        boxes = [ticks.nth(i).bounding_box() for i in range(ticks.count())]
        assert len({ticks.nth(i).text_content() for i in range(ticks.count())}) == len(boxes)
        for b in boxes:
            assert b["x"] >= box["x"] - 0.5 and b["x"] + b["width"] <= box["x"] + box["width"] + 0.5
    shot(page, f"readable-report-{width}.png")


def test_plain_words_helpers() -> None:
    assert plural(1, "outlet") == "1 outlet" and plural(2, "outlet") == "2 outlets"
    assert plural(1, "party") == "1 party" and plural(3, "party") == "3 parties" and plural(2, "series") == "2 series"
    assert plural(["a"], "claim") == "1 claim"
    e = {"type": "string_pattern_mismatch", "loc": ("query", "since"), "msg": "String should match pattern",
         "input": "12/01", "ctx": {"pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}}
    assert invalid_words(e) == "since must be a date as YYYY-MM-DD (or YYYY-MM, or YYYY), not '12/01'"
    assert invalid_words({"type": "greater_than_equal", "loc": ("query", "limit"), "input": "0",
                          "ctx": {"ge": 1}}) == "limit must be at least 1, not '0'"
    assert back_link("http://h:1/search?text=x", "h:1", "/search?since=y") == "/search?text=x"
    assert back_link("http://elsewhere/x", "h:1", "/y") is None
    assert back_link("http://h:1/api/claims", "h:1", "/y") is None


def test_openapi_describes_what_each_endpoint_returns(server: Server) -> None:
    spec = httpx.get(server.url + "/api/openapi.json", timeout=60).json()
    for path in ("/api/overview", "/api/series", "/api/series/{key}", "/api/claims", "/api/claims/{claim_id}",
                 "/api/parties", "/api/parties/{key}", "/api/findings", "/api/settled"):
        ok = spec["paths"][path]["get"]["responses"]["200"]
        schema = ok["content"]["application/json"]["schema"]
        assert schema.get("properties"), path
    series = spec["paths"]["/api/series/{key}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert {"reports", "parties", "settled", "findings", "label"} <= set(series["properties"])
    got = httpx.get(server.url + "/api/series/evacuated/civilians/Aleppo/east", timeout=60).json()
    assert set(series["required"]) <= set(got)  # the schema says what the answer holds
    assert set(series["properties"]["reports"]["items"]["required"]) <= set(got["reports"][0])
