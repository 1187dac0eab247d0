"""News pages written for the Spark tests, and a WARC writer (warcio) that stores them with the odd records a
real crawl holds: a warcinfo, requests, an image, and on demand an oversized page."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_WRAP = """<html><head><title>{title}</title>
{meta}</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{title}</h1>
{paras}
</article>
<footer>Copyright The Courier. 24 comments. Shared 3,400 times.</footer></body></html>"""

PAGES: dict[str, tuple[str, str | None, list[str]]] = {
    "https://courier.example/2016/12/15/convoy": (
        "Convoy leaves the old city", "2016-12-15", [
            "About 3,000 people were evacuated from the old city on Thursday, the Red Cross said, as the first "
            "convoy of buses crossed the river under the truce agreed the night before.",
            "Officials said more than 200 wounded had been taken to hospitals in the west of the province, "
            "including 47 children, and that the buses would keep running through the weekend.",
        ]),
    "https://delta.example/2017/03/02/floods": (
        "Thousands displaced by floods", "2017-03-02", [
            "More than 12,000 people have been displaced by the floods in the delta region, the UN refugee "
            "agency said on Friday, and many of them are sheltering in schools across the district.",
            "At least 35 people were killed when the river burst its banks, local authorities said, and 18 "
            "others are still missing.",
        ]),
    "https://harbour.example/rescue-at-sea": (
        "Coast guard rescues migrants", None, [
            "The coast guard said it had rescued 412 migrants from three boats off the southern coast over the "
            "past 24 hours, and that two people had died during the crossing.",
            "Aid groups said nearly 1,500 people had been detained at the port since the start of the month, "
            "according to figures seen by reporters.",
        ]),
    "https://courier.example/2016/12/16/convoy-repost": (
        "Convoy leaves the old city (reposted)", "2016-12-16", [
            "About 3,000 people were evacuated from the old city on Thursday, the Red Cross said, as the first "
            "convoy of buses crossed the river under the truce agreed the night before.",
            "Officials said more than 200 wounded had been taken to hospitals in the west of the province, "
            "including 47 children, and that the buses would keep running through the weekend.",
            "This story was first published by the Courier.",
        ]),
}


def page_html(title: str, published: str | None, paras: list[str]) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return _WRAP.format(title=title, meta=meta, paras="\n".join(f"<p>{p}</p>" for p in paras))


def write_warc(path: Path, pages: dict[str, str], *, gz: bool = True, extras: bool = True,
               oversized: int = 0) -> None:
    """A WARC of ``pages`` (url -> html); ``extras`` adds a warcinfo, requests and a PNG response;
    ``oversized`` > 0 adds a page of that many bytes."""
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        if extras:
            w.write_record(w.create_warcinfo_record(path.name, {"software": "headcount tests"}))
        html_headers = [("Content-Type", "text/html; charset=utf-8")]
        for url, html in pages.items():
            if extras:
                w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                                    length=18))
            body = html.encode()
            headers = StatusAndHeaders("200 OK", html_headers, protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                http_headers=headers))
        if extras:
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://courier.example/logo.png", "response",
                                                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n0000"), length=12,
                                                http_headers=img))
        if oversized:
            para = "<p>" + ("Residents said the queue of people waiting for bread grew all day. " * 20) + "</p>\n"
            big = ("<html><body><article>" + para * (oversized // len(para) + 1) + "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", html_headers, protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://courier.example/huge", "response",
                                                payload=io.BytesIO(big), length=len(big), http_headers=headers))


def all_pages() -> dict[str, str]:
    return {url: page_html(t, p, paras) for url, (t, p, paras) in PAGES.items()}


# The job's page-size limit in the tests; the oversized page is twice this.
OVERSIZED_LIMIT = 64 * 1024


def read_dataset(out: str | Path, name: str) -> list[dict[str, Any]]:
    """One dataset of the job's Parquet output, as rows."""
    import pyarrow.dataset as pads

    return pads.dataset(str(Path(out) / name), format="parquet", partitioning="hive").to_table().to_pylist()
