"""The events whose place is their origin (annotation rule 7) are one constant, read by the English and the
other languages' place stages alike; a flow names where people left, any other event where it happened."""

from __future__ import annotations

import pytest

from headcount import extract
from headcount.models import ORIGIN_KEYED_EVENTS, Event


def test_the_origin_keyed_events_are_rule_7s_flows() -> None:
    assert {Event.EVACUATED.value, Event.DISPLACED.value} == ORIGIN_KEYED_EVENTS


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        ("About 900 residents were evacuated to Sarova from Lumbe, officials said.", "evacuated", "Lumbe"),
        ("Some 2,400 residents displaced from Tarvel were sheltering in schools in Ondra, the county said.",
         "displaced", "Tarvel"),
        ("About 900 residents were injured in Sarova after fleeing from Lumbe, officials said.", "injured",
         "Sarova"),
    ],
)
def test_a_flow_takes_its_origin_and_another_event_its_site(text: str, event: str, place: str) -> None:
    claims = extract(text, published="2025-05-02")
    assert [(c.event, c.location) for c in claims] == [(event, place)]
