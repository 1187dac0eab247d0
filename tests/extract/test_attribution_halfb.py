"""Attribution constructions of the round on dev half B (issue 11): the owner of a count noun, a relative
pronoun standing for its antecedent, a sentence-opening "according to", a document carrying the figure, a
pronoun taking up a named apposition, and a repost's page title or release headline.

The sentences are written for this test in the style of news copy, about no crisis of the dev set.
"""

from __future__ import annotations

import pytest
from source_helpers import attributed, needs_model

from headcount import Claim, extract


def by_figure(claims: list[Claim]) -> dict[str, Claim]:
    out: dict[str, Claim] = {}
    for c in claims:
        out.setdefault(c.figure, c)
    return out


@needs_model
@pytest.mark.parametrize(("sentence", "figure", "source"), [
    # the possessor of a count noun the figure fills through "of"
    pytest.param("The charity says the real toll is far above Moldavia's official figure of 120.", "120",
                 "Moldavia", id="owner-of-a-count-noun"),
    # a relative pronoun subject stands for the noun it describes
    pytest.param("The survey dwarfs estimates from the Borland government, which had put the figure in the "
                 "dozens.", "dozens", "the Borland government", id="relative-pronoun-antecedent"),
    # a sentence-opening "according to" frames the coordinated clauses after it
    pytest.param("According to police reports, in the northern valley at least 14 people have died, 22 others "
                 "have been hurt, while several bridges have been washed away.", "22", "police reports",
                 id="opening-according-to"),
    # a document with no author that carries the figure through a participle
    pytest.param("Crews fear more people are buried, with unverified reports suggesting that 40 workers are "
                 "still unaccounted for.", "40", "unverified reports", id="document-carrying-the-figure"),
    # a bare reporting verb after the main clause reports the adverbial clause that trails it too
    pytest.param("At least 31 people have died in landslides across the hills, the civil protection agency "
                 "said, as the toll from the season's storms rose above 900.", "900",
                 "the civil protection agency", id="trailing-adverbial-clause"),
    # a prepositional phrase that opens the sentence before the speaker's subject is part of the statement
    pytest.param("From an initial garrison of about 300, the army said the number of fighters left in the fort "
                 "is now down to about 40.", "about 300", "the army", id="opening-prepositional-phrase"),
    # a reporting participle takes the clause that follows it (the parse may hang "N residents died" on the
    # main verb; the participle before it reports it)
    pytest.param("Oxford epidemiologists published a paper in March reporting 2,310 residents died during the "
                 "heatwave.", "2,310", "Oxford epidemiologists", id="reporting-participle"),
])
def test_the_construction_names_the_source(sentence: str, figure: str, source: str) -> None:
    hit = attributed(sentence, figure)
    assert hit is not None and hit.source == source


@needs_model
def test_a_place_antecedent_reports_an_event() -> None:
    """"the province, which reported N deaths" counts the province's dead; it is no party's statement."""
    hit = attributed("The worst hit was the coastal Tarvo Province, which reported nine deaths, officials said.",
                     "nine")
    assert hit is None or hit.source != "the coastal Tarvo Province"


@needs_model
def test_a_count_noun_with_no_owner_names_no_one() -> None:
    assert attributed("The number is much higher than the official figure of 300.", "300") is None


@needs_model
def test_he_takes_up_a_role_noun_with_a_named_apposition() -> None:
    text = ("Drought deepens in the south\n\n"
            "The agency's acting relief coordinator, Tomas Ekberg, called it the worst season in memory. "
            "\"Close to 2.4 million people need food aid this year,\" he said.")
    got = by_figure(extract(text, published="2024-03-02"))
    source = got["Close to 2.4 million"].source
    assert source is not None and "Tomas Ekberg" in source


@needs_model
@pytest.mark.parametrize(("text", "figure", "source"), [
    # a page title repeating the headline names the reposting agency
    pytest.param("Storms drive thousands from coastal towns\n\n"
                 "WFP - Storms drive thousands from coastal towns\n\n"
                 "Inside the region, the agency is concerned for the more than 41,000 people living in camps.",
                 "more than 41,000", "WFP", id="page-title-names-the-agency"),
    # a medium beside the headline is the outlet's page: no party's voice
    pytest.param("Storms drive thousands from coastal towns - BBC\n\n"
                 "Storms drive thousands from coastal towns\n\n"
                 "More than 41,000 people are living in camps.",
                 "More than 41,000", None, id="outlet-beside-the-headline"),
    # a release headline gives the agency's voice
    pytest.param("Valley Floods: IOM Displacement Update #3\n"
                 "Highlights\n"
                 "The floods have killed 210 people, injured nearly 900 and left more than 60 people missing.",
                 "nearly 900", "IOM", id="release-headline"),
])
def test_the_page_around_the_text_gives_the_source(text: str, figure: str, source: str | None) -> None:
    got = by_figure(extract(text, published="2024-03-02"))
    assert got[figure].source == source
