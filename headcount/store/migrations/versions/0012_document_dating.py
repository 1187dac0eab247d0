"""How each document's date was obtained, its precision, and an approximate date for the undated.

``documents.published`` stays the publication day and nothing else. ``dated_by`` says where a date came
from (given by the input, the page's metadata, the dateline, the URL's path, the URL's month only, or
estimated from the days the text reports), ``date_precision`` what it is worth (day, month, estimate), and
``approx_date`` holds the lower bound a month-precision URL or the text gives a document with no publication
day (docs/reconcile.md, "Round 6: dating undated documents"). Documents already in a ledger keep NULLs
until they are ingested again; a dated one reads as "given" (``ingest.dates.document_dating``).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column(
        "dated_by", sa.String(16), nullable=True,
        comment="how the date was obtained: given, page, dateline, url, url_month, text (an estimate), NULL"))
    op.add_column("documents", sa.Column("date_precision", sa.String(16), nullable=True,
                                         comment="day, month or estimate (a lower bound)"))
    op.add_column("documents", sa.Column(
        "approx_date", sa.String(32), nullable=True,
        comment="no publication day: a lower bound from the text (YYYY-MM-DD) or the URL's month (YYYY-MM)"))


def downgrade() -> None:
    for column in ("approx_date", "date_precision", "dated_by"):
        op.execute(f"ALTER TABLE documents DROP COLUMN {column}")
