"""Pairing rules: which figures a check may set against each other, on sentences written for these tests."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st
from reconcile_helpers import claim, docs

from headcount.models import Claim
from headcount.reconcile.checks import CheckOptions, run_checks
from headcount.reconcile.pairing import round_number
from headcount.reconcile.parties import default_registry, unknown_key
from headcount.reconcile.places import normalise_place, part_before
from headcount.reconcile.series import DocMeta, build_series, same_person


def _types(claims: list[Claim], metas: dict[str, DocMeta]) -> list[str]:
    return [f.type for f in run_checks(build_series(claims, metas), CheckOptions())]


def test_two_exact_counts_of_one_quantity_in_one_document_disagree() -> None:
    s1 = "The provincial health office counted 143 dead in Korvel by Tuesday night."
    s2 = "A local relief committee put the toll in Korvel at 158."
    claims = [claim("d1", s1, "143", 143, event="killed", source="The provincial health office",
                    location="Korvel", kind="cumulative"),
              claim("d1", s2, "158", 158, event="killed", source="A local relief committee", location="Korvel",
                    kind="cumulative")]
    assert _types(claims, docs(DocMeta("d1", outlet="example.org"))) == ["contradiction"]


def test_one_document_never_revises_itself() -> None:
    s1 = "The ministry said 2,400 people had left Dovrin on the first day."
    s2 = "Of those, the ministry said, 1,100 went north."
    claims = [claim("d1", s1, "2,400", 2400, source="the ministry", location="Dovrin", kind="cumulative"),
              claim("d1", s2, "1,100", 1100, source="the ministry", location="Dovrin", kind="cumulative")]
    assert _types(claims, docs(DocMeta("d1", outlet="example.org", published="2031-04-02"))) == []


def test_undated_figures_of_two_documents_are_not_compared() -> None:
    a = claim("d1", "Some 9,000 people are sheltering in Mellis, aid workers said.", "Some 9,000", 9000,
              event="displaced", source="aid workers", location="Mellis", kind="stock")
    b = claim("d2", "About 3,000 people remain in shelters in Mellis, the mayor said.", "About 3,000", 3000,
              event="displaced", source="the mayor", location="Mellis", kind="stock")
    assert _types([a, b], docs(DocMeta("d1", outlet="a.example"), DocMeta("d2", outlet="b.example"))) == []


def test_one_partys_exact_figure_printed_two_ways_is_a_carrier_mismatch() -> None:
    a = claim("d1", "The coast guard said 318 migrants were brought ashore at Valmora.", "318", 318,
              event="rescued", category="migrants", source="The coast guard", location="Valmora")
    b = claim("d2", "The coast guard said 381 migrants were brought ashore at Valmora.", "381", 381,
              event="rescued", category="migrants", source="The coast guard", location="Valmora")
    metas = docs(DocMeta("d1", outlet="a.example", published="2031-06-01"),
                 DocMeta("d2", outlet="b.example", published="2031-06-01"))
    assert "carrier_mismatch" in _types([a, b], metas)


def test_a_growing_total_that_falls_across_days_is_flagged_but_not_one_far_below() -> None:
    s1 = "The disaster agency said the death toll in Osterby had risen to 1,240."
    s2 = "The disaster agency said 1,010 people had died in Osterby since the storm."
    s3 = "The disaster agency said 40 people had died in Osterby's hospitals since the storm."
    a = claim("d1", s1, "1,240", 1240, event="killed", source="The disaster agency", location="Osterby",
              kind="cumulative", end="2031-03-02")
    b = claim("d2", s2, "1,010", 1010, event="killed", source="The disaster agency", location="Osterby",
              kind="cumulative", end="2031-03-05")
    c = claim("d3", s3, "40", 40, event="killed", source="The disaster agency", location="Osterby",
              kind="cumulative", end="2031-03-06")
    metas = docs(DocMeta("d1", outlet="a.example"), DocMeta("d2", outlet="b.example"),
                 DocMeta("d3", outlet="c.example"))
    findings = run_checks(build_series([a, b, c], metas), CheckOptions())
    fell = [f for f in findings if f.type in ("revision", "running_total")]
    assert fell and all(c.id not in f.claims for f in fell)


def test_vague_quantities_are_not_compared() -> None:
    s1 = "Thousands of people fled Brask, residents said."
    s2 = "The governor said 700 people fled Brask."
    claims = [claim("d1", s1, "Thousands", 2000, None, source="residents", location="Brask", kind="cumulative"),
              claim("d1", s2, "700", 700, source="The governor", location="Brask", kind="cumulative")]
    claims[0] = dataclasses.replace(claims[0], approx=True)
    assert _types(claims, docs(DocMeta("d1", outlet="example.org"))) == []


def test_a_district_above_its_country_is_flagged() -> None:
    s1 = "The provincial governor said 900 people were killed in Herat."
    s2 = "The UN said 300 people had been killed in Afghanistan."
    claims = [claim("d1", s1, "900", 900, event="killed", source="The provincial governor", location="Herat",
                    kind="cumulative"),
              claim("d1", s2, "300", 300, event="killed", source="The UN", location="Afghanistan",
                    kind="cumulative")]
    place = normalise_place("Herat")
    if place is None or not place.known:
        return  # without the gazetteer extra the hierarchy is unknown; nothing to check
    assert "contradiction" in _types(claims, docs(DocMeta("d1", outlet="example.org")))


def test_unknown_organisations_are_one_party_however_named() -> None:
    names = ["the Regional Flood Response Authority (RFRA)", "RFRA", "the RFRA report",
             "Regional Flood Response Authority"]
    assert {unknown_key(n) for n in names} == {"~rfra"}
    assert unknown_key("the aid network") != unknown_key("the Aid Network Authority")


def test_a_surname_is_the_person_named_in_full_in_the_same_document() -> None:
    reg = default_registry()
    out = same_person([reg.resolve("Deputy Governor Lina Marovic"), reg.resolve("Marovic"),
                       reg.resolve("while the port authority")])
    assert out[0].key == out[1].key
    assert out[2].name == "the port authority"


def test_the_part_named_in_the_figures_own_clause() -> None:
    assert part_before("The town is divided between the army-held north and the rebel-held south, where ") == \
        "south"
    assert part_before("Aid reached the south of the town, and ") is None


@given(st.integers(min_value=1, max_value=10**7))
def test_round_numbers_end_in_rounding_zeros(n: int) -> None:
    if n % 10:
        assert not round_number(n)
    if len(str(n)) >= 3 and n % 10 ** (len(str(n)) - 2) == 0:
        assert round_number(n)


def test_a_figure_said_earlier_is_another_moment_and_only_a_fall_counts() -> None:
    rose = "Earlier, the regional governor reported 310 dead in Tarnow."
    now = "More than 900 people have now been buried in Tarnow, the relief agency said."
    claims = [claim("d1", rose, "310", 310, event="killed", source="the regional governor", location="Tarnow",
                    kind="cumulative"),
              claim("d1", now, "More than 900", 900, None, event="killed", source="the relief agency",
                    location="Tarnow", kind="cumulative")]
    metas = docs(DocMeta("d1", outlet="example.org", published="2031-02-05"))
    assert _types(claims, metas) == []  # a toll that rose
    fell = "Earlier, the regional governor reported 1,310 dead in Tarnow."
    claims[0] = claim("d1", fell, "1,310", 1310, event="killed", source="the regional governor",
                      location="Tarnow", kind="cumulative")
    assert _types(claims, metas) == []  # "more than 900" may well be 1,310 or more
    about = "About 900 people have now been buried in Tarnow, the relief agency said."
    claims[1] = claim("d1", about, "About 900", 900, event="killed", source="the relief agency",
                      location="Tarnow", kind="cumulative")
    assert _types(claims, metas) == ["contradiction"]  # a total that only grows, lower later
    # a stock said earlier is never the same moment as today's
    a = claim("d1", "Earlier, the mayor said 4,000 people were sheltering in Tarnow.", "4,000", 4000,
              event="displaced", source="the mayor", location="Tarnow", kind="stock")
    b = claim("d1", "The relief agency says 9,500 are sheltering in Tarnow.", "9,500", 9500, event="displaced",
              source="the relief agency", location="Tarnow", kind="stock")
    assert _types([a, b], metas) == []


def test_a_total_since_an_unknown_origin_is_not_one_since_a_known_origin() -> None:
    a = claim("d1", "The health office said 420 people had died in Selvo since 3 March.", "420", 420,
              event="killed", source="The health office", location="Selvo", kind="cumulative",
              start="2031-03-03", end="2031-03-20")
    b = claim("d2", "A monitoring group said 1,900 people had died in Selvo.", "1,900", 1900, event="killed",
              source="A monitoring group", location="Selvo", kind="cumulative", end="2031-03-20")
    b = dataclasses.replace(b, period_start=None)
    metas = docs(DocMeta("d1", outlet="a.example"), DocMeta("d2", outlet="b.example"))
    assert _types([a, b], metas) == []
    same_origin = dataclasses.replace(b, period_start="2031-03-03")
    assert _types([a, same_origin], metas) == ["contradiction"]


def test_a_group_above_its_class_is_flagged_across_documents() -> None:
    a = claim("d1", "The monitor said 120 civilians were killed in Harlan on Sunday.", "120", 120,
              event="killed", category="civilians", source="The monitor", location="Harlan", kind="increment",
              start="2031-05-04")
    b = claim("d2", "The interior ministry said 15 people were killed in Harlan on Sunday.", "15", 15,
              event="killed", source="The interior ministry", location="Harlan", kind="increment",
              start="2031-05-04")
    metas = docs(DocMeta("d1", outlet="a.example", published="2031-05-05"),
                 DocMeta("d2", outlet="b.example", published="2031-05-05"))
    found = run_checks(build_series([a, b], metas), CheckOptions())
    assert [f.type for f in found] == ["contradiction"]
    assert "within" in found[0].explanation and "120 - 15 = 105" in found[0].explanation
    fewer = dataclasses.replace(a, low=12, high=12, figure="12", sentence=a.sentence.replace("120", "12"))
    assert _types([fewer, b], metas) == []  # a part below its whole is no disagreement
    later = dataclasses.replace(b, period_start="2031-05-20", period_end="2031-05-20")
    assert _types([a, later], metas) == []  # another day, another count


def test_figures_two_orders_apart_in_one_document_count_different_things() -> None:
    official = "The Korsa Health Department still gives an official toll of 64 for the islands."
    study = "Harbour University researchers estimated 4,645 deaths on the islands."
    staff = "The Coastal Relief League said 13 of its staff had died on the islands."
    mk = lambda s, f, v, who: claim("d1", s, f, v, event="killed", source=who, location="Korsa",  # noqa: E731
                                    kind="cumulative")
    metas = docs(DocMeta("d1", outlet="example.org", published="2031-06-01"))
    assert _types([mk(official, "64", 64, "The Korsa Health Department"),
                   mk(study, "4,645", 4645, "Harbour University researchers")],
                  metas) == ["contradiction"]
    assert _types([mk(staff, "13", 13, "The Coastal Relief League"),
                   mk(study, "4,645", 4645, "Harbour University researchers")], metas) == []


def test_a_party_total_never_falls_within_one_document() -> None:
    s1 = "The flood authority said 1,200 people had died in Varna province by Friday."
    s2 = "By Monday the flood authority counted 1,050 dead in Varna province."
    a = claim("d1", s1, "1,200", 1200, event="killed", source="The flood authority", location="Varna",
              kind="cumulative", end="2031-07-04")
    b = claim("d1", s2, "1,050", 1050, event="killed", source="The flood authority", location="Varna",
              kind="cumulative", end="2031-07-07")
    metas = docs(DocMeta("d1", outlet="example.org", published="2031-07-08"))
    assert _types([a, b], metas) == []
    b2 = dataclasses.replace(b, doc_id="d2")
    metas["d2"] = DocMeta("d2", outlet="other.example", published="2031-07-08")
    assert _types([a, b2], metas) == ["revision"]  # across documents, a fall of its own total


def test_one_party_restating_its_figure_hedged_and_bare_is_one_report() -> None:
    lead = "At least 2,300 people died in Pellow, the aid group Northstar Medics said."
    body = "Northstar Medics said its survey found 2,300 deaths in Pellow."
    army = "The Pellow garrison command said 500 people died."
    claims = [claim("d1", lead, "At least 2,300", 2300, None, event="killed", source="Northstar Medics",
                    location="Pellow", kind="cumulative"),
              claim("d1", body, "2,300", 2300, event="killed", source="Northstar Medics", location="Pellow",
                    kind="cumulative"),
              claim("d1", army, "500", 500, event="killed", source="The Pellow garrison command",
                    location="Pellow", kind="cumulative")]
    metas = docs(DocMeta("d1", outlet="example.org", published="2031-09-01"))
    series = build_series(claims, metas)
    assert [len(s.reports) for s in series] == [2]
    assert _types(claims, metas) == ["contradiction"]


def test_the_outlets_own_figure_counts_as_a_party_only_when_the_text_sets_them_side_by_side() -> None:
    text = ("More than 1.1 million people are displaced in Vessia, the refugee agency Norhaven said. "
            "Just under 700,000 have registered at shelters.")
    first, second = text.split(". ")
    a = claim("d1", first, "More than 1.1 million", 1_100_000, None, event="displaced", source="Norhaven",
              location="Vessia", kind="stock")
    b = claim("d1", second, "Just under 700,000", None, 700_000, event="displaced", location="Vessia",
              kind="stock")
    b = dataclasses.replace(b, sentence_start=len(first) + 2, start=b.start + len(first) + 2,
                            end=b.end + len(first) + 2)
    metas = docs(DocMeta("d1", outlet="example.org", published="2031-11-15"))
    assert _types([a, b], metas) == ["contradiction"]
    far = dataclasses.replace(b, sentence_start=2000, start=b.start + 2000, end=b.end + 2000)
    assert _types([a, far], metas) == []  # context further down the page, not set against the agency's


def test_an_average_is_a_rate_not_a_count() -> None:
    a = claim("d1", "Northstar Medics said at least 6,200 people were killed in Pellow.", "at least 6,200", 6200,
              None, event="killed", source="Northstar Medics", location="Pellow", kind="cumulative")
    b = claim("d1", "The garrison command said an average 190 people died each day.", "an average 190", 190,
              event="killed", source="The garrison command", location="Pellow", kind="cumulative")
    b = dataclasses.replace(b, qualifier="an average")
    assert _types([a, b], docs(DocMeta("d1", outlet="example.org"))) == []
