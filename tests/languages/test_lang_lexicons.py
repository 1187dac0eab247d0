"""The language lexicons load, are checked, and map to the shared English vocabulary."""

from __future__ import annotations

import pytest

from headcount.errors import LexiconError
from headcount.extract.languages import LANGUAGES, _check, lexicon
from headcount.lexicons.groups import group_of
from headcount.models import Event


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_lexicon_loads_with_closed_events(code: str) -> None:
    lex = lexicon(code)
    events = {e.value for e in Event}
    for table in (lex.events, lex.noun_events):
        assert {v for entries in table.first.values() for _, v in entries} <= events
    assert {v for entries in lex.events.stems.values() for _, v in entries} <= events


@pytest.mark.parametrize("code", LANGUAGES)
def test_people_nouns_map_to_known_english_categories(code: str) -> None:
    cats = {v for entries in lexicon(code).people.first.values() for _, v in entries}
    assert "people" in cats and "civilians" in cats
    unknown = {c for c in cats if group_of(c) == "people" and c not in {"people", "victims", "bodies", "families"}
               and not c.isascii()}
    assert not unknown, f"categories are English words: {unknown}"


def test_a_bad_lexicon_is_refused_with_every_problem_named() -> None:
    problems = _check({"people": {"x": "people"}, "noun_events": {"y": "exploded"}, "events": {},
                       "event_stems": {"ab": "killed"}, "reporting": {"verbs": []}}, "test")
    text = "; ".join(problems)
    assert "'exploded' is not one of the closed events" in text
    assert "[events] must be a non-empty table" in text
    assert "[event_stems]" in text
    assert "[grammar] is missing" in text
    with pytest.raises(LexiconError):
        lexicon("xx")
