"""Property: the indexed comparisons give exactly the findings of comparing every pair.

``across._across_documents`` files reports under their wholes' keys and compares each only with what shares a
key; ``incremental.units_findings`` files series by unit once. Both must give what the all-pairs scans gave:
the reference here is the scan ``across`` used before (every pair of one day and the next), and
``unit_findings`` (every series read per unit). Hypothesis draws ledgers of bench-style variants (a template
document moved to another city and a few days on, as ``bench/web.py`` builds its ledgers) from the bundled
samples and this folder's crossing texts, so places inside countries, parts of cities and groups inside
classes meet across documents on the same and neighbouring days.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from drawn_ledgers import drawn_points, templates
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.reconcile.across import _compare, _usable, across_keys
from headcount.reconcile.findings import Finding
from headcount.reconcile.incremental import series_of, touching, unit_findings, units_findings, units_of
from headcount.reconcile.pairing import docs_of
from headcount.reconcile.series import DocMeta, Report, Series, points_of
from headcount.store.reconcile_repo import claims_from_rows

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
FILES = [ROOT / "headcount" / "sample" / "aleppo.jsonl", Path(__file__).with_name("crossing.jsonl")]
CITIES = ("Aleppo", "Homs", "Idlib", "Hama", "Mosul")




def all_pairs(series_list: Sequence[Series], tolerance: float) -> list[Finding]:
    """``across_keys`` as it was: within a document every pair, across documents every pair of a day and the
    next."""
    by_event: dict[str, list[Report]] = defaultdict(list)
    for s in series_list:
        by_event[s.key.event].extend(r for r in s.reports if _usable(r))
    out: list[Finding] = []
    for reports in by_event.values():
        by_doc: dict[str, list[Report]] = defaultdict(list)
        for r in reports:
            for d in docs_of(r):
                by_doc[d].append(r)
        seen: set[tuple[str, str]] = set()
        for group in by_doc.values():
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if a.key == b.key or a.party.key == b.party.key or (a.id, b.id) in seen:
                        continue
                    seen.add((a.id, b.id))
                    if f := _compare(a, b, tolerance):
                        out.append(f)
        by_day: dict[date, list[Report]] = defaultdict(list)
        for r in reports:
            if r.end is not None and r.key.place is not None:
                by_day[r.end].append(r)
        for day_, same in by_day.items():
            later = by_day.get(day_ + timedelta(days=1), [])
            for i, a in enumerate(same):
                for b in [*same[i + 1:], *later]:
                    if a.key == b.key or a.party.key == b.party.key or docs_of(a) & docs_of(b):
                        continue
                    if f := _compare(a, b, tolerance):
                        out.append(f)
    return out


@settings(max_examples=8, deadline=None)
@given(picks=st.lists(st.tuples(st.integers(0, 50), st.sampled_from(CITIES), st.integers(0, 2)),
                      min_size=2, max_size=24))
def test_indexed_comparisons_equal_all_pairs(picks: list[tuple[int, str, int]]) -> None:
    points, docs = drawn_points(FILES, picks)
    series = series_of(points, docs)
    ordered = sorted(series.values(), key=lambda s: (s.key.event, s.key.group, s.key.place or ""))
    assert across_keys(ordered, 0.10) == all_pairs(ordered, 0.10)
    units = units_of(series)
    assert units_findings(units, series, 0.10) == {u: unit_findings(u, series, 0.10) for u in sorted(units)}
    # an incremental run's event units: only the pairs with a touched side, the same findings as the whole
    # unit's that name a touched series (every other series, and the first alone)
    full = across_keys(ordered, 0.10)
    events = {u for u in units if u.startswith("event:")}
    sides = [f.key.split(" & ") for f in full]
    by_name = {str(s.key): s.key for s in ordered}
    parts, wholes = ({by_name[x[i]] for x in sides if x[i] in by_name} for i in (0, 1))
    for keep in ({s.key for s in ordered[::2]}, {s.key for s in ordered[:1]}, parts, wholes):
        names = {str(k) for k in keep}
        assert across_keys(ordered, 0.10, only=keep.__contains__) == [f for f in full if touching(f.key, names)]
        assert units_findings(events, series, 0.10, names) == {
            u: [f for f in unit_findings(u, series, 0.10) if touching(f.key, names)] for u in sorted(events)}


def test_a_city_above_its_country_in_another_document_is_found() -> None:
    """Not a vacuous property: the crossing text moved to two cities of one country, on one day, gives
    findings across the two documents (one city's toll above the other document's national toll)."""
    base = templates(*FILES)
    cross = next(i for i, (d, _) in enumerate(base) if d["id"] == "cross-1")
    test_indexed_comparisons_equal_all_pairs.hypothesis.inner_test(  # type: ignore[attr-defined]
        [(cross, "Homs", 0), (cross, "Idlib", 0)])
    rows: list[dict[str, Any]] = []
    docs: dict[str, DocMeta] = {}
    from web import variant

    for n, (city, days) in enumerate((("Homs", 0), ("Idlib", 0))):
        row, claim_rows = variant(*base[cross], city, days, n)
        docs[row["id"]] = DocMeta(id=row["id"], outlet=row["outlet"], published=row["published"],
                                  title=row["title"], url=row["url"], text=row["text"])
        rows += claim_rows
    series = series_of(points_of(claims_from_rows(rows), docs), docs)
    found = across_keys(sorted(series.values(), key=lambda s: (s.key.event, s.key.group, s.key.place or "")), 0.10)
    doc_of = {r["id"]: r["doc_id"] for r in rows}
    assert any(len({doc_of[c] for c in f.claims}) == 2 for f in found), [f.explanation for f in found]
