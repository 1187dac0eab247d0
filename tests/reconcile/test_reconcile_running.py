"""One party's running series: the keys its texts give one count, joined (``reconcile/running.py``), and
the party rules that let the figures of one body meet (state bodies, a document referred back to, an
agency named as its organisation's). Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reconcile_helpers import claim, docs

from headcount.lexicons.groups import is_part_of
from headcount.models import Claim
from headcount.reconcile.parties import DocContext, default_registry
from headcount.reconcile.places import text_parts
from headcount.reconcile.running import join_running
from headcount.reconcile.series import DocMeta, SeriesKey, SeriesOptions, build_series, points_of


def _keys(claims: list[Claim], metas: dict[str, DocMeta], join: bool = True) -> dict[str, str]:
    """Claim figure -> the series key it sits in."""
    out = {}
    for s in build_series(claims, metas, options=SeriesOptions(join_running=join)):
        for p in s.points:
            out[f"{p.doc_id}:{p.claim.figure}"] = str(s.key)
    return out


def _trapped(doc: str, sentence: str, figure: str, value: float, category: str) -> Claim:
    return claim(doc, sentence, figure, value, event="besieged", category=category, source="the ICRC",
                 location="Kidal", kind="stock")


def test_group_and_class_of_one_party_in_separate_documents_are_one_series() -> None:
    claims = [
        _trapped("d1", "The ICRC said up to 9,000 civilians remain trapped in Kidal.", "9,000", 9000, "civilians"),
        _trapped("d2", "Some 7,000 civilians are still inside Kidal, the ICRC said.", "7,000", 7000, "civilians"),
        _trapped("d3", "The ICRC says 12,000 people are cut off in Kidal.", "12,000", 12000, "people"),
    ]
    metas = docs(*(DocMeta(id=d, published=f"2031-03-0{i}") for i, d in enumerate(("d1", "d2", "d3"), 1)))
    keys = _keys(claims, metas)
    assert set(keys.values()) == {"besieged/civilians/Kidal"}  # the party names civilians in more documents
    assert set(_keys(claims, metas, join=False).values()) == {"besieged/civilians/Kidal", "besieged/people/Kidal"}


def test_a_document_giving_group_and_class_different_figures_counts_them_apart() -> None:
    s = "The ICRC said 12,000 people, including 5,000 civilians, are trapped in Kidal."
    claims = [
        _trapped("d1", s, "12,000", 12000, "people"),
        _trapped("d1", s, "5,000", 5000, "civilians"),
        _trapped("d2", "Some 6,000 civilians remain in Kidal, the ICRC said.", "6,000", 6000, "civilians"),
    ]
    metas = docs(DocMeta(id="d1", published="2031-03-01"), DocMeta(id="d2", published="2031-03-04"))
    keys = _keys(claims, metas)
    assert keys["d1:12,000"] == "besieged/people/Kidal"
    assert keys["d1:5,000"] == keys["d2:6,000"] == "besieged/civilians/Kidal"


def test_a_headline_and_body_giving_one_figure_as_group_and_class_are_one() -> None:
    claims = [
        _trapped("d1", "9,000 civilians trapped in Kidal, ICRC says", "9,000", 9000, "civilians"),
        _trapped("d1", "The ICRC says up to 9,000 people are trapped in Kidal.", "9,000", 9000, "people"),
        _trapped("d2", "About 8,000 civilians remain in Kidal, the ICRC said.", "8,000", 8000, "civilians"),
    ]
    metas = docs(DocMeta(id="d1", published="2031-03-01"), DocMeta(id="d2", published="2031-03-04"))
    assert set(_keys(claims, metas).values()) == {"besieged/civilians/Kidal"}


def _toll(doc: str, sentence: str, figure: str, value: float, location: str | None) -> Claim:
    return claim(doc, sentence, figure, value, event="killed", source="the ICRC", location=location,
                 kind="cumulative")


def test_an_unplaced_figure_joins_the_party_series_at_its_document_place() -> None:
    claims = [
        _toll("d1", "The ICRC said 40 people were killed in Mopti.", "40", 40, "Mopti"),
        _toll("d2", "The toll has reached 65, the ICRC said.", "65", 65, None),
        _toll("d2", "Shelling hit the market in Mopti on Sunday, killing 3.", "3", 3, "Mopti"),
    ]
    metas = docs(DocMeta(id="d1", published="2031-05-01"), DocMeta(id="d2", published="2031-05-03"))
    keys = _keys(claims, metas)
    assert keys["d2:65"] == "killed/people/Mopti"
    assert _keys(claims, metas, join=False)["d2:65"] == "killed/people/-"


_BREAKDOWN = "Of them, 50 died in Mopti and 40 in Kidal, the ICRC said."


@pytest.mark.parametrize(("first", "expected"), [
    # the party's other series is at one of the breakdown's places: the total is their whole, and stays unplaced
    pytest.param(_toll("d1", "The ICRC said 40 people were killed in Mopti.", "40", 40, "Mopti"),
                 {"d2:90": "killed/people/-"}, id="series-at-a-part-stays-unplaced"),
    # the party's other series is at the place holding the breakdown's places: the total joins it
    pytest.param(_toll("d1", "The ICRC said 140 people were killed across Mali.", "140", 140, "Mali"),
                 {"d2:90": "killed/people/Mali", "d2:50": "killed/people/Mopti"}, id="series-at-the-whole"),
])
def test_an_unplaced_total_beside_a_breakdown_by_place(first: Claim, expected: dict[str, str]) -> None:
    claims = [
        first,
        _toll("d2", "In all 90 have died, the ICRC said.", "90", 90, None),
        _toll("d2", _BREAKDOWN, "50", 50, "Mopti"),
        _toll("d2", _BREAKDOWN, "40", 40, "Kidal"),
    ]
    metas = docs(DocMeta(id="d1", published="2031-05-01"), DocMeta(id="d2", published="2031-05-03"))
    keys = _keys(claims, metas)
    assert {k: keys[k] for k in expected} == expected


def test_an_unplaced_figure_of_a_party_without_a_series_there_stays_unplaced() -> None:
    claims = [
        _toll("d2", "The toll has reached 65, the ICRC said.", "65", 65, None),
        claim("d1", "MSF said 40 people were killed in Mopti.", "40", 40, event="killed", source="MSF",
              location="Mopti", kind="cumulative"),
        _toll("d2", "Shelling hit the market in Mopti on Sunday, killing 3.", "3", 3, "Mopti"),
    ]
    metas = docs(DocMeta(id="d1", published="2031-05-01"), DocMeta(id="d2", published="2031-05-03"))
    assert _keys(claims, metas)["d2:65"] == "killed/people/-"


def test_a_part_read_from_the_document_sits_in_the_whole_the_party_gives_elsewhere() -> None:
    t2 = "Smoke over the northern side of Kidal. The ICRC said 5,000 civilians remain trapped in Kidal."
    claims = [
        _trapped("d1", "The ICRC said 8,000 civilians are trapped in Kidal.", "8,000", 8000, "civilians"),
        _trapped("d2", t2[t2.index("The ICRC"):], "5,000", 5000, "civilians"),
    ]
    metas = docs(DocMeta(id="d1", published="2031-03-01", text=claims[0].sentence),
                 DocMeta(id="d2", published="2031-03-09", text=t2))
    assert _keys(claims, metas, join=False)["d2:5,000"] == "besieged/civilians/Kidal/north"
    assert set(_keys(claims, metas).values()) == {"besieged/civilians/Kidal"}


def test_a_direction_with_of_is_a_bearing_not_a_part() -> None:
    text = "The camps west of Kidal were emptied; more camps lie north of Kidal."
    assert text_parts(text, ["Kidal"]) == {}
    assert text_parts("Fighting reached western Kidal and the western side of Kidal.", ["Kidal"]) == {
        "Kidal": {"west"}}


def test_a_body_named_as_a_state_s_is_that_state_s_in_every_document() -> None:
    reg = default_registry().with_learned(
        ["Rains killed 40, Ghana's National Flood Relief Directorate (NFRD) said on Monday."])
    for source in ("the National Flood Relief Directorate (NFRD)", "NFRD", "the NFRD report",
                   "National Flood Relief Directorate"):
        assert reg.resolve(source).key == "government-gh", source
    assert default_registry().resolve("NFRD").key == "~nfrd"


def test_a_body_named_for_two_states_is_learned_for_neither() -> None:
    reg = default_registry().with_learned([
        "Ghana's National Flood Relief Directorate (NFRD) said 40 died.",
        "Togo's National Flood Relief Directorate (NFRD) said 12 died.",
    ])
    assert reg.resolve("NFRD").key == "~nfrd"


def test_a_common_name_is_not_learned_as_a_state_body() -> None:
    reg = default_registry().with_learned(["Ghana's Health Ministry said 40 died."])
    assert "~health ministry" not in reg.bodies


def test_the_report_is_its_author_named_just_before() -> None:
    text = ("Floods hit 20 villages, the World Food Programme (WFP) said on Friday. WFP said in its "
            "bulletin that the north was worst hit. In all, 310 people have died, according to the report.")
    ctx = DocContext.build([text])
    at = text.index("In all")
    assert default_registry().resolve("the report", ctx, at).key == "wfp"
    # with no party named in the sentences before, the report names nobody
    assert default_registry().resolve("the report", DocContext.build(["In all, 310 died, the report said."]),
                                      0).key == "~report"


def test_the_un_is_the_agency_the_text_names_as_the_un_s() -> None:
    reg = default_registry()
    said = "Some 30,000 have crossed into Chad, the UN said."
    agency = said + " Lea Varga, spokeswoman for the UN's refugee agency (UNHCR), said camps were full."
    assert reg.resolve("the UN", DocContext.build([agency])).key == "unhcr"
    # an agency named on its own says nothing about who "the UN" is
    assert reg.resolve("the UN", DocContext.build([said + " UNHCR said camps were full."])).key == "un"
    # two agencies named as the UN's: no one of them is the UN's voice
    two = agency + " The UN children's agency (UNICEF) warned of disease."
    assert reg.resolve("the UN", DocContext.build([two])).key == "un"


_SOURCES = ["the ICRC", "MSF", None]
_PLACES = ["Kidal", "Mopti", None, "the northern part of Kidal"]
_CATS = ["people", "civilians", "children", "wounded"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(_SOURCES), st.sampled_from(_PLACES),
                          st.sampled_from(_CATS), st.sampled_from(["killed", "besieged"]), st.integers(1, 9)),
                min_size=1, max_size=12))
def test_joining_keeps_every_claim_and_its_event_and_is_stable(rows: list[tuple[int, str | None, str | None,
                                                                                 str, str, int]]) -> None:
    claims = [claim(f"d{d}", f"They said {n}00 were hit.", f"{n}00", n * 100, event=ev, category=cat,
                    source=src, location=loc, kind="stock") for d, src, loc, cat, ev, n in rows]
    metas = docs(*(DocMeta(id=f"d{d}", published=f"2031-01-0{d + 1}") for d in range(4)))
    points = points_of(claims, metas)
    joined = join_running(points)
    assert [p.id for p in joined] == [p.id for p in points]
    assert all(a.key.event == b.key.event and a.party == b.party for a, b in zip(points, joined, strict=True))
    # a moved point moves only along the hierarchy: to a whole, its class, or from no place to one
    for a, b in zip(points, joined, strict=True):
        assert a.key.group == b.key.group or is_part_of(a.key.group, b.key.group) or is_part_of(b.key.group,
                                                                                                a.key.group)
        assert a.key.place == b.key.place or a.key.place is None or a.key.place.startswith(f"{b.key.place}/")
    assert [p.key for p in join_running(joined)] == [p.key for p in joined]


def test_a_state_body_is_not_read_into_a_document_about_another_country() -> None:
    reg = default_registry().with_learned(["Ghana's National Flood Relief Directorate (NFRD) said 40 died."])
    togo = DocContext.build(["In Togo, the National Flood Relief Directorate said 12 died in Lome. Togo's "
                             "president visited."])
    assert reg.resolve("the National Flood Relief Directorate", togo).key == "~nfrd"
    ghana = DocContext.build(["Floods in Ghana: the NFRD said 40 died in Accra, Ghana."])
    assert reg.resolve("the NFRD", ghana).key == "government-gh"


def test_a_series_key_takes_in_the_places_inside_it() -> None:
    country = SeriesKey.parse("killed/people/Mali")
    assert country.matches(SeriesKey.parse("killed/people/Mopti"))
    assert country.matches(SeriesKey("killed", "people", "Mopti/north"))
    assert not country.matches(SeriesKey.parse("killed/people/Mopti"), parts=False)
    assert SeriesKey("killed", "people", "mopti").matches(SeriesKey("killed", "people", "Mopti"), parts=False)
    assert not SeriesKey.parse("killed/people/Mopti").matches(country)
    assert not country.matches(SeriesKey.parse("killed/people/Kharkiv"))
    assert SeriesKey("killed", "people", None).matches(SeriesKey("killed", "people", None))


def test_an_unplaced_figure_moves_with_the_other_parties_unplaced_figures_of_its_document() -> None:
    claims = [
        _toll("d1", "The ICRC said 40 people were killed in Mopti.", "40", 40, "Mopti"),
        _toll("d2", "The toll has reached 65, the ICRC said.", "65", 65, None),
        claim("d2", "MSF put the toll at 120.", "120", 120, event="killed", source="MSF", location=None,
              kind="cumulative"),
        _toll("d2", "Shelling hit the market in Mopti on Sunday, killing 3.", "3", 3, "Mopti"),
    ]
    metas = docs(DocMeta(id="d1", published="2031-05-01"), DocMeta(id="d2", published="2031-05-03"))
    keys = _keys(claims, metas)
    assert keys["d2:65"] == keys["d2:120"] == "killed/people/Mopti"


def test_a_direction_before_a_region_and_its_kind_says_where_the_region_lies() -> None:
    from headcount.reconcile.places import normalise_place

    place = normalise_place("northern Kidal region")
    assert place is not None and place.key == "Kidal"
    city = normalise_place("eastern Kidal city")
    assert city is not None and city.key == "Kidal/east"
    assert text_parts("Floods reached the northern Kidal region again.", ["Kidal"]) == {}


def test_select_by_place_lists_the_series_of_places_inside_it() -> None:
    from headcount.reconcile.series import select

    claims = [
        _toll("d1", "The ICRC said 40 people were killed in Mopti.", "40", 40, "Mopti"),
        _toll("d2", "MSF said 12 died in Kharkiv.", "12", 12, "Kharkiv"),
    ]
    series = build_series(claims, docs(DocMeta(id="d1"), DocMeta(id="d2")))
    assert [str(s.key) for s in select(series, place="Mali")] == ["killed/people/Mopti"]
    assert [str(s.key) for s in select(series, place="mopti")] == ["killed/people/Mopti"]
    assert select(series, place="Mali", parts=False) == []
