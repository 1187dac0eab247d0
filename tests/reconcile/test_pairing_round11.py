"""Round 11 of the pairing rules (built on half B).

Sentences written for these tests, in the style of news, about floods in Zambia in 2031 (no such flood is in
the data), each in a frame of its own (review round 11 points 1 and 12). The claims come from ``extract``
over the written texts, as the product makes them. Each positive test fails without its rule (checked by
removing it); the negatives stand beside them.
"""

from __future__ import annotations

import pytest

from headcount.extract.pipeline import extract
from headcount.models import Claim, Document
from headcount.reconcile.analysis import Analysis, analyse
from headcount.reconcile.place_sets import counts_places, counts_places_in
from headcount.reconcile.running import holding
from headcount.reconcile.series import DocMeta, SeriesOptions, build_series

_UNIT = "The Disaster Management and Mitigation Unit"


def _analysis(texts: dict[str, tuple[str, str]]) -> Analysis:
    claims: list[Claim] = []
    meta: dict[str, DocMeta] = {}
    for doc_id, (day, text) in texts.items():
        outlet = f"{doc_id}.example.org"
        claims += extract(Document(id=doc_id, text=text, outlet=outlet, published=day))
        meta[doc_id] = DocMeta(id=doc_id, outlet=outlet, published=day, text=text)
    return analyse(claims, meta)


def _keys_of(a: Analysis, figure: str) -> set[str]:
    return {str(s.key) for s in a.series for r in s.reports if r.first.claim.figure == figure}


# -- rule 1: a location that counts administrative divisions names no one place ---------------------------------

_LATER = ("2031-02-07", f"{_UNIT} put the number of flood deaths in Zambia at 63 on Friday.")


def test_a_toll_summed_across_n_provinces_joins_the_partys_national_count() -> None:
    a = _analysis({
        "a": ("2031-02-03", f"Drownings and fallen walls have killed 41 people across six provinces, {_UNIT[0].lower()}"
                            f"{_UNIT[1:]} reported on Monday. In Lusaka 12 people died, and 9 in Ndola."),
        "b": _LATER,
    })
    assert _keys_of(a, "41") == {"killed/people/Zambia"}
    assert _keys_of(a, "12") == {"killed/people/Lusaka"}  # the named parts keep their own keys


def _read_keys(text: str) -> dict[str, str]:
    """Each figure's key as read from its own words, before a party's running count is joined."""
    meta = DocMeta(id="a", outlet="a.example.org", published="2031-02-03", text=text)
    claims = extract(Document(id="a", text=text, outlet="a.example.org", published="2031-02-03"))
    series = build_series(claims, {"a": meta}, options=SeriesOptions(join_running=False))
    return {r.first.claim.figure: str(s.key) for s in series for r in s.reports}


def test_an_indefinite_count_of_divisions_is_read_as_no_place() -> None:
    keys = _read_keys(f"Floodwater has drowned 41 people across six provinces, {_UNIT[0].lower()}{_UNIT[1:]} reported.")
    assert keys["41"] == "killed/people/-"


def test_the_definite_count_points_back_to_named_divisions_and_keeps_its_key() -> None:
    keys = _read_keys("On Sunday the Luapula and Muchinga provinces went under water. "
                      f"Floodwater has drowned 41 people in the two provinces, {_UNIT[0].lower()}{_UNIT[1:]} reported.")
    assert keys["41"] == "killed/people/two provinces"


@pytest.mark.parametrize(("location", "counts"), [
    ("seven provinces", True),
    ("all 12 regions", True),
    ("across 14 districts", True),
    ("several counties", True),
    ("the two districts", False),    # definite: the ones named before
    ("four neighbourhoods", False),  # localities, a narrower scope than the whole
    ("three refugee camps", False),
    ("Seven Sisters", False),        # a proper name
    ("Zambia", False),
])
def test_what_counts_divisions(location: str, counts: bool) -> None:
    assert counts_places(location) is counts


def test_a_key_that_lost_its_article_is_read_in_the_text() -> None:
    assert counts_places_in("two districts", "Two districts reported deaths on Monday.")
    assert not counts_places_in("two districts", "Rain fell on Kasama and Mansa. In the two districts, ...")


# -- rule 2: a country named beside its own divisions is the whole that holds them --------------------------------

def test_a_country_beside_its_city_holds_the_breakdown() -> None:
    assert holding({"Zambia", "Lusaka"}) == "Zambia"
    assert holding({"Lusaka", "Kitwe"}) == "Zambia"  # as before: the common whole of two parts


@pytest.mark.parametrize("places", [
    {"Zambia"},             # one place is no breakdown
    {"Zambia", "Nairobi"},  # a city outside the country
    {"Lusaka", "Nairobi"},  # no common whole short of none
])
def test_no_whole_holds_a_single_place_or_places_of_two_countries(places: set[str]) -> None:
    assert holding(places) is None


# -- review round 11 point 9: the common whole takes only an unplaced figure of its own scale ----------------------

_CANOE = ("Rain update\n\n{unit} said a dugout canoe had overturned on Sunday and {small} fishermen drowned.\n\n"
          "According to {unit_l}, 480 people have now died in Zambia, and 12 people have died in Lusaka alone.")


def test_one_incidents_unplaced_dead_stay_apart_from_the_national_toll() -> None:
    a = _analysis({
        "a": ("2031-02-03", _CANOE.format(unit=_UNIT, unit_l=_UNIT[0].lower() + _UNIT[1:], small="three")),
        "b": ("2031-02-07", f"{_UNIT} put the number of flood deaths in Zambia at 510 on Friday."),
    })
    assert _keys_of(a, "480") == {"killed/people/Zambia"}
    assert _keys_of(a, "three") == {"killed/people/-"}


def test_the_divisions_are_read_from_the_places_lexicon() -> None:
    # review round 11 point 10: one list (lexicons/places.toml [where] divisions) for extraction and reconcile
    from headcount.lexicons import load
    from headcount.reconcile.place_sets import DIVISIONS
    listed = frozenset(load("places")["where"]["divisions"])
    assert listed == DIVISIONS
    assert "provinces" in DIVISIONS and "neighbourhoods" not in DIVISIONS
