"""Invariants of the checks over generated claims (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reconcile_helpers import claim

from headcount.models import Claim
from headcount.reconcile.checks import CheckOptions, contradictions, parts_and_wholes, run_checks
from headcount.reconcile.series import build_series

PARTIES = ["the UN", "the Red Cross", "Russia's defence ministry", "SOHR"]
DAYS = ["2016-12-01", "2016-12-02", "2016-12-03"]
values = st.integers(min_value=1, max_value=500_000)


@st.composite
def report(draw: st.DrawFn, doc: str) -> Claim:
    low = draw(values)
    high = draw(st.one_of(st.none(), st.integers(min_value=low, max_value=low * 3)))
    kind = draw(st.sampled_from(["increment", "cumulative", "stock"]))
    event = "besieged" if kind == "stock" else draw(st.sampled_from(["evacuated", "killed"]))
    figure = f"{low:,}"
    sentence = f"{draw(st.sampled_from(PARTIES))} said {figure} people were counted in eastern Aleppo."
    return claim(doc, sentence, figure, low, high, event=event, source=sentence.split(" said")[0], kind=kind,
                 start=draw(st.sampled_from(DAYS)))


claim_sets = st.integers(min_value=1, max_value=8).flatmap(
    lambda n: st.tuples(*(report(f"d{i}") for i in range(n))))


@settings(max_examples=60, deadline=None)
@given(claim_sets, st.floats(min_value=0, max_value=1), st.floats(min_value=0, max_value=1))
def test_property_tolerance_is_monotonic(claims: tuple[Claim, ...], t1: float, t2: float) -> None:
    lo, hi = sorted((t1, t2))
    for s in build_series(list(claims)):
        strict = {f.claims for f in contradictions(s, lo)}
        loose = {f.claims for f in contradictions(s, hi)}
        assert loose <= strict


@settings(max_examples=60, deadline=None)
@given(claim_sets)
def test_property_findings_reference_existing_claims(claims: tuple[Claim, ...]) -> None:
    ids = {c.id for c in claims}
    for f in run_checks(build_series(list(claims)), CheckOptions()):
        assert f.claims and set(f.claims) <= ids


@settings(max_examples=80, deadline=None)
@given(values, values)
def test_property_part_never_larger_than_whole_when_check_passes(whole: int, part: int) -> None:
    s = f"The UN said {whole:,} civilians left eastern Aleppo on Monday, including {part:,} children."
    tail = s[s.index("including"):]  # the part's figure, found after "including" even when equal to the whole
    claims = [claim("a", s, f"{whole:,}", whole, category="civilians", source="the UN", start="2016-12-05"),
              claim("a", tail, f"{part:,}", part, category="children", source="the UN", start="2016-12-05",
                    parent=0)]
    assert claims[0].id != claims[1].id
    if not parts_and_wholes(build_series(claims)):
        assert part <= whole
