"""The file readers: text, HTML, JSONL and PATH expansion, with one-line errors for bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.errors import DecodeError, HeadcountError, IngestError, InputError
from headcount.ingest.html import html_document, read_html_file
from headcount.ingest.jsonl import read_jsonl_file
from headcount.ingest.sources import expand_paths, iter_documents, read_stream
from headcount.ingest.text import looks_binary, read_text_file
from headcount.models import Document

REPORT = ("Aid workers said about 1,200 people left the northern districts overnight, "
          "including 300 children.\n")

PAGE = """<!DOCTYPE html><html><head><title>Hundreds leave northern districts</title>
<meta property="article:published_time" content="2016-12-08"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Hundreds leave northern districts</h1>
<p>Aid workers said about 1,200 people left the northern districts overnight, including 300 children,
as the fighting moved closer to the old market.</p>
<p>The local council said the buses would keep running for as long as the truce held, and that families
were being registered at the crossing point before moving on to shelters in the west of the city.</p>
</article>
<div class="comments"><h3>Comments</h3><p>4,512 readers shared this. First comment here!</p></div>
</body></html>"""


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text and "Traceback" not in text
    return text


# --- text ------------------------------------------------------------------------------------------------

def test_text_file_is_read_exactly_with_its_name_as_id(tmp_path: Path) -> None:
    doc = read_text_file(write(tmp_path / "report.txt", REPORT))
    assert (doc.id, doc.text, doc.published) == ("report.txt", REPORT, None)


def test_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    doc = read_text_file(write(tmp_path / "bom.md", b"\xef\xbb\xbf" + REPORT.encode()))
    assert doc.text == REPORT


def test_latin1_file_is_a_decode_error_naming_file_and_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.txt", "Caf\u00e9 owners said 40 people were hurt.".encode("latin-1"))
    with pytest.raises(DecodeError) as exc:
        read_text_file(path)
    assert one_line(exc.value).startswith(f"{path}: not UTF-8 text (byte 0xe9 at offset 3)")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4,
                                  "UTF-16 text".encode("utf-16")])
def test_binary_file_is_not_text(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="not a text file"):
        read_text_file(write(tmp_path / "image.txt", data))


@pytest.mark.parametrize("data", ["", "   \n\t\n"])
def test_empty_file_is_an_error(tmp_path: Path, data: str) -> None:
    with pytest.raises(InputError, match="empty document"):
        read_text_file(write(tmp_path / "empty.txt", data))


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError) as exc:
        read_text_file(path)
    assert one_line(exc.value) == f"{path}: document is 50 MB, over the 20 MB limit (raise it with --max-size)"
    small = write(tmp_path / "small.txt", REPORT)
    with pytest.raises(InputError, match="document is 99 bytes, over the 50 bytes limit"):
        read_text_file(small, max_bytes=50)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text_file(tmp_path)


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"),
                min_size=1).filter(lambda s: any(c.isalnum() for c in s) and not s.startswith("\ufeff"))


@settings(max_examples=100, deadline=None)
@given(text=_TEXT)
def test_any_utf8_text_round_trips(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("rt") / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    assert read_text_file(path).text == text


def test_looks_binary_accepts_ordinary_text() -> None:
    assert not looks_binary(REPORT.encode())
    assert not looks_binary("Über 8.000 Menschen — «so weit»\f\r\n".encode())
    assert looks_binary(b"abc\x00def")
    assert not looks_binary(b"")


# --- HTML ------------------------------------------------------------------------------------------------

def test_html_gives_main_text_title_and_date_without_comments(tmp_path: Path) -> None:
    doc = read_html_file(write(tmp_path / "page.html", PAGE))
    assert doc.id == "page.html"
    assert "about 1,200 people left the northern districts" in doc.text
    assert "4,512" not in doc.text and "Home" not in doc.text.split("\n")[0]
    assert doc.title == "Hundreds leave northern districts"
    assert doc.published == "2016-12-08"


def test_html_without_article_text_is_an_ingest_error(tmp_path: Path) -> None:
    path = write(tmp_path / "shell.html", "<html><head><title>App</title></head><body><div id='root'></div>"
                                          "<script>render()</script></body></html>")
    with pytest.raises(IngestError) as exc:
        read_html_file(path)
    assert one_line(exc.value) == f"{path}: no main text (no article text found in the HTML page)"


def test_html_published_fallback_and_binary() -> None:
    undated = PAGE.replace('<meta property="article:published_time" content="2016-12-08">', "")
    doc = html_document(undated, "x", "x", published="2016-12-09")
    assert doc.published in ("2016-12-09", "2016-12-08")  # a page date found elsewhere still wins
    with pytest.raises(IngestError, match="binary"):
        html_document(b"\x00\x01\x02" * 100, "x", "x")


# --- JSONL -----------------------------------------------------------------------------------------------

def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": REPORT, "outlet": "Example Wire", "published": "2016-12-08T09:30:00Z",
                    "title": "Hundreds leave", "url": "https://example.org/a"}),
        "{this is not json",
        json.dumps({"id": "c", "title": "no text here"}),
        json.dumps({"id": "d", "text": "   "}),
        "",
        json.dumps({"id": 7, "text": "Officials said 12 people were detained."}),
        json.dumps({"text": "No id: 40 families returned."}),
        json.dumps({"id": "g", "text": "x", "published": "last Tuesday"}),
        json.dumps(["not", "an", "object"]),
    ]
    path = write(tmp_path / "docs.jsonl", "\n".join(lines) + "\n")
    items = list(read_jsonl_file(path))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [one_line(i) for i in items if isinstance(i, HeadcountError)]
    assert [d.id for d in docs][:2] == ["a", "7"] and len(docs) == 3 and len(docs[2].id) == 16
    assert (docs[0].outlet, docs[0].published, docs[0].url) == ("Example Wire", "2016-12-08", "https://example.org/a")
    assert errors == [
        f"{path}:2: not JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:3: no 'text' field",
        f"{path}:4: empty document (no text to extract from)",
        f"{path}:8: 'published' must be an ISO date (YYYY-MM-DD), not 'last Tuesday'",
        f"{path}:9: a document line must be a JSON object, not list",
    ]


def test_jsonl_bad_encoding_line_and_oversized_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": REPORT}).encode()
    path = write(tmp_path / "mixed.jsonl", b'{"id": "l1", "text": "caf\xe9 40 people"}\n' + good + b"\n"
                 + json.dumps({"id": "big", "text": "y" * 5000}).encode() + b"\n" + good + b"\n")
    items = list(read_jsonl_file(path, max_bytes=2000))
    assert [i.id for i in items if isinstance(i, Document)] == ["ok", "ok"]
    errors = [one_line(i) for i in items if isinstance(i, HeadcountError)]
    assert errors[0].startswith(f"{path}:1: not UTF-8 text")
    assert errors[1] == f"{path}:3: document is over the 2 KB limit (raise it with --max-size)"


def test_binary_jsonl_file_is_one_error(tmp_path: Path) -> None:
    items = list(read_jsonl_file(write(tmp_path / "x.jsonl", b"\x00\x01\x02\x03" * 50)))
    assert len(items) == 1 and "not a text file" in str(items[0])


# --- sources ---------------------------------------------------------------------------------------------

def test_directory_is_expanded_recursively_with_relative_ids(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", REPORT)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.md", REPORT)
    write(tmp_path / "sub" / "page.htm", PAGE)
    write(tmp_path / "notes.csv", "ignored,file")
    write(tmp_path / "docs.jsonl", json.dumps({"id": "j1", "text": REPORT}) + "\n")
    items = list(iter_documents([str(tmp_path)]))
    assert [i.id for i in items if isinstance(i, Document)] == ["b.txt", "j1", "sub/a.md", "sub/page.htm"]


def test_missing_path_and_empty_directory_are_errors_in_place(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    good = write(tmp_path / "good.txt", REPORT)
    items = list(iter_documents([str(tmp_path / "missing.txt"), str(good), str(tmp_path / "empty")]))
    assert isinstance(items[1], Document)
    assert one_line(items[0]) == f"{tmp_path / 'missing.txt'}: no such file or directory"
    assert one_line(items[2]).endswith("empty: no files in this directory")


def test_explicit_file_of_other_suffix_is_read_as_text(tmp_path: Path) -> None:
    items = list(iter_documents([str(write(tmp_path / "report.pdf", b"%PDF-1.4\n\x00\x01binary"))]))
    assert len(items) == 1 and "not a text file" in str(items[0])
    assert [e for e in expand_paths([str(tmp_path / "report.pdf")])][0].doc_id == "report.pdf"  # type: ignore[union-attr]


@pytest.mark.parametrize(("data", "ids"), [
    (REPORT.encode(), ["stdin"]),
    ((json.dumps({"id": "s1", "text": REPORT}) + "\n" + json.dumps({"id": "s2", "text": REPORT})).encode(),
     ["s1", "s2"]),
    (PAGE.encode(), ["stdin"]),
])
def test_stdin_is_sniffed(data: bytes, ids: list[str]) -> None:
    items = list(iter_documents(["-"], stdin=io.BytesIO(data)))
    assert [i.id for i in items if isinstance(i, Document)] == ids


def test_stdin_over_the_limit_is_refused() -> None:
    items = list(read_stream(io.BytesIO(b"a" * 5000), max_bytes=1000))
    assert len(items) == 1 and "stdin: document is over the 1000 bytes limit" in one_line(items[0])


@pytest.mark.parametrize("data", ["\u200b\n", ". . . | —", "\u00ad\u200c*"])
def test_text_without_a_word_is_no_main_text(tmp_path: Path, data: str) -> None:
    with pytest.raises(InputError, match="no main text"):
        read_text_file(write(tmp_path / "dots.txt", data))
