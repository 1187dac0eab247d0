"""Publication dates from a document's own dateline or its URL's dated path (headcount/ingest/dates.py).

The texts are written for the project in the shape of wire copy and web pages; none is taken from news.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from headcount.ingest.dates import dateline_date, published_from_content, url_date, url_year
from headcount.ingest.jsonl import document_from_record
from headcount.ingest.text import text_document


@pytest.mark.parametrize(("text", "want"), [
    ("AMMAN, Jan 9 (Reuters) - About 1,200 people crossed the border overnight, officials said.", None),
    ("AMMAN, Jan 9, 2021 (Reuters) - About 1,200 people crossed the border overnight.", "2021-01-09"),
    ("Nairobi, 3 March 2019 - The agency said 4,000 families had been displaced.", "2019-03-03"),
    ("KHARTOUM, Sept. 14, 2023 (AP) — Fighting forced 600 residents to flee.", "2023-09-14"),
    (" date 2024-05-02 Flood waters rose again as 300 villagers were moved.", "2024-05-02"),
    ("2019-11-30T08:15:00+00:00\nMenu\nSome 90 migrants were rescued off the coast.", "2019-11-30"),
    ("Tue Jun 4, 2019 10:02:11\n\nA convoy left the city with 250 people aboard.", "2019-06-04"),
    ("Quake toll rises\n\nPosted at Aug 21 2016 09:40 AM\n\nRescuers found 35 more bodies.", "2016-08-21"),
])
def test_dateline_date_reads_wire_and_page_datelines(text: str, want: str | None) -> None:
    got = dateline_date(text)
    assert (got.isoformat() if got else None) == want


@pytest.mark.parametrize("text", [
    # a date inside the first sentence is an event's day, not the day of publication
    "On 3 March 2019 the ministry said 4,000 families had been displaced.",
    "Officials said that on Jan 9, 2021 some 1,200 people crossed the border.",
    "The floods that began on 14 June 2022 have displaced 33,000 people, the agency said.",
    # a date far down the text is never a dateline
    "Rescuers kept digging.\n\n\n\n\n\nMore lines.\nAMMAN, Jan 9, 2021 (Reuters) - text",
])
def test_dateline_date_ignores_dates_in_sentences(text: str) -> None:
    assert dateline_date(text) is None


def test_a_yearless_dateline_takes_the_year_of_the_url() -> None:
    text = "DAVAO CITY (Coastline News / 13 October) — Some 40 hostages were freed."
    url = "https://example.org/top-stories/2017/10/hostages-freed/"
    assert url_year(url) == 2017
    assert published_from_content(text, url) == "2017-10-13"
    assert published_from_content(text, None) is None  # no year anywhere: not guessed


@pytest.mark.parametrize(("url", "want"), [
    ("https://example.org/2016/12/14/convoy-leaves/", "2016-12-14"),
    ("https://example.org/news/2018/7/5/aid-reaches-port", "2018-07-05"),
    ("https://example.org/en/20180328-rebels-reach-north", "2018-03-28"),
    ("https://example.org/news/2016/dec/08/old-city-retaken/", "2016-12-08"),
    ("https://example.org/story/2016-12-22/observers-deployed", "2016-12-22"),
    ("https://example.org/article/12736367", None),  # an id, not a date
    ("https://example.org/a/20161399-slug", None),  # not a calendar date
    ("https://example.org/list?from=2016/12/14/", None),  # a query string is not a path
    (None, None),
])
def test_url_date(url: str | None, want: str | None) -> None:
    got = url_date(url)
    assert (got.isoformat() if got else None) == want


def test_the_dateline_comes_before_the_url_date() -> None:
    text = "GENEVA, 2 May 2022 - The agency said 500 people had been evacuated."
    assert published_from_content(text, "https://example.org/2022/05/01/evacuation") == "2022-05-02"


def test_documents_without_a_date_take_their_dateline() -> None:
    doc = text_document(b"MOSUL, Nov 4, 2016 - Some 22,000 people have fled, officials said.", "d1", "f.txt")
    assert doc.published == "2016-11-04"
    given_date = text_document(b"MOSUL, Nov 4, 2016 - Some 22,000 people fled.", "d2", "f.txt",
                               published="2016-11-05")
    assert given_date.published == "2016-11-05"  # a date given by the caller wins
    rec = document_from_record({"text": "Some 22,000 people fled.", "url": "https://x.org/2016/11/04/a"}, "l:1")
    assert rec.published == "2016-11-04"
    rec2 = document_from_record({"text": "Some 22,000 people fled.", "published": "2016-11-06",
                                 "url": "https://x.org/2016/11/04/a"}, "l:2")
    assert rec2.published == "2016-11-06"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_any_valid_date_in_a_url_path_round_trips(day: dt.date) -> None:
    for url in (f"https://example.org/{day.year}/{day.month:02d}/{day.day:02d}/slug",
                f"https://example.org/{day.year}/{day.month}/{day.day}/slug",
                f"https://example.org/{day:%Y%m%d}-slug"):
        assert url_date(url) == day


@given(st.text(max_size=400))
def test_dateline_date_never_fails_and_is_a_real_date(text: str) -> None:
    got = dateline_date(text)
    assert got is None or 1990 <= got.year <= 2100
