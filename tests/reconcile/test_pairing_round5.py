"""Round 5 of the pairing rules: a party's figure restated in a later document is still in dispute.

Sentences written for these tests, in the style of news; places and parties are made up or chosen freely.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reconcile_helpers import claim, docs

from headcount.models import Claim
from headcount.reconcile.checks import RESTATED, CheckOptions, run_checks
from headcount.reconcile.findings import Finding
from headcount.reconcile.pairing import group_findings
from headcount.reconcile.series import DocMeta, build_series

_STUDY = "Survey teams from two universities reckon the tremor in Norvale left between 21,000 and 38,000 dead."
_GOV_THEN = "The Norvale government puts the tremor's death toll at 142,000."
_GOV_LATER = "\u201cOur toll stands at more than 142,000,\u201d the prime minister of Norvale told reporters on Monday."


def _toll(doc: str, sentence: str, figure: str, low: float | None, high: float | None = ..., *,  # type: ignore[assignment]
          source: str) -> Claim:
    return claim(doc, sentence, figure, low, high, event="killed", source=source, location="Norvale",
                 kind="cumulative")


def _metas(later: str = "2033-03-11") -> dict[str, DocMeta]:
    return docs(DocMeta("d1", outlet="example.org", published="2031-05-31"),
                DocMeta("d2", outlet="example.net", published=later))


def _findings(claims: list[Claim], metas: dict[str, DocMeta]) -> list[Finding]:
    return run_checks(build_series(claims, metas), CheckOptions())


def _claims(later_figure: str = "more than 142,000", later_low: float = 142000) -> tuple[Claim, Claim, Claim]:
    study = _toll("d1", _STUDY, "between 21,000 and 38,000", 21000, 38000, source="The researchers")
    gov = _toll("d1", _GOV_THEN, "142,000", 142000, source="The Norvale government")
    sentence = _GOV_LATER.replace("more than 142,000", later_figure)
    later = _toll("d2", sentence, later_figure, later_low, None, source="the Norvale government")
    return study, gov, later


def test_a_toll_restated_years_later_is_still_against_the_study() -> None:
    """The government's toll against a study in one text; the government restates the same toll two years on
    in another: a reader sees the same dispute, so the restatement is set against the study too."""
    study, gov, later = _claims()
    found = [f for f in _findings([study, gov, later], _metas()) if f.type == "contradiction"]
    pairs = [set(f.claims) for f in found]
    assert {study.id, gov.id} in pairs
    assert {study.id, later.id} in pairs
    restated = next(f for f in found if later.id in f.claims)
    assert RESTATED in restated.explanation
    assert "2033-03-11" in restated.explanation
    # one dispute: both comparisons share the study, so they are one finding group
    assert len(set(group_findings([f.claims for f in found]))) == 1


def test_another_value_later_is_not_a_restatement() -> None:
    """A later, different toll two years on is another count (the totals end on different days)."""
    study, gov, later = _claims("more than 160,000", 160000)
    found = [f for f in _findings([study, gov, later], _metas()) if f.type == "contradiction"]
    assert [set(f.claims) for f in found] == [{study.id, gov.id}]


def test_a_restatement_of_a_figure_in_no_dispute_adds_nothing() -> None:
    """Restating a figure no one disputes finds nothing: only a disagreement already found is carried on."""
    study = _toll("d1", _STUDY.replace("between 21,000 and 38,000", "between 130,000 and 150,000"),
                  "between 130,000 and 150,000", 130000, 150000, source="The researchers")
    _, gov, later = _claims()
    assert [f for f in _findings([study, gov, later], _metas()) if f.type == "contradiction"] == []


def test_another_party_with_the_same_figure_is_no_restatement() -> None:
    """The same number from another party in a later text is that party's own count, not a restatement."""
    study, gov, later = _claims()
    other = _toll("d2", later.sentence.replace("the prime minister of Norvale", "a relief agency"),
                  "more than 142,000", 142000, None, source="the Norvale Relief Agency")
    found = [f for f in _findings([study, gov, other], _metas()) if f.type == "contradiction"]
    assert [set(f.claims) for f in found] == [{study.id, gov.id}]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=4000))
def test_a_restatement_adds_a_comparison_only_beside_a_found_disagreement(days_later: int) -> None:
    """Property: whatever the days between, the restatement is set against the other party exactly when the
    original figure is; and never against a figure the original agreed with."""
    from datetime import date, timedelta
    study, gov, later = _claims()
    when = (date(2031, 5, 31) + timedelta(days=days_later)).isoformat()
    found = [f for f in _findings([study, gov, later], _metas(when)) if f.type == "contradiction"]
    assert any(set(f.claims) == {study.id, gov.id} for f in found)
    assert any(set(f.claims) == {study.id, later.id} for f in found)
    assert all(gov.id not in f.claims or later.id not in f.claims for f in found)


def test_a_restated_disagreement_carries_the_original_severity() -> None:
    """The restatement is the original dispute again, so it is as severe as the original pair: an alert when
    the first figures were two or more times apart, a warning when they were nearer."""
    from headcount.reconcile.findings import Severity

    far = _claims()  # 142,000 against at most 38,000: more than twice apart
    near_study = _toll("d1", _STUDY.replace("between 21,000 and 38,000", "between 110,000 and 120,000"),
                       "between 110,000 and 120,000", 110000, 120000, source="The researchers")
    near = (near_study, *_claims()[1:])
    for (study, gov, later), want in ((far, Severity.ALERT), (near, Severity.WARNING)):
        found = [f for f in _findings([study, gov, later], _metas()) if f.type == "contradiction"]
        original = next(f for f in found if set(f.claims) == {study.id, gov.id})
        restated = next(f for f in found if set(f.claims) == {study.id, later.id})
        assert original.severity == want
        assert restated.severity == original.severity


def test_a_figure_repeated_in_many_later_texts_is_restated_once_at_its_latest() -> None:
    """A government that repeats its disputed toll in text after text is shown restating it once, in its
    latest text: one comparison per side of the dispute, not one per repetition (which would grow with the
    square of a long series)."""
    study, gov, later = _claims()
    days = ["2032-01-10", "2032-06-02", "2033-03-11", "2032-09-30"]
    metas = docs(DocMeta("d1", outlet="example.org", published="2031-05-31"),
                 *(DocMeta(f"r{i}", outlet="example.net", published=d) for i, d in enumerate(days)))
    repeats = [_toll(f"r{i}", later.sentence, later.figure, 142000, None, source="the Norvale government")
               for i in range(len(days))]
    found = [f for f in _findings([study, gov, *repeats], metas) if f.type == "contradiction"]
    restated = [f for f in found if RESTATED in f.explanation]
    assert len(restated) == 1
    assert "2033-03-11" in restated[0].explanation
