"""Alembic environment, driven from Python (``headcount.store.migrate``), never from an alembic.ini.

The caller puts an open SQLAlchemy ``Connection`` in ``config.attributes["connection"]``; this file only
runs the migrations on it. Offline (SQL script) mode is not offered: a ledger is always a live database.
"""

from __future__ import annotations

from alembic import context

from headcount.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from a stray `alembic` command line
    raise RuntimeError("headcount migrations run through `headcount db upgrade`, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
