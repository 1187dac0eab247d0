"""An incremental run recomputes only the event findings of pairs with a changed side, and stays exact.

``incremental.event_findings`` compares only the pairs of an event with a report in a touched series
(``touched_keys``): a series that changed, or one holding a figure at a locality the gazetteer does not know
("X district") whose document has a figure in a changed series, since such a locality is read as lying in the
one known place its document counts the event in. Here a later document moves an earlier document's unplaced
figure to its main place (the running-count join), which gives that document a known place, and so a finding
between two series that did not change: a civil defence's 30 dead in a district against the UN's 20 in the
city holding it. Without the locality rule the incremental run misses it.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from headcount.extract.pipeline import extract
from headcount.models import Document
from headcount.reconcile.analysis import analyse
from headcount.reconcile.incremental import touching
from headcount.store import Entry, Ledger
from headcount.store.findings_repo import reconcile, stored
from headcount.store.reconcile_repo import ReconcileStore

HERE = Path(__file__).parent


def _put(ledger: Ledger, d: dict[str, str]) -> None:
    doc = Document(id=d["id"], text=d["text"], outlet=d.get("outlet"), published=d.get("published"),
                   title=d.get("title"), url=d.get("url"))
    ledger.put(Entry(doc, extract(doc), "test", source=d["id"]))


def test_a_locality_whose_document_changed_series_is_compared_again(tmp_path: Path) -> None:
    docs = [json.loads(line) for line in (HERE / "locality.jsonl").read_text(encoding="utf-8").splitlines()]
    with Ledger.open(str(tmp_path / "ledger.db"), create=True) as ledger:
        for step in (docs[:2], docs[2:]):
            for d in step:
                _put(ledger, d)
            reconcile(ledger.engine)
            inputs = ReconcileStore(ledger.engine).inputs()
            full = analyse(inputs.claims, inputs.docs)
            assert [f.as_dict() for f in stored(ledger.engine)[1]] == [f.as_dict() for f in full.findings]
        keys = [f.key for f in full.findings]
        assert any("Zindor" in k and "Herat" in k for k in keys), keys  # the finding the test is about


KEY = st.text(alphabet="ab/-& ", min_size=1, max_size=12)


@given(a=KEY, b=KEY, others=st.sets(KEY, max_size=3))
def test_a_pair_touches_the_keys_of_its_two_sides(a: str, b: str, others: set[str]) -> None:
    """``touching`` finds a pair's sides whatever their names hold (" & " included), and nothing else."""
    key = f"{a} & {b}"
    assert touching(key, {a}) and touching(key, {b}) and touching(a, {a})
    splits = {(key[:i], key[i + 3:]) for i in range(len(key)) if key.startswith(" & ", i)}
    assert touching(key, others) == (key in others or any(x in others or y in others for x, y in splits))
