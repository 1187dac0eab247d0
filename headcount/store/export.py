"""Exports of the ledger: claims (with their documents' url, outlet, title, date) or documents, to CSV,
JSONL or Parquet (CSV cells that a spreadsheet would run as a formula are neutralised). Rows stream from the database; Parquet is written in row groups of ``BATCH`` rows, so
memory stays flat however large the ledger."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from headcount.spreadsheet import safe_cell
from headcount.store.ledger import ClaimFilter, Ledger
from headcount.store.tables import claims, documents

BATCH = 5000
DOCUMENT_FIELDS = ["id", "url", "outlet", "title", "published", "language", "fetched_at", "kind", "comment_of",
                   "commenter", "copy_of", "similarity", "extractor_version", "source", "text"]
CLAIM_FIELDS = [c.name for c in claims.columns if c.name != "idx"] + ["url", "outlet", "title", "published"]


def _documents(ledger: Ledger) -> Iterator[dict[str, Any]]:
    q = select(*(documents.c[f] for f in DOCUMENT_FIELDS)).order_by(documents.c.published, documents.c.id)
    with ledger.engine.connect() as conn:
        for r in conn.execution_options(stream_results=True).execute(q):
            yield dict(r._mapping)


def export(ledger: Ledger, out: Path, fmt: str, what: str, flt: ClaimFilter | None = None) -> int:
    """Write the rows; returns how many."""
    rows = _documents(ledger) if what == "documents" else ledger.claims(flt)
    fields = DOCUMENT_FIELDS if what == "documents" else CLAIM_FIELDS
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _schema(what)
        writer = pq.ParquetWriter(str(out), schema)
        try:
            batch: list[dict[str, Any]] = []
            for r in rows:
                batch.append({f: r.get(f) for f in fields})
                if len(batch) >= BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    n += len(batch)
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
        finally:
            writer.close()
        return n
    with out.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            w = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if v is None else safe_cell(v)) for k, v in r.items()})
                n += 1
        else:
            for r in rows:
                fh.write(json.dumps({f: r.get(f) for f in fields}, ensure_ascii=False) + "\n")
                n += 1
    return n


def _schema(what: str) -> Any:
    import pyarrow as pa

    if what == "documents":
        return pa.schema([(f, pa.float64() if f == "similarity" else pa.string()) for f in DOCUMENT_FIELDS])
    types = {"start": pa.int64(), "end": pa.int64(), "low": pa.float64(), "high": pa.float64(),
             "approx": pa.bool_(), "period_offset": pa.int64(), "parent": pa.int64(),
             "sentence_start": pa.int64()}
    return pa.schema([(f, types.get(f, pa.string())) for f in CLAIM_FIELDS])
