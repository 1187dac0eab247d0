"""Uploads keep what a user knows: the form takes the article's URL, outlet and publication date and has a
box to paste text; the stored source is the upload's own name, never a server temporary path; a binary
renamed to .txt is refused by its content. In headless Chromium, over the app's own ledger."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from web_helpers import Server, shot, sign_in

STORY = ("TARNOW, March 3 - Some 2,350 people were moved out of the flooded lower town overnight, the "
         "provincial fire brigade said on Sunday, as the river kept rising.\n")
PASTED = ("Rescuers pulled 46 people from collapsed buildings in the old quarter of Sandomierz on Monday, "
          "the city's mayor told reporters.\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(200)


def claim_doc(srv: Server, text: str) -> dict[str, Any]:
    srv.wait_fresh()
    items = httpx.get(srv.url + "/api/claims", params={"text": text}, timeout=60).json()["items"]
    assert items, text
    doc: dict[str, Any] = httpx.get(srv.url + f"/api/documents/{items[0]['doc_id']}", timeout=60).json()
    return doc


def submit(page: Any, srv: Server) -> None:
    page.click("#ingest-file button[type=submit]")
    page.wait_for_url("**/ingest/jobs/*")
    page.wait_for_selector("#job[data-status=done], #job[data-status=failed]", timeout=120_000)


def test_web_upload_keeps_url_outlet_date_and_its_own_name(writable_server: Server, page: Any,
                                                            tmp_path: Path) -> None:
    srv = writable_server
    sign_in(page, srv)
    path = tmp_path / "tarnow-floods.txt"
    path.write_text(STORY, encoding="utf-8")
    page.goto(srv.url + "/ingest")
    page.set_input_files("#ingest-file input[name=file]", str(path))
    page.fill("#ingest-file input[name=url]", "https://vistula-courier.example/2019/03/03/floods")
    page.fill("#ingest-file input[name=outlet]", "Vistula Courier")
    page.fill("#ingest-file input[name=published]", "2019-03-03")
    submit(page, srv)
    assert page.locator("#job-status").inner_text() == "done"
    assert "tarnow-floods.txt" in page.locator("#job").inner_text()
    doc = claim_doc(srv, "2,350")
    assert doc["url"] == "https://vistula-courier.example/2019/03/03/floods"
    assert doc["outlet"] == "Vistula Courier" and doc["published"] == "2019-03-03"
    assert doc["source"] == "tarnow-floods.txt"
    shot(page, "upload-with-fields.png")


def test_web_upload_pasted_text(writable_server: Server, page: Any) -> None:
    srv = writable_server
    sign_in(page, srv)
    page.goto(srv.url + "/ingest")
    page.fill("#ingest-file textarea[name=text]", PASTED)
    page.fill("#ingest-file input[name=outlet]", "Sandomierz Daily")
    page.fill("#ingest-file input[name=published]", "2019-03-04")
    submit(page, srv)
    assert page.locator("#job-status").inner_text() == "done", page.locator("#job").inner_text()
    doc = claim_doc(srv, "46 people")
    assert doc["text"] == PASTED and doc["outlet"] == "Sandomierz Daily" and doc["published"] == "2019-03-04"
    assert doc["source"] == "pasted text"
    assert "/tmp" not in str(doc["source"])


def test_web_upload_renamed_binary_is_refused_by_content(writable_server: Server, page: Any,
                                                         tmp_path: Path) -> None:
    srv = writable_server
    sign_in(page, srv)
    path = tmp_path / "report.txt"
    path.write_bytes(PNG)
    page.goto(srv.url + "/ingest")
    page.set_input_files("#ingest-file input[name=file]", str(path))
    page.click("#ingest-file button[type=submit]")
    page.wait_for_load_state()
    body = page.locator("main").inner_text()
    assert "PNG image" in body and "report.txt" in body, body
    assert "/ingest/jobs/" not in page.url
    shot(page, "upload-refused.png")


def test_web_upload_failure_names_the_upload_not_a_temporary_path(writable_server: Server) -> None:
    srv = writable_server
    auth = {"authorization": f"Bearer {srv.token}"}
    resp = httpx.post(srv.url + "/api/ingest/file", headers=auth, timeout=60,
                      files={"file": ("dots.txt", ". . . —\n".encode(), "text/plain")})
    assert resp.status_code == 202, resp.text
    job = resp.json()
    for _ in range(600):
        job = httpx.get(srv.url + f"/api/ingest/jobs/{job['id']}", timeout=60).json()
        if job["status"] in ("done", "failed"):
            break
        import time

        time.sleep(0.1)
    assert job["status"] == "failed" and job["failures"][0]["source"] == "dots.txt", job
    failures = [f for f in srv.app.state.web.ledger.failures() if "dots.txt" in f["source"]]
    assert failures and all(f["source"] == "dots.txt" for f in failures), failures
    resp = httpx.post(srv.url + "/api/ingest/file", headers=auth, timeout=60,
                      data={"url": "ftp://example/x"}, files={"file": ("a.txt", STORY.encode(), "text/plain")})
    assert resp.status_code == 422 and "url" in resp.json()["error"]["message"]
    resp = httpx.post(srv.url + "/api/ingest/file", headers=auth, timeout=60,
                      data={"published": "2019-02-30"}, files={"file": ("a.txt", STORY.encode(), "text/plain")})
    assert resp.status_code == 422 and "published" in resp.json()["error"]["message"]
