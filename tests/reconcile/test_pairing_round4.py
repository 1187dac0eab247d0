"""Round 4 of the pairing rules: a correction a document reports, and an unplaced figure beside the one
country its document counts the quantity in.

Sentences written for these tests, in the style of news; places and parties are made up or chosen freely.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from reconcile_helpers import claim, docs

from headcount.models import Claim
from headcount.reconcile.checks import CheckOptions, run_checks
from headcount.reconcile.findings import Finding
from headcount.reconcile.series import DocMeta, build_series


def _findings(claims: list[Claim], metas: dict[str, DocMeta]) -> list[Finding]:
    return run_checks(build_series(claims, metas), CheckOptions())


def _one_doc() -> dict[str, DocMeta]:
    return docs(DocMeta("d1", outlet="example.org", published="2031-03-03"))


def _in_text(text: str, sentence: str, figure: str, low: float, **kw: object) -> Claim:
    """A claim of ``figure`` in ``sentence``, itself placed where it stands in the document ``text``."""
    c = claim("d1", sentence, figure, low, **kw)  # type: ignore[arg-type]
    at = text.index(sentence)
    return replace(c, start=c.start + at, end=c.end + at, sentence_start=at)


# -- a correction the document reports (pairing.stated_correction) -----------------------------------------

_S1 = "The interior ministry said on Monday that 1,480 people had died in the floods in Varnel."
_S2 = "A spokesman later withdrew the statement."
_S3 = "The ministry then said there had been a typing error and the number should have been 1,290."
_SRC = "the interior ministry"


def _toll(text: str, sentence: str, figure: str, low: float) -> Claim:
    return _in_text(text, sentence, figure, low, event="killed", source=_SRC, location="Varnel", kind="cumulative")


def test_a_correction_of_the_partys_last_figure_is_a_revision() -> None:
    text = " ".join((_S1, _S2, _S3))
    a, b = _toll(text, _S1, "1,480", 1480), _toll(text, _S3, "1,290", 1290)
    found = _findings([a, b], _one_doc())
    assert [f.type for f in found] == ["revision"]
    assert set(found[0].claims) == {a.id, b.id}
    assert "revised from 1,480 to 1,290" in found[0].explanation
    assert "one document reporting a correction" in found[0].explanation


def test_without_words_of_an_error_two_figures_of_one_document_are_no_revision() -> None:
    s3 = "The ministry then said the number of people buried in mass graves was 1,290."
    text = " ".join((_S1, _S2, s3))
    assert _findings([_toll(text, _S1, "1,480", 1480), _toll(text, s3, "1,290", 1290)], _one_doc()) == []


def test_a_correction_answers_only_the_last_figure_before_it() -> None:
    """An earlier figure of the party is history the text tells, not what the correction corrects."""
    s0 = "Last week the ministry had put the toll at 1,620."
    text = " ".join((s0, _S1, _S2, _S3))
    old, last, fixed = _toll(text, s0, "1,620", 1620), _toll(text, _S1, "1,480", 1480), _toll(text, _S3, "1,290", 1290)
    found = [f for f in _findings([old, last, fixed], _one_doc()) if f.type == "revision"]
    assert [set(f.claims) for f in found] == [{last.id, fixed.id}]


def test_a_correction_by_another_party_revises_nothing() -> None:
    text = " ".join((_S1, _S2, _S3))
    a = _toll(text, _S1, "1,480", 1480)
    b = replace(_toll(text, _S3, "1,290", 1290), source="the Red Cross")
    assert [f for f in _findings([a, b], _one_doc()) if f.type == "revision"] == []


def test_a_correction_upwards_is_the_count_going_on_not_a_finding() -> None:
    s3 = "The ministry then said there had been an error and the number should have been 1,690."
    text = " ".join((_S1, _S2, s3))
    assert _findings([_toll(text, _S1, "1,480", 1480), _toll(text, s3, "1,690", 1690)], _one_doc()) == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["said the figure had been revised and", "added that", "also said that", "insisted that"]))
def test_only_words_of_an_error_or_a_correction_make_a_correction(words: str) -> None:
    """A property over the words before the second figure: only a correction word gives a revision."""
    s3 = f"The ministry {words} the number should be 1,290."
    text = " ".join((_S1, _S2, s3))
    got = [f.type for f in _findings([_toll(text, _S1, "1,480", 1480), _toll(text, s3, "1,290", 1290)], _one_doc())]
    assert got == []


# -- an unplaced figure beside the one country its document counts it in (running rule 7) -------------------

def _killed(text: str, sentence: str, figure: str, low: float, source: str | None, location: str | None,
            category: str = "people") -> Claim:
    return _in_text(text, sentence, figure, low, event="killed", source=source, location=location,
                    kind="cumulative", category=category)


def _keys(claims: list[Claim]) -> dict[str, str]:
    return {f"{p.claim.figure}": str(s.key) for s in build_series(claims, _one_doc()) for p in s.points}


_A = "Medical charity Lumen said at least 2,300 people were killed in the first month of the crackdown."
_B = "Officials of Tanzania said in March that 180 people had died."


def test_an_unplaced_figure_sits_at_the_one_country_its_document_counts_the_quantity_in() -> None:
    text = f"{_A} {_B}"
    a = _killed(text, _A, "at least 2,300", 2300, "Medical charity Lumen", None)
    b = _killed(text, _B, "180", 180, "Officials of Tanzania", "Tanzania")
    assert _keys([a, b]) == {"at least 2,300": "killed/people/Tanzania", "180": "killed/people/Tanzania"}
    found = [f for f in _findings([a, b], _one_doc()) if f.type == "contradiction"]
    assert len(found) == 1 and set(found[0].claims) == {a.id, b.id}


def test_beside_a_city_the_unplaced_figure_stays_unplaced() -> None:
    """A city's count does not say the unplaced figure is the city's: it may be the whole country's."""
    b_city = "Officials in Dodoma said in March that 180 people had died."
    text = f"{_A} {b_city}"
    a = _killed(text, _A, "at least 2,300", 2300, "Medical charity Lumen", None)
    b = _killed(text, b_city, "180", 180, "Officials in Dodoma", "Dodoma")
    assert _keys([a, b])["at least 2,300"] == "killed/people/-"


def test_beside_two_places_the_unplaced_figure_stays_unplaced() -> None:
    s3 = "Kenyan police said 40 people had died in Kenya."
    text = f"{_A} {_B} {s3}"
    a = _killed(text, _A, "at least 2,300", 2300, "Medical charity Lumen", None)
    b = _killed(text, _B, "180", 180, "Officials of Tanzania", "Tanzania")
    c = _killed(text, s3, "40", 40, "Kenyan police", "Kenya")
    assert _keys([a, b, c])["at least 2,300"] == "killed/people/-"


def test_the_outlets_own_unplaced_figure_stays_unplaced() -> None:
    a_own = "At least 2,300 people were killed in the first month of the crackdown."
    text = f"{a_own} {_B}"
    a = _killed(text, a_own, "At least 2,300", 2300, None, None)
    b = _killed(text, _B, "180", 180, "Officials of Tanzania", "Tanzania")
    assert _keys([a, b])["At least 2,300"] == "killed/people/-"


def test_another_group_at_the_country_leaves_the_unplaced_figure_alone() -> None:
    b_kids = "Officials of Tanzania said in March that 60 children had died."
    text = f"{_A} {b_kids}"
    a = _killed(text, _A, "at least 2,300", 2300, "Medical charity Lumen", None)
    b = _killed(text, b_kids, "60", 60, "Officials of Tanzania", "Tanzania", category="children")
    assert _keys([a, b])["at least 2,300"] == "killed/people/-"


def test_an_incident_far_below_the_national_count_stays_unplaced() -> None:
    """One incident's dead beside the national toll: more than SCOPE_RATIO apart, two things counted."""
    a_one = "A village elder, Amos Kiprop, said 3 people were killed when the bridge collapsed."
    b_big = "Officials of Tanzania said in March that 1,800 people had died."
    text = f"{a_one} {b_big}"
    a = _killed(text, a_one, "3", 3, "A village elder, Amos Kiprop", None)
    b = _killed(text, b_big, "1,800", 1800, "Officials of Tanzania", "Tanzania")
    assert _keys([a, b])["3"] == "killed/people/-"


def test_an_error_that_is_not_about_a_figure_corrects_nothing() -> None:
    """An error word whose object is a cause, not a count, does not make the next figure a correction."""
    s3 = "The ministry said a pump operator's error had caused the mudslide that killed 290."
    text = " ".join((_S1, _S2, s3))
    got = [f for f in _findings([_toll(text, _S1, "1,480", 1480), _toll(text, s3, "290", 290)], _one_doc())
           if "correction" in f.explanation]
    assert got == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["corrected the toll to", "said there was an error in the death toll, which stands at",
                        "said the count had been a mistake and put it at", "said the number should have been"]))
def test_a_correction_about_a_figure_is_a_revision(words: str) -> None:
    """Each construction that puts an error word on a figure makes the figure a correction."""
    s3 = f"The ministry later {words} 1,290."
    text = " ".join((_S1, _S2, s3))
    found = _findings([_toll(text, _S1, "1,480", 1480), _toll(text, s3, "1,290", 1290)], _one_doc())
    assert [f.type for f in found] == ["revision"]
