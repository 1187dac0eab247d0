"""Documents, their claims, and the failures of ingest.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True, comment="models.document_id: hash of the URL or of the text"),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("outlet", sa.Text, nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("published", sa.String(32), nullable=True, comment="ISO 8601 date, or NULL"),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("fetched_at", sa.String(40), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False,
                  comment="sha256 of the text: tells 'updated' from 'unchanged'"),
        sa.Column("source", sa.Text, nullable=True, comment="what the user gave to ingest it (path, URL, WARC#record)"),
        sa.Column("kind", sa.String(16), nullable=False, comment="article or comment"),
        sa.Column("comment_of", sa.String(32), nullable=True, comment="for a reader comment: its article"),
        sa.Column("commenter", sa.Text, nullable=True, comment="for a reader comment: the name the page shows"),
        sa.Column("extractor_version", sa.String(64), nullable=False, comment="rules that made its claims"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_comment_of", "documents", ["comment_of"])
    op.create_table(
        "claims",
        sa.Column("id", sa.String(32), primary_key=True, comment="models.claim_id(doc_id, start, figure)"),
        sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("idx", sa.Integer, nullable=False,
                  comment="position in the document's claim list (parent points here)"),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("figure", sa.Text, nullable=False),
        sa.Column("low", sa.Float, nullable=True),
        sa.Column("high", sa.Float, nullable=True),
        sa.Column("approx", sa.Boolean, nullable=False),
        sa.Column("qualifier", sa.Text, nullable=True),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("group", sa.Text, nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("location", sa.Text, nullable=True),
        sa.Column("place", sa.Text, nullable=True),
        sa.Column("period_kind", sa.String(16), nullable=True),
        sa.Column("period", sa.Text, nullable=True),
        sa.Column("period_offset", sa.Integer, nullable=True),
        sa.Column("period_start", sa.String(32), nullable=True),
        sa.Column("period_end", sa.String(32), nullable=True),
        sa.Column("source", sa.Text, nullable=True),
        sa.Column("cue", sa.Text, nullable=True),
        sa.Column("via", sa.Text, nullable=True),
        sa.Column("parent", sa.Integer, nullable=True),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
    )
    for col in ("doc_id", "event"):
        op.create_index(f"ix_claims_{col}", "claims", [col])
    op.create_table(
        "failures",
        sa.Column("source", sa.Text, primary_key=True, comment="the path, URL or record that failed"),
        sa.Column("reason", sa.Text, nullable=False, comment="one line: what went wrong"),
        sa.Column("stage", sa.String(16), nullable=False, comment="read, fetch, extract or store"),
        sa.Column("at", sa.String(40), nullable=False, comment="when it last failed (ISO 8601, UTC)"),
    )


def downgrade() -> None:
    op.drop_table("failures")
    op.drop_table("claims")
    op.drop_table("documents")
