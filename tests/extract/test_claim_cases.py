"""More claim-layer cases, written in the style of wire copy from other crises than the dev set's."""

from __future__ import annotations

import pytest

from headcount import Claim, extract

TEXT = (
    "Floods in the eastern Libyan city of Derna have killed at least 2,300 people, the ambulance service said on "
    "Tuesday, while more than 10,000 people were reported missing.\n\n"
    "Police detained 43 protesters on Saturday, 12 of whom were later released, a rights group said.\n\n"
    "Ukrainian officials said 12 civilians were wounded when a missile hit an apartment block overnight. Two of "
    "them were children, the regional governor wrote on Telegram.\n\n"
    "About 1,200 migrants reached the Italian island of Lampedusa in 24 hours, the Red Cross said, bringing the "
    "number of arrivals this year to more than 100,000.\n\n"
    "Paramilitaries killed at least 120 villagers in an attack on Wad al-Noura, activists said, while the UN "
    "said nearly 8 million people had fled their homes since April.\n\n"
    "Some 1.7 million people, about 75% of the population, have been displaced, according to UN estimates."
)


@pytest.fixture(scope="module")
def claims() -> dict[str, Claim]:
    out: dict[str, Claim] = {}
    for c in extract(TEXT, published="2023-09-12"):
        out.setdefault(c.figure, c)
    return out


@pytest.mark.parametrize(
    ("figure", "field", "value"),
    [
        ("at least 2,300", "source", "the ambulance service"),
        ("more than 10,000", "event", "missing"),
        ("more than 10,000", "period_kind", "stock"),
        ("12", "parent_figure", "43"),
        ("12", "event", "released"),
        ("Two", "category", "children"),
        ("Two", "source", "the regional governor"),
        ("About 1,200", "location", "Lampedusa"),
        ("About 1,200", "period", "in 24 hours"),
        ("more than 100,000", "source", "the Red Cross"),
        ("more than 100,000", "period_kind", "cumulative"),
        ("at least 120", "location", "Wad al-Noura"),
        ("at least 120", "period_kind", "increment"),
        ("nearly 8 million", "period", "since April"),
        ("nearly 8 million", "source", "the UN"),
        ("Some 1.7 million", "event", "displaced"),
    ],
)
def test_extract_case(claims: dict[str, Claim], figure: str, field: str, value: str) -> None:
    claim = claims[figure]
    if field == "parent_figure":
        parent = claim.parent
        assert parent is not None
        assert extract(TEXT, published="2023-09-12")[parent].figure == value
    else:
        assert getattr(claim, field) == value


@pytest.mark.parametrize(
    ("text", "figure", "field", "value"),
    [
        ("In southern Daraa, 57 gunmen surrendered to the troops. This was reported by the Russian reconciliation "
         "centre.", "57", "source", "the Russian reconciliation centre"),
        ("The spokesman for the ministry Igor Konashenkov, Friday said that over 17,000 civilians left.",
         "over 17,000", "source", "The spokesman for the ministry Igor Konashenkov"),
        ("According to Russian reconciliation centre, more than 9,400 residents were evacuated in 48 hours.",
         "more than 9,400", "source", "Russian reconciliation centre"),
        ("Peru, Ecuador earthquake death toll surpasses 2,300", "2,300", "location", "Peru, Ecuador"),
        ("In the first hours of the morning, more than 14,000 civilians came out of the south of Homs, and 860 "
         "fighters laid down their arms.", "more than 14,000", "event", "evacuated"),
        ("New counts show 212,000 people have crossed over in that period, bringing the overall number of "
         "refugees in the settlements to 498,000.", "212,000", "period_kind", "increment"),
        ("New counts show 212,000 people have crossed over in that period, bringing the overall number of "
         "refugees in the settlements to 498,000.", "498,000", "period_kind", "cumulative"),
        ("An estimated 2.6 million people are internally displaced across Myanmar as of 1 July.",
         "An estimated 2.6 million", "period_kind", "stock"),
        ("More than 90,000 people fled fighting in northern Shan State during the past week, according to local "
         "partners.", "More than 90,000", "source", "local partners"),
        ("More than 90,000 people fled fighting in northern Shan State during the past week, according to local "
         "partners.", "More than 90,000", "location", "northern Shan State"),
        ("The Health Ministry in Gaza said 112 people had been killed in the previous 24 hours.", "112", "source",
         "The Health Ministry in Gaza"),
        ("The death toll from Morocco's strongest earthquake in decades rose to 2,946 on Tuesday, with 5,674 "
         "people injured, state TV reported.", "2,946", "event", "killed"),
        ("The death toll from Morocco's strongest earthquake in decades rose to 2,946 on Tuesday, with 5,674 "
         "people injured, state TV reported.", "2,946", "period_kind", "cumulative"),
        ("The death toll from Morocco's strongest earthquake in decades rose to 2,946 on Tuesday, with 5,674 "
         "people injured, state TV reported.", "2,946", "location", "Morocco"),
        ("More than 6 million refugees from Ukraine recorded across Europe - UNHCR", "More than 6 million",
         "source", "UNHCR"),
        ("More than 6 million refugees from Ukraine recorded across Europe - UNHCR", "More than 6 million",
         "location", "Ukraine"),
        ("Hamas released 13 hostages on Friday in exchange for 39 Palestinian prisoners, mediators said.", "39",
         "event", "released"),
        ("Up to 750 people may have been on board the boat that capsized, survivors told aid groups.", "Up to 750",
         "source", "survivors"),
        ("Up to 750 people may have been on board the boat that capsized, survivors told aid groups.", "Up to 750",
         "modality", "actual"),
        ("Some 1.5m Rohingya live in camps in Cox's Bazar, aid agencies say.", "Some 1.5m", "source", "aid agencies"),
        ("Between 10 and 15 aid workers were abducted last year, and two of them remain missing.", "two", "event",
         "missing"),
        ('"We have registered some two dozen unaccompanied children at the transit centre," an ICRC delegate '
         "told Reuters.", "some two dozen", "source", "an ICRC delegate"),
    ],
)
def test_extract_sentence_case(text: str, figure: str, field: str, value: str) -> None:
    claim = next(c for c in extract(text) if c.figure == figure)
    assert getattr(claim, field) == value


def test_extract_among_the_dead_links_to_the_count_of_the_dead() -> None:
    text = ("At least 35 Palestinians were killed and more than 100 wounded in overnight strikes, the Health "
            "Ministry said. Among the dead were 12 children and eight women, according to hospital records.")
    claims = extract(text)
    parts = [c for c in claims if c.figure in ("12", "eight")]
    assert [claims[c.parent].figure for c in parts if c.parent is not None] == ["At least 35", "At least 35"]
    assert all(c.source == "hospital records" for c in parts)


def test_extract_people_sheltering_are_a_stock() -> None:
    claim = next(c for c in extract("UNRWA said about 1.4 million people were sheltering in its facilities."))
    assert (claim.event, claim.period_kind) == ("displaced", "stock")


def test_extract_displaced_people_named_as_such_are_a_stock() -> None:
    claim = next(c for c in extract("The agency counts 230,000 internally displaced persons (IDPs) in the province."))
    assert (claim.event, claim.period_kind) == ("displaced", "stock")
