"""The web app's claim page names the document's language and marks its text with it (right to left for
Arabic), so a reader sees which language a figure was read in."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "headcount" / "sample" / "languages.jsonl"


# Starlette's TestClient warns that it will move to another httpx package; the page under test is ours
@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient` is deprecated")
def test_claim_page_shows_the_language(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    pytest.importorskip("sqlalchemy")
    from fastapi.testclient import TestClient

    from headcount.runner import ingest
    from headcount.store.ledger import ClaimFilter, Ledger
    from headcount.web.app import create_app

    db = str(tmp_path / "web.db")
    with Ledger.open(db, create=True) as ledger:
        ingest([str(SAMPLE)], ledger)
        claim = next(iter(ledger.claims(ClaimFilter(language="ar"))))
    app = create_app(db, reconcile_at_start=False)
    with TestClient(app) as client:
        page = client.get(f"/claims/{claim['id']}")
    assert page.status_code == 200
    assert 'lang="ar"' in page.text and 'dir="rtl"' in page.text
    assert "<th>language</th><td>ar</td>" in page.text
