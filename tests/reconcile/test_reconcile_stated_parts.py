"""Findings a reader would reject (issue 12): a share stated against its whole, a part compared as the whole,
an "including" link across two places, and a syndication note repeating a disagreement. Sentences written
for these tests."""

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


def _at(c: Claim, offset: int) -> Claim:
    """The claim's sentence placed at ``offset`` in its document (the helper puts every sentence at 0)."""
    return dataclasses.replace(c, start=c.start + offset, end=c.end + offset, sentence_start=offset)


def _toll(sentence: str, figure: str, value: float, who: str, *, where: str = "Mindanao",
          parent: int | None = None, doc: str = "d1", category: str = "people") -> Claim:
    return claim(doc, sentence, figure, value, event="killed", source=who, location=where, kind="cumulative",
                 parent=parent, category=category)


def test_a_share_stated_against_its_whole_is_no_second_count() -> None:
    """"Of the 612 people who died, 431 were gunmen": the smaller figure is a share of the larger, which its own
    sentence writes again; set against the larger as a second count it would be a false contradiction."""
    whole = _toll("The regional governor said 612 people had died since the siege began.", "612", 612,
                  "The regional governor")
    share = _at(_toll("Of the 612 people who died, 431 were gunmen, the army spokesman said.", "431", 431,
                      "the army spokesman"), 120)
    assert [f for f in _found([whole, share]) if f.type == "contradiction"] == []
    after = _at(_toll("The army spokesman said 431 of the 612 dead were gunmen.", "431", 431,
                      "the army spokesman"), 120)
    assert [f for f in _found([whole, after]) if f.type == "contradiction"] == []
    # the larger restated to set the smaller against it (no partitive): the text tells a disagreement
    against = _at(_toll("The army spokesman's 431 dead is far below the 612 the governor gave.", "431", 431,
                        "the army spokesman"), 120)
    assert [f.type for f in _found([whole, against])] == ["contradiction"]
    # the same two figures with no restatement of the larger are two parties' counts that do not meet
    alone = _at(_toll("The army spokesman said 431 people had died.", "431", 431, "the army spokesman"), 120)
    assert [f.type for f in _found([whole, alone])] == ["contradiction"]


def test_two_parties_in_one_sentence_still_disagree() -> None:
    """The larger figure written in the smaller's sentence is then the larger claim itself, not a restatement."""
    s = "The governor said 612 had died, but the aid group put the toll at 431."
    governor = _toll(s, "612", 612, "The governor")
    aid = _toll(s, "431", 431, "the aid group")
    assert [f.type for f in _found([governor, aid])] == ["contradiction"]


def test_a_part_is_not_compared_as_the_whole_with_another_party() -> None:
    """"520 dead, including 488 insurgents": the 488 counts a subset; against a charity's whole toll only the
    army's whole is the same quantity."""
    army = _toll("The army said 520 people died, including 488 insurgents.", "520", 520, "The army")
    part = _toll("The army said 520 people died, including 488 insurgents.", "488", 488, "The army", parent=0)
    charity = _at(_toll("A medical charity said at least 7,300 people were killed.", "7,300", 7300,
                        "A medical charity"), 80)
    found = [f for f in _found([army, part, charity]) if f.type == "contradiction"]
    assert len(found) == 1
    assert part.id not in found[0].claims and army.id in found[0].claims and charity.id in found[0].claims


def _need_gazetteer(*names: str) -> None:
    for name in names:
        place = normalise_place(name)
        if place is None or not place.known:
            pytest.skip("the gazetteer (the `reconcile` extra) is not installed: no hierarchy to test")


def test_an_including_link_across_two_places_is_no_part_larger_than_its_whole() -> None:
    """A list of provinces misread as parts of one of them: a province's figure "including" another province's
    is a misread link, so no part/whole alert; the same link within one place still is one."""
    _need_gazetteer("Sindh", "Balochistan")
    s = "The authority counted 52 dead in Balochistan, while the toll in Sindh reached 410."
    whole = _toll(s, "52", 52, "The authority", where="Balochistan")
    beside = _toll(s, "410", 410, "The authority", where="Sindh", parent=0)
    assert [f for f in _found([whole, beside]) if f.type == "part_whole"] == []
    inside = dataclasses.replace(beside, location="Balochistan")
    assert [f.type for f in _found([whole, inside]) if f.type == "part_whole"] == ["part_whole"]


def test_a_syndication_note_is_not_repeated_beside_its_disagreement() -> None:
    """One charity's figure carried by two outlets, set against an army's: the contradiction names the two
    carriers and counts the report once, so no separate syndication note stands on the same claims."""
    metas = docs(DocMeta("d1", outlet="a.example", published="2031-08-20"),
                 DocMeta("d2", outlet="b.example", published="2031-08-20"))
    s = "A medical charity said at least 7,300 people were killed."
    carried = [_toll(s, "7,300", 7300, "A medical charity", doc=d) for d in ("d1", "d2")]
    army = _at(_toll("The army said 520 people died.", "520", 520, "The army", doc="d2"), 70)
    found = _found([*carried, army], metas)
    assert [f.type for f in found] == ["contradiction"]
    assert "carried by 2 outlets" in found[0].explanation
    # without the disagreement the note is the only place a reader learns the report was carried twice
    assert [f.type for f in _found(carried, metas)] == ["syndication"]


def test_no_syndication_note_for_a_vague_or_planned_figure() -> None:
    """"Thousands more are likely to flee", carried by two outlets, repeats no count: no note."""
    metas = docs(DocMeta("d1", outlet="a.example", published="2031-08-20"),
                 DocMeta("d2", outlet="b.example", published="2031-08-20"))
    s = "The relief coordinator said thousands more were likely to flee the valley."
    vague = [dataclasses.replace(claim(d, s, "thousands", 2000, None, source="The relief coordinator",
                                       location="Kandor valley", kind="cumulative"), approx=True)
             for d in ("d1", "d2")]
    assert [f for f in _found(vague, metas) if f.type == "syndication"] == []
    planned = [dataclasses.replace(c, modality="expected") for c in vague]
    assert [f for f in _found(planned, metas) if f.type == "syndication"] == []
    counted = [dataclasses.replace(c, figure="2,400", low=2400, high=2400, approx=False,
                                   sentence=s.replace("thousands", "2,400")) for c in vague]
    assert [f.type for f in _found(counted, metas)] == ["syndication"]
