"""Periods, round 6 (built on half A): constructions that decide whose a window is. Sentences written for
this file in the style of news reports; places and people are invented."""

from __future__ import annotations

from headcount import extract


def _claim(text: str, figure: str, published: str = "2024-03-14"):  # type: ignore[no-untyped-def]
    found = [c for c in extract(text, published=published) if c.figure == figure]
    assert found, f"no claim for {figure!r} in {text!r}"
    return found[0]


def test_a_contrast_conjunction_before_a_figure_opens_its_own_clause() -> None:
    text = ("Hundreds of thousands of people fled the valley during 2023 whereas roughly 12,000 "
            "have fled it since January began.")
    assert _claim(text, "roughly 12,000").period_kind == "cumulative"
    assert _claim(text, "Hundreds of thousands").period_kind == "increment"


def test_a_state_restating_a_flows_figure_stays_a_state_and_its_breakdown_too() -> None:
    text = ("Over 48,300 people were displaced from the district amid the offensive, with the number rising by "
            "over 4,100 in the past five days, the agency said on Friday. "
            "\"Over 48,300 people are displaced from the district as of 11 March,\" the agency said. "
            "The majority of the displaced are from the river towns (over 40,200 individuals), the agency said.")
    assert _claim(text, "Over 48,300").period_kind == "increment"  # the first: the window of the flow
    restated = [c for c in extract(text, published="2024-03-14") if c.figure == "Over 48,300"][1]
    assert restated.period_kind == "stock"
    assert _claim(text, "over 40,200").period_kind == "stock"


def test_a_when_clause_on_an_origin_tells_what_happened_that_day() -> None:
    text = ("The porters had been stranded at the upper camp since Sunday when a rockslide swept the trail "
            "below them, killing 14 villagers and injuring 37.")
    for figure in ("14", "37"):
        claim = _claim(text, figure)
        assert claim.period_kind == "increment"
        assert claim.period == "Sunday"


def test_a_when_clause_ends_the_origin_phrase() -> None:
    text = "At least 640 people have died since 2 June when the rains began, the authority said."
    claim = _claim(text, "At least 640")
    assert claim.period_kind == "cumulative"
    assert claim.period == "since 2 June"


def test_an_incident_word_used_as_a_verb_names_no_incident_for_a_later_toll() -> None:
    text = ("The war in the northern hills has raged for two years. "
            "Residents fear the militias could strike again at any time. "
            "Doctors in the valley counted 57 dead.")
    assert _claim(text, "57").period_kind == "cumulative"


def test_a_count_the_parse_turns_into_a_flow_is_read_again_as_a_flow() -> None:
    # the list of nouns hides the verb from the token rules; the parse finds "left": a flow, not people present
    claim = _claim("Some 64 women, men, children, and older persons finally left the tunnels.", "Some 64")
    assert claim.event == "evacuated"
    assert claim.period_kind != "stock"


def test_people_a_group_has_or_holds_now_are_a_stock() -> None:
    text = "\"The gunmen are holding some 250 hostages in the old school,\" the commander said."
    assert _claim(text, "some 250").period_kind == "stock"
    # taken in an attack: a flow
    taken = "Gunmen abducted 250 villagers in a raid on the old school on Monday."
    assert _claim(taken, "250").period_kind == "increment"


def test_what_a_place_still_has_is_a_stock() -> None:
    text = "\"The district clinic still has some 45 bodies in its cold store,\" the provincial health chief told reporters."
    assert _claim(text, "some 45").period_kind == "stock"
