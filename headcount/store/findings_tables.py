"""Stored reconciliation: the findings of the last run and what they were computed from.

Why stored: a full reconcile of a large ledger takes minutes to hours; a user who ingests ten articles should
wait for the series those articles touch, not for the whole ledger. Migration ``0006`` creates these tables.

- ``reconciled_docs``: per document, a stamp of what reconcile read from it (text hash, extractor version,
  copy link, date, outlet, title). A document whose stamp is missing or differs is dirty: its series (before
  and after) are reconciled again. Deleting rows here is how a party edit marks series dirty.
- ``claim_series``: the series key each claim was read into (from its document and, through the running-count
  join, from the other documents of its event: ``findings_repo._run``), so that the claims of a series can
  be found without reading the whole ledger; and (migration ``0008``) the claim's point as its document was
  read, with the place the join gave it (``point_rows``), so an incremental run reads the unchanged documents
  of an event back from here instead of from their text.
- ``findings`` / ``finding_claims``: one row per finding, under the unit it was computed in (a series key,
  an event, or a place: see ``headcount.reconcile.incremental``); its claims by id, in order, never copied.
- ``findings.group_id`` (migration ``0011``): the finding's group, the comparisons resting on shared claims
  that a reader is shown as one finding (``finding_group_ids``).
- ``reconcile_state``: settings the stored findings hold for (the tolerance).
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text

from headcount.store.tables import metadata

reconciled_docs = Table(
    "reconciled_docs",
    metadata,
    Column("doc_id", String(32), primary_key=True),
    Column("stamp", Text, nullable=False, comment="what reconcile read: text hash, version, copy_of, date, outlet, title"),
)

claim_series = Table(
    "claim_series",
    metadata,
    Column("claim_id", String(32), primary_key=True),
    Column("doc_id", String(32), nullable=False, index=True),
    Column("key", String(255), nullable=False, index=True, comment="series key: event/group/place"),
    Column("event", String(64), nullable=False, index=True),
    Column("place", String(255), nullable=True, index=True),
    Column("point", Text, nullable=True, comment="JSON: the claim's point as read, and its joined place"),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("unit", String(300), nullable=False, index=True, comment="key:K, event:E or place:P"),
    Column("type", String(32), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("computation", Text, nullable=False),
    Column("numbers", Text, nullable=False, comment="JSON list of [name, value]"),
    Column("parties", Text, nullable=False, comment="JSON list of party keys"),
    Column("group_id", Integer, nullable=True, index=True,  # migration 0011
           comment="smallest finding id of its component over shared claims"),
)

finding_claims = Table(
    "finding_claims",
    metadata,
    Column("finding_id", Integer, ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True),
    Column("pos", Integer, primary_key=True, autoincrement=False),
    Column("claim_id", String(32), nullable=False, index=True),
)

reconcile_state = Table(
    "reconcile_state",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
