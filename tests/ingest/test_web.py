"""Fetching pages and feeds from a real HTTP server on loopback, and the refusals of unsafe addresses."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from headcount.cli import main
from headcount.errors import FetchError
from headcount.ingest.batch import IngestOptions
from headcount.ingest.feeds import parse_feed
from headcount.ingest.fetch import FetchOptions, check_address, fetch
from headcount.runner import ingest
from headcount.store import ClaimFilter, Ledger

ARTICLE = """<!DOCTYPE html><html><head><title>Convoy leaves the old city</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2016-12-15T09:30:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Convoy leaves the old city</h1>
<p>About 3,000 people were evacuated from the old city on Thursday, the Red Cross said, as the first convoy
of buses crossed the river under the truce agreed the night before.</p>
<p>Officials said the buses would keep running through the weekend, and that families were registered at
the crossing point before travelling on to shelters in the west of the province.</p>
<p>Aid agencies said food and blankets were being handed out at the reception centre, where doctors treated
the sick and the wounded before they continued their journey.</p>
</article>
<div id="comments" class="comments-area"><h3 class="comments-title">2 comments</h3><ol class="comment-list">
<li id="comment-7" class="comment"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Maria K.</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time>December 15, 2016</time></div></footer>
<div class="comment-content"><p>My cousin told me 10,000 people left the old city on Thursday.</p></div>
</article></li>
<li id="comment-8" class="comment"><article class="comment-body"><div class="comment-author"><b class="fn">Tom</b></div>
<div class="comment-content"><p>Nonsense, only 200 people left, the council said.</p></div></article></li>
</ol></div></body></html>"""

SECOND = """<!DOCTYPE html><html><head><title>Thousands displaced by floods</title></head><body>
<article><h1>Thousands displaced by floods</h1>
<p>More than 12,000 people have been displaced by the floods in the delta region, the UN refugee agency said
on Friday, and many of them are sheltering in schools and mosques.</p>
<p>Roads into the region remain closed and the agency said it was sending tents and water by boat to the
villages that had been cut off since the river burst its banks on Tuesday.</p></article></body></html>"""

# A page whose article is filled in by JavaScript: there is no article text to extract.
EMPTY = ("<!DOCTYPE html><html><head><title>Live updates</title></head><body><div id='app'></div>"
         "<script>window.start()</script></body></html>")


def feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Courier world news</title><link>{base}/</link>
<item><title>Convoy leaves the old city</title><link>{base}/article</link>
<pubDate>Thu, 15 Dec 2016 10:00:00 +0000</pubDate></item>
<item><title>Thousands displaced by floods (feed title)</title><link>{base}/second</link>
<pubDate>Fri, 07 Oct 2016 08:00:00 +0000</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/article": ("text/html; charset=utf-8", ARTICLE),
            "/second": ("text/html; charset=utf-8", SECOND),
            "/empty": ("text/html", EMPTY),
            "/feed.xml": ("application/rss+xml", feed(base)),
            "/image.png": ("image/png", "\x89PNG not really"),
            "/big": ("text/html", "<html><body><p>" + "x" * 300_000 + "</p></body></html>"),
        }
        if self.path == "/slow":
            time.sleep(3)
        if self.path.startswith("/redirect-to/"):
            self.send_response(302)
            self.send_header("Location", self.path[len("/redirect-to/"):])
            self.end_headers()
            return
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/ua":
            routes["/ua"] = ("text/html", f"<html><body><article><p>{self.headers['User-Agent']} "
                                          f"{ARTICLE[600:900]}</p></article></body></html>")
        if self.path not in routes:
            self.send_error(404)
            return
        ctype, body = routes[self.path]
        data = body.encode("utf-8")
        try:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the timeout test) is expected here


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


LOCAL = FetchOptions(timeout=2, allow_private=True)


def test_fetch_page_from_loopback_when_allowed(site: str) -> None:
    got = fetch(f"{site}/article", LOCAL)
    assert got.status == 200 and got.content_type == "text/html" and b"3,000 people" in got.body


def test_fetch_sends_a_clear_user_agent(site: str) -> None:
    assert b"headcount/" in fetch(f"{site}/ua", LOCAL).body


@pytest.mark.parametrize(("path", "opts", "reason"), [
    ("/article", FetchOptions(timeout=2), "refused: 127.0.0.1 resolves to loopback address 127.0.0.1"),
    ("/redirect-to/http://169.254.169.254/latest/meta-data/", FetchOptions(timeout=2, allow_networks=("127.0.0.1/32",)),
     "refused: 169.254.169.254 resolves to link-local (cloud metadata) address"),
    ("/redirect-to/http://10.1.2.3/internal", FetchOptions(timeout=2, allow_networks=("127.0.0.1/32",)),
     "refused: 10.1.2.3 resolves to private address 10.1.2.3"),
    ("/image.png", LOCAL, "not a page or feed (content type image/png)"),
    ("/big", FetchOptions(timeout=2, allow_private=True, max_bytes=100_000), "over the 98 KB limit"),
    ("/loop", LOCAL, "more than 5 redirects"),
    ("/slow", FetchOptions(timeout=0.5, allow_private=True), "timed out after 0.5 s"),
    ("/missing", LOCAL, "HTTP 404"),
])
def test_fetch_refusals_and_faults(site: str, path: str, opts: FetchOptions, reason: str) -> None:
    with pytest.raises(FetchError) as err:
        fetch(site + path, opts)
    assert reason in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(("ip", "why"), [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.0.0.8", "private"), ("192.168.1.1", "private"),
    ("172.16.5.4", "private"), ("169.254.169.254", "link-local (cloud metadata)"), ("fe80::1", "link-local"),
    ("100.64.0.1", "not a public address"), ("0.0.0.0", "private"), ("::ffff:127.0.0.1", "loopback"),
    ("93.184.216.34", None), ("2606:4700::1111", None),
])
def test_fetch_address_policy(ip: str, why: str | None) -> None:
    assert check_address(ip, allow_private=False) == why
    assert check_address(ip, allow_private=True) is None


def test_fetch_refuses_metadata_host_names() -> None:
    with pytest.raises(FetchError, match="cloud metadata host"):
        fetch("http://metadata.google.internal/computeMetadata/v1/", FetchOptions(timeout=1))


def test_feed_parses_rss_and_atom() -> None:
    items = parse_feed(feed("http://x.example").encode(), "feed")
    assert [i.link for i in items] == ["http://x.example/article", "http://x.example/second", "http://x.example/missing"]
    assert items[0].published == "2016-12-15" and items[2].published is None
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>A</title>
    <link rel="alternate" href="/a1"/><published>2018-03-28T10:00:00Z</published></entry></feed>"""
    (entry,) = parse_feed(atom, "atom", "https://news.example/feed")
    assert entry.link == "https://news.example/a1" and entry.published == "2018-03-28" and entry.title == "A"


def test_ingest_feed_url_fetches_each_item(site: str, ledger_db: str) -> None:
    with Ledger.open(ledger_db, create=True) as ledger:
        summary = ingest([f"{site}/feed.xml"], ledger, IngestOptions(fetch=LOCAL))
        assert (summary.new, summary.failed) == (2, 1)
        assert "HTTP 404" in summary.failures[0].reason
        docs = {d["url"].rsplit("/", 1)[-1]: d for d in ledger.documents()}
        assert docs["article"]["published"] == "2016-12-15" and docs["article"]["outlet"] == "Valley Courier"
        assert docs["second"]["published"] == "2016-10-07"  # the page has no date: the feed's
        assert docs["second"]["outlet"].startswith("127.0.0.1")  # no site name: the host
        again = ingest([f"{site}/feed.xml"], ledger, IngestOptions(fetch=LOCAL))
        assert (again.new, again.unchanged) == (0, 2)
        assert [f["source"] for f in ledger.failures()] == [f"{site}/missing"]


def test_ingest_excludes_comments_by_default(site: str, tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    with Ledger.open(db, create=True) as ledger:
        ingest([f"{site}/article"], ledger, IngestOptions(fetch=LOCAL))
        (doc,) = ledger.documents()
        _, full = ledger.claim(next(iter(ledger.claims()))["id"])
        assert "10,000" not in full["text"] and "Maria" not in full["text"]
        assert doc["claims"] >= 1


def test_ingest_comments_name_the_commenter(site: str, tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    with Ledger.open(db, create=True) as ledger:
        summary = ingest([f"{site}/article"], ledger, IngestOptions(fetch=LOCAL, comments=True))
        assert summary.new == 3
        kinds = sorted(d["kind"] for d in ledger.documents())
        assert kinds == ["article", "comment", "comment"]
        maria = list(ledger.claims(ClaimFilter(text="My cousin")))
        assert maria and all(c["source"] == "Maria K." or c["via"] == "Maria K." for c in maria)
        tom = list(ledger.claims(ClaimFilter(text="Nonsense")))
        assert tom and all("Tom" in (c["source"], c["via"]) for c in tom)


def test_cli_ingest_refuses_loopback_without_flag(site: str, tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    r = CliRunner().invoke(main, ["ingest", f"{site}/article", "--db", db])
    assert r.exit_code == 1
    assert "resolves to loopback address 127.0.0.1 (use --allow-private" in r.output
    r = CliRunner().invoke(main, ["failures", "--db", db, "-f", "jsonl"])
    assert r.exit_code == 0 and "loopback" in r.output
    r = CliRunner().invoke(main, ["ingest", f"{site}/article", f"{site}/slow", f"{site}/empty", "--db", db,
                                  "--allow-private", "--timeout", "0.5"])
    assert r.exit_code == 0, r.output
    assert "1 new" in r.output and "2 failed" in r.output
    assert "timed out after 0.5 s" in r.output and "no article text" in r.output
