"""Web app: API tokens (id, name, sha256 of the secret).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.String(16), primary_key=True, comment="public part of the token (hct.<id>.<secret>)"),
        sa.Column("name", sa.Text, nullable=False, comment="who or what the token is for; unique"),
        sa.Column("hash", sa.String(64), nullable=False, comment="sha256 of the secret part, hex"),
        sa.Column("created_at", sa.String(40), nullable=False, comment="ISO 8601, UTC"),
        sa.Column("last_used", sa.String(40), nullable=True, comment="ISO 8601, UTC; updated at most once a minute"),
    )
    op.create_index("ix_api_tokens_name", "api_tokens", ["name"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_api_tokens_name", table_name="api_tokens")
    op.drop_table("api_tokens")
