"""LSH band rows keyed by (key, doc_id): one B-tree insert a band row instead of three or four.

Before, ``doc_bands`` was a rowid table (a heap on PostgreSQL) with an index on ``key``, one on ``doc_id``
and a foreign key to ``documents``: per band row a table insert, two index inserts on random keys and a
parent lookup, 32 times per new document. Now the primary key (key, doc_id) is the only index (on SQLite a
WITHOUT ROWID table, so the primary key *is* the table) and there is no foreign key: the code that replaces
or deletes documents deletes their bands itself, by (doc_id, key) with the keys recomputed from the stored
signature. The rows are copied as they are; a (key, doc_id) pair that was stored twice is kept once.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # in place: PostgreSQL tables are heaps anyway, so the primary key index replaces the two others
        op.execute('DELETE FROM doc_bands a USING doc_bands b '
                   'WHERE a.ctid < b.ctid AND a."key" = b."key" AND a.doc_id = b.doc_id')
        for fk in sa.inspect(op.get_bind()).get_foreign_keys("doc_bands"):  # doc_bands_doc_id_fkey, by default
            op.drop_constraint(fk["name"] or "doc_bands_doc_id_fkey", "doc_bands", type_="foreignkey")
        op.drop_index("ix_doc_bands_key", table_name="doc_bands")
        op.drop_index("ix_doc_bands_doc_id", table_name="doc_bands")
        op.create_primary_key("doc_bands_pkey", "doc_bands", ["key", "doc_id"])
        return
    # SQLite cannot turn a rowid table into a WITHOUT ROWID one: create, copy, drop, rename
    op.create_table(
        "_doc_bands_new",
        sa.Column("key", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("doc_id", sa.String(32), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.execute('INSERT OR IGNORE INTO _doc_bands_new ("key", doc_id) SELECT "key", doc_id FROM doc_bands')
    op.drop_table("doc_bands")
    op.rename_table("_doc_bands_new", "doc_bands")


def downgrade() -> None:
    # the old shape has a foreign key: band rows of documents that are gone (none, if only headcount wrote
    # the ledger) are dropped first
    op.execute("DELETE FROM doc_bands WHERE doc_id NOT IN (SELECT id FROM documents)")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("doc_bands_pkey", "doc_bands", type_="primary")
        op.create_foreign_key("doc_bands_doc_id_fkey", "doc_bands", "documents", ["doc_id"], ["id"],
                              ondelete="CASCADE")
    else:
        op.create_table(
            "_doc_bands_old",
            sa.Column("key", sa.BigInteger, nullable=False),
            sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        )
        op.execute('INSERT INTO _doc_bands_old ("key", doc_id) SELECT "key", doc_id FROM doc_bands')
        op.drop_table("doc_bands")
        op.rename_table("_doc_bands_old", "doc_bands")
    op.create_index("ix_doc_bands_key", "doc_bands", ["key"])
    op.create_index("ix_doc_bands_doc_id", "doc_bands", ["doc_id"])
