"""Rows of a full reconcile written straight through the database driver: PostgreSQL by ``COPY``, SQLite by one
``executemany`` of plain tuples.

Why: a full reconcile's writes (findings, their claims, every claim's ``claim_series`` row with its stored
point, the documents' stamps) all happen in the parent process, the one that holds the ledger's writer
transaction, so they are the serial part of a run that the workers cannot share (``reconcile_workers``). At
100,000 claims that is about a million rows. SQLAlchemy's executemany builds and processes a parameter
dictionary per row; the driver's own bulk paths take tuples as they are (``headcount load`` writes the same
way: ``store.bulk``). The rows are the same, written on the same connection, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

from headcount.store.reconcile_shared import placeholders


def write_rows(conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (tuples of the columns ``names``, in that order) into ``table`` on ``conn``'s open
    transaction. Another dialect goes through SQLAlchemy's executemany."""
    if not rows:
        return
    dialect = conn.dialect.name
    if dialect == "sqlite":
        cols = ", ".join(f'"{n}"' for n in names)
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.executemany(f'INSERT INTO "{table.name}" ({cols}) VALUES ({placeholders(len(names))})', rows)  # noqa: S608 - our names
        return
    if dialect == "postgresql":
        from psycopg import sql

        raw = conn.connection.driver_connection
        assert raw is not None
        stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(table.name),
                                                          sql.SQL(", ").join(sql.Identifier(n) for n in names))
        with raw.cursor() as cur, cur.copy(stmt) as cp:
            for r in rows:
                cp.write_row([_pg_text(v) for v in r])
        return
    conn.execute(insert(table), [dict(zip(names, r, strict=True)) for r in rows])


def _pg_text(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL; U+FFFD takes its place (as ``store.bulk`` writes it)."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value
