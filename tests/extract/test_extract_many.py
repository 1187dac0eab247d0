"""extract_many gives every document exactly the claims extract gives it alone, in fewer calls to the parse.

Batching the parse across documents is only a speed change: a sentence's parse must not depend on what
else is in the batch, and nothing a document leaves behind may reach the next one. The texts are written
for this test in the style of news reports (headlines, datelines, attributions, places named in an earlier
sentence, a pointer place, a report in Spanish, a text with no figure); the dev texts are checked too when
../shared is present.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headcount import extract
from headcount.errors import ExtractionError
from headcount.extract import linguistic
from headcount.extract.pipeline import BATCH_DOCUMENTS, MAX_TEXT_CHARS, extract_each, extract_many
from headcount.models import Document

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "dev.jsonl"

TEXTS = [
    "Floods sweep through Velmora province\n\n"
    "VELMORA, March 3 - Rising rivers have forced some 14,500 residents from their homes in Velmora "
    "province, the regional disaster agency said on Tuesday.\n\n"
    "At least 23 people have died and 61 are missing, according to the agency's spokesman, Ilan Dorsey. "
    "Of the dead, nine were children.",

    "Rescuers reach quake-hit villages\n\n"
    "The earthquake struck before dawn near the mountain town of Karsk. The town's mayor told reporters "
    "that 310 buildings had collapsed.\n\n"
    "Hospitals in the city have treated more than 1,200 injured people, he said. Another 45 were flown "
    "to the capital overnight.",

    "Ferry capsizes off Port Alvane\n\n"
    "A coastguard official said 87 passengers had been rescued after the ferry overturned in heavy seas. "
    "Eleven bodies were recovered, and the search for about 30 others continued on Sunday, the official "
    "added.",

    "Shelling displaced thousands in the east, where 5,300 families now live in schools, the United "
    "Nations refugee agency reported. The agency said a further 2,000 people crossed into the neighbouring "
    "country last week.",

    "Las inundaciones en la provincia de Tarsa dejaron al menos 42 muertos y 3.000 desplazados, informó "
    "el jueves la agencia de protección civil.",

    "The council met on Thursday to discuss the new budget and the repair of the bridge.",

    "",

    "Hundreds of protesters gathered in Dunmore square. Police said 14 officers were hurt and 32 people "
    "were arrested.\n\nThe city's hospitals reported 60 casualties by evening.",
]

PUBLISHED = ["2024-03-05", None, "2023-08-13", "2022-11-02", "2024-06-20", None, None, "2021-05-09"]


def documents() -> list[Document]:
    return [Document(id=f"t{i}", text=t, published=p) for i, (t, p) in enumerate(zip(TEXTS, PUBLISHED, strict=True))]


def test_texts_give_the_claims_one_by_one_gives() -> None:
    docs = documents()
    alone = [extract(d) for d in docs]
    assert sum(len(c) for c in alone) >= 15  # the texts do count people (a test that can fail)
    assert extract_many(docs) == alone


def test_plain_strings_and_options_pass_through() -> None:
    assert extract_many(TEXTS, "2024-01-10") == [extract(t, "2024-01-10") for t in TEXTS]
    assert extract_many(TEXTS, parse=False) == [extract(t, parse=False) for t in TEXTS]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(range(len(TEXTS))), min_size=1, max_size=6))
def test_any_batch_of_the_texts_gives_each_its_own_claims(picks: list[int]) -> None:
    """Whatever stands before or after a document in the batch (itself again included), its claims stay."""
    docs = documents()
    batch = [docs[i] for i in picks]
    assert extract_many(batch) == [extract(d) for d in batch]


def test_a_failed_document_is_its_own_outcome() -> None:
    docs = documents()[:3]
    huge = Document(id="huge", text="x" * (MAX_TEXT_CHARS + 1))
    found = extract_each([docs[0], huge, docs[1], docs[2]])
    assert isinstance(found[1], ExtractionError)
    assert [found[0], found[2], found[3]] == [extract(d) for d in docs]
    with pytest.raises(ExtractionError):
        extract_many([docs[0], huge])


@pytest.mark.skipif(not linguistic.available(), reason="no English spaCy model installed")
def test_one_call_to_the_parse_for_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of the batch: the documents' chosen sentences go to spaCy in one call, not one per document."""
    loaded = linguistic._load()
    assert loaded is not None
    nlp = loaded[0]
    extract(TEXTS[0])  # the one-off parses (trigger lemmas) done first
    real_pipe = nlp.pipe
    calls: list[list[str]] = []

    def recording_pipe(texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        given_texts = list(texts)
        calls.append(given_texts)
        return real_pipe(given_texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    docs = [documents()[i] for i in (0, 2, 3, 7)]
    extract_many(docs)
    many = list(calls)
    calls.clear()
    for d in docs:
        extract(d)
    assert len(many) < len(calls)
    assert sorted(t for c in many for t in c) == sorted(t for c in calls for t in c)  # the same sentences
    assert len(many[0]) >= len(docs)


@pytest.mark.skipif(not DEV.is_file(), reason="../shared/gold/dev.jsonl is not present (the dev texts)")
def test_dev_texts_give_the_claims_one_by_one_gives() -> None:
    from headcount.evaluate import load_gold
    from headcount.evaluate.run import gold_to_document

    docs = [gold_to_document(g) for g in load_gold(str(DEV)).values()]
    many: list[Any] = []
    for i in range(0, len(docs), BATCH_DOCUMENTS):
        many += extract_many(docs[i : i + BATCH_DOCUMENTS])
    alone = [extract(d) for d in docs]
    assert sum(len(c) for c in alone) > 900
    for d, a, b in zip(docs, alone, many, strict=True):
        assert a == b, d.id
