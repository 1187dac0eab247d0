"""Comparisons across related keys (issue 12): the place hierarchy, localities a document names, one
disagreement shown once, and the scale of two ranges. Sentences written for these tests."""

from __future__ import annotations

import dataclasses

import pytest
from reconcile_helpers import claim, docs

from headcount.models import Claim
from headcount.reconcile.checks import CheckOptions, run_checks
from headcount.reconcile.findings import Finding
from headcount.reconcile.places import normalise_place
from headcount.reconcile.series import DocMeta, build_series

ONE_DOC = docs(DocMeta("d1", outlet="example.org", published="2031-08-20"))


def _found(claims: list[Claim], metas: dict[str, DocMeta] = ONE_DOC) -> list[Finding]:
    return run_checks(build_series(claims, metas), CheckOptions())


def _need_gazetteer(*names: str) -> None:
    for name in names:
        place = normalise_place(name)
        if place is None or not place.known:
            pytest.skip("the gazetteer (the `reconcile` extra) is not installed: no hierarchy to test")


def _toll(sentence: str, figure: str, value: float, who: str, where: str, event: str = "killed") -> Claim:
    return claim("d1", sentence, figure, value, event=event, source=who, location=where, kind="cumulative")


def test_a_city_above_its_region_is_flagged_by_the_hierarchy() -> None:
    _need_gazetteer("Sukkur", "Sindh")
    city = _toll("The city's mayor said 840 people had drowned in Sukkur.", "840", 840, "The city's mayor",
                 "Sukkur")
    region = _toll("The provincial authority put the toll across Sindh at 310.", "310", 310,
                   "The provincial authority", "Sindh")
    found = _found([city, region])
    assert [f.type for f in found] == ["contradiction"]
    assert "lies within" in found[0].explanation and "840 - 310 = 530" in found[0].explanation
    smaller = dataclasses.replace(city, low=84, high=84, figure="84", sentence=city.sentence.replace("840", "84"))
    assert _found([smaller, region]) == []  # a part below its whole is no disagreement


def test_people_moving_are_not_set_against_a_wider_place() -> None:
    """22,000 displaced "from" a city and 21,000 displaced "in" its region can be the same people: the place
    of a movement is its origin or its destination, so neither count is the part."""
    _need_gazetteer("Sukkur", "Sindh")
    city = _toll("Aid groups said 2,200 families' worth of people, 22,000 in all, fled Sukkur.", "22,000", 22000,
                 "Aid groups", "Sukkur", event="displaced")
    region = _toll("The provincial authority counted 15,000 displaced people in Sindh.", "15,000", 15000,
                   "The provincial authority", "Sindh", event="displaced")
    assert _found([city, region]) == []


def test_a_district_the_gazetteer_does_not_know_lies_in_the_documents_one_known_place() -> None:
    _need_gazetteer("Sindh", "Quetta")
    district = _toll("The district chief said 700 had died in Korvel district.", "700", 700, "The district chief",
                     "Korvel district")
    province = _toll("The UN said 300 had died across Sindh.", "300", 300, "The UN", "Sindh")
    assert [f.type for f in _found([district, province])] == ["contradiction"]
    # not named as a unit below a city: an unknown name may lie anywhere
    bare = dataclasses.replace(district, location="Korvel")
    assert _found([bare, province]) == []
    # the document counts the event in two known places: which one holds the district is not said
    other = _toll("Officials in Quetta said 120 had died there.", "120", 120, "Officials in Quetta", "Quetta")
    assert [f for f in _found([district, province, other]) if "Korvel" in f.key] == []
    # across documents the document's place says nothing
    apart = dataclasses.replace(province, doc_id="d2")
    metas = docs(DocMeta("d1", outlet="a.example", published="2031-08-20"),
                 DocMeta("d2", outlet="b.example", published="2031-08-20"))
    assert [f for f in _found([district, apart], metas) if "Korvel" in f.key] == []


def test_a_disagreement_under_one_key_is_not_repeated_under_a_wider_key() -> None:
    _need_gazetteer("Sukkur", "Sindh")
    relief = _toll("The Sukkur Relief League said at least 900 had died in Sukkur.", "at least 900", 900,
                   "The Sukkur Relief League", "Sukkur")
    relief = dataclasses.replace(relief, high=None, qualifier="at least")
    army = _toll("The army said only 120 had died in Sukkur.", "120", 120, "The army", "Sukkur")
    army_wide = _toll("The army gave 120 as the toll for all of Sindh.", "120", 120, "The army", "Sindh")
    found = [f for f in _found([relief, army, army_wide]) if f.type == "contradiction"]
    assert len(found) == 1 and found[0].key == "killed/people/Sukkur"
    # without the finding under one key, the wider comparison stands on its own
    found = [f for f in _found([relief, army_wide]) if f.type == "contradiction"]
    assert len(found) == 1 and " & " in found[0].key


def test_an_interval_is_as_far_from_a_figure_as_its_nearest_end() -> None:
    official = "The territorial health office still gives an official toll of 64."
    study = "Harbour University researchers estimated that between 790 and 8,500 people died."
    a = _toll(official, "64", 64, "The territorial health office", "Korsa")
    b = dataclasses.replace(_toll(study, "between 790 and 8,500", 790, "Harbour University researchers", "Korsa"), high=8500)
    assert [f.type for f in _found([a, b])] == ["contradiction"]
    far = dataclasses.replace(b, low=7900, high=85000, figure="between 7,900 and 85,000",
                              sentence=study.replace("790 and 8,500", "7,900 and 85,000"))
    far = dataclasses.replace(far, start=far.sentence.index("between"), end=far.sentence.index("between") + 23)
    assert _found([a, far]) == []  # 123 times the official figure at its nearest end: two scales


def test_people_picked_out_by_who_they_are_are_a_part_of_a_whole_count() -> None:
    """"300 worshippers killed in the mosques" beside "1,100 people killed" is a breakdown; a noun of the
    event itself ("victims") names everyone the series counts, so 300 victims against 1,100 people disagree."""
    mosque = _toll("The imams' council said 300 worshippers died when the mosques collapsed.", "300", 300,
                   "The imams' council", "Varosh")
    mosque = dataclasses.replace(mosque, category="worshippers")
    toll = _toll("The interior ministry said 1,100 people had died in Varosh.", "1,100", 1100,
                 "The interior ministry", "Varosh")
    assert _found([mosque, toll]) == []
    above = dataclasses.replace(mosque, low=1500, high=1500, figure="1,500",
                                sentence=mosque.sentence.replace("300", "1,500"))
    above = dataclasses.replace(above, start=above.sentence.index("1,500"), end=above.sentence.index("1,500") + 5)
    assert [f.type for f in _found([above, toll])] == ["contradiction"]  # a part above its whole
    victims = dataclasses.replace(mosque, category="victims")
    assert [f.type for f in _found([victims, toll])] == ["contradiction"]
