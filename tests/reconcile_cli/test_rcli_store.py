"""The reconcile repository on SQLite and PostgreSQL: claims in extractor order, settled figures, party edits."""

from __future__ import annotations

import pytest

from headcount.errors import ConfigError
from headcount.models import Claim, Document
from headcount.reconcile.analysis import registry_with
from headcount.reconcile.track_record import Settled
from headcount.store.ledger import Entry, Ledger
from headcount.store.reconcile_repo import ReconcileStore

TEXT = ("Around 50,000 people are still inside eastern Aleppo, including 40,000 civilians, a UN envoy said. "
        "Another 8,000 people left over the past 24 hours, the ministry said.")


def _claims(doc: Document) -> list[Claim]:
    i = TEXT.index("50,000")
    j = TEXT.index("40,000")
    k = TEXT.index("8,000")
    return [
        Claim(doc_id=doc.id, start=i, end=i + 6, figure="50,000", low=50000, high=50000, event="besieged",
              period_kind="stock", sentence=TEXT[:99], extractor_version="t"),
        Claim(doc_id=doc.id, start=j, end=j + 6, figure="40,000", low=40000, high=40000, category="civilians",
              group="civilians", event="besieged", period_kind="stock", parent=0, sentence=TEXT[:99],
              extractor_version="t"),
        Claim(doc_id=doc.id, start=k, end=k + 5, figure="8,000", low=8000, high=8000, event="evacuated",
              period_kind="increment", sentence=TEXT[100:], sentence_start=100, extractor_version="t"),
    ]


def test_rcli_store_roundtrip(ledger_db: str) -> None:
    doc = Document(id="d1", text=TEXT, outlet="example.org", published="2016-12-15")
    with Ledger.open(ledger_db, create=True) as ledger:
        ledger.put(Entry(document=doc, claims=_claims(doc), extractor_version="t"))
        store = ReconcileStore(ledger.engine)
        inputs = store.inputs()
        assert [c.figure for c in inputs.claims] == ["50,000", "40,000", "8,000"]
        assert inputs.claims[1].parent == 0 and inputs.claims == _claims(doc)
        assert inputs.docs["d1"].outlet == "example.org" and inputs.docs["d1"].published == "2016-12-15"

        assert store.settle(Settled("besieged/people/Aleppo/east", 45000, 45000, "2016-12-15", "o'brien; DROP")) is False
        assert store.settle(Settled("besieged/people/Aleppo/east", 40000, 47000, "2016-12-15")) is True
        assert store.settled() == [Settled("besieged/people/Aleppo/east", 40000, 47000, "2016-12-15", "")]

        store.edit_party("un", kind="monitor", aliases=["the world body's envoy", "the world body's envoy"])
        store.edit_party("un", members=["Jan Egeland"], aliases=["the world body's envoy"])
        store.edit_party("user_local_council", name="Local Council", kind="government", aliases=["Local Council"])
        overlay = store.party_overlay()
        assert overlay["parties"]["un"] == {"kind": "monitor", "aliases": ["the world body's envoy"],
                                            "members": ["Jan Egeland"]}
        reg = registry_with(overlay)
        assert reg.resolve("the world body's envoy").key == "un" and reg.get("un").kind == "monitor"  # type: ignore[union-attr]
        assert reg.resolve("Local Council").key == "user_local_council"


def test_rcli_store_bad_overlay_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        registry_with({"parties": {"new_one": {"aliases": ["x"]}}})  # a new party needs a name and a kind
