"""Property: on random ledgers built and changed in random steps, the stored findings equal a full recompute.

``test_rstore_property`` shuffles one fixed set of documents. Here hypothesis also draws the ledger: texts of
the bundled samples and of this folder (one monitor's running toll, a part above its whole, two parties'
figures for one place) with their city renamed to one of a few places the gazetteer nests (a city, another
city, the country holding both), published zero to two days apart, some of them twice (a copy: the same
text under another id), and between reconciles an earlier document changed (new text, another day). That
makes the links the incremental run must follow to stay exact: a later document moving an earlier claim
(one party's running count across documents and the place hierarchy), a city's figure set against its
country's on the same day (across keys), a document's parts and wholes, copies. A reconcile that re-keyed
or recomputed less than what a change touches gives other findings, or other series, than the full run.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stored_state import assert_stored_is_full

from headcount.extract.pipeline import extract
from headcount.models import Claim, Document
from headcount.reconcile.running import join_running
from headcount.reconcile.series import points_of
from headcount.store import Entry, Ledger
from headcount.store.findings_repo import claim_points, reconcile
from headcount.store.reconcile_repo import ReconcileStore

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
SAMPLE = ROOT / "headcount" / "sample"
PLACES = ("Homs", "Hama", "Syria")  # two cities and the country holding both


@cache
def templates() -> list[tuple[dict[str, str], str]]:
    """(record, the city its text names) for the texts the ledgers are drawn from."""
    out = []
    for path, city, keep in ((HERE / "running_join.jsonl", "Homs", None), (HERE / "crossing.jsonl", "Homs", None),
                             (SAMPLE / "stock_flow.jsonl", "Aleppo", None),
                             (SAMPLE / "aleppo.jsonl", "Aleppo", {"sample-05", "sample-06", "sample-07", "sample-14"})):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if keep is None or d["id"] in keep:
                out.append((d, city))
    return out


@cache
def variant(t: int, place: str) -> tuple[str, str | None, str | None, tuple[Claim, ...]]:
    """Template ``t`` about ``place``: its text, date, outlet and claims (extracted once per pair)."""
    d, city = templates()[t]
    text = d["text"].replace(city, place)
    doc = Document(id=f"t{t}-{place}", text=text, outlet=d.get("outlet"), published=d.get("published"),
                   title=(d.get("title") or "").replace(city, place) or None)
    return text, d.get("published"), d.get("outlet"), tuple(extract(doc))


def _shift(day: str | None, n: int) -> str | None:
    return (date.fromisoformat(day[:10]) + timedelta(days=n)).isoformat() if day else None


def _put(ledger: Ledger, doc_id: str, t: int, place: str, days: int, edit: int) -> None:
    text, published, outlet, claims = variant(t, place)
    text += " Updated." * edit  # new text under a known id: the document is re-read, its claims replaced
    doc = Document(id=doc_id, text=text, outlet=outlet, published=_shift(published, days))
    ledger.put(Entry(doc, [replace(c, doc_id=doc_id) for c in claims], "test", source=doc_id))


DOC = st.tuples(st.integers(0, len(templates()) - 1), st.sampled_from(PLACES), st.integers(0, 2))
STEP = st.tuples(st.lists(DOC, min_size=1, max_size=5), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 2)),
                                                                max_size=2))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(steps=st.lists(STEP, min_size=2, max_size=4))
def test_random_ledgers_in_steps_store_the_full_findings(tmp_path_factory: object,
                                                         steps: list[tuple[list[tuple[int, str, int]],
                                                                           list[tuple[int, int]]]]) -> None:
    db = str(tmp_path_factory.mktemp("rand") / "ledger.db")  # type: ignore[attr-defined]
    docs: list[tuple[str, int, str]] = []
    edits: dict[str, int] = {}
    with Ledger.open(db, create=True) as ledger:
        for added, changed in steps:
            for t, place, days in added:
                doc_id = f"d{len(docs)}"
                docs.append((doc_id, t, place))
                _put(ledger, doc_id, t, place, days, 0)
            for which, days in changed:
                if docs:
                    doc_id, t, place = docs[which % len(docs)]
                    edits[doc_id] = edits.get(doc_id, 0) + 1
                    _put(ledger, doc_id, t, place, days, edits[doc_id])
            reconcile(ledger.engine)
            assert_stored_is_full(ledger)


def test_points_read_back_are_the_joined_points(tmp_path: Path) -> None:
    """A claim's point read back from the ledger is the one the join gave, its place included: the join
    moves one monitor's figures from a city to the country it names elsewhere, and a point rebuilt from the
    stored key alone used to keep the city as its place under the country's key."""
    db = str(tmp_path / "ledger.db")
    with Ledger.open(db, create=True) as ledger:
        for i, (t, place, days) in enumerate([(0, "Homs", 0), (1, "Syria", 0), (2, "Syria", 1), (3, "Hama", 0),
                                              (5, "Syria", 0), (0, "Syria", 2)]):
            _put(ledger, f"d{i}", t, place, days, 0)
        reconcile(ledger.engine)
        inputs = ReconcileStore(ledger.engine).inputs()
        from headcount.reconcile.analysis import registry_with

        registry = registry_with(ReconcileStore(ledger.engine).party_overlay())
        raw = points_of(inputs.claims, inputs.docs, registry)
        joined = {p.id: p for p in join_running(raw, registry.part_of())}
        moved = [p for p in raw if joined[p.id].place != p.place]
        assert moved, "the join moves no figure to another place: the test shows nothing"
        back, _ = claim_points(ledger.engine, joined, registry)
        assert {p.id: p for p in back} == joined
