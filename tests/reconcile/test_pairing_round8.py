"""Round 8 of the pairing rules (built on half A), as narrowed after review: one party's one count of
combatants named two ways in one text (``named_twice``), once in the text's own words and once inside the
party's quoted words, is one count. Rule 1 of the round (a day's count beside a count with no window reported
that day) was removed after review: it raised false alerts between two same-day reports of a multi-day event.

Sentences written for these tests, in the style of news; the towns and the siege are made up. The claims
come from ``extract`` over the written texts, as the product makes them. The positive tests fail without the
rule (checked by removing it); the negatives are the one-party cases the review named.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from reconcile_helpers import claim, docs
from reconcile_store.stored_state import assert_stored_is_full

from headcount.extract.pipeline import extract
from headcount.models import Claim, Document
from headcount.reconcile.series import DocMeta, points_of
from headcount.store import Entry, Ledger
from headcount.store.findings_repo import reconcile, stored

DAY = "2031-03-04"


def _keys(text: str) -> dict[str, str]:
    """Each extracted figure with its group word, and the series key the claim is filed under."""
    claims = extract(Document(id="s", text=text, published=DAY))
    return {f"{p.claim.figure}/{p.claim.category}": str(p.key)
            for p in points_of(claims, {"s": DocMeta(id="s", published=DAY, text=text)})}


_LEAD = "The army said 137 soldiers surrendered at the grain terminal in Port Valen on Tuesday."
_QUOTE = "\"On Tuesday 137 militants surrendered to our troops at the terminal,\" the army's spokesman said."
_SIEGE = f"{_LEAD} {_QUOTE}"


def test_one_partys_count_in_its_own_words_and_quoted_is_one_series() -> None:
    keys = _keys(_SIEGE)
    assert keys["137/militants"] == keys["137/soldiers"] == "surrendered/soldiers/Port Valen"


def test_a_quotation_after_a_colon_is_the_partys_words_too() -> None:
    text = ("The army said 58 soldiers surrendered at the grain terminal in Port Valen on Tuesday. An army "
            "spokesman said: \"58 gunmen surrendered to our troops on Tuesday.\"")
    keys = _keys(text)
    assert keys["58/gunmen"] == keys["58/soldiers"]


@pytest.mark.parametrize("quote", ["\"We killed 12 insurgents near the terminal,\" the army's spokesman said.",
                                   "\"Our troops killed 12 militants at the terminal,\" the army's spokesman said."])
def test_a_partys_own_dead_and_the_enemy_it_killed_stay_apart(quote: str) -> None:
    # a harm: the party's own losses in its words and the enemy it killed in its quoted words are two counts
    keys = _keys(f"The army said 12 soldiers were killed in clashes in Port Valen on Tuesday. {quote}")
    assert len(set(keys.values())) == 2, keys


def test_a_lead_recapped_in_the_texts_own_words_and_quoted_once_is_one_series() -> None:
    # the text's own naming twice (a lead and its recap further down) and the party's quoted naming once
    recap = "On Tuesday 137 soldiers laid down their arms at the terminal in Port Valen, the army added."
    keys = _keys(f"{_LEAD} {recap} {_QUOTE}")
    assert len(keys) == 2 and len({v for k, v in keys.items() if k.startswith("137/")}) == 1


def test_a_group_both_quoted_and_not_is_no_second_naming() -> None:
    # the quoted words name both groups: they are the party's two counts, not one count named twice
    text = (f"{_LEAD} \"137 soldiers and 137 militants were counted at the terminal,\" the spokesman said.")
    keys = _keys(text)
    assert keys["137/militants"] != keys["137/soldiers"]


def test_equal_counts_of_two_groups_in_one_sentence_stay_apart() -> None:
    keys = _keys("The army said 3 soldiers and 3 militants were killed in clashes in Port Valen on Monday.")
    assert keys["3/militants"] != keys["3/soldiers"]


def test_a_second_group_also_killed_stays_apart() -> None:
    keys = _keys("The army said 12 soldiers were killed in the clashes in Port Valen on Monday. "
                 "It said 12 insurgents were also killed.")
    assert keys["12/insurgents"] != keys["12/soldiers"]


def test_two_sentences_neither_quoted_stay_apart() -> None:
    keys = _keys("The army said 12 soldiers were killed in the clashes in Port Valen on Monday. "
                 "It said 12 insurgents were killed.")
    assert keys["12/insurgents"] != keys["12/soldiers"]


def test_two_parties_equal_counts_of_soldiers_and_militants_stay_apart() -> None:
    keys = _keys(f"{_LEAD} \"On Tuesday 137 militants were taken prisoner,\" the rebel commander Idris Oduya said.")
    assert keys.get("137/militants") != keys["137/soldiers"]


def test_a_hedged_figure_is_not_taken_as_the_same_count() -> None:
    keys = _keys(_SIEGE.replace("137 militants", "about 137 militants"))
    assert keys["about 137/militants"] != keys["137/soldiers"]


def _in_text(text: str, sentence: str, figure: str, low: float, **kw: object) -> Claim:
    c = claim("s", sentence, figure, low, **kw)  # type: ignore[arg-type]
    at = text.index(sentence)
    return replace(c, start=c.start + at, end=c.end + at, sentence_start=at)


def test_equal_counts_of_women_and_children_are_two_counts() -> None:
    s1, s2 = "The health office said 23 women were wounded in the shelling.", "\"23 children were wounded,\" it said."
    text = f"{s1} {s2}"
    claims = [_in_text(text, s, "23", 23, event="injured", category=g, source="The health office",
                       location="Port Valen") for s, g in ((s1, "women"), (s2, "children"))]
    pts = points_of(claims, docs(DocMeta("s", outlet="example.org", published=DAY, text=text)))
    assert pts[0].key != pts[1].key


# -- in a stored ledger: the finding against another party cites the party's quoted words -------------------

_OTHER = "The regional council said 131 soldiers surrendered at the grain terminal in Port Valen on Tuesday."


@pytest.fixture
def ledger_path(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


def test_a_stored_ledger_sets_the_quoted_count_against_the_other_partys_count(ledger_path: str) -> None:
    siege_doc = Document(id="s", text=_SIEGE, outlet="example.org", published=DAY)
    other_doc = Document(id="o", text=_OTHER, outlet="example.net", published=DAY)
    siege, other = extract(siege_doc), extract(other_doc)
    with Ledger.open(ledger_path, create=True) as ledger:
        ledger.put(Entry(siege_doc, siege, "test", source="s"))
        ledger.put(Entry(other_doc, other, "test", source="o"))
        reconcile(ledger.engine)
        found = [f for f in stored(ledger.engine)[1] if f.type == "contradiction"]
        assert_stored_is_full(ledger)
    assert len(found) == 1
    assert len(set(found[0].claims)) == 3  # the lead's 137, the spokesman's quoted 137 and the council's 131
