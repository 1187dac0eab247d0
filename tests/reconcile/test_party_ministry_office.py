"""A title that names a ministry's office belongs to that ministry, when the registry knows the state's
ministry of that field (round 6, parties). Names of people are invented."""

from __future__ import annotations

from headcount.reconcile.parties import resolve


def test_deputy_defence_minister_is_the_defence_ministry_not_the_government() -> None:
    assert resolve("Ukrainian Deputy Defence Minister Olena Dorosh").key == "ukraine-mod"
    assert resolve("Ukraine's deputy defense minister").key == "ukraine-mod"


def test_a_ministry_spokesman_named_with_ministry_of_is_that_ministry() -> None:
    assert resolve("Russia's Ministry of Defence spokesman").key == "russia-mod"
    assert resolve("the Turkish Defence Minister").key == "turkey-mod"


def test_a_ministry_the_registry_does_not_know_stays_the_government() -> None:
    # no "Turkish Health Ministry" in the registry: the state's government, as before
    assert resolve("Turkish health minister Selim Arda").key == "turkey-gov"


def test_ranks_name_no_ministry() -> None:
    assert resolve("Ukrainian Prime Minister").key == "ukraine-gov"
    assert resolve("Ukrainian officials").key == "ukraine-gov"
