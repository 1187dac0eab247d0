"""The web app's tables on the ledger's shared ``MetaData``: API tokens, and the indexes the web reads need.

A token is shown once, when ``headcount token create NAME`` makes it: ``hct.<id>.<secret>``. Only the id
(public, to find the row) and the sha256 of the secret are stored, so a copy of the database does not hand
out write access. Verification looks the row up by id and compares the hashes with ``hmac.compare_digest``
(constant time). Alembic revision 0004 creates exactly what this module declares.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, String, Table, Text

from headcount.store.tables import metadata

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(16), primary_key=True, comment="public part of the token (hct.<id>.<secret>)"),
    Column("name", Text, nullable=False, comment="who or what the token is for; unique"),
    Column("hash", String(64), nullable=False, comment="sha256 of the secret part, hex"),
    Column("created_at", String(40), nullable=False, comment="ISO 8601, UTC"),
    Column("last_used", String(40), nullable=True, comment="ISO 8601, UTC; updated at most once a minute"),
    Index("ix_api_tokens_name", "name", unique=True),
)
