"""The ledger's tables, as SQLAlchemy Core ``Table`` objects on one ``MetaData``.

Core rather than the ORM: the ledger writes documents and their claims in bulk (``executemany``) and reads
them back as plain rows that become ``Document``/``Claim`` records; an identity map would only cost time.
The Alembic migrations in ``migrations/versions`` create exactly these tables; ``tests/store`` checks that
the migrated schema and this module agree, so the two cannot drift apart silently.

Indexes serve the queries that can use them (ids, doc_id, event, published, copy links); the text filters
(outlet, source, place, category) match case-insensitive substrings, which no B-tree index serves, so they
carry none: every index is paid for on each of the many claim inserts.

Ids are content hashes (``models.document_id``, ``models.claim_id``), so every primary key is a short string
that is the same on every machine and every run: re-ingesting changes nothing.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True, comment="models.document_id: hash of the URL or of the text"),
    Column("url", Text, nullable=True),
    Column("outlet", Text, nullable=True),
    Column("title", Text, nullable=True),
    Column("published", String(32), nullable=True, index=True, comment="ISO 8601 date, or NULL"),
    Column("language", String(16), nullable=True),
    Column("fetched_at", String(40), nullable=True),
    Column("dated_by", String(16), nullable=True,
           comment="how the date was obtained: given, page, dateline, url, url_month, text (an estimate), NULL"),
    Column("date_precision", String(16), nullable=True, comment="day, month or estimate (a lower bound)"),
    Column("approx_date", String(32), nullable=True,
           comment="no publication day: a lower bound from the text (YYYY-MM-DD) or the URL's month (YYYY-MM)"),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False, comment="sha256 of the text: tells 'updated' from 'unchanged'"),
    Column("source", Text, nullable=True, comment="what the user gave to ingest it (path, URL, WARC#record)"),
    Column("kind", String(16), nullable=False, default="article", comment="article or comment"),
    Column("comment_of", String(32), nullable=True, index=True, comment="for a reader comment: its article"),
    Column("commenter", Text, nullable=True, comment="for a reader comment: the name the page shows"),
    Column("extractor_version", String(64), nullable=False, default="", comment="rules that made its claims"),
    Column("copy_of", String(32), nullable=True, index=True,
           comment="the original this text is a near-duplicate (repost, wire copy) of"),
    Column("similarity", Float, nullable=True, comment="estimated Jaccard similarity to copy_of"),
    Column("minhash", LargeBinary, nullable=True, comment="MinHash signature of the text's shingles"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(32), primary_key=True, comment="models.claim_id(doc_id, start, figure)"),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("idx", Integer, nullable=False, comment="position in the document's claim list (parent points here)"),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("figure", Text, nullable=False),
    Column("low", Float, nullable=True),
    Column("high", Float, nullable=True),
    Column("approx", Boolean, nullable=False, default=False),
    Column("qualifier", Text, nullable=True),
    Column("category", Text, nullable=False),
    Column("group", Text, nullable=False),
    Column("event", String(32), nullable=False, index=True),
    Column("modality", String(16), nullable=False),
    Column("location", Text, nullable=True),
    Column("place", Text, nullable=True),
    Column("period_kind", String(16), nullable=True),
    Column("period", Text, nullable=True),
    Column("period_offset", Integer, nullable=True),
    Column("period_start", String(32), nullable=True),
    Column("period_end", String(32), nullable=True),
    Column("source", Text, nullable=True),
    Column("cue", Text, nullable=True),
    Column("via", Text, nullable=True),
    Column("parent", Integer, nullable=True),
    Column("sentence", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("extractor_version", String(64), nullable=False),
    Column("carried_from", String(32), nullable=True, index=True,
           comment="the claim in the original document that this copy carries"),
)

# Locality-sensitive-hashing bands of each document's MinHash: one row per (band, hash). A new text finds its
# near-duplicate candidates with one IN query on the key instead of loading every signature into memory.
# Band rows are most of a new document's B-tree work (BANDS of them, on random keys), so each costs ONE
# insert: the primary key (key, doc_id) is the table itself (WITHOUT ROWID on SQLite, so no rowid B-tree
# beside it) and there is no other index. The lookup reads the key prefix; a document's bands are deleted
# by (doc_id, key) with the keys recomputed from its stored signature (``documents.minhash``; no signature,
# no bands). No foreign key either: the only code that replaces or deletes documents (``writer.py``,
# ``bulk.py``) deletes their bands explicitly first, and an FK would cost a parent lookup per band row.
doc_bands = Table(
    "doc_bands",
    metadata,
    Column("key", BigInteger, primary_key=True, autoincrement=False),
    Column("doc_id", String(32), primary_key=True),
    sqlite_with_rowid=False,
)

failures = Table(
    "failures",
    metadata,
    Column("source", Text, primary_key=True, comment="the path, URL or record that failed"),
    Column("reason", Text, nullable=False, comment="one line: what went wrong"),
    Column("stage", String(16), nullable=False, comment="read, fetch, extract or store"),
    Column("at", String(40), nullable=False, comment="when it last failed (ISO 8601, UTC)"),
)

CLAIM_COLUMNS = tuple(c.name for c in claims.columns if c.name not in ("id", "idx", "carried_from"))
