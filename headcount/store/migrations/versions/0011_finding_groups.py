"""Each stored finding's group: the comparisons that rest on the same claims are one finding for a reader.

``findings.group_id`` is the smallest finding id of the finding's connected component over shared claims
(``headcount.store.finding_group_ids``): ``headcount check`` already shows such comparisons as one finding,
and the web's findings page and API page through groups in SQL, which needs the group on the row. A reconcile
writes it after storing findings (the full run for every finding, the incremental run for the components it
touched); here it is filled for the findings a ledger already holds, so the pages group them before the next
reconcile.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("findings", sa.Column("group_id", sa.Integer, nullable=True,
                                        comment="smallest finding id of its component over shared claims"))
    op.create_index("ix_findings_group_id", "findings", ["group_id"])
    from headcount.store.finding_group_ids import regroup_all

    regroup_all(op.get_bind())


def downgrade() -> None:
    # not batch mode: SQLite's batch copy of the table would drop the expression index of 0007
    # (web_order_findings), which it cannot reflect; ALTER TABLE ... DROP COLUMN (SQLite 3.35+, PostgreSQL)
    op.drop_index("ix_findings_group_id", table_name="findings")
    op.execute("ALTER TABLE findings DROP COLUMN group_id")
