"""The original of a set of near-duplicates does not depend on the order the documents arrive in: the
earliest (publication date, then fetch time, then id) is the original, every other member a copy of it, and
an earlier copy arriving later re-links the set, its carried claims included."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headcount.models import Claim, Document, document_id
from headcount.store import Entry, Ledger, dedup

BODY = ("Relief agencies said about 2,700 families had left the hill villages by Wednesday after the landslides, "
        "and that 38 people were confirmed dead while teams kept digging near the main road. Local officials "
        "said 115 houses had been destroyed and that the school in the valley was now a shelter for 640 people. ")

# (url, published, fetched_at, text): three copies of one story, a copy of a copy, an unrelated report
DOCS = [
    ("https://first.example/a", "2018-05-02", "2018-05-02T09:00:00+00:00", BODY),
    ("https://second.example/b", "2018-05-02", "2018-05-02T11:00:00+00:00",
     "Updated. " + BODY + "Our correspondent contributed."),
    ("https://third.example/c", "2018-05-04", None, BODY + "Our correspondent contributed. Photo: archive."),
    ("https://fourth.example/d", None, "2018-05-01T08:00:00+00:00", "Wire: " + BODY),
    ("https://other.example/e", "2018-05-01", None,
     "Port officials said 19 containers of medicine were unloaded on Friday for the clinics in the east, where "
     "about 4,000 patients a week are seen, and a further shipment is expected before the end of the month."),
]


def _doc(url: str, published: str | None, fetched: str | None, text: str) -> Document:
    return Document(id=document_id(text, url), text=text, url=url, outlet=url.split("/")[2], published=published,
                    fetched_at=fetched)


def _claims(doc: Document) -> list[Claim]:
    import re

    out = []
    for m in re.finditer(r"\d[\d,]*\d|\d", doc.text):
        v = float(m.group().replace(",", ""))
        out.append(Claim(doc_id=doc.id, start=m.start(), end=m.end(), figure=m.group(), low=v, high=v,
                         sentence=doc.text[max(0, m.start() - 40):m.end() + 40], extractor_version="t"))
    return out


def _state(ledger: Ledger) -> tuple[dict[str, Any], dict[str, Any]]:
    links = {d["id"]: (d["copy_of"], d["similarity"]) for d in ledger.documents()}
    carried = {c["id"]: c["carried_from"] for c in ledger.claims()}
    return links, carried


def _put_all(order: list[int], db: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    with Ledger.open(str(db), create=True) as ledger:
        for i in order:
            doc = _doc(*DOCS[i])
            ledger.put(Entry(doc, _claims(doc), "t"))
        return _state(ledger)


def test_copy_links_follow_the_rule() -> None:
    with tempfile.TemporaryDirectory() as d:
        links, carried = _put_all([0, 1, 2, 3, 4], Path(d) / "l.db")
    ids = [_doc(*x).id for x in DOCS]
    # dated documents come before undated ones; among the same date, the earlier fetch
    assert links[ids[0]] == (None, None)
    assert [links[ids[i]][0] for i in (1, 2, 3)] == [ids[0]] * 3
    assert links[ids[4]] == (None, None)
    assert all(links[ids[i]][1] >= dedup.COPY_THRESHOLD for i in (1, 2, 3))
    assert sum(1 for v in carried.values() if v) == 3 * 4  # each copy carries the original's four figures


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(range(len(DOCS))))
def test_copy_links_do_not_depend_on_arrival_order(order: list[int]) -> None:
    with tempfile.TemporaryDirectory() as d:
        assert _put_all(list(order), Path(d) / "a.db") == _put_all(list(range(len(DOCS))), Path(d) / "b.db")


def test_changed_text_leaves_its_set_and_the_rest_is_relinked(tmp_path: Path) -> None:
    with Ledger.open(str(tmp_path / "l.db"), create=True) as ledger:
        for x in DOCS:
            doc = _doc(*x)
            ledger.put(Entry(doc, _claims(doc), "t"))
        first = _doc(*DOCS[0])
        changed = Document(id=first.id, text=DOCS[4][3] + " Corrected.", url=first.url, outlet=first.outlet,
                           published=first.published, fetched_at=first.fetched_at)
        ledger.put(Entry(changed, _claims(changed), "t"))  # the original now holds another text
        links, carried = _state(ledger)
    ids = [_doc(*x).id for x in DOCS]
    assert links[ids[1]] == (None, None)  # the next earliest of the story is its original now
    assert [links[ids[i]][0] for i in (2, 3)] == [ids[1]] * 2
    assert links[ids[0]][0] == ids[4]  # its new text is a copy of the earlier report
    story_claims = {c: v for c, v in carried.items() if v}
    assert story_claims and all(v in carried and carried[v] is None for v in story_claims.values())
