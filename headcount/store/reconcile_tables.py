"""The reconcile side's tables: settled figures and a user's edits to parties, on the ledger's ``MetaData``.

They live beside the ledger's tables (``store/tables.py``) on the same ``metadata`` object, so one Alembic
environment and one schema-vs-migrations test cover both; migration ``0003`` creates them. Kept in a module
of their own because the reconcile commands own them: the ledger's ingest never reads or writes them.

- ``settled``: a figure a user has settled for a series ("UN final count: N as of date"); one row per
  (series key, as-of date), so settling the same key and date again replaces the figure.
- ``party_edits`` / ``party_names``: an overlay on the packaged party registry, in the same terms as an
  overlay file (a kind that replaces, aliases and members that are appended; a new party needs a name).
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, String, Table, Text

from headcount.store.tables import metadata

settled = Table(
    "settled",
    metadata,
    Column("key", String(255), primary_key=True, comment="series key: event/group/place, as SeriesKey writes it"),
    Column("as_of", String(32), primary_key=True, comment="ISO date the settled figure holds at"),
    Column("low", Float, nullable=True, comment="settled figure, low end (== high for a single figure)"),
    Column("high", Float, nullable=True, comment="settled figure, high end; NULL for an open upper bound"),
    Column("note", Text, nullable=True, comment="who settled it and on what authority"),
    Column("settled_at", String(40), nullable=False, comment="when it was recorded (ISO 8601, UTC)"),
)

party_edits = Table(
    "party_edits",
    metadata,
    Column("party", String(255), primary_key=True, comment="registry key of the party (new key for a new party)"),
    Column("name", Text, nullable=True, comment="display name; needed only for a party the registry lacks"),
    Column("kind", String(32), nullable=True, comment="the kind that replaces the registry's"),
    Column("updated_at", String(40), nullable=False, comment="when it was last edited (ISO 8601, UTC)"),
)

party_names = Table(
    "party_names",
    metadata,
    Column("party", String(255), ForeignKey("party_edits.party", ondelete="CASCADE"), primary_key=True),
    Column("role", String(16), primary_key=True, comment="alias or member"),
    Column("name", String(255), primary_key=True, comment="the name as the user gave it"),
)
