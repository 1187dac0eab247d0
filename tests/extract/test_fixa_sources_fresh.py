"""Fresh sentences for the fifth round's source rules (docs/extraction.md, "Round 5: sources and events"),
in constructions other than the ones the rules were built on: those rules met no held-out text, so these
tests are the only check that they read a construction rather than one sentence. Positives and contrasts
for each; names, places and numbers are made up.
"""

from __future__ import annotations

from source_helpers import needs_model, source_of

from headcount.extract.attribution_quote import mid_sentence_names
from headcount.extract.drafts import SentenceInfo
from headcount.extract.sentences import split_sentences

# --- a "that"-clause the parse hung on a noun of the verb's prepositional phrase -------------------------


@needs_model
def test_a_passive_event_clause_after_a_method_noun_is_what_the_team_calculated() -> None:
    text = "The team calculated with a simple model that at least 75 workers were killed in the blast."
    assert source_of(text, "at least 75") == "The team"


@needs_model
def test_a_clause_after_an_interval_noun_under_a_modal_verb_is_the_researchers() -> None:
    text = ("Relying on hospital files, the researchers could calculate with a broad interval that from 90 to "
            "400 patients died in the wards.")
    assert source_of(text, "from 90 to 400") == "the researchers"


@needs_model
def test_a_displacement_clause_after_a_survey_noun_is_the_analysts() -> None:
    text = "The analysts estimated with a survey that 2,000 people were displaced by the fighting."
    assert source_of(text, "2,000") == "The analysts"


@needs_model
def test_a_relative_clause_on_the_method_noun_with_no_event_verb_is_not_reported() -> None:
    text = "The hydrologists estimated with a gauge that 25 volunteers had installed how high the river rose."
    assert source_of(text, "25") is None


@needs_model
def test_a_that_clause_on_a_noun_with_no_reporting_verb_names_no_one() -> None:
    text = "The shelling emptied a quarter that 300 families had already fled."
    assert source_of(text, "300") is None


# --- a relative clause on a count noun narrates the count's history ------------------------------------


@needs_model
def test_an_earlier_level_in_a_relative_clause_on_an_appositive_toll_is_the_writers_account() -> None:
    text = "Ortega said 2,300 people were missing, a toll that had stood at 1,600 people on Friday."
    assert source_of(text, "2,300") == "Ortega"
    assert source_of(text, "1,600") is None


@needs_model
def test_a_range_the_count_hovered_in_after_a_quotation_is_the_writers_account() -> None:
    text = ("\u201cAt least 2,300 people are missing,\u201d Ortega said, raising a toll that had hovered "
            "between 1,100 and 1,600 missing for days.")
    assert source_of(text, "At least 2,300") == "Ortega"
    assert source_of(text, "between 1,100 and 1,600") is None


@needs_model
def test_a_relative_clause_with_a_reporting_verb_inside_keeps_its_speaker() -> None:
    text = "The coastguard gave a fresh estimate, a figure that its commander said had reached 480."
    assert source_of(text, "480") == "its commander"


# --- a surname opening the clause before a colon quotation ---------------------------------------------


@needs_model
def test_a_surname_revising_an_estimate_before_a_colon_speaks_the_quotation() -> None:
    text = ("The health minister, Kwame Mensah, said 210 patients had been moved on Monday.\n\n"
            "Mensah broke in, revising his own estimate upward: \"We have moved 340 patients, not 210.\"")
    assert source_of(text, "340") == "Mensah"


@needs_model
def test_a_surname_with_a_plain_verb_before_a_colon_speaks_the_quotation() -> None:
    text = ("A ferry operator, Lucia Ferrante, spoke to reporters at the quay.\n\n"
            "Ferrante added: \"We carried 1,150 passengers off the island overnight.\"")
    assert source_of(text, "1,150") == "Ferrante"


@needs_model
def test_an_accented_surname_before_a_colon_speaks_the_quotation() -> None:
    text = ("The labour minister, In\u00e9s N\u00fa\u00f1ez, had put the number of stranded workers at 300 on "
            "Friday.\n\nN\u00fa\u00f1ez cut in, lowering a figure she had given the week before: "
            "\"No, the real number is 250.\"")
    assert source_of(text, "250") == "N\u00fa\u00f1ez"


@needs_model
def test_a_common_noun_opening_a_colon_clause_is_no_speaker() -> None:
    text = ("Fog lay over the harbour all morning.\n\n"
            "Panic spread along the quay: \"Another 30 fishermen have gone missing.\"")
    assert source_of(text, "30") is None


def test_mid_sentence_names_reads_letters_of_any_script_and_leaves_out_acronyms() -> None:
    text = ("Officials met \u00d8degaard and N\u00fa\u00f1ez at the port. Later UNHCR staff spoke to "
            "Lloyd-\u0160imi\u0107 and al-Amin. Sentence starts stay out.")
    names = mid_sentence_names(text, [SentenceInfo(s) for s in split_sentences(text)])
    assert {"\u00d8degaard", "N\u00fa\u00f1ez", "Lloyd", "\u0160imi\u0107", "Amin"} <= names
    assert "UNHCR" not in names
    assert "Officials" not in names and "Sentence" not in names and "Later" not in names
