"""Bench-style ledgers drawn by hypothesis, shared by the properties of the across index and of the incremental
neighbourhood: ``bench/web.py``'s variants (a template text moved to another city and a few days on), built
from real extracted claims of the templates, with no database."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from headcount.extract.pipeline import extract
from headcount.models import Claim, Document
from headcount.reconcile.series import DocMeta, Point, points_of
from headcount.store.reconcile_repo import claims_from_rows

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))


@cache
def templates(*files: Path) -> list[tuple[dict[str, Any], list[Claim]]]:
    """Each JSONL line of ``files`` with the claims the extractor gives it (extracted once per process)."""
    out = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            out.append((d, extract(Document(id=d["id"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"),
                                            published=d.get("published"), title=d.get("title")))))
    return out


def drawn_points(files: Sequence[Path], picks: Sequence[tuple[int, str, int]]) -> tuple[list[Point], dict[str, DocMeta]]:
    """The points and documents of a ledger of variants: each pick is (template index, city, days on)."""
    from web import variant

    base = templates(*files)
    rows: list[dict[str, Any]] = []
    docs: dict[str, DocMeta] = {}
    for n, (t, city, days) in enumerate(picks):
        d, cs = base[t % len(base)]
        row, claim_rows = variant(d, cs, city, days, n)
        docs[row["id"]] = DocMeta(id=row["id"], outlet=row["outlet"], published=row["published"],
                                  title=row["title"], url=row["url"], text=row["text"])
        rows += claim_rows
    rows.sort(key=lambda m: (m["doc_id"], m["idx"]))
    return points_of(claims_from_rows(rows), docs), docs
