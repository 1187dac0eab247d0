"""Places, round 7 (built on half B's errors, kept only when half A held): a country in the possessive in
the figure's sentence, and the regions the place keys code by country as containment. Each rule with a
contrast it must leave alone. Sentences written for this file."""

from __future__ import annotations

from place_helpers import location_of as _location
from place_helpers import needs_parse

from headcount.extract.doc_places import country_holding


def test_a_coded_region_lies_in_its_country() -> None:
    assert country_holding("northwestern Rakhine state") == "Myanmar"
    assert country_holding("the Azovstal plant") == "Ukraine"
    assert country_holding("Balochistan") == "Pakistan"


@needs_parse
def test_a_possessive_country_outweighs_another_country_named_before() -> None:
    text = ("More than 300,000 people have crossed into Bangladesh since the crackdown began.\n"
            "The agency's toll far exceeds the estimate from Myanmar's government, which has put the number "
            "of dead in the hundreds.")
    assert _location(text, "hundreds") == "Myanmar"


@needs_parse
def test_a_possessive_country_leaves_a_place_inside_it_named_before() -> None:
    text = ("Shelling went on around the Azovstal plant through the night.\n"
            "Ukraine's defence ministry said that 120 soldiers were wounded on Monday.")
    assert "Azovstal" in (_location(text, "120") or "")


@needs_parse
def test_the_set_a_superlative_ranks_within_is_not_a_place_to_borrow() -> None:
    text = ("Rescuers dug through the rubble in Haiti on Friday.\n"
            "The quake was the deadliest disaster on record in the Americas, and aid has poured in.\n"
            "Officials said the toll had reached 150,000 by Tuesday.")
    assert _location(text, "150,000") == "Haiti"


@needs_parse
def test_a_place_the_superlative_does_not_rank_within_is_still_borrowed() -> None:
    text = ("Rescuers dug through the rubble in Haiti on Friday.\n"
            "The quake struck the Americas on a quiet morning, and aid has poured in.\n"
            "Officials said the toll had reached 150,000 by Tuesday.")
    assert _location(text, "150,000") == "Americas"
