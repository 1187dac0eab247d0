"""Each claim's point stored with its series row, so an incremental reconcile need not read the unchanged
documents of an event again.

``claim_series.point`` holds, as JSON, what ``series.points_of`` read from the claim's document (party, place,
period, the document's main place, ...) and the place the running-count join put it at. Reading a document
into points (the party model over its text, its main place, the parts of places it names) is most of a
reconcile's time; the stored point is read back in a few microseconds. NULL (rows written before this
revision, or by ``headcount spark reconcile``) means: read the document again.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claim_series", sa.Column("point", sa.Text, nullable=True,
                                            comment="JSON: the claim's point as read, and its joined place"))


def downgrade() -> None:
    with op.batch_alter_table("claim_series") as batch:
        batch.drop_column("point")
