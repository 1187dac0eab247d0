"""Round 9 of the pairing rules (built on half B): a change a text tells with only its "from" argument
("the coast guard revised the death toll from 52") gives the party's old value, and the text's own figure for
the count is the new one (``reconcile.revised_from``); a total that only grows, so told to fall, is a revision.

Sentences written for these tests, in the style of news, about a ferry on Lake Tanganyika (no such wreck is
in the data). The claims come from ``extract`` over the written texts, as the product makes them. Each
positive test fails without the rule (checked by removing it); the negatives stand beside them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from stored_findings import stored_findings

from headcount.extract.pipeline import extract
from headcount.models import Document
from headcount.reconcile.analysis import Analysis, analyse
from headcount.reconcile.party_model import DocContext
from headcount.reconcile.party_words import named_body
from headcount.reconcile.revised_from import _validate, from_only
from headcount.reconcile.series import DocMeta

DAY = "2031-05-20"
_LEAD = ("At least 51 people drowned when an overcrowded ferry capsized on Lake Tanganyika near the port of "
         "Kigoma in Tanzania.")


def _analysis(text: str) -> Analysis:
    doc = Document(id="s", text=text, outlet="example.org", published=DAY)
    return analyse(extract(doc), {"s": DocMeta(id="s", outlet="example.org", published=DAY, text=text)})


def _parties(a: Analysis) -> dict[str, str]:
    return {p.claim.figure: p.party.key for s in a.all_series for p in s.points}


def _figures(a: Analysis, type_: str = "revision") -> list[set[str]]:
    return [{a.claims[c].figure for c in f.claims} for f in a.findings if f.type == type_]


def test_a_change_told_from_its_old_value_alone_is_a_fall_to_the_texts_figure() -> None:
    a = _analysis(f"{_LEAD} The coast guard revised the death toll from 52 after divers recounted the bodies.")
    assert _figures(a) == [{"52", "At least 51"}]
    assert _parties(a)["At least 51"] == _parties(a)["52"]  # the text's figure is the coast guard's new word


def test_the_verb_may_be_another_of_change_and_the_noun_another_figure_noun() -> None:
    a = _analysis(f"{_LEAD} The regional police lowered their count of the dead from 55 after a recount.")
    assert _figures(a) == [{"55", "At least 51"}]


def test_a_change_giving_both_values_takes_no_figure_of_the_text() -> None:
    # "from 52 to 49": the sentence gives the new value itself; the lead stays the outlet's own figure
    a = _analysis(f"{_LEAD} The coast guard revised the death toll from 52 to 49 after divers recounted.")
    assert _figures(a) == [{"52", "49"}]
    assert _parties(a)["At least 51"] == "@example.org"


def test_a_rise_so_told_is_the_count_going_on() -> None:
    a = _analysis(f"{_LEAD} The coast guard revised the death toll from 45 after divers found more bodies.")
    assert _figures(a) == [] and _figures(a, "contradiction") == []


def test_two_figures_of_the_text_for_the_count_leave_the_new_value_untold() -> None:
    text = (f"{_LEAD} Another 12 people drowned when a second boat sank nearby on Wednesday. The coast guard "
            "revised the death toll from 52 after divers recounted the bodies.")
    a = _analysis(text)
    assert _figures(a) == []
    assert _parties(a)["At least 51"] == _parties(a)["12"] == "@example.org"


def test_the_outlets_own_old_value_takes_no_party() -> None:
    # the text's own "from 52" is no party's change: nothing to give the lead to
    a = _analysis(f"{_LEAD} The death toll was revised from 52 after divers recounted the bodies.")
    assert _figures(a) == []
    assert set(_parties(a).values()) == {"@example.org"}


@pytest.mark.parametrize("sentence", [
    "The coast guard took statements from 52 survivors on Thursday.",  # "from" after no verb of change
    "The coast guard revised its search plan after 52 bodies came from the lake.",  # no "from" before the figure
    "The coast guard announced a cut in the death toll from 52 after a recount.",  # "a cut": a noun, not a verb
])
def test_from_only_needs_a_verb_of_change_a_figure_noun_and_from(sentence: str) -> None:
    claims = [c for c in extract(Document(id="s", text=f"{_LEAD} {sentence}", published=DAY))
              if c.figure == "52"]
    assert claims and not any(from_only(c) for c in claims)


def test_from_only_reads_the_construction() -> None:
    text = f"{_LEAD} Officials cut their estimate of the dead from 58 on Friday."
    claims = [c for c in extract(Document(id="s", text=text, published=DAY)) if c.figure == "58"]
    assert claims and all(from_only(c) for c in claims)


@pytest.mark.parametrize(("table", "problem"), [
    (None, "must be a table"),
    ({"verbs": [], "reach": 6}, "'verbs'"),
    ({"verbs": ["revised"], "reach": 40}, "'reach'"),
])
def test_the_lexicon_is_validated(table: dict[str, Any] | None, problem: str) -> None:
    data: dict[str, Any] = {} if table is None else {"revised_from": table}
    assert any(problem in p for p in _validate(data))


# -- in a stored ledger: the revision is found, and a stored reconcile equals a full one ----------------------

@pytest.fixture
def ledger_path(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


def test_a_stored_ledger_reports_the_told_fall(ledger_path: str) -> None:
    text = f"{_LEAD} The coast guard revised the death toll from 52 after divers recounted the bodies."
    doc = Document(id="s", text=text, outlet="example.org", published=DAY)
    other = Document(id="o", text="Divers searched the lake near Kigoma for a third day.", outlet="example.net",
                     published=DAY)
    found = stored_findings(ledger_path, [[doc, other]], "revision")
    assert len(found) == 1 and len(found[0].claims) == 2


# -- parties (from the reports on crises in no data, BUGS-reconcile): who a named source is ---------------------

def _party_of(text: str, figure: str) -> tuple[str, str]:
    doc = Document(id="p", text=text, outlet="example.org", published=DAY)
    a = analyse(extract(doc), {"p": DocMeta(id="p", outlet="example.org", published=DAY, text=text)})
    got = {(p.party.key, p.party.how) for s in a.all_series for p in s.points if p.claim.figure == figure}
    assert len(got) == 1, got
    return got.pop()


_SOFALA = ("The death toll in the fighting around Sofala has risen to 71 civilians, the Sofala district civil "
           "society coordination said on Sunday.")


def test_a_body_named_with_a_proper_name_and_an_unlisted_head_noun_is_its_own_party() -> None:
    key, how = _party_of(_SOFALA, "71")
    assert how == "unknown" and key.startswith("~") and "sofala" in key  # not the outlet's own voice


@pytest.mark.parametrize(("source", "named"), [
    ("the Kanda district youth council", True),
    ("Save the Children charity", True),
    ("an official toll", False),  # no proper name: a fragment, the outlet's voice
    ("told Reuters", False),  # ends in the name: read by the other rules
    ("said on Monday", False),
    ("late on Monday evening", False),  # a day is a date, not a body's name
    ("said in Sunday's statement", False),  # and so is a day's possessive
    ("the council of", False),  # ends in a function word
])
def test_named_body_reads_a_proper_name_before_a_common_head(source: str, named: bool) -> None:
    assert named_body(source) is named


def test_an_officer_named_with_its_is_not_the_documents_state() -> None:
    text = (f"{_SOFALA} Its president, Amadou Tembo, said the bodies of nine people had been found on Saturday in "
            "the village of Kanda in Mozambique.")
    assert _party_of(text, "nine")[0] == "~amadou tembo"  # the officer, named without the determiner


def test_a_president_with_no_possessive_is_still_the_documents_state() -> None:
    text = ("Floods swept the village of Kanda in Mozambique on Saturday. The president said the bodies of nine "
            "people had been found in Kanda.")
    assert _party_of(text, "nine")[0] == "government-mz"


def test_a_capitalised_possessive_inside_a_bodys_name_is_not_its_owner() -> None:
    # "People's Defence Force": the words after the possessive are the body's own name, not a person of "People"
    text = ("At least 31 people were killed when a jet bombed a clinic in Kanda on Tuesday, according to the local "
            "People's Defence Force.")
    key, _ = _party_of(text, "At least 31")
    assert key != "~people" and "defence force" in key


def test_an_organisations_named_spokesman_is_still_its_member() -> None:
    text = ("The Mozambique Red Cross's spokesman Tomas Lemba said 31 people were killed in Kanda on Tuesday. "
            "Lemba said rescuers were still searching.")
    assert _party_of(text, "31")[0] != "@example.org"


@pytest.mark.parametrize(("text", "country"), [
    ("\"They let us in at dawn,\" a survivor said. Police in Chennai said six died in India.", "IN"),
    ("\"They let us in at dawn,\" a survivor said of the crush at the temple.", None),  # the pronoun is no state
    ("The U.S. military said six sailors died in the storm.", "US"),
    ("US officials said six died in the storm.", "US"),
])
def test_a_short_country_name_counts_only_in_capitals(text: str, country: str | None) -> None:
    assert DocContext.build([text]).country == country


def test_a_countrys_civil_defence_named_generically_elsewhere_is_not_the_registrys() -> None:
    text = ("The Office of Civil Defense in Bicol reported a toll of 31 dead in the Philippines after the "
            "typhoon struck Catanduanes.")
    assert _party_of(text, "31")[0] == "government-ph"  # the state's own office, not the outlet's voice


def test_the_civil_defence_in_a_text_about_its_own_country_is_still_the_registrys() -> None:
    text = "The civil defence said 31 people were killed in air strikes on Idlib in Syria on Tuesday."
    assert _party_of(text, "31")[0] == "white-helmets"


def test_a_one_word_name_of_a_body_of_another_country_is_still_that_body() -> None:
    text = "Hezbollah said 31 fighters were killed in Israeli strikes near the border on Tuesday, Israel said."
    assert _party_of(text, "31")[0] == "hezbollah"
