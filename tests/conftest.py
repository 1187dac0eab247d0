"""Shared fixtures: ledgers on a real SQLite file and on a real PostgreSQL server the tests start themselves,
and one headless Chromium for every browser test of the session.

``ledger_db`` is parametrised over both backends, so every store test that uses it runs twice. PostgreSQL
comes from a throwaway cluster (``tests/pg_throwaway.py``): initdb/pg_ctl as an unprivileged user in a
temporary directory on a free loopback port, once per test session, one fresh database per test. Where the
machine has no PostgreSQL server (or no psycopg), the postgres variants skip and say why.

The stored start-up tables (``headcount.startup_cache``: gazetteer, lemma files) go to a temporary directory of
the session, never to the user's ``~/.cache/headcount``: a stale or damaged file there must not change what the
tests see, and the tests must not leave files there. It is set in ``pytest_configure``, before any test module
is imported (a module that loads the gazetteer at import time) and before any fork server starts (its workers
inherit the environment it started with), and removed at the end of the session.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_counter = itertools.count()
_CACHE_ENV = "HEADCOUNT_CACHE_DIR"
_session_cache: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """Every process of the session stores its start-up tables in one temporary directory."""
    if not _session_cache:
        _session_cache.append(tempfile.mkdtemp(prefix="headcount-test-cache-"))
    os.environ[_CACHE_ENV] = _session_cache[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    if _session_cache and os.environ.get(_CACHE_ENV) == _session_cache[0]:
        shutil.rmtree(_session_cache[0], ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def session_cache_dir() -> str:
    """The session's cache directory (set in ``pytest_configure``, which runs first)."""
    return _session_cache[0]


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
