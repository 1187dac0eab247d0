"""Settled figures score each party's earlier claims: median absolute log error and bias."""

from __future__ import annotations

import math

import pytest
from reconcile_helpers import claim

from headcount.reconcile.series import build_series
from headcount.reconcile.track_record import Settled, log_error, track_records

KEY = "evacuated/people/Aleppo/east"


def test_track_record_scores_parties() -> None:
    claims = [
        claim("a", "The Red Cross said 30,000 people had left eastern Aleppo so far.", "30,000", 30000,
              source="the Red Cross", kind="cumulative", start="2016-12-01", end="2016-12-20"),
        claim("b", "Officials of the valley council said 70,000 people had left eastern Aleppo so far.", "70,000",
              70000, source="the valley council", kind="cumulative", start="2016-12-01", end="2016-12-20"),
        claim("c", "The valley council said between 34,000 and 36,000 people had left eastern Aleppo.",
              "between 34,000 and 36,000", 34000, 36000, source="the valley council", kind="cumulative",
              start="2016-12-01", end="2016-12-21"),
        claim("d", "The Red Cross said 5,000 left eastern Aleppo on Monday.", "5,000", 5000,
              source="the Red Cross", start="2016-12-19"),  # a single day is not the settled total
    ]
    records = {t.party: t for t in track_records(build_series(claims), [Settled(KEY, 35000, 35000, "2016-12-22")])}
    icrc, council = records["icrc"], records["~valley council"]
    assert icrc.scored == 1 and icrc.bias == pytest.approx(math.log(30000 / 35000))
    assert council.scored == 2
    assert council.median_abs_error == pytest.approx(math.log(2) / 2)  # median of ln 2 and 0
    assert council.bias > 0 > icrc.bias


def test_track_record_errors_and_ranges() -> None:
    s = Settled(KEY, 100, 200)
    assert log_error(150, 150, s) == 0 and log_error(50, None, s) == 0 and log_error(None, 120, s) == 0
    assert log_error(400, 400, s) == pytest.approx(math.log(2))
    assert log_error(None, 50, s) == pytest.approx(math.log(0.5))
    with pytest.raises(ValueError):
        Settled(KEY, None, None)
    with pytest.raises(ValueError):
        Settled(KEY, 5, 3)
