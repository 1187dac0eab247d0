"""The pairing rules of round 10 after review (rule 1 read from every point and narrowed to the elliptical
figure; rule 3 kept only while the part fits in the whole).

Sentences written for these tests, in the style of news, about floods in Mozambique's Zambezi valley and a
protest in Malawi (neither is in the data). Claims come from ``extract`` over the written texts. Each positive
fails on the code before the review's fixes (checked); the negatives stand beside them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stored_findings import stored_findings

from headcount.extract.pipeline import extract
from headcount.models import Claim, Document
from headcount.reconcile.analysis import Analysis, analyse
from headcount.reconcile.series import DocMeta

DAY = "2031-03-20"

_STOCK = ("Heavy floods have swept through the Zambezi valley in Mozambique since the start of the rains. "
          "According to the International Organization for Migration, in early March there were more than "
          "140,000 internally displaced persons in Mozambique because of the floods.")
_SECOND = "The government's disaster agency gave a lower figure of about 95,000 internally displaced persons."


def _docs(texts: list[tuple[str, str, str]]) -> list[Document]:
    return [Document(id=i, text=t, outlet=o, published=DAY) for i, o, t in texts]


def _analysis(docs: list[Document]) -> Analysis:
    claims: list[Claim] = [c for d in docs for c in extract(d)]
    meta = {d.id: DocMeta(id=d.id, outlet=d.outlet, published=DAY, text=d.text) for d in docs}
    return analyse(claims, meta)


def _figures(a: Analysis, type_: str = "contradiction") -> list[set[str]]:
    return [{a.claims[c].figure for c in f.claims} for f in a.findings if f.type == type_]


# -- rule 1 reads every point: a copy of the stock in another outlet's text does not hide the pair --------------

_WITH_COPY = [("s", "example.org", f"{_STOCK} {_SECOND}"),
              ("c", "example.net", f"{_STOCK} Aid agencies are short of tents.")]


@pytest.mark.parametrize("order", [1, -1], ids=["in order", "reversed"])
def test_a_copy_of_the_stock_in_another_text_leaves_the_two_estimates_compared(order: int) -> None:
    assert _figures(_analysis(_docs(_WITH_COPY[::order]))) == [{"more than 140,000", "about 95,000"}]


@pytest.mark.parametrize("order", [1, -1], ids=["in order", "reversed"])
def test_a_copy_beside_a_figure_with_a_verb_of_its_own_stays_apart(order: int) -> None:
    texts = [("s", "example.org", f"{_STOCK} The provincial government said 250,000 people had been displaced."),
             _WITH_COPY[1]]
    assert _figures(_analysis(_docs(texts[::order]))) == []


def test_a_stored_ledger_keeps_the_pair_when_a_copy_of_the_stock_comes_later(tmp_path: Path) -> None:
    first, copy = _docs(_WITH_COPY)
    found = stored_findings(str(tmp_path / "ledger.db"), [[first], [copy]], "contradiction")
    assert len(found) == 1 and len(found[0].claims) >= 2


# -- rule 1 wants the elliptical figure: one with a verb of its own is a flow, not a second estimate -----------

_NOW = ("About 60,000 people are displaced in Zambezia province, the International Organization for Migration "
        "said. ")


@pytest.mark.parametrize("after", [
    "The provincial government said 210,000 people had been displaced.",
    "The provincial government said the floods had displaced 210,000 people.",
])
def test_a_figure_with_a_verb_of_its_own_beside_a_stock_is_not_an_estimate_of_it(after: str) -> None:
    assert _figures(_analysis(_docs([("s", "example.org", f"{_NOW}{after}")]))) == []


@pytest.mark.parametrize("text", [
    f"{_STOCK} {_SECOND}",
    f"{_NOW}The provincial government gave a higher figure of 210,000 displaced people.",
])
def test_an_elliptical_figure_beside_a_stock_is_still_an_estimate_of_it(text: str) -> None:
    assert len(_figures(_analysis(_docs([("s", "example.org", text)])))) == 1


# -- rule 3 refuses only a part that fits in its whole -----------------------------------------------------------

_PROTEST = ("Police in Lilongwe detained more than 300 people overnight as they broke up a protest outside "
            "parliament, the Malawi Human Rights Commission said on Sunday. ")


def test_a_window_larger_than_the_total_since_its_origin_is_still_flagged() -> None:
    a = _analysis(_docs([("s", "example.org", f"{_PROTEST}The interior ministry said 140 people had been "
                                              "detained since the protests began on Friday.")]))
    assert _figures(a) + _figures(a, "part_whole") == [{"more than 300", "140"}]


def test_a_window_within_the_total_since_its_origin_is_still_a_part() -> None:
    a = _analysis(_docs([("s", "example.org", f"{_PROTEST}The interior ministry said 1,400 people had been "
                                              "detained since the protests began in January.")]))
    assert _figures(a) + _figures(a, "part_whole") == []


# -- rule 2 counts a sentence's figures, not its reports: two equal items are still two items of the list -------

_TOLL = [("t", "example.org", "Flash floods in the highlands of Papua New Guinea have killed 64 people since "
          "Friday, the provincial disaster office said on Tuesday.\n\n")]


def _toll(sentence: str) -> list[set[str]]:
    return _figures(_analysis(_docs([(i, o, t + sentence) for i, o, t in _TOLL])))


def test_a_list_with_two_equal_items_is_still_a_breakdown() -> None:
    assert _toll("Kagua remained the worst-hit district with 28 deaths, followed by Ialibu (11) and Pangia "
                 "(11).") == []


def test_two_equal_figures_of_two_parties_in_one_sentence_are_no_list() -> None:
    assert {"64", "91"} in _toll("The Mendi hospital said 91 people had died, while the Catholic diocese said 91 "
                                 "had died.")
