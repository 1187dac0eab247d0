"""Events and periods read from constructions (issue 11, third round): a figure that gives the value of a
bare noun of a number, the object of a verb whose subject is the recipient, a predicate over a
prepositional modifier of the counted noun, a part with a window of its own, a series of incidents counted
to date, and a date that opens the clause of a statement; and the lexicon tables the rules read through
the validated Rules.

Every sentence is written for this file (no run of words from the dev texts); each construction has at
least two sentences in different words so that a phrase match cannot pass them all.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from headcount import extract
from headcount.errors import LexiconError
from headcount.extract import linguistic
from headcount.extract.rules import _validate_events, _validate_periods, rules
from headcount.lexicons import load
from headcount.models import Claim

needs_model = pytest.mark.skipif(not linguistic.available(), reason="needs the English spaCy model")


def _claims(text: str, figure: str) -> list[Claim]:
    claims = [c for c in extract(text, published="2024-05-20") if c.figure == figure]
    assert claims, f"no claim for {figure!r} in {text!r}"
    return claims


def _claim(text: str, figure: str) -> Claim:
    return _claims(text, figure)[0]


@needs_model
@pytest.mark.parametrize(
    ("text", "figure", "event", "kind"),
    [
        # the antecedent two sentences back, and an adjective between the article and the noun
        ("Officials said 3,150 villagers were missing after the mudslide. Rescuers searched through the night. "
         "By morning the provincial office said the official number was 2,900.", "2,900", "missing", "stock"),
        # the figure modifies the noun of a number; a verb of arriving near it is not an arrival
        ("The governor said 1,480 people had died in the cyclone. Reporters later asked how the 1,480 figure "
         "was arrived at.", "1,480", "killed", "cumulative"),
    ],
)
def test_value_of_a_bare_number_noun_restates_the_count_before(text: str, figure: str, event: str,
                                                                kind: str) -> None:
    last = _claims(text, figure)[-1]
    assert (last.event, last.period_kind) == (event, kind)


@needs_model
def test_a_number_noun_with_its_own_of_phrase_is_not_a_restatement() -> None:
    """'the number of people evacuated was 800' names its own event; it does not copy the count before."""
    text = "Officials said 3,150 villagers were missing after the mudslide. The number of people evacuated was 800."
    assert _claim(text, "800").event == "evacuated"


@needs_model
@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The field clinic received 65 injured miners, among them 12 teenagers.", "65", "injured"),
        ("The mission hospital received 30 wounded soldiers overnight.", "30", "injured"),
    ],
)
def test_object_of_a_recipient_verb_is_not_aided(text: str, figure: str, event: str) -> None:
    """The subject of 'receive' is the recipient: the people it took in are what their own adjective says."""
    assert _claim(text, figure).event == event


def test_subject_of_receive_is_still_aided() -> None:
    assert _claim("Some 65 miners received food parcels on Tuesday.", "Some 65").event == "aided"


@needs_model
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nine bodies have been found and some 40 of those aboard the ferry are still unaccounted for.", "some 40"),
        ("Around 90 of those on board the vessel were still missing late on Friday.", "Around 90"),
    ],
)
def test_predicate_over_a_prepositional_modifier(text: str, figure: str) -> None:
    """'on board' says who they are; 'are still unaccounted for' says what happened to them."""
    claim = _claim(text, figure)
    assert (claim.event, claim.period_kind) == ("missing", "stock")


@pytest.mark.parametrize(
    ("text", "whole", "part", "day"),
    [
        ("The clashes brought the toll of the rebels since the offensive began in March to 74, including two "
         "on Friday.", "74", "two", "on Friday"),
        ("The bombardment pushed the toll of the militia to 230, including 14 on Saturday.", "230", "14",
         "on Saturday"),
    ],
)
def test_part_with_its_own_day_is_an_increment(text: str, whole: str, part: str, day: str) -> None:
    """Gold Periods rule 5: a part takes its whole's kind unless its own words give another."""
    assert _claim(text, whole).period_kind == "cumulative"
    claim = _claim(text, part)
    assert (claim.period_kind, claim.period) == ("increment", day)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rights groups say air strikes that have killed hundreds of villagers must stop.", "hundreds"),
        ("Aid agencies condemned the airstrikes, which have killed dozens of farmers.", "dozens"),
    ],
)
def test_series_of_incidents_counted_to_date_is_cumulative(text: str, figure: str) -> None:
    assert _claim(text, figure).period_kind == "cumulative"


def test_one_incident_stays_an_increment() -> None:
    assert _claim("An air strike killed 23 farmers near the market.", "23").period_kind == "increment"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In March, the ministry reported that 820 people had died in the floods.", "820"),
        ("On Monday, the regional office said that 5,400 people had fled the fighting.", "5,400"),
    ],
)
def test_date_opening_a_statement_is_not_the_window_of_a_flow(text: str, figure: str) -> None:
    """Gold Periods rule 6: 'In July, the United Nations said' dates the statement, never a flow."""
    claim = _claim(text, figure)
    assert claim.period is None
    assert claim.period_kind == "cumulative"  # a flow counted against a whole (the floods, the fighting)


def test_date_of_the_event_itself_stays() -> None:
    claim = _claim("On Sunday, 820 people died in the floods.", "820")
    assert claim.period_kind == "increment" and claim.period is not None


# --- the lexicon tables read through the validated Rules (no change of output: see the commit message) ---

def test_tables_come_from_the_lexicons() -> None:
    r = rules()
    events, periods = load("events"), load("periods")
    assert r.shelter == frozenset(events["shelter"]["words"])
    assert r.implicative == frozenset(events["modality"]["implicative"])
    assert r.operation_nouns == frozenset(periods["operations"]["nouns"])
    assert r.capacity.match(["apiece"], 0) is not None
    assert r.restatement.match(["equivalent", "to"], 0) is not None


@pytest.mark.parametrize("table", ["shelter", "capacity", "restatement", "recipients"])
def test_events_lexicon_refuses_an_empty_table(table: str) -> None:
    data: dict[str, Any] = copy.deepcopy(load("events"))
    data[table] = {"words": []}
    with pytest.raises(LexiconError):
        list(_validate_events(data))


def test_shelter_words_are_single_words() -> None:
    data: dict[str, Any] = copy.deepcopy(load("events"))
    data["shelter"] = {"words": ["took refuge"]}
    assert any("shelter" in p for p in _validate_events(data))


def test_periods_lexicon_needs_the_operation_words() -> None:
    data: dict[str, Any] = copy.deepcopy(load("periods"))
    del data["operations"]
    with pytest.raises(LexiconError):
        list(_validate_periods(data))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 700 families have taken refuge in the school since the storm.", "Some 700"),
        ("About 1,300 residents were left sleeping rough after the tremor.", "About 1,300"),
    ],
)
def test_shelter_words_still_make_displacement_a_state(text: str, figure: str) -> None:
    assert _claim(text, figure).period_kind == "stock"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A survey found that 48,000 people are still in tented camps on the edge of the capital.", "48,000"),
        ("The 9,300 residents counted on Friday are those still in displacement, the agency said.", "9,300"),
    ],
)
def test_staying_where_the_displaced_live_is_displacement(text: str, figure: str) -> None:
    """'still in' alone reads as besieged; in camps or in displacement the people stay displaced, a stock."""
    claim = _claim(text, figure)
    assert (claim.event, claim.period_kind) == ("displaced", "stock")


def test_staying_in_a_town_is_still_besieged() -> None:
    claim = _claim("Some 6,000 civilians are still in the old town, the army said.", "Some 6,000")
    assert claim.event == "besieged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("By then there were about 42,000 aid beneficiaries in the district and some 7,000 refugees.", "about 42,000"),
        ("By then there were about 42,000 aid beneficiaries in the district and some 7,000 refugees.", "some 7,000"),
        ("There are 27 bodies in the village mortuary, the doctor said.", "27"),
    ],
)
def test_existential_count_named_by_its_noun_is_a_stock(text: str, figure: str) -> None:
    """'there were N beneficiaries': who is there at a time, whatever flow the noun implies."""
    assert _claim(text, figure).period_kind == "stock"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("There were 300 people killed in the raid on Sunday.", "300"),
        ("There were a total of 1,950 deaths in the province, the study estimated.", "1,950"),
    ],
)
def test_existential_with_a_verb_or_a_total_stays_a_flow(text: str, figure: str) -> None:
    assert _claim(text, figure).period_kind != "stock"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The commander said there are still about 70 civilians in the old quarter.", "about 70", "besieged"),
        ("By nightfall there were still some 900 villagers in the valley, a relief worker said.", "some 900",
         "besieged"),
        ("There are about 5,000 people in the valley.", "about 5,000", "population"),
    ],
)
def test_existential_with_still_counts_those_remaining(text: str, figure: str, event: str) -> None:
    """'there are still N' is N remaining (gold convention 5: the besieged include those 'remaining')."""
    assert _claim(text, figure).event == event


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He added that no more than 80 fighters were holding out in the citadel.", "no more than 80"),
        ("Officials believe some 150 gunmen are still holding out near the harbour.", "some 150"),
    ],
)
def test_holding_out_is_besieged(text: str, figure: str) -> None:
    assert _claim(text, figure).event == "besieged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 12,000 residents are without drinking water after the pipeline burst.", "Some 12,000"),
        ("Officials said 2,300 homes were flooded, with about 300 farmers losing their livelihoods as the fields "
         "were submerged.", "about 300"),
    ],
)
def test_deprived_of_essentials_or_livelihood_is_affected(text: str, figure: str) -> None:
    """Gold convention 5: in need, having lost their livelihood, is `affected` (not a death: 'losing')."""
    assert _claim(text, figure).event == "affected"
