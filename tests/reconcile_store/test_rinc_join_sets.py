"""The running-count join asks, once per figure, whether a set of documents (those of a series, those near a
day) holds one other than the figure's own. It used to build ``docs - {doc}``, a copy of a set that grows with
the ledger, each time; ``running_places.other_than`` answers without the copy, and must answer the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from headcount.reconcile.running_places import other_than

_DOCS = st.sampled_from(["d1", "d2", "d3", "d4"])


@given(st.frozensets(_DOCS), _DOCS)
def test_other_than_answers_as_the_set_difference(docs: frozenset[str], doc: str) -> None:
    assert other_than(docs, doc) == bool(docs - {doc})
    assert other_than(set(docs), doc) == bool(set(docs) - {doc})
