"""Settled figures and a user's party edits (kind, aliases, members) for the reconcile commands.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settled",
        sa.Column("key", sa.String(255), primary_key=True,
                  comment="series key: event/group/place, as SeriesKey writes it"),
        sa.Column("as_of", sa.String(32), primary_key=True, comment="ISO date the settled figure holds at"),
        sa.Column("low", sa.Float, nullable=True, comment="settled figure, low end (== high for a single figure)"),
        sa.Column("high", sa.Float, nullable=True,
                  comment="settled figure, high end; NULL for an open upper bound"),
        sa.Column("note", sa.Text, nullable=True, comment="who settled it and on what authority"),
        sa.Column("settled_at", sa.String(40), nullable=False, comment="when it was recorded (ISO 8601, UTC)"),
    )
    op.create_table(
        "party_edits",
        sa.Column("party", sa.String(255), primary_key=True,
                  comment="registry key of the party (new key for a new party)"),
        sa.Column("name", sa.Text, nullable=True, comment="display name; needed only for a party the registry lacks"),
        sa.Column("kind", sa.String(32), nullable=True, comment="the kind that replaces the registry's"),
        sa.Column("updated_at", sa.String(40), nullable=False, comment="when it was last edited (ISO 8601, UTC)"),
    )
    op.create_table(
        "party_names",
        sa.Column("party", sa.String(255), sa.ForeignKey("party_edits.party", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True, comment="alias or member"),
        sa.Column("name", sa.String(255), primary_key=True, comment="the name as the user gave it"),
    )


def downgrade() -> None:
    op.drop_table("party_names")
    op.drop_table("party_edits")
    op.drop_table("settled")
