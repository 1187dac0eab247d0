"""Who gave a figure, fifth round: sources and events built on half B's errors (docs/extraction.md, "Round 5:
sources and events"). Fresh sentences in the style of news copy, about no crisis of the dev set, with the
negative case of each rule beside it.
"""

from __future__ import annotations

from source_helpers import needs_model, source_of

from headcount import extract
from headcount.extract import linguistic

# --- a relative clause on a count noun narrates the count's history in the outlet's voice ---------------

@needs_model
def test_a_relative_clause_on_a_count_noun_is_the_outlets_history_of_it() -> None:
    text = ("“More than 9,000 people were killed,” Mbeki said, announcing the highest figure yet for a toll that "
            "over the past months had swung back and forth, from more than 4,100, to about 6,500, to 7,200.")
    assert source_of(text, "More than 9,000") == "Mbeki"
    assert source_of(text, "more than 4,100") is None
    assert source_of(text, "about 6,500") is None


@needs_model
def test_a_relative_clause_with_its_own_reporting_verb_keeps_that_speaker() -> None:
    text = "Rescuers gave a new estimate, a number that the regional governor said had reached 6,500."
    assert source_of(text, "6,500") == "the regional governor"


@needs_model
def test_a_count_noun_without_a_relative_clause_stays_the_speakers() -> None:
    text = "The governor said on Monday that the number of people killed had risen to 6,500."
    assert source_of(text, "6,500") == "The governor"


# --- a surname that opens the clause before a colon quotation is its speaker ----------------------------

@needs_model
def test_a_surname_opening_the_colon_clause_speaks_the_quotation() -> None:
    text = ("The interior minister, Adaeze Tremblay, had put the number of dead at 1,900 on Monday.\n\n"
            "Tremblay interrupted him in Igbo, raising her own figure from the day before: "
            '"No, no, the real number is 2,400."')
    assert source_of(text, "2,400") == "Tremblay"


@needs_model
def test_a_common_noun_opening_the_colon_clause_is_no_speaker() -> None:
    text = ("Crews worked through the night near the ridge.\n\n"
            'Silence fell over the camp, broken by one sentence: "We have found 14 more bodies."')
    assert source_of(text, "14") != "Silence"


# --- an existential with its noun elided restates the count before it ----------------------------------

def event_of(text: str, figure: str) -> str:
    claims = [c for c in extract(text, published="2025-05-02") if c.figure == figure]
    assert claims, f"{figure!r} not extracted from {text!r}"
    return claims[0].event


def test_an_existential_with_an_elided_noun_takes_the_event_of_the_count_before() -> None:
    text = ("The survey finds that 41,000 people have been displaced by the floods in the delta. "
            "The Red Crescent estimates there are 97,000.")
    assert event_of(text, "41,000") == "displaced"
    assert event_of(text, "97,000") == "displaced"


def test_an_existential_with_its_own_noun_counts_who_is_there() -> None:
    text = ("The survey finds that 41,000 people have been displaced by the floods in the delta. "
            "There are 97,000 people in the district.")
    assert event_of(text, "97,000") == "population"


# --- a "that"-clause the parse hung on a noun of the verb's prepositional phrase is still its content ---

@needs_model
def test_a_that_clause_hung_on_a_prepositional_noun_is_what_the_verb_reports() -> None:
    text = "The monitors calculated with a 90 percent interval that 410 to 2,950 civilians were killed in the province."
    assert source_of(text, "410 to 2,950") == "The monitors"


@needs_model
def test_a_relative_clause_marked_that_on_a_prepositional_noun_is_not_what_the_verb_reports() -> None:
    text = ("Relying on old charts, the surveyors could work out with a model that 40 volunteers had built "
            "how far the water rose.")
    assert source_of(text, "40") is None


# --- "as per X" opening a sentence; a name that opens with a verb; a passive under a reporting verb -----

@needs_model
def test_per_opening_a_sentence_reads_as_according_to_and_gives_the_documents_author() -> None:
    assert source_of("Per a tally by the regional health office, 640 people were treated for burns.",
                     "640") == "the regional health office"
    assert source_of("As per figures from a Norwegian refugee charity, around 2,300 people had crossed the "
                     "border by Sunday.", "around 2,300") == "a Norwegian refugee charity"


@needs_model
def test_per_as_a_rate_is_no_attribution() -> None:
    assert source_of("Per day, 400 people cross the river at the ford.", "400") is None


@needs_model
def test_an_organisation_whose_name_opens_with_a_verb_is_the_speaker() -> None:
    text = ("Citing early accounts from the crew, Save the Children charity said around 70 children were believed "
            "to be in the hold.")
    assert source_of(text, "around 70") == "Save the Children charity"


def _parsed_source(text: str, figure: str) -> str | None:
    from headcount.extract.attribution_parse import lexicon, source_for_figure

    an = linguistic.analyse(text, 0, len(text))
    assert an is not None
    at = text.index(figure)
    found = source_for_figure(an, at, at + len(figure), lexicon())
    return found.source if found is not None else None


@needs_model
def test_an_agentless_passive_under_a_reporting_verb_is_that_speakers_statement() -> None:
    text = "The port authority said around 70 migrants were thought to be stuck below deck."
    assert _parsed_source(text, "70") == "The port authority"


@needs_model
def test_an_agentless_passive_alone_names_no_one() -> None:
    assert _parsed_source("Around 70 migrants are thought to be stuck below deck.", "70") is None
