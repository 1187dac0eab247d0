"""Reads the web makes at a million claims: on PostgreSQL each claim's words stored (a ``tsvector`` column) under
a GIN index, instead of an index on an expression that every row-by-row check recomputes; on both dialects a
party's claim ids in one index.

Why: a word search counts its matches up to 2,000 and, for a common word, the planner walks ``claims`` checking
each row rather than reading the whole match list from the index; with the index on the expression
``to_tsvector('simple', sentence)`` (migration 0007) that check parsed the sentence again for every row (about
200 microseconds each: 545 to 598 ms of PostgreSQL per word search at a million claims, docs/scale.md). A
stored column is parsed once, when the claim is written, and a row's check reads it. It is a generated column
(``GENERATED ALWAYS AS ... STORED``): the database computes it on every insert and sentence update, whoever
writes, so no code writes it and no ``Table`` declares it (like 0007's index it lives only here, under the
``claims_fts`` prefix). The expression index is dropped: the queries name the column now (``headcount.web.
queries.text_condition``), and nothing else matched the expression.

SQLite's words are unchanged: its FTS5 table (0007) already stores the index apart from the rows.

Both dialects: ``claim_parties (party, claim_id)``, so that the capped count of a party's claims reads an
index, not 2,001 rows of the table (declared in ``headcount.store.web_tables``).

Adding the column rewrites ``claims`` once (every sentence parsed, every index rebuilt): minutes at a million
claims, timed in docs/scale.md ("Web app at 1M, sixth session").

Revision ID: 0013
Revises: 0012 (written beside 0012, the documents' dating, and put after it when both landed).
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COLUMN = "claims_fts_words"
INDEX = "claims_fts_words_gin"
OLD_INDEX = "CREATE INDEX claims_fts_sentence ON claims USING gin (to_tsvector('simple'::regconfig, sentence))"


def upgrade() -> None:
    op.create_index("ix_claim_parties_party_claim", "claim_parties", ["party", "claim_id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS claims_fts_sentence")  # before the rewrite, so it is not rebuilt for nothing
    op.execute(f"ALTER TABLE claims ADD COLUMN {COLUMN} tsvector "
               "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, sentence)) STORED")
    op.execute(f"CREATE INDEX {INDEX} ON claims USING gin ({COLUMN})")


def downgrade() -> None:
    op.drop_index("ix_claim_parties_party_claim", "claim_parties")
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"ALTER TABLE claims DROP COLUMN {COLUMN}")
    op.execute(OLD_INDEX)
