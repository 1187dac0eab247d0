"""The rule words of who/what/when/structure are data: the packaged lexicons load, and a broken table is
refused at load with a message that names the file and the entry."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from headcount.extract import rules as rules_module
from headcount.extract.rules import rules
from headcount.lexicons import load


def test_packaged_lexicons_load() -> None:
    r = rules()
    assert "the" in r.head.stop
    assert r.event_nouns["deaths"] == "killed"
    assert "remained" in r.light_verbs and "helped" in r.causatives
    assert r.parts.openers.match(["among", "them"], 0) == (2, "among them")
    assert r.plurals["child"] == "children"
    assert r.number_words["seven"] == 7
    assert {"monday", "sunday"} <= r.weekdays  # from CLDR, not typed into a lexicon


def _problems(validator: Any, name: str, change: Any) -> list[str]:
    data = copy.deepcopy(load(name))
    change(data)
    return list(validator(data))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["event_nouns"].update({"corpses": "vanished"}), "is not an event"),
        (lambda d: d["grammar"].update({"contrast": ["but", "even so"]}), "must be one lower-case word"),
        (lambda d: d["grammar"].pop("modals"), "'modals' is missing"),
        (lambda d: d["grammar"].update({"unused_list": ["x"]}), "is not read by anything"),
    ],
)
def test_events_lexicon_refuses(change: Any, expected: str) -> None:
    problems = _problems(rules_module._validate_events, "events", change)
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    ("name", "validator", "change", "expected"),
    [
        ("periods", rules_module._validate_periods, lambda d: d["grammar"].update({"units": ["Hours"]}),
         "must be one lower-case word"),
        ("people", rules_module._validate_people, lambda d: d["head_search"].pop("pointers"),
         "'pointers' is missing"),
    ],
)
def test_other_lexicons_refuse(name: str, validator: Any, change: Any, expected: str) -> None:
    problems = _problems(validator, name, change)
    assert any(expected in p for p in problems), problems


def test_parts_lexicon_needs_its_lists() -> None:
    from headcount.errors import LexiconError

    data = copy.deepcopy(load("parts"))
    data["openers"] = []
    with pytest.raises(LexiconError):
        list(rules_module._validate_parts(data))
