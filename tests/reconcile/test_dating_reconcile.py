"""Claims of a document no source dates, placed at its approximate date (docs/reconcile.md, "Round 6").

A document with no publication day but an estimate from its text (``DocMeta.approx_date``) is set against
other parties' dated figures for the same period; the order of two figures (who revised whom) is asserted
only when the estimate, a lower bound, can bear it. Sentences written for these tests; places made up.
"""

from __future__ import annotations

from reconcile_helpers import claim, docs

from headcount.reconcile.checks import CheckOptions, run_checks
from headcount.reconcile.findings import Finding
from headcount.reconcile.pairing import not_compared
from headcount.reconcile.series import DocMeta, build_series

_AGENCY = "The relief agency said 1,200 people remain besieged in Eastvale."
_COUNCIL = "The city council said 5,000 people remain besieged in Eastvale."
_DATED = DocMeta("d1", outlet="example.org", published="2031-03-14")


def _stocks() -> list:  # type: ignore[type-arg]
    return [claim("d1", _AGENCY, "1,200", 1200, event="besieged", source="The relief agency",
                  location="Eastvale", kind="stock"),
            claim("d2", _COUNCIL, "5,000", 5000, event="besieged", source="The city council",
                  location="Eastvale", kind="stock")]


def _found(claims: list, d2: DocMeta, d1: DocMeta = _DATED) -> list[Finding]:  # type: ignore[type-arg]
    return run_checks(build_series(claims, docs(d1, d2)), CheckOptions())


def test_an_estimated_documents_figure_meets_another_partys_dated_figure() -> None:
    undated = DocMeta("d2", outlet="example.net")
    assert _found(_stocks(), undated) == []  # no date: compared within its own document only
    estimated = DocMeta("d2", outlet="example.net", approx_date="2031-03-14", dated_by="text")
    found = [f for f in _found(_stocks(), estimated) if f.type == "contradiction"]
    assert len(found) == 1 and set(found[0].claims) == {c.id for c in _stocks()}
    assert "dated by an estimate from the days the text reports, not a publication date" in found[0].explanation


def test_a_month_gives_no_day_to_compare_on() -> None:
    month = DocMeta("d2", outlet="example.net", approx_date="2031-03", dated_by="url_month")
    assert _found(_stocks(), month) == []
    series = build_series(_stocks(), docs(_DATED, month))
    reports = [r for s in series for r in s.reports]
    assert not_compared(reports) == {"dated only to a month: compared within its own document only": 1}


def test_a_publication_day_wins_over_an_approximate_date() -> None:
    both = DocMeta("d2", outlet="example.net", published="2031-03-20", approx_date="2031-03-14", dated_by="text")
    assert [f for f in _found(_stocks(), both) if f.type == "contradiction"] == []  # six days apart


_TOLL = "The Eastvale health office said the death toll in Eastvale had risen to {}."


def _tolls(later: str) -> list:  # type: ignore[type-arg]
    return [claim("d1", _TOLL.format("500"), "500", 500, event="killed", source="The Eastvale health office",
                  location="Eastvale", kind="cumulative"),
            claim("d2", _TOLL.format(later), later, float(later), event="killed",
                  source="The Eastvale health office", location="Eastvale", kind="cumulative")]


def _falls(later: str, d2: DocMeta) -> list[Finding]:
    dated = DocMeta("d1", outlet="example.org", published="2031-03-16")
    return [f for f in _found(_tolls(later), d2, dated) if "fell from" in f.explanation]


def test_no_fall_is_asserted_when_the_estimate_cannot_say_which_came_first() -> None:
    """700 in a text whose latest reported day is 14 March, 500 in one published on 16 March: had the first
    been published on the 14th the toll fell, but it may be from the 17th; which came first is unknown."""
    assert _falls("700", DocMeta("d2", outlet="example.net", published="2031-03-14"))  # dated: a fall
    assert _falls("700", DocMeta("d2", outlet="example.net", approx_date="2031-03-14", dated_by="text")) == []


def test_a_fall_is_asserted_when_the_dated_figure_is_before_the_estimates_lower_bound() -> None:
    """500 published on 16 March, 300 in a text reporting 18 March: the second is surely later."""
    found = _falls("300", DocMeta("d2", outlet="example.net", approx_date="2031-03-18", dated_by="text"))
    assert len(found) == 1 and "from 500 on 2031-03-16 to 300 on 2031-03-18" in found[0].explanation


def test_one_partys_two_figures_are_not_put_in_an_order_an_estimate_cannot_give() -> None:
    same = [claim("d1", _AGENCY, "1,200", 1200, event="besieged", source="The relief agency",
                  location="Eastvale", kind="stock"),
            claim("d2", _AGENCY.replace("1,200", "5,000"), "5,000", 5000, event="besieged",
                  source="The relief agency", location="Eastvale", kind="stock")]
    dated = [f for f in _found(same, DocMeta("d2", outlet="example.net", published="2031-03-14"))
             if f.type == "revision"]
    assert len(dated) == 1 and "and then" in dated[0].explanation
    estimated = [f for f in _found(same, DocMeta("d2", outlet="example.net", approx_date="2031-03-14",
                                                 dated_by="text")) if f.type == "revision"]
    assert len(estimated) == 1 and "and then" not in estimated[0].explanation
    assert "in an order an estimated date cannot tell" in estimated[0].explanation


def test_a_dated_figure_a_day_before_an_estimate_is_not_known_to_come_first() -> None:
    """The estimate is after the publication day in a few texts, mostly by a day (a caption dated the next
    day): 500 on 16 March beside a text reporting 17 March gives no order (``ORDER_MARGIN_DAYS``)."""
    assert _falls("300", DocMeta("d2", outlet="example.net", approx_date="2031-03-17", dated_by="text")) == []


def test_a_dated_fall_is_found_across_an_estimate_between_its_days() -> None:
    """500 on 16 March, 700 in a text reporting 18 March, 300 published on 19 March: the estimate says
    nothing of its order against the 19th, but 500 then 300 is a fall of two dated figures."""
    third = claim("d3", _TOLL.format("300"), "300", 300.0, event="killed", source="The Eastvale health office",
                  location="Eastvale", kind="cumulative")
    metas = docs(DocMeta("d1", outlet="example.org", published="2031-03-16"),
                 DocMeta("d2", outlet="example.net", approx_date="2031-03-18", dated_by="text"),
                 DocMeta("d3", outlet="example.com", published="2031-03-19"))
    found = [f for f in run_checks(build_series([*_tolls("700"), third], metas), CheckOptions())
             if "fell from" in f.explanation]
    assert len(found) == 1 and "from 500 on 2031-03-16 to 300 on 2031-03-19" in found[0].explanation
