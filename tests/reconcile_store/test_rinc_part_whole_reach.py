"""An incremental run's event unit folds parts into wholes (``checks.parts_and_wholes``) over the series a
touched series can meet, not every series of the event: the touched series, the series at their places, and
the series linked to them by "including" (a part of a touched point's whole, a whole of a touched part, in any
event). Texts written for this test: a storm's toll in two cities, one with its children "including". The
reach of the first city's series leaves the other city out, and the findings it gives are the whole event's
that name a touched series."""

from __future__ import annotations

from pathlib import Path

from headcount.models import Document
from headcount.reconcile.analysis import analyse
from headcount.reconcile.checks import parts_and_wholes
from headcount.reconcile.incremental import _part_whole_reach, touching
from headcount.store import Entry, Ledger
from headcount.store.reconcile_repo import ReconcileStore

TEXTS = [
    ("pw1", "2025-03-05", "The storm killed 300 people in Homs, including 420 children, the Red Cross said on Wednesday."),
    ("pw2", "2025-03-05", "The storm killed 80 people in Hama, the health ministry said on Wednesday."),
    ("pw3", "2025-03-05", "The health ministry said on Wednesday that 95 civilians were killed in Hama."),
]


def test_the_fold_reaches_the_touched_places_and_links_only(tmp_path: Path) -> None:
    from headcount.extract.pipeline import extract

    with Ledger.open(str(tmp_path / "ledger.db"), create=True) as ledger:
        for doc_id, day, text in TEXTS:
            doc = Document(id=doc_id, text=text, published=day)
            ledger.put(Entry(doc, extract(doc), "test", source=doc_id))
        inputs = ReconcileStore(ledger.engine).inputs()
    full = analyse(inputs.claims, inputs.docs)
    killed = [s for s in full.all_series if s.key.event == "killed"]
    key_of = {p.id: s.key for s in full.all_series for p in s.points}
    homs = {str(s.key) for s in killed if s.key.place == "Homs"}
    assert homs and any(s.key.place == "Hama" for s in killed)
    reach = _part_whole_reach(killed, homs, key_of)
    assert {s.key.place for s in reach} == {"Homs"}  # Hama's series are not folded again
    every = [f for f in parts_and_wholes(killed, 0.10) if touching(f.key, homs)]
    assert every, "no part above its whole in Homs: the test shows nothing"
    assert parts_and_wholes(reach, 0.10) == every
