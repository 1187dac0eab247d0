"""The web app reads the database: full-text search on claim sentences, and its derived tables.

Text search is the database's own. PostgreSQL: a GIN index on ``to_tsvector('simple', sentence)`` (the
``simple`` configuration: lower-cased words, no stemming and no stop words, so it treats every language of the
ledger alike); a query that repeats the expression uses it. SQLite: an FTS5 table over the claims' sentences
with external content (it stores only the index; the text stays in ``claims``), kept in step by triggers on
every insert, delete and sentence update, whoever writes. Its rows are the claims' rowids: a ``VACUUM`` may
renumber those (``claims`` has no INTEGER PRIMARY KEY), after which ``INSERT INTO claims_fts(claims_fts)
VALUES('rebuild')`` makes the index again.

Claim lists are ordered newest first: ``web_order_documents`` (published descending, NULLs last, then id) and
``claims (doc_id, idx)`` let the database walk a page in index order rather than sort every match. The
order index has a descending column, which a ``Table`` cannot declare for both dialects: like the text
index it lives only here (``web_order_`` and ``claims_fts`` names).

``web_sessions`` and ``web_keys`` hold browser sessions and the CSRF key in the database, so that every
worker of ``headcount serve --workers N`` knows them.

The derived tables (``claim_parties``, ``party_docs``, ``series_summaries``, ``party_summaries``) are
declared in ``headcount.store.web_tables`` and filled by ``headcount.store.web_index``.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5(sentence, content='claims', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, sentence) VALUES (new.rowid, new.sentence); END",
    "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence); END",
    "CREATE TRIGGER claims_fts_update AFTER UPDATE OF sentence ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence); "
    "INSERT INTO claims_fts(rowid, sentence) VALUES (new.rowid, new.sentence); END",
    "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')",
]
PG_FTS = "CREATE INDEX claims_fts_sentence ON claims USING gin (to_tsvector('simple'::regconfig, sentence))"
SEVERITY_RANK = "CASE severity WHEN 'alert' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"
"""Findings most serious first: ``headcount.web.reads`` orders by this very expression, so the index serves it."""
FINDINGS_ORDER = f"CREATE INDEX web_order_findings ON findings (({SEVERITY_RANK}), \"key\", type, id)"
ORDER_INDEX = {  # claim lists: newest first, then by document, walked in index order instead of sorted
    "postgresql": "CREATE INDEX web_order_documents ON documents (published DESC NULLS LAST, id)",
    "sqlite": "CREATE INDEX web_order_documents ON documents (published DESC, id)",  # NULLs sort last here
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(PG_FTS)
    else:
        for stmt in SQLITE_FTS:
            op.execute(stmt)
    op.execute(ORDER_INDEX[dialect])
    op.execute(FINDINGS_ORDER)
    op.create_index("ix_claims_doc_id_idx", "claims", ["doc_id", "idx"])
    op.create_table(
        "claim_parties",
        sa.Column("claim_id", sa.String(32), primary_key=True),
        sa.Column("doc_id", sa.String(32), nullable=False),
        sa.Column("party", sa.String(255), nullable=False, comment="the party key the source resolves to"),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("as_written", sa.Text, nullable=True),
        sa.Column("key", sa.String(255), nullable=False, comment="the series key its point was read into"),
    )
    op.create_index("ix_claim_parties_doc_id", "claim_parties", ["doc_id"])
    op.create_index("ix_claim_parties_party", "claim_parties", ["party"])
    op.create_table(
        "party_docs",
        sa.Column("doc_id", sa.String(32), primary_key=True),
        sa.Column("stamp", sa.Text, nullable=False,
                  comment="reconciled_docs.stamp when its claims' parties were resolved"),
        sa.Column("overlay", sa.String(32), nullable=False, comment="hash of the party edits they were resolved with"),
    )
    op.create_table(
        "series_summaries",
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("event", sa.String(64), nullable=False),
        sa.Column("grp", sa.String(64), nullable=False),
        sa.Column("place", sa.String(255), nullable=True),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.Column("parties", sa.Integer, nullable=False),
        sa.Column("first", sa.String(32), nullable=True),
        sa.Column("last", sa.String(32), nullable=True),
        sa.Column("detail", sa.Text, nullable=False, comment="JSON: its parties and reports, as the chart draws them"),
    )
    op.create_index("ix_series_summaries_event", "series_summaries", ["event"])
    op.create_index("ix_series_summaries_claims", "series_summaries", ["claims"])
    op.create_table(
        "party_summaries",
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("series", sa.Integer, nullable=False),
    )
    op.create_index("ix_party_summaries_claims", "party_summaries", ["claims"])
    op.create_table(
        "web_sessions",
        sa.Column("digest", sa.String(64), primary_key=True, comment="sha256 of the session id, hex"),
        sa.Column("token_id", sa.String(16), nullable=False),
        sa.Column("seen", sa.Float, nullable=False,
                  comment="unix time of its last request (updated at most once a minute)"),
    )
    op.create_table(
        "web_keys",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(128), nullable=False, comment="a random key, hex"),
    )


def downgrade() -> None:
    op.drop_index("ix_claims_doc_id_idx", table_name="claims")
    op.execute("DROP INDEX web_order_documents")
    op.execute("DROP INDEX web_order_findings")
    for t in ("web_keys", "web_sessions", "party_summaries", "series_summaries", "party_docs", "claim_parties"):
        op.drop_table(t)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX claims_fts_sentence")
    else:
        for trigger in ("claims_fts_insert", "claims_fts_delete", "claims_fts_update"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE claims_fts")
