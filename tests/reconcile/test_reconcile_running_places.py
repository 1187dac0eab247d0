"""One party's running series across places and across a body and its parent (``running.py`` rules 4-6,
``running_places.py``): a district and its province, a national toll and the city's, the two ends of one
exodus, "the UN" and the one agency that counts. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st
from reconcile_helpers import claim, docs

from headcount.models import Claim
from headcount.reconcile.parties import default_registry
from headcount.reconcile.running import join_running
from headcount.reconcile.series import DocMeta, Point, SeriesOptions, build_series, points_of


def _series(claims: list[Claim], metas: dict[str, DocMeta], join: bool = True) -> dict[str, tuple[str, str]]:
    """doc:figure -> (series key, party key)."""
    out = {}
    for s in build_series(claims, metas, options=SeriesOptions(join_running=join)):
        for p in s.points:
            out[f"{p.doc_id}:{p.claim.figure}"] = (str(s.key), p.party.key)
    return out


def _metas(*days: str) -> dict[str, DocMeta]:
    return docs(*(DocMeta(id=f"d{i}", published=day) for i, day in enumerate(days, 1)))


def _toll(doc: str, sentence: str, figure: str, value: float, location: str | None, source: str,
          event: str = "killed", category: str = "people") -> Claim:
    return claim(doc, sentence, figure, value, event=event, category=category, source=source, location=location,
                 kind="cumulative")


# --- rule 4: a parent body and its one member -----------------------------------------------------------------

_UN_DAYS = ("2031-05-01", "2031-05-04", "2031-05-09")
_UN_SAID = _toll("d1", "The UN said 140 people were killed in Kidal.", "140", 140, "Kidal", "The UN")
_WHO_SAID = _toll("d2", "The WHO put the toll in Kidal at 260.", "260", 260, "Kidal", "the WHO")


@pytest.mark.parametrize(("claims", "expected"), [
    # "the UN" relaying a toll that only one of its agencies counts is that agency's count
    pytest.param([_UN_SAID, _WHO_SAID,
                  _toll("d3", "At least 410 people have died in Kidal, the United Nations said.", "410", 410,
                        "Kidal", "the United Nations")],
                 {k: ("killed/people/Kidal", "who") for k in ("d1:140", "d2:260", "d3:410")},
                 id="one-member-counts"),
    # with two of its agencies counting the same, the UN stays itself
    pytest.param([_UN_SAID, _WHO_SAID, _toll("d3", "OCHA said 300 people had died in Kidal.", "300", 300, "Kidal",
                                             "OCHA")],
                 {"d1:140": ("killed/people/Kidal", "un")}, id="two-members-count"),
])
def test_a_parent_body_is_its_one_counting_member(claims: list[Claim], expected: dict[str, tuple[str, str]]) -> None:
    got = _series(claims, _metas(*_UN_DAYS))
    assert {k: got[k] for k in expected} == expected


def test_registry_knows_agencies_as_parts_of_the_un() -> None:
    parties = default_registry().parties
    assert parties["who"].part_of == parties["ocha"].part_of == "un"
    assert parties["icrc"].part_of is None  # the ICRC is no UN agency


# --- rule 5: a place and the place holding it -------------------------------------------------------------

_AUTHORITY = "the provincial disaster authority"
_SINDH = [
    _toll("d1", "The provincial disaster authority said 35 had died in Sindh.", "35", 35, "Sindh", _AUTHORITY),
    _toll("d2", "In Sukkur 61 people have died, the provincial disaster authority said.", "61", 61, "Sukkur",
          _AUTHORITY),
    _toll("d3", "The provincial disaster authority raised the Sindh toll to 118.", "118", 118, "Sindh", _AUTHORITY),
]
_BREAKDOWN = "The provincial disaster authority said 118 had died in Sindh, 40 of them in Sukkur."
_TWO_MOMENTS = ("The government first gave a national toll of 90, and later its spokesman said 220 had died in "
                "Kidal.")
_ACROSS_SINDH = "Across Sindh 2,400 were injured and 9,000 displaced, OCHA said."


def _district(words: str) -> list[Claim]:
    """OCHA's Sindh toll, with one text counting the dead of a place the gazetteer does not know."""
    return [
        _toll("d1", "OCHA said 51 people had died across Sindh.", "51", 51, "Sindh", "OCHA"),
        _toll("d2", f"OCHA counted 130 dead in {words}, the worst hit part of Sindh.", "130", 130, words, "OCHA"),
        # the rest of that text is about the province
        _toll("d2", _ACROSS_SINDH, "2,400", 2400, "Sindh", "OCHA", event="injured"),
        _toll("d2", _ACROSS_SINDH, "9,000", 9000, "Sindh", "OCHA", event="displaced"),
        _toll("d3", "The Sindh toll stands at 164, OCHA said.", "164", 164, "Sindh", "OCHA"),
    ]


@pytest.mark.parametrize(("claims", "days", "expected"), [
    # a city's toll joins the province series the party gives more often
    pytest.param(_SINDH, ("2031-08-01", "2031-08-05", "2031-08-12"),
                 dict.fromkeys(("d1:35", "d2:61", "d3:118"), "killed/people/Sindh"), id="city-to-province"),
    # a breakdown of the whole into a city (a part no larger than its whole, on one day) stays apart
    pytest.param([_SINDH[0], _toll("d2", _BREAKDOWN, "118", 118, "Sindh", _AUTHORITY),
                  _toll("d2", _BREAKDOWN, "40", 40, "Sukkur", _AUTHORITY)], ("2031-08-01", "2031-08-05"),
                 {"d2:40": "killed/people/Sukkur", "d2:118": "killed/people/Sindh"}, id="breakdown-apart"),
    # a national toll joins the city series when the city is given more often; a part above its whole in one
    # text is the count at two moments, not a breakdown
    pytest.param([_toll("d1", _TWO_MOMENTS, "90", 90, "Mali", "the government"),
                  _toll("d1", _TWO_MOMENTS, "220", 220, "Kidal", "the government"),
                  _toll("d2", "The government said 480 people were buried in Kidal.", "480", 480, "Kidal",
                        "the government")], ("2031-02-03", "2031-02-20"),
                 dict.fromkeys(("d1:90", "d1:220", "d2:480"), "killed/people/Kidal"), id="country-to-city"),
    # figures years apart are other counts
    pytest.param(_SINDH, ("2031-08-01", "2034-08-05", "2031-08-12"), {"d2:61": "killed/people/Sukkur"},
                 id="years-apart"),
    # a part of a city the claim names never moves
    pytest.param([_toll("d1", "The ICRC said 70 had died in Kidal.", "70", 70, "Kidal", "the ICRC"),
                  _toll("d2", "The ICRC said 25 had died in eastern Kidal.", "25", 25, "eastern Kidal", "the ICRC"),
                  _toll("d3", "The ICRC said 95 had died in Kidal.", "95", 95, "Kidal", "the ICRC")],
                 ("2031-03-01", "2031-03-02", "2031-03-03"), {"d2:25": "killed/people/Kidal/east"},
                 id="named-part-stays"),
    # a district the gazetteer does not know lies in its document's province
    pytest.param(_district("Qalanderabad district"), ("2031-08-01", "2031-08-05", "2031-08-12"),
                 {"d2:130": "killed/people/Sindh"}, id="unknown-district-in-document-province"),
    # a name with no word of a locality is not placed by its document (it lies only in the document's country,
    # where the party gives no series)
    pytest.param(_district("Qalanderabad"), ("2031-08-01", "2031-08-05", "2031-08-12"),
                 {"d2:130": "killed/people/Qalanderabad"}, id="unknown-name-stays"),
])
def test_places_linked_by_the_hierarchy(claims: list[Claim], days: tuple[str, ...], expected: dict[str, str],
                                        ) -> None:
    got = _series(claims, _metas(*days))
    assert {k: got[k][0] for k in expected} == expected


# --- rule 6: the two ends of one movement -----------------------------------------------------------------

def _fled(doc: str, sentence: str, figure: str, value: float, location: str) -> Claim:
    return _toll(doc, sentence, figure, value, location, "UNHCR", event="evacuated", category="refugees")


_IN_NIGER = _fled("d3", "UNHCR said 26,500 refugees were sheltering in Niger.", "26,500", 26500, "Niger")


@pytest.mark.parametrize(("claims", "expected"), [
    # an exodus counted at its origin and its destination is one series
    pytest.param([_fled("d1", "UNHCR said 12,000 refugees had fled from Mali to Niger.", "12,000", 12000, "Mali"),
                  _fled("d2", "Some 19,000 Malian refugees have now reached Niger, UNHCR said.", "19,000", 19000,
                        "Niger"), _IN_NIGER],
                 dict.fromkeys(("d1:12,000", "d2:19,000", "d3:26,500"), "evacuated/people/Niger"),
                 id="origin-and-destination"),
    # an exodus named without the other end stays where it is
    pytest.param([_fled("d1", "UNHCR said 12,000 refugees had fled the fighting.", "12,000", 12000, "Mali"),
                  _fled("d2", "Some 19,000 refugees have now reached Niger, UNHCR said.", "19,000", 19000, "Niger"),
                  _IN_NIGER],
                 {"d1:12,000": "evacuated/people/Mali"}, id="other-end-unnamed"),
    # three countries are two movements, not one
    pytest.param([_fled("d1", "UNHCR said 12,000 refugees had fled from Mali to Niger.", "12,000", 12000, "Mali"),
                  _fled("d2", "Some 19,000 refugees from Mali have now reached Niger, UNHCR said.", "19,000", 19000,
                        "Niger"),
                  _fled("d3", "UNHCR said 8,000 refugees from Mali were in Burkina Faso.", "8,000", 8000,
                        "Burkina Faso")],
                 {"d3:8,000": "evacuated/people/Burkina Faso", "d1:12,000": "evacuated/people/Mali"},
                 id="three-countries"),
])
def test_the_ends_of_a_movement(claims: list[Claim], expected: dict[str, str]) -> None:
    got = _series(claims, _metas("2031-04-01", "2031-04-08", "2031-04-15"))
    assert {k: got[k][0] for k in expected} == expected


# --- without joining, each figure keeps its own key and party ---------------------------------------------------

@pytest.mark.parametrize(("claims", "days", "figure", "expected"), [
    pytest.param([_UN_SAID, _WHO_SAID], _UN_DAYS, "d1:140", ("killed/people/Kidal", "un"), id="parent-body"),
    pytest.param(_SINDH, ("2031-08-01", "2031-08-05", "2031-08-12"), "d2:61", ("killed/people/Sukkur",
                                                                                 "~provincial disaster authority"),
                 id="city"),
])
def test_without_joining_the_rules_do_not_apply(claims: list[Claim], days: tuple[str, ...], figure: str,
                                                expected: tuple[str, str]) -> None:
    assert _series(claims, _metas(*days), join=False)[figure] == expected


# --- invariant ------------------------------------------------------------------------------------------------

_PLACES = ["Sindh", "Sukkur", "Larkana", "Pakistan", "Kidal", "Mali", "Niger", None]
_SOURCES = ["The UN", "the WHO", "OCHA", "UNHCR", "the government", None]
_MEMBERS = ["the WHO", "OCHA", "UNHCR"]
_DAYS = ("2031-01-01", "2031-01-05", "2031-01-09", "2031-01-14")
_Row = tuple[int, str | None, str | None, str, int]
_ROW = st.tuples(st.integers(1, 4), st.sampled_from(_PLACES), st.sampled_from(_SOURCES),
                 st.sampled_from(["killed", "evacuated"]), st.integers(1, 900))
# Every draw holds one "the UN" figure and one figure of a UN member for the same event at the same place in
# another document: rule 4's parent-body branch, taken when no other member counts that event at a linked place
_RELAY = st.tuples(st.integers(1, 4), st.integers(1, 3), st.sampled_from(_PLACES[:-1]), st.sampled_from(_MEMBERS),
                   st.sampled_from(["killed", "evacuated"]), st.integers(1, 900), st.integers(1, 900)).map(
    lambda r: [(r[0], r[2], "The UN", r[4], r[5]), ((r[0] + r[1] - 1) % 4 + 1, r[2], r[3], r[4], r[6])])
_ROWS = st.tuples(st.lists(_ROW, max_size=10), _RELAY).map(lambda t: [*t[0], *t[1]])


def _joined(rows: list[_Row]) -> tuple[list[Point], list[Point], dict[str, str]]:
    """The points of the rows' claims before and after ``join_running``, and the registry's parent bodies."""
    claims = [claim(f"d{d}", f"Officials said {n} people were affected in the area.", str(n), n, event=ev,
                    source=src, location=place, kind="cumulative") for d, place, src, ev, n in rows]
    reg = default_registry()
    pts = points_of(claims, _metas(*_DAYS), reg)
    part_of = {k: v.part_of for k, v in reg.parties.items() if v.part_of}
    return pts, join_running(pts, part_of), part_of


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ROWS)
def test_joining_keeps_every_claim_in_order_and_only_moves_to_a_member(rows: list[_Row]) -> None:
    pts, out, part_of = _joined(rows)
    assert [p.id for p in out] == [p.id for p in pts]
    voices: dict[tuple[str, str], set[str]] = {}
    for a, b in zip(pts, out, strict=True):
        assert b.key.event == a.key.event
        assert b.party.key == a.party.key or part_of.get(b.party.key) == a.party.key
        if part_of.get(b.party.key) == a.party.key:  # the parent-body branch: the member counts, in another
            # document, an event the parent gives in this one
            said = {r.key.event for r in pts if r.doc_id == a.doc_id and r.party.key == a.party.key}
            assert any(q.party.key == b.party.key and q.key.event in said and q.doc_id != b.doc_id for q in pts)
        if a.party.key in part_of.values():
            voices.setdefault((a.doc_id, a.party.key), set()).add(b.party.key)
    # a document's parent body is one voice: all its figures go to one member, or none do
    assert all(len(keys) == 1 for keys in voices.values())


def test_the_drawn_rows_reach_the_parent_body_branch() -> None:
    """The property above is asked where rule 4 moves a figure, not only where it leaves them all alone."""
    def moves(rows: list[_Row]) -> bool:
        pts, out, _ = _joined(rows)
        return any(a.party.key != b.party.key for a, b in zip(pts, out, strict=True))

    pts, out, part_of = _joined(find(_ROWS, moves, settings=settings(max_examples=50, deadline=None, database=None)))
    assert any(part_of.get(b.party.key) == a.party.key for a, b in zip(pts, out, strict=True))
