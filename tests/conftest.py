"""Shared fixtures: ledgers on a real SQLite file and on a real PostgreSQL server the tests start themselves.

``ledger_db`` is parametrised over both backends, so every store test that uses it runs twice. PostgreSQL
comes from a throwaway cluster (``headcount.store.throwaway``): initdb/pg_ctl as an unprivileged user in a
temporary directory on a free loopback port, once per test session, one fresh database per test. Where the
machine has no PostgreSQL server (or no psycopg), the postgres variants skip and say why.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    try:
        import psycopg  # noqa: F401
        import sqlalchemy  # noqa: F401

        from headcount.store import throwaway
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
