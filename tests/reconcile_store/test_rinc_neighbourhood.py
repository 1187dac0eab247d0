"""An incremental run builds, of each changed event, only the touched series' neighbourhood
(``reconcile.neighbourhood``): the findings of its units are the ones every series of the event gives, and the
stored state stays a full recompute's.

Texts written for this test (a cyclone in Mozambique, floods in Libya): a figure added far from the touched
places leaves the other places' series out of the neighbourhood and changes no other finding; one added in a
city inside a touched country meets the country's series (and not a sibling city's). The hypothesis property
draws bench-style ledgers (``bench/web.py``'s variants: a template moved to another city and a few days on)
and touched sets, and compares the units' findings from the neighbourhood with those from every series."""

from __future__ import annotations

import sys
from pathlib import Path

from drawn_ledgers import drawn_points
from hypothesis import given, settings
from hypothesis import strategies as st
from stored_state import assert_stored_is_full

from headcount.extract.pipeline import extract
from headcount.models import Document
from headcount.reconcile.incremental import series_of, touched_keys, units_findings, units_of
from headcount.reconcile.neighbourhood import needed_keys
from headcount.store import Entry, Ledger
from headcount.store.findings_repo import reconcile, stored

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
HERE = Path(__file__).parent
FILES = [ROOT / "headcount" / "sample" / "aleppo.jsonl", HERE / "crossing.jsonl", HERE / "locality.jsonl"]
CITIES = ("Aleppo", "Homs", "Idlib", "Mosul", "Beira")

BEIRA = ("cy1", "2025-02-11", "The cyclone killed 310 people in Beira, the Red Cross said on Tuesday.")
COUNTRY = ("cy2", "2025-02-11", "The cyclone killed 150 people in Mozambique, the health ministry said on Tuesday.")
DERNA = ("fl1", "2025-02-11", "The floods killed 90 people in Derna, the Libyan Red Crescent said on Tuesday.")
QUELIMANE = ("cy3", "2025-02-11",
             "The cyclone killed 200 people in Quelimane, the World Health Organization said on Tuesday.")


def _put(ledger: Ledger, texts: list[tuple[str, str, str]]) -> None:
    for doc_id, day, text in texts:
        doc = Document(id=doc_id, text=text, published=day)
        ledger.put(Entry(doc, extract(doc), "test", source=doc_id))


def _neighbourhood(ledger: Ledger, new: str) -> tuple[set[str], set[str]]:
    """The killed event's series keys, and those needed when the document ``new`` changed."""
    from headcount.reconcile.analysis import analyse
    from headcount.store.reconcile_repo import ReconcileStore

    inputs = ReconcileStore(ledger.engine).inputs()
    full = analyse(inputs.claims, inputs.docs)
    points = [p for s in full.all_series for p in s.points]
    dirty = {str(p.key) for p in points if p.doc_id == new}
    touched = touched_keys(points, dirty)
    units = units_of(p.key for p in points if str(p.key) in dirty)
    killed = {str(p.key) for p in points if p.key.event == "killed"}
    return killed, needed_keys(points, units, touched) & killed


def test_a_figure_far_from_the_touched_places_changes_nothing_else(tmp_path: Path) -> None:
    with Ledger.open(str(tmp_path / "ledger.db"), create=True) as ledger:
        _put(ledger, [BEIRA, COUNTRY])
        reconcile(ledger.engine)
        before = stored(ledger.engine)[1]
        assert any("Beira" in f.key and "Mozambique" in f.key for f in before), "no city above its country"
        _put(ledger, [DERNA])
        killed, near = _neighbourhood(ledger, "fl1")
        assert {k for k in killed if "Derna" in k} <= near
        assert not {k for k in near if "Beira" in k or "Mozambique" in k}  # the other country's series left out
        reconcile(ledger.engine)
        assert_stored_is_full(ledger)
        after = stored(ledger.engine)[1]
        assert [f.as_dict() for f in after if "Derna" not in f.key] == [f.as_dict() for f in before]


def test_a_city_inside_a_touched_country_meets_the_country_series(tmp_path: Path) -> None:
    with Ledger.open(str(tmp_path / "ledger.db"), create=True) as ledger:
        _put(ledger, [BEIRA, COUNTRY])
        reconcile(ledger.engine)
        _put(ledger, [QUELIMANE])
        killed, near = _neighbourhood(ledger, "cy3")
        assert any(k.endswith("/Mozambique") for k in near)  # the country holding the new city
        assert not {k for k in near if "Beira" in k}  # a sibling city is no whole of it
        reconcile(ledger.engine)
        assert_stored_is_full(ledger)
        found = stored(ledger.engine)[1]
        assert any("Quelimane" in f.key and "Mozambique" in f.key for f in found), [f.key for f in found]




@settings(max_examples=10, deadline=None)
@given(picks=st.lists(st.tuples(st.integers(0, 50), st.sampled_from(CITIES), st.integers(0, 3)),
                      min_size=2, max_size=20),
       changed=st.integers(0, 19))
def test_the_neighbourhood_gives_every_series_findings(picks: list[tuple[int, str, int]], changed: int) -> None:
    points, docs = drawn_points(FILES, picks)
    new = sorted(docs)[changed % len(docs)]
    dirty = {str(p.key) for p in points if p.doc_id == new}
    touched = touched_keys(points, dirty)
    units = units_of(p.key for p in points if str(p.key) in dirty)
    every = series_of(points, docs)
    keep = needed_keys(points, units, touched)
    near = series_of([p for p in points if str(p.key) in keep], docs)
    assert units_findings(units, near, 0.10, touched) == units_findings(units, every, 0.10, touched)


def test_a_country_figure_meets_the_series_of_its_cities(tmp_path: Path) -> None:
    """The other way round: the new figure is the whole, the stored city's series the part it must meet."""
    with Ledger.open(str(tmp_path / "ledger.db"), create=True) as ledger:
        _put(ledger, [BEIRA, DERNA])
        reconcile(ledger.engine)
        _put(ledger, [COUNTRY])
        killed, near = _neighbourhood(ledger, "cy2")
        assert any("Beira" in k for k in near)
        assert not {k for k in near if "Derna" in k}
        reconcile(ledger.engine)
        assert_stored_is_full(ledger)
        assert any("Beira" in f.key and "Mozambique" in f.key for f in stored(ledger.engine)[1])
