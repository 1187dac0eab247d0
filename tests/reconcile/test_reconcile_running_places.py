"""One party's running series across places and across a body and its parent (``running.py`` rules 4-6,
``running_places.py``): a district and its province, a national toll and the city's, the two ends of one
exodus, "the UN" and the one agency that counts. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reconcile_helpers import claim, docs

from headcount.models import Claim
from headcount.reconcile.parties import default_registry
from headcount.reconcile.running import join_running
from headcount.reconcile.series import DocMeta, SeriesOptions, build_series, points_of


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

def test_the_un_relaying_a_toll_only_one_agency_counts_is_that_agency() -> None:
    claims = [
        _toll("d1", "The UN said 140 people were killed in Kidal.", "140", 140, "Kidal", "The UN"),
        _toll("d2", "The WHO put the toll in Kidal at 260.", "260", 260, "Kidal", "the WHO"),
        _toll("d3", "At least 410 people have died in Kidal, the United Nations said.", "410", 410, "Kidal",
              "the United Nations"),
    ]
    got = _series(claims, _metas("2031-05-01", "2031-05-04", "2031-05-09"))
    assert {got[k] for k in ("d1:140", "d2:260", "d3:410")} == {("killed/people/Kidal", "who")}
    before = _series(claims, _metas("2031-05-01", "2031-05-04", "2031-05-09"), join=False)
    assert before["d1:140"][1] == "un"


def test_the_un_stays_itself_where_two_of_its_agencies_count_the_same() -> None:
    claims = [
        _toll("d1", "The UN said 140 people were killed in Kidal.", "140", 140, "Kidal", "The UN"),
        _toll("d2", "The WHO put the toll in Kidal at 260.", "260", 260, "Kidal", "the WHO"),
        _toll("d3", "OCHA said 300 people had died in Kidal.", "300", 300, "Kidal", "OCHA"),
    ]
    got = _series(claims, _metas("2031-05-01", "2031-05-04", "2031-05-09"))
    assert got["d1:140"][1] == "un"


def test_registry_knows_agencies_as_parts_of_the_un() -> None:
    parties = default_registry().parties
    assert parties["who"].part_of == parties["ocha"].part_of == "un"
    assert parties["icrc"].part_of is None  # the ICRC is no UN agency


# --- rule 5: a place and the place holding it -------------------------------------------------------------

def test_a_city_toll_joins_the_province_series_the_party_gives_more_often() -> None:
    src = "the provincial disaster authority"
    claims = [
        _toll("d1", "The provincial disaster authority said 35 had died in Sindh.", "35", 35, "Sindh", src),
        _toll("d2", "In Sukkur 61 people have died, the provincial disaster authority said.", "61", 61, "Sukkur",
              src),
        _toll("d3", "The provincial disaster authority raised the Sindh toll to 118.", "118", 118, "Sindh", src),
    ]
    got = _series(claims, _metas("2031-08-01", "2031-08-05", "2031-08-12"))
    assert {got[k][0] for k in ("d1:35", "d2:61", "d3:118")} == {"killed/people/Sindh"}
    assert _series(claims, _metas("2031-08-01", "2031-08-05", "2031-08-12"), join=False)["d2:61"][0] == \
        "killed/people/Sukkur"


def test_a_breakdown_of_the_whole_into_a_city_stays_apart() -> None:
    src = "the provincial disaster authority"
    s = "The provincial disaster authority said 118 had died in Sindh, 40 of them in Sukkur."
    claims = [
        _toll("d1", "The provincial disaster authority said 35 had died in Sindh.", "35", 35, "Sindh", src),
        _toll("d2", s, "118", 118, "Sindh", src),
        _toll("d2", s, "40", 40, "Sukkur", src),
    ]
    got = _series(claims, _metas("2031-08-01", "2031-08-05"))
    assert got["d2:40"][0] == "killed/people/Sukkur"  # a part no larger than its whole, on one day
    assert got["d2:118"][0] == "killed/people/Sindh"


def test_a_national_toll_joins_the_city_series_when_the_city_is_given_more_often() -> None:
    src = "the government"
    s = "The government first gave a national toll of 90, and later its spokesman said 220 had died in Kidal."
    claims = [
        _toll("d1", s, "90", 90, "Mali", src),
        _toll("d1", s, "220", 220, "Kidal", src),
        _toll("d2", "The government said 480 people were buried in Kidal.", "480", 480, "Kidal", src),
    ]
    got = _series(claims, _metas("2031-02-03", "2031-02-20"))
    # a part above its whole in one text is the count at two moments, not a breakdown
    assert {got[k][0] for k in ("d1:90", "d1:220", "d2:480")} == {"killed/people/Kidal"}


def test_figures_years_apart_are_other_counts() -> None:
    src = "the provincial disaster authority"
    claims = [
        _toll("d1", "The provincial disaster authority said 35 had died in Sindh.", "35", 35, "Sindh", src),
        _toll("d2", "In Sukkur 61 people have died, the provincial disaster authority said.", "61", 61, "Sukkur",
              src),
        _toll("d3", "The provincial disaster authority raised the Sindh toll to 118.", "118", 118, "Sindh", src),
    ]
    got = _series(claims, _metas("2031-08-01", "2034-08-05", "2031-08-12"))
    assert got["d2:61"][0] == "killed/people/Sukkur"


def test_a_part_of_a_city_the_claim_names_never_moves() -> None:
    src = "the ICRC"
    claims = [
        _toll("d1", "The ICRC said 70 had died in Kidal.", "70", 70, "Kidal", src),
        _toll("d2", "The ICRC said 25 had died in eastern Kidal.", "25", 25, "eastern Kidal", src),
        _toll("d3", "The ICRC said 95 had died in Kidal.", "95", 95, "Kidal", src),
    ]
    got = _series(claims, _metas("2031-03-01", "2031-03-02", "2031-03-03"))
    assert got["d2:25"][0] == "killed/people/Kidal/east"


def test_a_district_the_gazetteer_does_not_know_lies_in_its_documents_province() -> None:
    src = "OCHA"
    claims = [
        _toll("d1", "OCHA said 51 people had died across Sindh.", "51", 51, "Sindh", src),
        _toll("d2", "OCHA counted 130 dead in Qalanderabad district, the worst hit part of Sindh.", "130", 130,
              "Qalanderabad district", src),
        # the rest of that text is about the province
        _toll("d2", "Across Sindh 2,400 were injured and 9,000 displaced, OCHA said.", "2,400", 2400, "Sindh", src,
              event="injured"),
        _toll("d2", "Across Sindh 2,400 were injured and 9,000 displaced, OCHA said.", "9,000", 9000, "Sindh", src,
              event="displaced"),
        _toll("d3", "The Sindh toll stands at 164, OCHA said.", "164", 164, "Sindh", src),
    ]
    got = _series(claims, _metas("2031-08-01", "2031-08-05", "2031-08-12"))
    assert got["d2:130"][0] == "killed/people/Sindh"
    # a name with no word of a locality is not placed by its document
    claims[1] = _toll("d2", "OCHA counted 130 dead in Qalanderabad, the worst hit part of Sindh.", "130", 130,
                      "Qalanderabad", src)
    # (it lies only in the document's country, where the party gives no series)
    assert _series(claims, _metas("2031-08-01", "2031-08-05", "2031-08-12"))["d2:130"][0] == \
        "killed/people/Qalanderabad"


# --- rule 6: the two ends of one movement -----------------------------------------------------------------

def _fled(doc: str, sentence: str, figure: str, value: float, location: str) -> Claim:
    return _toll(doc, sentence, figure, value, location, "UNHCR", event="evacuated", category="refugees")


def test_an_exodus_counted_at_its_origin_and_its_destination_is_one_series() -> None:
    claims = [
        _fled("d1", "UNHCR said 12,000 refugees had fled from Mali to Niger.", "12,000", 12000, "Mali"),
        _fled("d2", "Some 19,000 Malian refugees have now reached Niger, UNHCR said.", "19,000", 19000, "Niger"),
        _fled("d3", "UNHCR said 26,500 refugees were sheltering in Niger.", "26,500", 26500, "Niger"),
    ]
    got = _series(claims, _metas("2031-04-01", "2031-04-08", "2031-04-15"))
    assert {got[k][0] for k in ("d1:12,000", "d2:19,000", "d3:26,500")} == {"evacuated/people/Niger"}


def test_an_exodus_named_without_the_other_end_stays_where_it_is() -> None:
    claims = [
        _fled("d1", "UNHCR said 12,000 refugees had fled the fighting.", "12,000", 12000, "Mali"),
        _fled("d2", "Some 19,000 refugees have now reached Niger, UNHCR said.", "19,000", 19000, "Niger"),
        _fled("d3", "UNHCR said 26,500 refugees were sheltering in Niger.", "26,500", 26500, "Niger"),
    ]
    got = _series(claims, _metas("2031-04-01", "2031-04-08", "2031-04-15"))
    assert got["d1:12,000"][0] == "evacuated/people/Mali"


def test_three_countries_are_two_movements_not_one() -> None:
    claims = [
        _fled("d1", "UNHCR said 12,000 refugees had fled from Mali to Niger.", "12,000", 12000, "Mali"),
        _fled("d2", "Some 19,000 refugees from Mali have now reached Niger, UNHCR said.", "19,000", 19000, "Niger"),
        _fled("d3", "UNHCR said 8,000 refugees from Mali were in Burkina Faso.", "8,000", 8000, "Burkina Faso"),
    ]
    got = _series(claims, _metas("2031-04-01", "2031-04-08", "2031-04-15"))
    assert got["d3:8,000"][0] == "evacuated/people/Burkina Faso"
    assert got["d1:12,000"][0] == "evacuated/people/Mali"


# --- invariant ------------------------------------------------------------------------------------------------

_PLACES = ["Sindh", "Sukkur", "Larkana", "Pakistan", "Kidal", "Mali", "Niger", None]
_SOURCES = ["The UN", "the WHO", "OCHA", "UNHCR", "the government", None]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(1, 4), st.sampled_from(_PLACES), st.sampled_from(_SOURCES),
                          st.sampled_from(["killed", "evacuated"]), st.integers(1, 900)), min_size=1, max_size=12))
def test_joining_keeps_every_claim_in_order_and_only_moves_to_a_member(rows: list[tuple[int, str | None,
                                                                                          str | None, str, int]]) -> None:
    claims = [claim(f"d{d}", f"Officials said {n} people were affected in the area.", str(n), n, event=ev,
                    source=src, location=place, kind="cumulative") for d, place, src, ev, n in rows]
    metas = _metas("2031-01-01", "2031-01-05", "2031-01-09", "2031-01-14")
    reg = default_registry()
    pts = points_of(claims, metas, reg)
    part_of = {k: v.part_of for k, v in reg.parties.items() if v.part_of}
    out = join_running(pts, part_of)
    assert [p.id for p in out] == [p.id for p in pts]
    for a, b in zip(pts, out, strict=True):
        assert b.key.event == a.key.event
        assert b.party.key == a.party.key or part_of.get(b.party.key) == a.party.key
