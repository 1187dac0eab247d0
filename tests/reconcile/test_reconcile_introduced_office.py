"""A person quoted by surname speaks for the office the text introduced them with ("Health Minister X")."""

from __future__ import annotations

from headcount.reconcile.names import introduced_as
from headcount.reconcile.parties import default_registry
from headcount.reconcile.party_model import DocContext

TEXT = (
    "BUKAVU, March 3 - Interior Minister Josephine Mbala said on Monday that at least 410 people had been "
    "killed in the fighting in the Democratic Republic of Congo.\n"
    "\"We have counted 410 bodies so far,\" Mbala told reporters."
)


def test_prenominal_title_is_read_back_to_the_first_mention() -> None:
    assert introduced_as("Mbala", TEXT) == "Interior Minister"
    assert introduced_as("Josephine Mbala", TEXT) == "Interior Minister"


def test_a_name_with_no_title_before_it_has_no_office() -> None:
    assert introduced_as("Harlow", "Witnesses met Tom Harlow. Harlow said 12 died.") is None
    assert introduced_as("Mbala", "The minister, Josephine Mbala, said 12 died.") is None


def test_a_minister_quoted_by_surname_speaks_for_the_documents_state() -> None:
    res = default_registry().resolve("Mbala", DocContext(text=TEXT, country="CD"))
    assert res.key == "government-cd"
    assert res.speaker == "Mbala"


def test_a_person_introduced_with_no_office_stays_their_own_party() -> None:
    text = "Farmer Petra Lind said 30 homes burned.\nLind said the water rose fast."
    assert default_registry().resolve("Lind", DocContext(text=text, country="SE")).key == "~lind"
