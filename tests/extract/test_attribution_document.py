"""Who says so across a document: the parse first, the token rules as fallback, statements that run on.

The sentences are written for this test in the style of wire copy, about no crisis of the dev set.
"""

from __future__ import annotations

import re

import pytest
from source_helpers import needs_model

from headcount import Claim, extract
from headcount.extract import linguistic
from headcount.extract.version import extractor_version

TEXT = (
    "Floods force 45,000 people from their homes in the delta, UN says\n\n"
    "Henrik Aalto, the deputy spokesman of the relief agency, said at a briefing on Friday that 3,400 people "
    "had been moved to schools. Another 900 were sheltering in tents near the river.\n\n"
    "The country's ambassador to the United Nations said that 75 fishermen were still missing.\n\n"
    "About 1,300 people were evacuated overnight, the interior ministry said, according to the Tanjug news "
    "agency.\n\n"
    "Local officials put the number of dead at 64, while aid groups put it higher, at 81 dead."
)


def by_figure(claims: list[Claim]) -> dict[str, Claim]:
    out: dict[str, Claim] = {}
    for c in claims:
        out.setdefault(c.figure, c)
    return out


@pytest.fixture(scope="module")
def parsed() -> dict[str, Claim]:
    return by_figure(extract(TEXT, published="2024-10-04"))


@pytest.fixture(scope="module")
def rules_only() -> dict[str, Claim]:
    return by_figure(extract(TEXT, published="2024-10-04", parse=False))


@needs_model
@pytest.mark.parametrize(
    ("figure", "source"),
    [
        ("45,000", "UN"),
        ("3,400", "Henrik Aalto, the deputy spokesman of the relief agency"),
        ("900", "Henrik Aalto, the deputy spokesman of the relief agency"),  # the statement runs on
        ("75", "The country's ambassador to the United Nations"),
        ("About 1,300", "the interior ministry"),  # the originator, not the agency that relays it
        ("64", "Local officials"),
        ("81", "aid groups"),
    ],
)
def test_sources_with_the_parse(parsed: dict[str, Claim], figure: str, source: str) -> None:
    assert parsed[figure].source == source


def test_the_rules_alone_still_attribute(rules_only: dict[str, Claim]) -> None:
    """Without the parse (no model, or parse=False) the token rules decide: the same claims come out, and
    the plain constructions keep their party."""
    assert set(rules_only) >= {"45,000", "3,400", "900", "75", "About 1,300", "64"}
    assert rules_only["45,000"].source == "UN"
    assert rules_only["3,400"].source == "Henrik Aalto, the deputy spokesman of the relief agency"
    assert rules_only["64"].source == "Local officials"


@needs_model
def test_the_relay_is_kept_as_via(parsed: dict[str, Claim]) -> None:
    assert parsed["About 1,300"].via == "the Tanjug news agency"


@needs_model
def test_the_parse_changes_only_sources(parsed: dict[str, Claim], rules_only: dict[str, Claim]) -> None:
    """The parse is read by the source stage only: figures, categories and events are the rules' either way."""
    assert set(parsed) == set(rules_only)
    for figure, claim in parsed.items():
        other = rules_only[figure]
        assert (claim.low, claim.high, claim.category, claim.event) == (other.low, other.high, other.category,
                                                                        other.event)


def test_model_id_is_stable_and_named() -> None:
    first = linguistic.model_id()
    assert first == linguistic.model_id()
    if linguistic.available():
        assert re.fullmatch(r"en_core_web_sm-3\.8\.\d+", first)
    else:
        assert first == "none"
    assert extractor_version().endswith("+" + first)
