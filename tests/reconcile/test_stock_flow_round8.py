"""Stock and flow, eighth session: a finding carries its stocks and only the outflows its verdict rests on.

The other outflows of the sum are named by their total, their number, their series and their days (the
sentence still adds up to the same outflow). The sentences are written for these tests, about a flood
around a made-up river town, Velmar on the coast of Mozambique.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from reconcile_helpers import claim

from headcount.models import Claim
from headcount.reconcile.findings import Finding
from headcount.reconcile.series import build_series
from headcount.reconcile.stock_flow import NAMED_FLOWS, later_verdict, stock_and_flow

PLACE = "Velmar"
AID = "the Red Cross"
WARDEN = "the district governor"
DAY0 = date(2031, 3, 1)


def _day(n: int) -> str:
    return (DAY0 + timedelta(days=n)).isoformat()


def _stock(doc: str, value: int, on: int, source: str = AID) -> Claim:
    figure = f"{value:,}"
    sentence = f"{source.capitalize()} said {figure} people were cut off by the water in {PLACE}."
    return claim(doc, sentence, figure, value, event="besieged", source=source, kind="stock", start=_day(on),
                 location=PLACE)


def _flow(doc: str, value: int, on: int) -> Claim:
    figure = f"{value:,}"
    sentence = f"Boats took {figure} people out of {PLACE} that day, {WARDEN} said."
    return claim(doc, sentence, figure, value, source=WARDEN, start=_day(on), location=PLACE)


def _only(claims: list[Claim]) -> Finding:
    found = stock_and_flow(build_series(claims))
    assert len(found) == 1, [f.explanation for f in found]
    return found[0]


def _ids(claims: list[Claim], found: Finding, *docs: str) -> set[str]:
    """The finding's claim ids that come from the named documents."""
    series = build_series(claims)
    by_doc = {p.id: p.claim.doc_id for s in series for r in s.reports for p in r.points}
    return {c for c in found.claims if by_doc.get(c) in docs}


def test_stock_fell_by_more_than_the_flows_explain_carries_the_largest_flows() -> None:
    # 90,000 cut off; six boat lifts of 1,000 to 6,000 (21,000 in all); a week later 20,000 are counted:
    # 90,000 - 21,000 = 69,000 should be left, 49,000 more than counted
    lifts = [1000, 6000, 2000, 5000, 3000, 4000]
    claims = [_stock("s0", 90000, 0), *(_flow(f"f{i}", v, i + 1) for i, v in enumerate(lifts)),
              _stock("s1", 20000, 8, source=WARDEN)]
    f = _only(claims)
    nums = dict(f.numbers)
    assert f.severity == "warning" and nums["outflow"] == 21000 and nums["unexplained"] == 49000
    # the reader sees both counts and the largest lifts; the rest by their sum, number, series and days
    assert _ids(claims, f, "s0", "s1", "f1", "f3", "f5") == set(f.claims)
    assert len(f.claims) == 2 + NAMED_FLOWS
    assert nums["outflow_rest"] == 6000 and nums["rest_reports"] == 3
    assert (f"6,000 in 3 more reports (evacuated/people/{PLACE}, {_day(1)} to {_day(5)})") in f.explanation
    assert "= 21,000" in f.explanation and "69,000 - 20,000 = 49,000" in f.explanation


def test_stock_flow_with_few_flows_names_them_all() -> None:
    # the same fall with only two lifts: nothing is left to refer to
    claims = [_stock("s0", 90000, 0), _flow("f0", 6000, 1), _flow("f1", 5000, 2),
              _stock("s1", 20000, 8, source=WARDEN)]
    f = _only(claims)
    assert len(f.claims) == 4 and "more report" not in f.explanation and "outflow_rest" not in dict(f.numbers)


def test_stock_flow_that_fits_is_still_no_finding() -> None:
    lifts = [1000, 6000, 2000, 5000, 3000, 4000]
    claims = [_stock("s0", 90000, 0), *(_flow(f"f{i}", v, i + 1) for i, v in enumerate(lifts)),
              _stock("s1", 70000, 8, source=WARDEN)]
    assert stock_and_flow(build_series(claims)) == []


def test_more_leaving_than_were_there_names_the_flows_it_needs() -> None:
    # 20,000 cut off; five lifts of 6,000 and three of 100: four lifts of 6,000 (24,000) already exceed
    # 20,000 by more than the tolerance, so those four are carried and the rest referred to
    lifts = [6000, 100, 6000, 100, 6000, 100, 6000, 6000]
    claims = [_stock("s0", 20000, 0), *(_flow(f"f{i}", v, i + 1) for i, v in enumerate(lifts))]
    f = _only(claims)
    nums = dict(f.numbers)
    assert f.severity == "alert" and nums["outflow"] == 30300 and nums["excess"] == 10300
    assert len(f.claims) == 1 + 4 and sum(v for k, v in nums.items() if k.startswith("outflow_")) == 30300
    assert nums["outflow_rest"] == 6300 and nums["rest_reports"] == 4


# --- the flows carried explain the same gap ------------------------------------------------------------

@st.composite
def _place(draw: st.DrawFn) -> list[Claim]:
    stock = draw(st.integers(1_000, 200_000))
    lifts = draw(st.lists(st.integers(10, 40_000), min_size=1, max_size=12))
    claims = [_stock("s0", stock, 0), *(_flow(f"f{i}", v, i + 1) for i, v in enumerate(lifts))]
    if draw(st.booleans()):
        claims.append(_stock("s1", draw(st.integers(0, 250_000)), len(lifts) + 2, source=WARDEN))
    return claims


@settings(max_examples=150, deadline=None)
@given(_place(), st.sampled_from([0.0, 0.1, 0.25]))
def test_property_flows_carried_explain_the_same_gap(claims: list[Claim], tol: float) -> None:
    for f in stock_and_flow(build_series(claims), tol):
        nums = dict(f.numbers)
        named = [v for k, v in nums.items() if k.startswith("outflow_") and k != "outflow_rest"]
        # the named flows and the rest add up to the outflow the gap is computed from
        assert sum(named) + nums.get("outflow_rest", 0) == nums["outflow"]
        # every named flow is a claim of the finding, and no other flow is
        assert len(f.claims) == len(named) + (2 if "later_low" in nums else 1)
        assert len(named) >= min(NAMED_FLOWS, len(named) + int(nums.get("rest_reports", 0)))
        # the named flows alone give the finding's verdict
        if "later_low" in nums:
            s0, s1 = (next(r for s in build_series(claims) for r in s.reports if r.id in f.claims and r.end == d)
                      for d in (DAY0, max(date.fromisoformat(c.period_start or "") for c in claims)))
            whole = later_verdict(s0, s1, nums["outflow"], tol)
            assert whole is not None and later_verdict(s0, s1, sum(named), tol) == whole
        else:
            assert f.severity == "alert" and sum(named) > nums["stock_high"] * (1 + tol)
