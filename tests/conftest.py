"""Shared fixtures: ledgers on a real SQLite file and on a real PostgreSQL server the tests start themselves,
and one headless Chromium for every browser test of the session.

``ledger_db`` is parametrised over both backends, so every store test that uses it runs twice. PostgreSQL
comes from a throwaway cluster (``tests/pg_throwaway.py``): initdb/pg_ctl as an unprivileged user in a
temporary directory on a free loopback port, once per test session, one fresh database per test. Where the
machine has no PostgreSQL server (or no psycopg), the postgres variants skip and say why.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    try:
        import pg_throwaway as throwaway
        import psycopg  # noqa: F401
        import sqlalchemy  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"PostgreSQL tests need the ledger and postgres extras: {exc}")
    try:
        cluster = throwaway.start()
    except Exception as exc:  # noqa: BLE001 - any reason PostgreSQL cannot run here becomes the skip message
        pytest.skip(f"PostgreSQL not available on this machine ({exc}); `make system-deps` installs it")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A --db value for an empty ledger location: a SQLite file path, or a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.create_database(f"t{next(_counter)}"))


# Debian's Chromium, kept off the network: Playwright's own browser download is never used.
CHROMIUM = os.environ.get("HEADCOUNT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One browser for the session: Playwright's sync API allows one running instance per thread, so the web
    tests and the report test share it. Skips, saying why, where Playwright or Chromium is missing."""
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("browser tests need Playwright for Python: pip install -e '.[dev]'")
    exe = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if exe is None:
        pytest.skip(f"browser tests need Chromium at {CHROMIUM}: `make system-deps` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
