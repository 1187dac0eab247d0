"""Stored findings: what reconcile read from each document, each claim's series, the findings by unit.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reconciled_docs",
        sa.Column("doc_id", sa.String(32), primary_key=True),
        sa.Column("stamp", sa.Text, nullable=False,
                  comment="what reconcile read: text hash, version, copy_of, date, outlet, title"),
    )
    op.create_table(
        "claim_series",
        sa.Column("claim_id", sa.String(32), primary_key=True),
        sa.Column("doc_id", sa.String(32), nullable=False),
        sa.Column("key", sa.String(255), nullable=False, comment="series key: event/group/place"),
        sa.Column("event", sa.String(64), nullable=False),
        sa.Column("place", sa.String(255), nullable=True),
    )
    for col in ("doc_id", "key", "event", "place"):
        op.create_index(f"ix_claim_series_{col}", "claim_series", [col])
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("unit", sa.String(300), nullable=False, comment="key:K, event:E or place:P"),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("computation", sa.Text, nullable=False),
        sa.Column("numbers", sa.Text, nullable=False, comment="JSON list of [name, value]"),
        sa.Column("parties", sa.Text, nullable=False, comment="JSON list of party keys"),
    )
    op.create_index("ix_findings_unit", "findings", ["unit"])
    op.create_table(
        "finding_claims",
        sa.Column("finding_id", sa.Integer, sa.ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("pos", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("claim_id", sa.String(32), nullable=False),
    )
    op.create_index("ix_finding_claims_claim_id", "finding_claims", ["claim_id"])
    op.create_table(
        "reconcile_state",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for t in ("reconcile_state", "finding_claims", "findings", "claim_series", "reconciled_docs"):
        op.drop_table(t)
