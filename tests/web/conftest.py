"""Fixtures for the web tests: a real SQLite ledger of the bundled sample, the app on a free loopback port,
and headless Chromium (Debian's, via Playwright) that never touches the network.

The ledger is made with the real pipeline (``headcount.ingest.batch.ingest`` over ``headcount/sample``).
Browser tests skip, saying why, when Playwright or ``/usr/bin/chromium`` is missing (``make system-deps``
installs Chromium). Screenshots go to ``artifacts/screenshots/``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import Any

import pytest

for _mod in ("fastapi", "uvicorn", "jinja2", "multipart", "sqlalchemy"):
    if importlib.util.find_spec(_mod) is None:
        pytest.skip(f"web tests need the web and ledger extras ({_mod} missing): pip install -e '.[web,ledger]'",
                    allow_module_level=True)

from web_helpers import Server, make_ledger, start_server  # noqa: E402


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return make_ledger(tmp_path_factory.mktemp("web") / "sample.db")


@pytest.fixture(scope="session")
def server(sample_db: str) -> Iterator[Server]:
    """The app over the sample, for tests that only read."""
    yield from start_server(sample_db)


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app over a ledger of its own, for tests that write (settle, edit parties, ingest)."""
    db = make_ledger(tmp_path_factory.mktemp("web-write") / "write.db")
    yield from start_server(db)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh browser context (no cookies) with a page that records script errors and dialogs."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]

    def dialog(d: Any) -> None:
        pg.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()

    pg.on("dialog", dialog)
    yield pg
    ctx.close()


