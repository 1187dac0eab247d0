"""A party's claims in page order without sorting them: ``claim_parties`` keeps each claim's place in the
claim lists' order (its document's published date, the document id, its position in the document) under an
index that starts with the party.

Why: a party's claims list (``/api/claims?party=``, the party page) was a semi-join on ``claim_parties.party``
whose matches were all read and sorted by date before the first 50 were shown: O(claims of the party), 215 ms
of the server's CPU at 100,000 claims on SQLite and ten times that at a million. With the order in the index the
database walks it from the party's newest claim and stops when the page is full, whatever the party's size; the
keyset pages (``headcount.web.cursor``) start the walk at the last row shown.

The two columns copy ``documents.published`` and ``claims.idx``; they are filled here for rows that exist and by
``headcount.store.web_index`` (which rewrites a document's rows whenever its reconcile stamp changes) from now on.
The index has a descending column, which a ``Table`` cannot declare for both dialects: like those of 0007 it
lives only here (the ``web_order_`` name).

Revision ID: 0010
Revises: 0008 (helper "scaleinc" adds 0009 in parallel: the integrator sets this to "0009" when both land)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

ORDER_INDEX = {  # the claim lists' order (migration 0007's web_order_documents, then claims (doc_id, idx))
    "postgresql": "CREATE INDEX web_order_claim_parties ON claim_parties (party, published DESC NULLS LAST, doc_id, idx)",
    "sqlite": "CREATE INDEX web_order_claim_parties ON claim_parties (party, published DESC, doc_id, idx)",
}
BACKFILL = {
    "postgresql": "UPDATE claim_parties AS p SET published = d.published, idx = c.idx FROM claims AS c "
                  "JOIN documents AS d ON d.id = c.doc_id WHERE c.id = p.claim_id",
    "sqlite": "UPDATE claim_parties SET published = (SELECT published FROM documents WHERE id = claim_parties.doc_id), "
              "idx = (SELECT idx FROM claims WHERE id = claim_parties.claim_id)",
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("claim_parties", sa.Column("published", sa.String(32), nullable=True,
                                             comment="its document's published date (documents.published)"))
    op.add_column("claim_parties", sa.Column("idx", sa.Integer, nullable=True,
                                             comment="its position in the document (claims.idx)"))
    op.execute(BACKFILL[dialect])
    # A row whose claim is gone (derived data the next refresh rewrites) has no position: it is dropped with
    # its document's refresh mark, so the refresh resolves that document again, and the position is then
    # NOT NULL (a NULL would drop the row from every keyset page: a comparison with NULL is never true).
    op.execute("DELETE FROM party_docs WHERE doc_id IN (SELECT doc_id FROM claim_parties WHERE idx IS NULL)")
    op.execute("DELETE FROM claim_parties WHERE idx IS NULL")
    with op.batch_alter_table("claim_parties") as batch:  # SQLite: the table copied, its 0007 indexes kept
        batch.alter_column("idx", existing_type=sa.Integer, nullable=False,
                           existing_comment="its position in the document (claims.idx)")
    op.execute(ORDER_INDEX[dialect])


def downgrade() -> None:
    op.execute("DROP INDEX web_order_claim_parties")
    with op.batch_alter_table("claim_parties") as batch:
        batch.drop_column("idx")
        batch.drop_column("published")
