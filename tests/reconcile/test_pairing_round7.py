"""Round 7 of the pairing rules (built on half B): two parties' stocks a few days apart in one text are the
text's one picture; a party's figure a text marks as said earlier, beside the party's last word, is a
revision the text reports.

Sentences written for these tests, in the style of news; places and parties are made up.
"""

from __future__ import annotations

from dataclasses import replace

from reconcile_helpers import claim, docs

from headcount.models import Claim
from headcount.reconcile.checks import CheckOptions, run_checks
from headcount.reconcile.findings import Finding
from headcount.reconcile.one_text import said_earlier
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


# -- two parties' stocks a few days apart in one text (pairing._one_picture) -------------------------------

_A1 = "The UN relief office said on Thursday that 1.9 million people in Korvana had been affected by the rains."
_FILL = "Roads to the southern valleys remain cut and the airport is closed to civilian flights."
_A2 = "The planning minister told reporters today that over 24 million people have been affected."


def _affected(text: str, sentence: str, figure: str, low: float, high: float | None, source: str, day: str,
              doc: str = "d1") -> Claim:
    return _in_text(text, sentence, figure, low, doc=doc, high=high, event="affected", source=source,
                    location="Korvana", kind="stock", start=day)


def test_two_parties_stocks_two_days_apart_in_one_text_are_compared() -> None:
    text = " ".join((_A1, _FILL, _A2))
    a = _affected(text, _A1, "1.9 million", 1.9e6, 1.9e6, "the UN relief office", "2031-05-15")
    b = _affected(text, _A2, "over 24 million", 24e6, None, "the planning minister", "2031-05-17")
    found = _findings([a, b], _one_doc())
    assert [f.type for f in found] == ["contradiction"]
    assert set(found[0].claims) == {a.id, b.id}


def test_stocks_a_week_apart_in_one_text_are_two_moments() -> None:
    a1 = "The UN relief office said on 10 May that 1.9 million people in Korvana had been affected by the rains."
    text = " ".join((a1, _FILL, _A2))
    a = _affected(text, a1, "1.9 million", 1.9e6, 1.9e6, "the UN relief office", "2031-05-10")
    b = _affected(text, _A2, "over 24 million", 24e6, None, "the planning minister", "2031-05-17")
    assert _findings([a, b], _one_doc()) == []


def test_stocks_two_days_apart_in_two_texts_are_still_two_days() -> None:
    """Only one text vouches that its figures are one picture; across texts stocks meet within a day."""
    a = _affected(_A1, _A1, "1.9 million", 1.9e6, 1.9e6, "the UN relief office", "2031-05-15")
    b = _affected(_A2, _A2, "over 24 million", 24e6, None, "the planning minister", "2031-05-17", doc="d2")
    metas = docs(DocMeta("d1", outlet="example.org", published="2031-05-15"),
                 DocMeta("d2", outlet="example.net", published="2031-05-17"))
    assert _findings([a, b], metas) == []


# -- a party's earlier figure beside its last word (one_text.told_earlier) -------------------------------

_T1 = "A day after the interior minister raised the official death toll to 4,300, the president spoke of mass graves."
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


def test_the_partys_earlier_figure_above_its_last_is_a_revision_the_text_reports() -> None:
    text = " ".join((_T1, _FILL, _T2))
    a, b = _toll(text, _T1, "4,300", 4300), _toll(text, _T2, "3,900", 3900)
    found = _findings([a, b], _one_doc())
    assert [f.type for f in found] == ["revision"]
    assert set(found[0].claims) == {a.id, b.id}
    assert "earlier figure" in found[0].explanation


def test_unmarked_figures_of_one_party_in_one_text_revise_nothing() -> None:
    t1 = "The interior minister raised the official death toll to 4,300 on Tuesday, and the president spoke."
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
