"""The parse is asked only for the sentences that need it, in as few calls as it can.

The real spaCy pipeline is instrumented (its ``pipe`` records what it is given and passes it on); the
extractor itself runs unchanged. The texts are written for this test.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from headcount import extract
from headcount.extract import linguistic

pytestmark = pytest.mark.skipif(not linguistic.available(), reason="no English spaCy model installed")


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Each call to the pipeline, as the list of texts it was given."""
    loaded = linguistic._load()
    assert loaded is not None
    nlp = loaded[0]
    extract("Officials said 12 people were hurt in Tarvik.")  # the one-off parses (trigger lemmas) done first
    real_pipe = nlp.pipe
    calls: list[list[str]] = []

    def recording_pipe(texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        given = list(texts)
        calls.append(given)
        return real_pipe(given, **kwargs)

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    return calls


# One figure that counts people, in a sentence that names its place; the other paragraphs hold no figure,
# or figures that count no one (money, a year, a percentage).
ONE_FIGURE = (
    "Storm lashes northern coast\n\n"
    "Heavy rain fell across the coastal provinces for a third day on Tuesday, officials said.\n\n"
    "The regional governor asked residents to stay indoors and keep away from the rivers. Schools and "
    "markets stayed shut.\n\n"
    "At least 1,250 people were evacuated from low-lying villages near Port Delmar, the civil protection "
    "agency said.\n\n"
    "The government has set aside $40 million for repairs, up 12 percent on the sum spent in 2021. "
    "Forecasters expect the rain to ease by Thursday."
)
FIGURE_SENTENCE = ("At least 1,250 people were evacuated from low-lying villages near Port Delmar, the civil "
                   "protection agency said.")


def test_only_the_counting_sentence_is_parsed(parsed: list[list[str]]) -> None:
    claims = extract(ONE_FIGURE)
    assert [c.low for c in claims] == [1250]
    assert [text.strip() for call in parsed for text in call] == [FIGURE_SENTENCE]


def test_no_parse_asked_without_the_parse(parsed: list[list[str]]) -> None:
    assert [c.low for c in extract(ONE_FIGURE, parse=False)] == [1250]
    assert parsed == []


# The figure's sentence names no place: the places stage reads the sentence before it, which names one.
LOOKS_BACK = (
    "Clashes near the border\n\n"
    "Fighting broke out overnight around the market town of Velgora. "
    "By morning, 86 families had fled their homes, a local official told reporters.\n\n"
    "Talks between the two sides are due to resume next week."
)


def test_the_sentence_looked_back_to_joins_the_one_batch(parsed: list[list[str]]) -> None:
    claims = extract(LOOKS_BACK)
    assert [c.low for c in claims] == [86]
    assert claims[0].location == "Velgora"
    assert len(parsed) == 1  # one call to the pipeline for the document
    assert sorted(text.strip()[:20] for text in parsed[0]) == ["By morning, 86 famil", "Fighting broke out o"]
