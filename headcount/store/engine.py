"""Where a ledger lives: turn ``--db`` (a path or a URL) into a SQLAlchemy engine.

A plain path is a SQLite file; ``postgresql://`` URLs use psycopg 3 (the ``postgres`` extra). SQLite runs
in WAL mode with foreign keys on: WAL lets queries read while an ingest writes, and a killed process leaves
the last committed document intact (the journal is replayed or discarded on the next open).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event

from headcount.errors import StoreError

T = TypeVar("T")

DEFAULT_DB = "headcount.db"


def database_url(db: str) -> str:
    """``./x.db`` -> ``sqlite:////abs/x.db``; ``postgresql://`` -> ``postgresql+psycopg://``; others as given."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def display(db: str) -> str:
    """The ledger as a user may see it in messages: a path, or a URL with any password hidden."""
    if "://" not in db:
        return db
    from sqlalchemy.engine import make_url

    return make_url(db).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url[len("sqlite:///") :])
    return None


SUPPORTED = "SQLite (a file path, or sqlite:///path) or PostgreSQL (postgresql://user@host/db)"


def make_engine(db: str) -> Engine:
    url = database_url(db)
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower()
    if scheme not in ("sqlite", "postgresql"):
        raise StoreError(f"cannot open {display(db)}: {scheme} is not supported; a ledger is {SUPPORTED}")
    try:
        engine = create_engine(url, future=True)
    except ModuleNotFoundError as exc:  # psycopg missing
        raise StoreError(f"cannot open {display(db)}: {exc.name} is missing; install headcount[postgres]") from exc
    except Exception as exc:  # noqa: BLE001 - a malformed URL: say so in one line
        raise StoreError(f"cannot open {display(db)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # in WAL mode: safe against a killed process, fsync at checkpoints
    cur.execute("PRAGMA wal_autocheckpoint=4000")  # checkpoint (and fsync) every ~16 MB, not every 4 MB
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB: the band and id indexes of a large ledger stay in memory
    cur.close()


def chunks(items: Sequence[T], n: int) -> Iterator[Sequence[T]]:
    """``items`` in runs of at most ``n``: ids for an IN list stay under SQLite's bound-parameter limit."""
    for i in range(0, len(items), n):
        yield items[i : i + n]
