"""Round 8 of the pairing rules (built on half A): one day's count beside a count with no window reported
that day (``day_counts``), and one party's one count of combatants named two ways in one text
(``named_twice``). The rules meet in one finding: two parties' counts of one surrender, one of them quoted
under the party's own word for the people counted.

Sentences written for these tests, in the style of news; the towns, the cyclone and the siege are made up.
Each positive test fails on the code before the rule (checked by reverting it); a negative case stands
beside each.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from reconcile_helpers import claim, docs
from reconcile_store.stored_state import assert_stored_is_full

from headcount.models import Claim, Document
from headcount.reconcile.checks import CheckOptions, run_checks
from headcount.reconcile.findings import Finding
from headcount.reconcile.pairing import pair
from headcount.reconcile.series import DocMeta, build_series
from headcount.store import Entry, Ledger
from headcount.store.findings_repo import reconcile, stored

DAY = "2031-03-04"
NEXT = "2031-03-05"


def _in_text(text: str, sentence: str, figure: str, low: float, doc: str, **kw: object) -> Claim:
    """A claim of ``figure`` in ``sentence``, itself placed where it stands in the document ``text``."""
    c = claim(doc, sentence, figure, low, **kw)  # type: ignore[arg-type]
    at = text.index(sentence)
    return replace(c, start=c.start + at, end=c.end + at, sentence_start=at)


def _findings(claims: list[Claim], metas: dict[str, DocMeta]) -> list[Finding]:
    return run_checks(build_series(claims, metas), CheckOptions())


# -- one day's count and a count with no window, both reported that day (day_counts) ----------------------

_DAY_TEXT = "On Tuesday the coastguard said it had rescued 412 fishermen from boats wrecked by the cyclone off Quelimane."
_NO_WINDOW = "The navy said 421 fishermen had been rescued from boats wrecked by the cyclone off Quelimane."


def _rescued(doc: str, sentence: str, figure: str, low: float, source: str, day: str | None) -> Claim:
    return claim(doc, sentence, figure, low, event="rescued", category="fishermen", source=source,
                 location="Quelimane", kind="increment", start=day)


def _day_pair(second_published: str, second_day: str | None = None) -> tuple[list[Claim], dict[str, DocMeta]]:
    claims = [_rescued("a", _DAY_TEXT, "412", 412, "the coastguard", DAY),
              _rescued("b", _NO_WINDOW, "421", 421, "the navy", second_day)]
    metas = docs(DocMeta("a", outlet="example.org", published=DAY, text=_DAY_TEXT),
                 DocMeta("b", outlet="example.net", published=second_published, text=_NO_WINDOW))
    return claims, metas


def test_a_day_count_and_a_count_with_no_window_reported_that_day_are_compared() -> None:
    claims, metas = _day_pair(DAY)
    found = [f for f in _findings(claims, metas) if f.type == "contradiction"]
    assert len(found) == 1
    assert "both reported that day" in found[0].explanation
    assert "412" in found[0].explanation and "421" in found[0].explanation


def test_a_count_with_no_window_reported_the_next_day_is_not_that_day() -> None:
    claims, metas = _day_pair(NEXT)
    assert not [f for f in _findings(claims, metas) if f.type == "contradiction"]


def test_a_count_with_its_own_window_of_another_day_is_not_that_day() -> None:
    claims, metas = _day_pair(DAY, second_day="2031-03-03")
    assert not [f for f in _findings(claims, metas) if f.type == "contradiction"]


def test_a_total_the_text_calls_cumulative_is_not_a_day_count() -> None:
    claims, metas = _day_pair(DAY)
    claims[1] = replace(claims[1], period_kind="cumulative")
    series = build_series(claims, metas)
    a, b = (r for s in series for r in s.reports)
    assert not pair(a, b).comparable


# -- one party's one count of combatants named two ways (named_twice) --------------------------------------

_LEAD = "The army said 137 soldiers had surrendered at the grain terminal in Port Valen."
_QUOTE = "\"In the past day 137 militants handed over their weapons at the terminal,\" the army's spokesman said."
_SIEGE = f"{_LEAD} {_QUOTE} Water has run short in the old town."


def _surrendered(text: str, sentence: str, figure: str, low: float, category: str, source: str,
                 doc: str = "s") -> Claim:
    return _in_text(text, sentence, figure, low, doc, event="surrendered", category=category, source=source,
                    location="Port Valen", kind="increment")


def _siege_meta(text: str = _SIEGE) -> dict[str, DocMeta]:
    return docs(DocMeta("s", outlet="example.org", published=DAY, text=text))


def _keys(claims: list[Claim], metas: dict[str, DocMeta]) -> dict[str, str]:
    return {p.claim.figure + "/" + (p.claim.category or ""): str(s.key)
            for s in build_series(claims, metas) for r in s.reports for p in r.points}


def test_one_partys_exact_count_named_soldiers_then_militants_is_one_series() -> None:
    claims = [_surrendered(_SIEGE, _LEAD, "137", 137, "soldiers", "The army"),
              _surrendered(_SIEGE, _QUOTE, "137", 137, "militants", "the army's spokesman")]
    keys = _keys(claims, _siege_meta())
    assert keys["137/militants"] == keys["137/soldiers"] == "surrendered/soldiers/Port Valen"


def test_two_parties_equal_counts_of_soldiers_and_militants_stay_apart() -> None:
    text = f"{_LEAD} Rebel commanders said 137 militants had been taken prisoner at the terminal."
    other = "Rebel commanders said 137 militants had been taken prisoner at the terminal."
    claims = [_surrendered(text, _LEAD, "137", 137, "soldiers", "The army"),
              _surrendered(text, other, "137", 137, "militants", "Rebel commanders")]
    keys = _keys(claims, _siege_meta(text))
    assert keys["137/militants"] != keys["137/soldiers"]


def test_a_hedged_figure_is_not_taken_as_the_same_count() -> None:
    text = _SIEGE.replace("137 militants", "about 137 militants")
    quote = _QUOTE.replace("137 militants", "about 137 militants")
    claims = [_surrendered(text, _LEAD, "137", 137, "soldiers", "The army"),
              replace(_surrendered(text, quote, "about 137", 137, "militants", "the army's spokesman"),
                      approx=True, qualifier="about")]
    keys = _keys(claims, _siege_meta(text))
    assert keys["about 137/militants"] != keys["137/soldiers"]


def test_equal_counts_of_women_and_children_are_two_counts() -> None:
    text = "The health office said 23 women were wounded in the shelling. It said 23 children were wounded too."
    s1, s2 = "The health office said 23 women were wounded in the shelling.", "It said 23 children were wounded too."
    claims = [_in_text(text, s1, "23", 23, "s", event="injured", category="women", source="The health office",
                       location="Port Valen"),
              _in_text(text, s2, "23", 23, "s", event="injured", category="children", source="The health office",
                       location="Port Valen")]
    keys = _keys(claims, _siege_meta(text))
    assert keys["23/women"] != keys["23/children"]


# -- both rules in a stored ledger: the finding cites the party's quoted words ------------------------------

_OTHER = "On Tuesday the regional council said 131 soldiers had surrendered at the grain terminal in Port Valen."


@pytest.fixture
def ledger_path(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


def test_a_stored_ledger_sets_the_quoted_count_against_the_other_partys_day_count(ledger_path: str) -> None:
    siege = [_surrendered(_SIEGE, _LEAD, "137", 137, "soldiers", "The army"),
             _surrendered(_SIEGE, _QUOTE, "137", 137, "militants", "the army's spokesman")]
    other = [replace(_surrendered(_OTHER, _OTHER, "131", 131, "soldiers", "the regional council", doc="o"),
                     period_start=DAY, period_end=DAY)]
    with Ledger.open(ledger_path, create=True) as ledger:
        ledger.put(Entry(Document(id="s", text=_SIEGE, outlet="example.org", published=DAY), siege, "test",
                         source="s"))
        ledger.put(Entry(Document(id="o", text=_OTHER, outlet="example.net", published=DAY), other, "test",
                         source="o"))
        reconcile(ledger.engine)
        found = [f for f in stored(ledger.engine)[1] if f.type == "contradiction"]
        assert_stored_is_full(ledger)
    assert len(found) == 1
    quoted = {c.id for c in siege}
    assert quoted <= set(found[0].claims)  # the lead's 137 and the spokesman's quoted 137
