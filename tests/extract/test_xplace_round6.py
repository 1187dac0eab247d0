"""Places, round 6 (built on half A's errors, kept only when half B held): a figure inside a bracket of
figures after a name. Each rule with a contrast it must leave alone. Sentences written for this file."""

from __future__ import annotations

from place_helpers import location_of as _location
from place_helpers import needs_parse


@needs_parse
def test_a_count_after_a_share_in_the_bracket_is_the_named_places() -> None:
    text = ("Most of the displaced come from Dunmore district (81 percent, over 9,300 people), and from the "
            "districts of Kelby (12 percent, over 1,400 people) and Orrin (2 percent, 230 people), the agency "
            "said.")
    assert "Kelby" in (_location(text, "over 1,400") or "")
    assert _location(text, "230") == "Orrin"


@needs_parse
def test_a_bracket_with_another_name_before_the_figure_is_not_a_gloss() -> None:
    text = "Shelters in Kelby district (in Orrin, 300 families) are full, the agency said."
    assert _location(text, "300") == "Orrin"


@needs_parse
def test_an_indefinite_noun_of_bare_space_leaves_the_place_named_before() -> None:
    text = ("Government troops pushed deeper into eastern Kelby on Sunday. Tens of thousands of residents are "
            "now trapped in a small area, aid workers said.")
    assert _location(text, "Tens of thousands") == "eastern Kelby"


@needs_parse
def test_a_noun_that_says_what_kind_of_space_is_a_place() -> None:
    text = ("Government troops pushed deeper into eastern Kelby on Sunday. A shell hit a busy market area, "
            "killing at least 31 people, aid workers said.")
    assert _location(text, "at least 31") == "a busy market area"


@needs_parse
def test_the_country_is_the_country_named_before_not_the_nearer_city() -> None:
    text = ("He went into hiding in the hills near Tarsk last winter. Lebanon reports that close to 16,000 "
            "Syrians have come across in four weeks, on top of 1.5 million Syrians who took shelter in the "
            "country over the war years.")
    assert _location(text, "1.5 million") == "Lebanon"
    assert _location(text, "close to 16,000") == "Lebanon"


@needs_parse
def test_an_indefinite_country_is_no_place() -> None:
    text = "Aid groups said 8 million people need food in Yemen. It is a country where 4 million have fled."
    assert _location(text, "4 million") == "Yemen"


@needs_parse
def test_a_with_clause_of_its_own_subject_does_not_place_the_figure() -> None:
    text = ("Rebels tightened their hold on eastern Congo this week. The offensive has displaced about 300,000 "
            "people, with many escaping into Uganda.")
    assert _location(text, "about 300,000") == "eastern Congo"


@needs_parse
def test_a_with_phrase_without_a_verb_places_only_its_part() -> None:
    # revised after review 9f: a partitive "with most of the deaths in X" places the part, as "those" does
    # (place_with_asides.py); the whole keeps the paragraph's place
    text = ("Rebels tightened their hold on eastern Congo this week. The shelling killed 40 people, with most of "
            "the deaths in Uganda's border towns.")
    assert _location(text, "40") == "eastern Congo"


@needs_parse
def test_a_total_after_the_worst_hit_part_is_the_wholes() -> None:
    text = ("More than 40,000 people were affected by the floods across Pakistan's province of Sindh, the agency "
            "said.\n\nOfficials said Larkana was the worst-flooded county, accounting for half of the losses.\n\n"
            "In total, about 1,400 people have died, according to the report.")
    assert _location(text, "about 1,400") == "Sindh"


@needs_parse
def test_a_part_named_without_a_superlative_is_still_borrowed() -> None:
    text = ("More than 40,000 people were affected by the floods across Pakistan's province of Sindh, the agency "
            "said.\n\nIt said the rain fell hardest on Sunday in Larkana.\n\n"
            "In total, about 1,400 people have died, according to the report.")
    assert _location(text, "about 1,400") == "Larkana"


@needs_parse
def test_a_headline_name_ends_at_its_possessive() -> None:
    text = ("Herat's Flood Death Toll Rises\n\nRescue teams worked through the night.\n\n"
            "Officials said at least 140 people have died.")
    assert _location(text, "at least 140") == "Herat"


@needs_parse
def test_the_city_with_nothing_named_before_is_the_headlines() -> None:
    text = ("Convoy ready to take civilians out of Tarsk\n\n"
            "A deal has been reached, the coalition said on Saturday.\n\n"
            "The arrangement is meant to spare lives.\n\nThose leaving will be searched.\n\n"
            "The council did not say how many would go.\n\n"
            "Its spokesman said last week that 4,000 civilians were still inside the city.")
    assert _location(text, "4,000") == "Tarsk"


@needs_parse
def test_a_border_with_nothing_named_before_stays_as_written() -> None:
    text = ("Convoy ready to take civilians out of Tarsk\n\n"
            "A deal has been reached, the coalition said on Saturday.\n\n"
            "The arrangement is meant to spare lives.\n\nThose leaving will be searched.\n\n"
            "The council did not say how many would go.\n\n"
            "Its spokesman said last week that 4,000 civilians were waiting at the border.")
    assert _location(text, "4,000") == "the border"


@needs_parse
def test_an_adjective_ending_like_a_superlative_does_not_single_a_part_out() -> None:
    # "modest" ends in -est but is no superlative (tagged JJ): the part is borrowed as any other
    text = ("More than 40,000 people were affected by the floods across Pakistan's province of Sindh, the agency "
            "said.\n\nIt said Larkana, where the homes are modest, lost half of its roads.\n\n"
            "In total, about 1,400 people have died, according to the report.")
    assert _location(text, "about 1,400") == "Larkana"
