"""The web app's tables on the ledger's shared ``MetaData``: API tokens, and what the web reads need.

A token is shown once, when ``headcount token create NAME`` makes it: ``hct.<id>.<secret>``. Only the id
(public, to find the row) and the sha256 of the secret are stored, so a copy of the database does not hand
out write access. Verification looks the row up by id and compares the hashes with ``hmac.compare_digest``
(constant time). Alembic revision 0004 creates exactly what this module declares.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, String, Table, Text

from headcount.store.tables import claims, metadata

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(16), primary_key=True, comment="public part of the token (hct.<id>.<secret>)"),
    Column("name", Text, nullable=False, comment="who or what the token is for; unique"),
    Column("hash", String(64), nullable=False, comment="sha256 of the secret part, hex"),
    Column("created_at", String(40), nullable=False, comment="ISO 8601, UTC"),
    Column("last_used", String(40), nullable=True, comment="ISO 8601, UTC; updated at most once a minute"),
    Index("ix_api_tokens_name", "name", unique=True),
)

# What the web app reads instead of reconciling the whole ledger in memory (revision 0007). Derived data,
# recomputed from the ledger and the stored findings by ``headcount.store.web_index`` whenever a document's
# reconcile stamp (``reconciled_docs``) or the party edits change: deleting every row here loses nothing.

claim_parties = Table(
    "claim_parties",
    metadata,
    Column("claim_id", String(32), primary_key=True),
    Column("doc_id", String(32), nullable=False, index=True),
    Column("party", String(255), nullable=False, index=True, comment="the party key the source resolves to"),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("as_written", Text, nullable=True),
    Column("key", String(255), nullable=False, comment="the series key its point was read into"),
    # The claim lists' order, so a party's claims are walked in an index instead of sorted (revision 0010;
    # the index, with a descending column, is the migration's ``web_order_claim_parties``).
    Column("published", String(32), nullable=True, comment="its document's published date (documents.published)"),
    Column("idx", Integer, nullable=False, comment="its position in the document (claims.idx)"),
)

# A party's claim ids in one index, read without the table (revision 0013): the capped count of a party's
# list (``headcount.web.queries``) was 2,001 reads of the table's rows, most of a party page's database time.
Index("ix_claim_parties_party_claim", claim_parties.c.party, claim_parties.c.claim_id)

party_docs = Table(
    "party_docs",
    metadata,
    Column("doc_id", String(32), primary_key=True),
    Column("stamp", Text, nullable=False, comment="reconciled_docs.stamp when its claims' parties were resolved"),
    Column("overlay", String(32), nullable=False, comment="hash of the party edits they were resolved with"),
)

series_summaries = Table(
    "series_summaries",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("event", String(64), nullable=False, index=True),
    Column("grp", String(64), nullable=False),
    Column("place", String(255), nullable=True),
    Column("claims", Integer, nullable=False, index=True),
    Column("reports", Integer, nullable=False),
    Column("parties", Integer, nullable=False),
    Column("first", String(32), nullable=True),
    Column("last", String(32), nullable=True),
    Column("detail", Text, nullable=False, comment="JSON: its parties and reports, as the chart draws them"),
)

party_summaries = Table(
    "party_summaries",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("claims", Integer, nullable=False, index=True),
    Column("series", Integer, nullable=False),
)

# Browser sessions shared by every worker process (``headcount serve --workers N``): the sha256 of the
# session id (never the id, never the token), the token it signed in with, when it was last seen; and the
# key the CSRF values are made with, made once per ledger.
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("digest", String(64), primary_key=True, comment="sha256 of the session id, hex"),
    Column("token_id", String(16), nullable=False),
    Column("seen", Float, nullable=False, comment="unix time of its last request (updated at most once a minute)"),
)

web_keys = Table(
    "web_keys",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", String(128), nullable=False, comment="a random key, hex"),
)

Index("ix_claims_doc_id_idx", claims.c.doc_id, claims.c.idx)  # a document's claims in order (claim lists)
