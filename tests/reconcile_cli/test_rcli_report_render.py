"""The HTML report renders in headless Chromium with every network request blocked.

Driven by Playwright for Python against Debian's /usr/bin/chromium (no browser download); skips, saying
why, where either is missing. Only file: URLs are let through, so a page that needed the network would show
missing parts and fail the asserts; every request is also recorded and must be the page itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rcli_helpers import cli


def test_rcli_report_renders_offline(sample_db: str, tmp_path: Path, browser: Any) -> None:
    out = tmp_path / "report.html"
    cli("report", "--db", sample_db, "--out", str(out), "--title", "Aleppo <sample> & co")
    requests: list[str] = []
    blocked: list[str] = []
    context = browser.new_context()
    try:
        # the page lives in its own context of the session's browser (tests/conftest.py)
        page = context.new_page()

        def route(r: object) -> None:
            url = r.request.url  # type: ignore[attr-defined]
            requests.append(url)
            if url.startswith("file:"):
                r.continue_()  # type: ignore[attr-defined]
            else:
                blocked.append(url)
                r.abort()  # type: ignore[attr-defined]

        page.route("**/*", route)
        page.goto(out.as_uri())
        assert page.title() == "Aleppo <sample> & co"  # escaped in the file, read back as text
        assert page.locator("h1").inner_text() == "Aleppo <sample> & co"
        charts = page.locator("section.series svg")
        assert charts.count() >= 3  # series of one or two reports are tables, not charts
        box = charts.first.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 150
        assert page.locator("section.series svg circle, section.series svg rect.increment").count() > 10
        assert page.locator(".finding").count() >= 1
        assert "evacuated · civilians · Aleppo (east)" in page.locator("body").inner_text()
        png = page.screenshot(full_page=True)
        assert len(png) > 20000
    finally:
        context.close()
    assert blocked == [] and requests == [out.as_uri()]
