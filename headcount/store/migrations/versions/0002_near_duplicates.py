"""Near-duplicates: copy_of/similarity/minhash on documents, carried_from on claims, LSH band index.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("copy_of", sa.String(32), nullable=True,
                                   comment="the original this text is a near-duplicate (repost, wire copy) of"))
        batch.add_column(sa.Column("similarity", sa.Float, nullable=True,
                                   comment="estimated Jaccard similarity to copy_of"))
        batch.add_column(sa.Column("minhash", sa.LargeBinary, nullable=True,
                                   comment="MinHash signature of the text's shingles"))
        batch.create_index("ix_documents_copy_of", ["copy_of"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("carried_from", sa.String(32), nullable=True,
                                   comment="the claim in the original document that this copy carries"))
        batch.create_index("ix_claims_carried_from", ["carried_from"])
    op.create_table(
        "doc_bands",
        sa.Column("key", sa.BigInteger, nullable=False),
        sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_doc_bands_key", "doc_bands", ["key"])
    op.create_index("ix_doc_bands_doc_id", "doc_bands", ["doc_id"])


def downgrade() -> None:
    op.drop_table("doc_bands")
    with op.batch_alter_table("claims") as batch:
        batch.drop_index("ix_claims_carried_from")
        batch.drop_column("carried_from")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_copy_of")
        batch.drop_column("minhash")
        batch.drop_column("similarity")
        batch.drop_column("copy_of")
