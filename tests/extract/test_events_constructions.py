"""Events read from constructions, not phrases: a noun that is the event, a verb whose complement carries
it, a causative, a part inside its whole's clause, an existential, a vehicle with people on board.

Every sentence is written for this file (no run of words from the dev texts); each construction has at
least two sentences in different words so that a phrase match cannot pass them all.
"""

from __future__ import annotations

import pytest

from headcount import extract


def _event(text: str, figure: str) -> str:
    claims = [c for c in extract(text, published="2024-05-20") if c.figure == figure]
    assert claims, f"no claim for {figure!r} in {text!r}"
    return claims[0].event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # a noun that is the event decides over the verbs of its clause
        ("The province reported 37 deaths and 150 injuries after the storm.", "37", "killed"),
        ("The province reported 37 deaths and 150 injuries after the storm.", "150", "injured"),
        ("Divers have recovered 64 bodies from the ferry so far.", "64", "killed"),
        ("Morgue staff said 18 bodies were still waiting to be identified.", "18", "killed"),
        # a light verb gives way to its complement
        ("After the mudslide, 212 villagers remained unaccounted for.", "212", "missing"),
        ("More than 40,000 people remain internally displaced in the valley.", "More than 40,000", "displaced"),
        ("Over 300 have been left homeless by the cyclone.", "Over 300", "displaced"),
        ("About 900 residents suffered injuries in the blast.", "About 900", "injured"),
        # a causative takes the event of the verb after its object
        ("Volunteers helped some 2,500 families flee the burning district.", "some 2,500", "evacuated"),
        ("The shelling forced 7,000 residents to abandon the town and flee north.", "7,000", "evacuated"),
        # disaster and shipwreck vocabulary
        ("At least 27 migrants drowned off the coast on Sunday.", "At least 27", "killed"),
        ("Police said 14 hikers were swept away by the torrent.", "14", "missing"),
        ("Firefighters said 12 workers were buried under the rubble of the warehouse.", "12", "besieged"),
        ("The government says the floods could displace 80,000 people.", "80,000", "displaced"),
    ],
)
def test_event_constructions(text: str, figure: str, event: str) -> None:
    assert _event(text, figure) == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # a part inside its whole's clause takes the whole's event, not the next coordinated verb's
        ("The storms killed 612 people (including 140 children), injured 900 and destroyed bridges.",
         "140", "killed"),
        ("Gunmen abducted 55 villagers (including 9 teachers), burned the market and fled.", "9", "detained"),
        # "among the <noun>": the part shares the noun's event
        ("Among the dead were 31 schoolchildren, the governor said.", "31", "killed"),
        ("Six journalists are among the wounded, according to the union.", "Six", "injured"),
        # a participle right after the noun says whom a share is taken of
        ("A majority of the 58 people killed were women.", "58", "killed"),
    ],
)
def test_parts_take_their_whole(text: str, figure: str, event: str) -> None:
    assert _event(text, figure) == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # an existential sentence states a population
        ("There are an estimated 45,000 people in the border town.", "an estimated 45,000", "population"),
        ("There were roughly 12,000 residents in the old quarter before the fighting.", "roughly 12,000",
         "population"),
        # a settlement "of" a figure states how many live there
        ("Tarvo, a town of about 60,000 people, lost power overnight.", "about 60,000", "population"),
        ("The island of 2.1 million has no running water.", "2.1 million", "population"),
        # people on board a vehicle are a population, unless the sentence says the vehicle left
        ("A trawler carrying about 400 migrants sank off the cape.", "about 400", "population"),
        ("A convoy of 40 buses left the enclave at dawn, carrying 2,100 people.", "2,100", "evacuated"),
    ],
)
def test_stocks_of_people(text: str, figure: str, event: str) -> None:
    assert _event(text, figure) == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The agency has deployed 120 monitors along the border.", "120", "other"),
        ("Researchers interviewed 1,400 survivors in the camps.", "1,400", "other"),
    ],
)
def test_other_counts(text: str, figure: str, event: str) -> None:
    assert _event(text, figure) == event
