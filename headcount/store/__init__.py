"""The ledger: documents and claims kept in SQLite or PostgreSQL, through SQLAlchemy 2 and Alembic.

Importing this package needs the ``ledger`` extra (SQLAlchemy, Alembic, datasketch); the CLI imports it
lazily and names the extra when it is missing.
"""

from __future__ import annotations

from headcount.store import (
    findings_tables,  # noqa: F401  (stored findings, likewise)
    reconcile_tables,  # noqa: F401  (its tables join the ledger's metadata)
    web_tables,  # noqa: F401  (the web app's tokens table, likewise)
)
from headcount.store.ledger import ClaimDiff, ClaimFilter, Entry, Ledger, Stored

__all__ = ["ClaimDiff", "ClaimFilter", "Entry", "Ledger", "Stored"]
