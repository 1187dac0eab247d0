"""Imported by the full reconcile's fork server only (``reconcile_workers``): loads what reading documents into
points loads on first use (the gazetteer, the lemma dictionaries, the party model's word lists) once, in the
server, so that every worker forked from it shares those pages instead of loading its own copy (330 MB a process
when the lemma dictionaries were decoded whole; less since ``startup_cache`` looks words up in stored files)
and none pays the start-up again. Importing it anywhere else only costs that start-up."""

from __future__ import annotations

from headcount.models import Claim
from headcount.reconcile.analysis import registry_with
from headcount.reconcile.series import DocMeta, points_of

_TEXT = "Local officials said 12 civilians were killed in Mosul on Monday, the health ministry reported."


def warm() -> None:
    """One made-up document read into points: the same lazy loads a real batch makes."""
    claim = Claim(doc_id="warm", figure="12", low=12, high=12, category="civilians", event="killed",
                  group="civilians", start=0, end=0, sentence=_TEXT, source="the health ministry",
                  location="Mosul", period_kind="stock")
    points_of([claim], {"warm": DocMeta(id="warm", text=_TEXT, title="Mosul", published="2025-03-03")},
              registry_with({}))


warm()
