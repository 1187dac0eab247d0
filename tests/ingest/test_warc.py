"""WARC archives written by the tests with warcio: every HTML response stored, the rest reported."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from headcount.runner import ingest
from headcount.store import Ledger

PAGES = {
    "https://courier.example/2016/12/15/convoy": """<html><head><title>Convoy leaves the old city</title>
<meta property="article:published_time" content="2016-12-15"></head><body><article>
<p>About 3,000 people were evacuated from the old city on Thursday, the Red Cross said, as the first convoy
of buses crossed the river under the truce agreed the night before.</p>
<p>Officials said the buses would keep running through the weekend and that families were registered at the
crossing point before travelling on to shelters in the west of the province.</p></article></body></html>""",
    "https://delta.example/floods": """<html><head><title>Thousands displaced by floods</title></head><body>
<article><p>More than 12,000 people have been displaced by the floods in the delta region, the UN refugee
agency said on Friday, and many of them are sheltering in schools and mosques across the district.</p>
<p>Roads into the region remain closed and the agency said it was sending tents and water by boat to the
villages cut off since the river burst its banks.</p></article></body></html>""",
}


def write_warc(path: Path, *, gz: bool = True) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "headcount tests"}))
        for url, html in PAGES.items():
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"), length=18)
            w.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                length=len(html.encode()), http_headers=headers))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://courier.example/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n0000"), length=12,
                                            http_headers=img))


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    warc = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(warc, gz=gz)
    with Ledger.open(str(tmp_path / "l.db"), create=True) as ledger:
        s = ingest([str(warc)], ledger)
        assert s.new == 2
        assert [(f.source, f.reason) for f in s.failures] == [
            (f"{warc}#https://courier.example/logo.png", "not an HTML response (image/png)")]
        docs = {d["url"]: d for d in ledger.documents()}
        assert set(docs) == set(PAGES)
        assert docs["https://courier.example/2016/12/15/convoy"]["published"] == "2016-12-15"
        assert ingest([str(warc)], ledger).unchanged == 2


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("fraction", [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95])
def test_warc_truncated_keeps_records_before_the_break(tmp_path: Path, gz: bool, fraction: float) -> None:
    name = "crawl.warc.gz" if gz else "crawl.warc"
    whole = tmp_path / name
    write_warc(whole, gz=gz)
    data = whole.read_bytes()
    cut = tmp_path / ("cut-" + name)
    cut.write_bytes(data[: int(len(data) * fraction)])
    with Ledger.open(str(tmp_path / "l.db"), create=True) as ledger:
        s = ingest([str(cut)], ledger)
        reasons = [f.reason for f in s.failures if f.source == str(cut)]
        assert len(reasons) == 1 and reasons[0].startswith("truncated or corrupt archive after"), s.failures
        assert "\n" not in reasons[0]
        assert s.new == len(ledger.documents()) <= 2


def test_warc_not_an_archive(tmp_path: Path) -> None:
    bad = tmp_path / "notes.warc.gz"
    bad.write_bytes(gzip.compress(b"just some notes, not a web archive\n"))
    with Ledger.open(str(tmp_path / "l.db"), create=True) as ledger:
        s = ingest([str(bad)], ledger)
        assert s.stored == 0 and "corrupt archive" in s.failures[0].reason


def test_warc_binary_garbage_failure_is_kept_on_both_backends(tmp_path: Path, ledger_db: str) -> None:
    """A corrupt record whose header bytes hold NUL and control characters: the reason warcio gives quotes
    them, and PostgreSQL refuses NUL in text, so the failure must be recorded with them escaped."""
    whole = tmp_path / "crawl.warc"
    write_warc(whole, gz=False)
    data = whole.read_bytes()
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data + b"\x00\x00\x00garbage\x00")  # warcio quotes this first line in its error
    with Ledger.open(ledger_db, create=True) as ledger:
        s = ingest([str(bad)], ledger)
        kept = {f["source"]: f["reason"] for f in ledger.failures()}
        assert str(bad) in kept, s.failures
        assert "\x00" not in kept[str(bad)] and kept[str(bad)].isprintable()
