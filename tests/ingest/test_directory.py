"""Every file of a directory is ingested or reported: archives are known by their content, not only their
name; images, binaries and files of other kinds are listed as skipped with the reason (in the summary line
and by ``headcount failures``); ``extract`` on an archive says to use ``ingest``; a page or text whose main
text is empty (nothing but spaces, punctuation, invisible characters) is a failure, not an empty document."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_warc import PAGES, write_warc

from headcount.cli import main
from headcount.errors import HeadcountError
from headcount.ingest.sources import Skipped, iter_documents

STORY = ("Some 450 people were evacuated from the village of Dunmore on Tuesday after the river rose, "
         "the county fire service said.\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def run(*args: str, ok: bool = True) -> tuple[str, str]:
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if ok:
        assert r.exit_code == 0, r.output
    return str(r.stdout), str(r.stderr)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "story.txt").write_text(STORY, encoding="utf-8")
    write_warc(d / "crawl.warc.gz")
    write_warc(d / "sub" / "mirror-0001")  # a gzipped WARC without its suffix: known by its content
    (d / "sub" / "plain-archive.dat").write_bytes(gzip.decompress((d / "crawl.warc.gz").read_bytes()))
    (d / "logo.png").write_bytes(PNG)
    (d / "blob.bin").write_bytes(os.urandom(3000))
    (d / "styles.css").write_text("body { color: red }\n", encoding="utf-8")
    (d / "blank.html").write_text("<html><head><title>Live</title></head><body><article><p>\u200b \u2014 |</p>"
                                  "</article></body></html>", encoding="utf-8")
    (d / "dots.txt").write_text("\u200b . . .\n", encoding="utf-8")
    (d / "docs.gz").write_bytes(gzip.compress(b"not an archive of pages"))
    (d / "news.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>'
                                "<link>https://news.example/a</link></item></channel></rss>", encoding="utf-8")
    return d


def test_ingest_directory_reads_archives_by_content_and_lists_the_rest(mixed: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    out, err = run("ingest", str(mixed), "--db", db)
    # story + the pages of three copies of the same archive (stored once each, later copies unchanged)
    assert "documents: 3 new, 4 unchanged, 0 updated" in out, out
    assert "5 failed, 5 skipped" in out, out
    skipped = dict(line.removeprefix("skipped: ").split(": ", 1) for line in err.splitlines()
                   if line.startswith("skipped: "))
    assert set(skipped) == {str(mixed / n) for n in ("logo.png", "blob.bin", "styles.css", "docs.gz", "news.xml")}
    assert "named on its own" in skipped[str(mixed / "news.xml")]
    assert "PNG image" in skipped[str(mixed / "logo.png")]
    assert "binary" in skipped[str(mixed / "blob.bin")]
    assert ".css" in skipped[str(mixed / "styles.css")]
    assert "gzip" in skipped[str(mixed / "docs.gz")]
    failures, _ = run("failures", "--db", db, "-f", "jsonl")
    rows = {r["source"]: r for r in map(json.loads, failures.splitlines())}
    assert rows[str(mixed / "logo.png")]["stage"] == "skipped"
    assert "PNG image" in rows[str(mixed / "logo.png")]["reason"]
    assert rows[str(mixed / "blank.html")]["stage"] == "read" and "no main text" in rows[str(mixed / "blank.html")]["reason"]
    assert "no main text" in rows[str(mixed / "dots.txt")]["reason"]
    docs, _ = run("documents", "--db", db, "-f", "jsonl")
    urls = {json.loads(line)["url"] for line in docs.splitlines()}
    assert set(PAGES) <= urls


def test_extract_directory_says_to_ingest_archives_and_lists_skips(mixed: Path) -> None:
    out, err = run("extract", str(mixed), "-f", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["story.txt"]
    assert f"{mixed / 'crawl.warc.gz'}: a WARC web archive: use `headcount ingest`" in err
    assert f"{mixed / 'sub' / 'mirror-0001'}: a WARC web archive: use `headcount ingest`" in err
    assert f"skipped: {mixed / 'logo.png'}: " in err
    assert f"{mixed / 'news.xml'}: an RSS/Atom feed: use `headcount ingest`" in err
    assert "no main text" in err


def test_extract_named_archive_says_to_use_ingest(tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.warc.gz")
    r = CliRunner().invoke(main, ["extract", str(tmp_path / "crawl.warc.gz")])
    assert r.exit_code == 1 and "use `headcount ingest`" in r.stderr


def test_every_file_of_a_directory_is_a_document_or_an_error(mixed: Path) -> None:
    items = list(iter_documents([str(mixed)]))
    named = {getattr(i, "where", None) or getattr(i, "id", None) for i in items}
    for f in mixed.rglob("*"):
        if f.is_file() and f.name != "story.txt":
            assert str(f) in named, f
    assert all(isinstance(i, HeadcountError) for i in items if getattr(i, "id", "") != "story.txt")
    assert sum(isinstance(i, Skipped) for i in items) == 4
