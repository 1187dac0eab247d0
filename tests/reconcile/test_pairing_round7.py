"""Round 7 of the pairing rules (built on half B): a party's figure a text marks as said earlier, beside the
party's last word, is a revision the text reports. (The round's other rule, two parties' stocks a few days
apart in one text compared as one moment, was dropped once the period fix gave both figures one day.)

Sentences written for these tests, in the style of news; places and parties are made up.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from reconcile_helpers import claim, docs

from headcount.lexicons import load
from headcount.models import Claim
from headcount.reconcile.checks import CheckOptions, run_checks
from headcount.reconcile.findings import Finding
from headcount.reconcile.one_text import _validate, said_earlier
from headcount.reconcile.series import DocMeta, build_series


def _findings(claims: list[Claim], metas: dict[str, DocMeta]) -> list[Finding]:
    return run_checks(build_series(claims, metas), CheckOptions())


def _one_doc(published: str = "2031-05-17") -> dict[str, DocMeta]:
    return docs(DocMeta("d1", outlet="example.org", published=published))


def _in_text(text: str, sentence: str, figure: str, low: float, doc: str = "d1", **kw: object) -> Claim:
    """A claim of ``figure`` in ``sentence``, itself placed where it stands in the document ``text``."""
    c = claim(doc, sentence, figure, low, **kw)  # type: ignore[arg-type]
    at = text.index(sentence)
    return replace(c, start=c.start + at, end=c.end + at, sentence_start=at)


_FILL = "Roads to the southern valleys remain cut and the airport is closed to civilian flights."


# -- a party's earlier figure beside its last word (one_text.told_earlier) -------------------------------

_T1 = "Two days after the interior minister put the number of dead at 4,300, rescuers reached the northern villages."
_T2 = "Asked again on Wednesday, the interior minister said the official number was 3,900."
_MIN = "the interior minister"


def _toll(text: str, sentence: str, figure: str, low: float, source: str = _MIN) -> Claim:
    return _in_text(text, sentence, figure, low, event="killed", source=source, location="Varnel",
                    kind="cumulative")


def test_a_figure_in_an_opening_after_clause_is_said_earlier() -> None:
    c = _toll(_T1, _T1, "4,300", 4300)
    r = build_series([c], _one_doc())[0].reports[0]
    assert said_earlier(r)


def test_a_figure_in_the_main_clause_after_an_after_clause_is_not_earlier() -> None:
    s = "A day after the dam burst, rescuers counted 4,300 dead in the valley."
    r = build_series([_toll(s, s, "4,300", 4300)], _one_doc())[0].reports[0]
    assert not said_earlier(r)


@pytest.mark.parametrize("opening", ["Ten days after", "An hour after", "Several weeks after", "Hours after",
                                     "The night after", "3 days after", "Earlier, rescuers said that"])
def test_the_words_that_set_a_figure_earlier_come_from_the_lexicons(opening: str) -> None:
    """The spans and adverbs are lexicons/corrections.toml [said_earlier]; a span's count may be any number
    word of lexicons/numbers.toml ("ten", "an") or digits."""
    s = f"{opening} the harbour master put the count of missing at 615, the coastguard widened its search."
    r = build_series([_toll(s, s, "615", 615)], _one_doc())[0].reports[0]
    assert said_earlier(r)


@pytest.mark.parametrize("opening", ["A day later", "Ten days before", "Days of rain after"])
def test_a_span_after_the_event_or_no_span_does_not_set_the_figure_earlier(opening: str) -> None:
    s = f"{opening} the harbour master put the count of missing at 615, the coastguard widened its search."
    r = build_series([_toll(s, s, "615", 615)], _one_doc())[0].reports[0]
    assert not said_earlier(r)


def test_the_said_earlier_words_are_validated() -> None:
    assert list(_validate(load("corrections"))) == []
    table = load("corrections")["said_earlier"]
    assert list(_validate({"said_earlier": {**table, "units": []}}))
    assert list(_validate({"said_earlier": {**table, "spans": "hours"}}))
    assert list(_validate({}))


def test_the_partys_earlier_figure_above_its_last_is_a_revision_the_text_reports() -> None:
    text = " ".join((_T1, _FILL, _T2))
    a, b = _toll(text, _T1, "4,300", 4300), _toll(text, _T2, "3,900", 3900)
    found = _findings([a, b], _one_doc())
    assert [f.type for f in found] == ["revision"]
    assert set(found[0].claims) == {a.id, b.id}
    assert "earlier figure" in found[0].explanation


def test_unmarked_figures_of_one_party_in_one_text_revise_nothing() -> None:
    t1 = "The interior minister put the number of dead at 4,300 on Tuesday, and rescuers reached the villages."
    text = " ".join((t1, _FILL, _T2))
    assert _findings([_toll(text, t1, "4,300", 4300), _toll(text, _T2, "3,900", 3900)], _one_doc()) == []


def test_only_the_partys_last_word_answers_its_earlier_figure() -> None:
    """A lower figure of the party that is not its last word is another part of the story."""
    t3 = "By the evening the interior minister's office gave a new toll of 4,450."
    text = " ".join((_T1, _FILL, _T2, t3))
    found = _findings([_toll(text, _T1, "4,300", 4300), _toll(text, _T2, "3,900", 3900),
                       _toll(text, t3, "4,450", 4450)], _one_doc())
    assert [f for f in found if f.type == "revision"] == []


def test_an_earlier_figure_below_the_last_is_the_count_going_on() -> None:
    t2 = "Asked again on Wednesday, the interior minister said the official number was 4,700."
    text = " ".join((_T1, _FILL, t2))
    assert _findings([_toll(text, _T1, "4,300", 4300), _toll(text, t2, "4,700", 4700)], _one_doc()) == []


def test_another_partys_figure_is_no_revision_of_the_ministers() -> None:
    text = " ".join((_T1, _FILL, _T2))
    b = _toll(text, _T2, "3,900", 3900, source="the Red Crescent")
    assert [f for f in _findings([_toll(text, _T1, "4,300", 4300), b], _one_doc()) if f.type == "revision"] == []
