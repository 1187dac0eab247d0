"""Dates for documents that no source dates: a URL's month, and an estimate from the days the text reports
(headcount/ingest/dates.py ``dating_from_content``, headcount/ingest/text_dates.py).

The texts are written for the project in the style of news reports; places and parties are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from headcount.extract.pipeline import extract
from headcount.ingest.dates import Dating, date_label, dating_from_content, document_dating, url_month
from headcount.ingest.jsonl import document_from_record
from headcount.ingest.text import text_document
from headcount.ingest.text_dates import estimated_date, mentioned_dates
from headcount.store.ledger import Entry, Ledger
from headcount.store.tables import documents

_REPORT = ("Some 2,300 people fled Eastvale on 12 March 2025, the relief agency said. By 14 March, another "
           "900 had reached the camps at Northmoor, it added.")


def test_a_url_with_year_and_month_dates_the_document_to_that_month() -> None:
    assert url_month("https://news.example.org/2025/03/eastvale-exodus") == (2025, 3)
    assert url_month("https://news.example.org/2025/03/14/eastvale-exodus") is None  # a full date: url_date's
    assert url_month("https://news.example.org/2025/13/eastvale") is None
    text = "Hundreds of families left Eastvale after the shelling, the relief agency said."
    got = dating_from_content(text, "https://news.example.org/2025/03/eastvale-exodus")
    assert got == Dating(None, "url_month", "2025-03")  # a month: no day is invented
    assert got.precision == "month"


def test_a_month_url_gives_the_year_to_the_days_the_text_reports() -> None:
    got = dating_from_content(_REPORT.replace(" 2025", ""), "https://news.example.org/2025/03/eastvale")
    assert got == Dating(None, "text", "2025-03-14")
    assert got.precision == "estimate"


def test_the_estimate_is_the_latest_day_the_text_reports() -> None:
    got = dating_from_content(_REPORT, "https://news.example.org/eastvale-exodus")
    assert got == Dating(None, "text", "2025-03-14")
    assert got.published is None  # an estimate is never a publication date
    assert got.precision == "estimate"


def test_a_dateline_still_wins_over_an_estimate() -> None:
    got = dating_from_content("EASTVALE, March 16, 2025 (Wire) - " + _REPORT, None)
    assert got == Dating("2025-03-16", "dateline")


@pytest.mark.parametrize("future", [
    "Talks on a ceasefire will resume in Northmoor on 20 March 2025, the mediators said.",
    "A donor conference is scheduled for 2 April 2025 in Northmoor.",
])
def test_a_date_in_a_statement_about_the_future_is_not_the_documents(future: str) -> None:
    assert estimated_date(f"{_REPORT} {future}") == dt.date(2025, 3, 14)


def test_a_day_without_a_year_anywhere_is_not_dated() -> None:
    assert estimated_date("On 12 March some 2,300 people fled Eastvale, the relief agency said.") is None


def test_a_yearless_day_takes_the_year_nearest_the_texts_other_dates() -> None:
    text = ("Fighting that began in December 2024 has displaced 40,000 people; on 2 January another 600 crossed "
            "into Northmoor, the agency said.")
    assert estimated_date(text) == dt.date(2025, 1, 2)


def test_a_day_and_month_that_are_part_of_a_name_are_no_date() -> None:
    text = ("Fighters of the March 23 Movement entered Eastvale on February 2, 2025, and the agency counted "
            "1,100 dead.")
    assert [m.day for m in mentioned_dates(text)] == [dt.date(2025, 2, 2)]


def test_a_month_name_in_lower_case_is_a_verb_not_a_date() -> None:
    assert estimated_date("Officials said on 3 June 2025 that the toll may 5 times exceed the first count.") \
        == dt.date(2025, 6, 3)


def test_nothing_after_the_fetch_time_is_taken() -> None:
    assert estimated_date(_REPORT, fetched=dt.date(2025, 3, 13)) == dt.date(2025, 3, 12)


def test_a_jsonl_record_without_a_date_gets_an_estimate_and_no_publication_date() -> None:
    doc = document_from_record({"id": "e1", "text": _REPORT, "url": "https://news.example.org/eastvale"}, "t:1")
    assert (doc.published, doc.dated_by, doc.approx_date) == (None, "text", "2025-03-14")
    given_doc = document_from_record({"id": "e2", "text": _REPORT, "published": "2025-03-15"}, "t:2")
    assert (given_doc.published, given_doc.dated_by, given_doc.approx_date) == ("2025-03-15", "given", None)


def test_relative_periods_never_resolve_against_an_estimate() -> None:
    """'since Thursday' needs the publication day; an estimate is only a lower bound of it."""
    text = _REPORT + " Since Thursday, 450 more people have left Eastvale, the agency said."
    doc = document_from_record({"id": "e3", "text": text}, "t:3")
    assert doc.published is None and doc.approx_date == "2025-03-14"
    since = [c for c in extract(doc) if c.figure == "450"]
    assert since and all(c.period_start is None for c in since)


def test_the_stored_dating_is_consistent() -> None:
    assert document_dating("2025-03-15", "text", "2025-03-14") == Dating("2025-03-15", "given")
    assert document_dating("2025-03-15", "dateline", None) == Dating("2025-03-15", "dateline")
    assert document_dating(None, "text", "2025-03-14") == Dating(None, "text", "2025-03-14")
    assert document_dating(None, "given", "2025-03-14") == Dating()
    assert document_dating(None, "text", "2025-03-20", fetched_at="2025-03-16T10:00:00Z") == Dating()


def test_a_reader_is_told_how_an_undated_document_was_dated() -> None:
    assert date_label("2025-03-15", "given") == "2025-03-15"
    assert date_label(None, "text", "2025-03-14") == "2025-03-14 or later, dated by an estimate from the text"
    assert date_label(None, "url_month", "2025-03") == "2025-03, dated by the month in its URL"
    assert date_label(None, None, None) == "undated"


def test_the_ledger_keeps_the_estimate_apart_from_the_publication_date(ledger_db: str) -> None:
    doc = document_from_record({"id": "e4", "text": _REPORT, "url": "https://news.example.org/eastvale"}, "t:4")
    with Ledger.open(ledger_db, create=True) as ledger:
        ledger.put(Entry(doc, extract(doc), "t", source="t:4"))
        rows = list(ledger.claims())
        with ledger.engine.connect() as conn:
            got = conn.execute(select(documents.c.published, documents.c.dated_by, documents.c.date_precision,
                                      documents.c.approx_date)).one()
    assert rows and all(r["published"] is None for r in rows)
    assert {(r["dated_by"], r["approx_date"]) for r in rows} == {("text", "2025-03-14")}
    assert tuple(got) == (None, "text", "estimate", "2025-03-14")


_words = st.sampled_from(["On", "on", "the", "agency", "said", "will", "March", "Dec.", "May", "may", "2025",
                          "1999", "12", "31", "3", "2025-03-14", "2025-02-30", "Movement", ",", ".", "\n", "by",
                          "September", "scheduled", "for", "fled", "Eastvale", "29", "Feb", "2032"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_words, max_size=40), st.none() | st.dates(dt.date(1995, 1, 1), dt.date(2040, 12, 31)),
       st.sampled_from([None, "https://example.org/2025/03/x", "https://example.org/2025/03/14/x",
                        "https://example.org/x"]))
def test_the_estimate_is_a_mentioned_day_never_after_the_fetch_time_or_the_urls_month(
        words: list[str], fetched: dt.date | None, url: str | None) -> None:
    text = " ".join(words)
    got = estimated_date(text, url=url, fetched=fetched)  # never raises
    if got is None:
        return
    assert got in {m.day for m in mentioned_dates(text, year_month=(2025, 3) if url and "/2025/03/" in url
                                                   else None)}
    if fetched is not None:
        assert got <= fetched
    if url and "/2025/03/" in url:
        assert got <= dt.date(2025, 3, 31)
    dating = dating_from_content(text, url, fetched=fetched)
    assert dating.published is None or dating.dated_by in ("dateline", "url")


def test_a_date_in_the_future_is_never_the_estimate() -> None:
    """A JSONL record has no fetch time: the day it is ingested bounds the estimate ("set for" is no modal)."""
    text = _REPORT + " Elections are set for 20 December 2999."
    doc = document_from_record({"id": "e4", "text": text}, "t:4")
    assert (doc.dated_by, doc.approx_date) == ("text", "2025-03-14")
    assert document_dating(None, "text", "2999-12-20") == Dating()  # made elsewhere, after today: dropped


def test_the_fetch_time_bounds_the_estimate_of_a_fetched_page_or_text() -> None:
    """Fetched on 13 March, a text reporting 12 and 14 March is dated 12 March (the latest day on or before
    the fetch), not left undated because its latest day is after the fetch."""
    got = text_document(_REPORT.encode(), "t1", "t1", fetched_at="2025-03-13T08:00:00Z")
    assert (got.dated_by, got.approx_date) == ("text", "2025-03-12")


def test_due_to_is_causal_and_set_for_schedules() -> None:
    assert estimated_date("Deaths due to the flooding on 12 March 2025 rose to 40, the office said.") \
        == dt.date(2025, 3, 12)
    assert estimated_date(f"{_REPORT} A vote is due on 2 April 2025.") == dt.date(2025, 3, 14)
    assert estimated_date(f"{_REPORT} They'll meet on 2 April 2025.") == dt.date(2025, 3, 14)
    assert estimated_date(f"{_REPORT} Elections are set for 20 April 2025.") == dt.date(2025, 3, 14)
