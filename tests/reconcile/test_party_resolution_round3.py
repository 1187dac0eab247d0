"""Round 3 of party resolution: a party named inside a longer source, a state's noun qualified by a state,
bare state nouns, offices in apposition, datelines glued before a source (issue 12, "Parties").

Sentences are written for these tests in the style of news; names of people are invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.lexicons import load
from headcount.reconcile.parties import DocContext, default_registry, resolve
from headcount.reconcile.party_phrase import bare_state, inside, state_in, strip_fragment


def _ctx(text: str, outlet: str = "example.org") -> DocContext:
    return DocContext.build([text], outlet)


# --- an organisation the registry knows, named inside a longer phrase ----------------------------------

def test_un_named_in_an_apposition_with_a_title_after_it() -> None:
    res = resolve("Mara Lindqvist, the UN Resident Coordinator in Moldova")
    assert res.key == "un"


def test_un_officials_in_a_capital_are_the_un_not_the_place() -> None:
    assert resolve("UN officials in Chisinau").key == "un"


def test_the_most_specific_member_wins_the_human_rights_office() -> None:
    assert resolve("a spokeswoman for the UN's human rights office, Elena Ruiz").key == "ohchr"
    assert resolve("Deputy spokeswoman with the UN`s rights office Elena Ruiz").key == "ohchr"


def test_a_country_word_inside_a_longer_proper_name_is_not_the_state() -> None:
    registry = default_registry()
    key = inside("Kofi Mensah, a member of the Accra Myanmar Solidarity Forum's board", registry._alias.get)
    assert key is None
    res = resolve("Kofi Mensah, a member of the Accra Myanmar Solidarity Forum's board")
    assert res.how == "unknown" and res.key.startswith("~")  # a body the registry does not know, not the state


def test_an_acronym_must_be_written_as_one() -> None:
    registry = default_registry()
    assert inside("residents who fled", registry._alias.get) is None
    assert inside("a WHO field officer", registry._alias.get) == "who"


# --- a state's noun qualified by a state ---------------------------------------------------------------

def test_a_nationality_adjective_from_the_lexicon() -> None:
    assert resolve("Greek authorities").key == "government-gr"
    assert resolve("Dutch officials").key == "government-nl"


def test_an_adjective_then_an_apposed_name() -> None:
    assert resolve("The Congolese health minister, Paul Ilunga").key == "government-cd"


def test_a_country_after_in_and_a_place_inside_a_country() -> None:
    assert resolve("Authorities in Puerto Rico").key == "government-pr"
    assert resolve("a Herat provincial health official").key == "afghanistan-taliban"


def test_the_state_that_appointed_an_office_not_the_place_it_sits_in() -> None:
    assert resolve("Anton Belov, the Russian-installed governor of Kherson").key == "russia-gov"
    assert state_in("Anton Belov, the Russian-installed governor of Kherson", default_registry()._alias.get) == (
        "RU", None, "government")


def test_a_military_noun_gives_the_states_military() -> None:
    assert resolve("a senior Iraqi commander").key == "iraq-joc"
    assert resolve("Philippine army officers").key == "military-ph"


def test_no_state_noun_no_state() -> None:
    assert state_in("Greek national news agency", default_registry()._alias.get) is None
    assert resolve("Greek national news agency").key.startswith("~")


# --- bare state nouns: the document's state ------------------------------------------------------------

_PAKISTAN = ("Floods swept across Sindh on Tuesday. Pakistani rescue teams reached villages cut off for a week, "
             "and Pakistan asked for more tents. Officials said 212 people had died.")


def test_bare_officials_are_the_state_the_document_names() -> None:
    at = _PAKISTAN.index("Officials")
    assert resolve("Officials", _ctx(_PAKISTAN), at=at).key == "government-pk"
    assert resolve("health ministry officials", _ctx(_PAKISTAN), at=at).key == "government-pk"


def test_bare_officials_with_no_country_named_stay_unresolved() -> None:
    text = "Officials said 212 people had died after the river burst its banks."
    assert resolve("Officials", _ctx(text)).key.startswith("~")


def test_other_parties_officials_are_not_the_state() -> None:
    assert bare_state("rebel officials") is None
    assert bare_state("hospital officials") is None
    assert bare_state("the military") == "military"


def test_a_bare_personal_office_is_the_office_the_text_introduced() -> None:
    text = ("The mayor of Mykolaiv, Petro Sydorenko, said on Friday that water had reached the port. "
            "Russian shelling went on overnight, Russian officials denied it, and Russia's envoy said so. "
            "Eleven people were rescued from roofs, the mayor said.")
    at = text.index("Eleven")
    assert resolve("the mayor", _ctx(text), at=at).key == "ukraine-gov"


def test_a_personal_office_with_no_place_introduced_is_not_guessed() -> None:
    text = ("Governor Alan Price of the island said help was coming. Island officials counted 40 dead in "
            "Jamaica and Jamaica asked for aid. Forty people died, the governor said.")
    assert resolve("the governor", _ctx(text)).key.startswith("~")


# --- people introduced with an office ------------------------------------------------------------------

def test_a_surname_after_an_office_in_apposition() -> None:
    text = ("The mayor of Mykolaiv, Petro Sydorenko, said 30 homes were flooded. "
            "\"We are pumping water day and night,\" Sydorenko said.")
    at = text.index("\"We")
    assert resolve("Sydorenko", _ctx(text), at=at).key == "ukraine-gov"


def test_a_surname_with_an_honorific_after_a_prenominal_office() -> None:
    text = ("Fighting went on in Marawi, a Philippine city, and Philippine troops moved in. The "
            "presidential spokeswoman, Liza Santos, said 80 had died. Ms Santos said more were missing.")
    at = text.index("Ms Santos")
    assert resolve("Ms Santos", _ctx(text), at=at).key == "government-ph"


def test_a_person_named_with_an_organisation_after_them() -> None:
    text = ("Mara Lindqvist, the UN Resident Coordinator in Moldova, visited the camp. "
            "About 900 people live there, Lindqvist said.")
    assert resolve("Mara Lindqvist", _ctx(text)).key == "un"


# --- fragments -----------------------------------------------------------------------------------------

def test_a_dateline_glued_before_a_title_is_stripped() -> None:
    assert strip_fragment("LIMA, Peru • Peru’s health minister") == "Peru’s health minister"
    assert strip_fragment("NAIROBI (AFP) — the Kenyan Red Cross") == "the Kenyan Red Cross"
    assert resolve("date 2021-03-02 LIMA, Peru • Peru’s health minister").key == "government-pe"


# --- properties ----------------------------------------------------------------------------------------

_PLAIN = ["said", "people", "the", "river", "water", "night", "many", "houses", "were", "a", "of", "some",
          "rain", "roads", "week", "bridge", "crowd", "food", "and", "in"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLAIN), min_size=1, max_size=6))
def test_no_party_from_a_phrase_with_no_organisation_country_or_state_noun(words: list[str]) -> None:
    registry = default_registry()
    phrase = " ".join(words)
    assert inside(phrase, registry._alias.get) is None
    assert state_in(phrase, registry._alias.get) is None
    assert bare_state(phrase) is None
    assert resolve(phrase, _ctx(_PAKISTAN)).how in ("unknown", "fragment", "outlet")


_ADJECTIVES = sorted(k for k in load("parties")["adjectives"] if " " not in k)
_NOUNS = ["authorities", "officials", "government", "police", "ministry"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ADJECTIVES), st.sampled_from(_NOUNS))
def test_a_states_noun_resolves_the_same_in_any_case(adjective: str, noun: str) -> None:
    forms = [f"{adjective.title()} {noun}", f"{adjective.title()} {noun.title()}", f"{adjective.upper()} {noun.upper()}"]
    keys = {resolve(f).key for f in forms}
    assert len(keys) == 1
    assert not next(iter(keys)).startswith("~")


def test_a_department_of_its_remit_is_the_documents_state() -> None:
    text = ("Storms hit Luzon again. Philippine rescuers and Philippine soldiers reached the coast, and the "
            "Department of Public Works and Highways said 14 bridges were down.")
    assert resolve("the Department of Public Works and Highways", _ctx(text)).key == "government-ph"
    assert bare_state("the Department of Public Works and Highways") == "government"
    assert bare_state("the Department of Ukraine Affairs") is None  # a state named: not a bare office


def test_a_document_that_names_only_places_is_about_their_country() -> None:
    text = ("Water rose in Kherson overnight and reached Mykolaiv by noon. "
            "Nine people drowned, the Interior Ministry said.")
    assert resolve("the Interior Ministry", _ctx(text)).key == "ukraine-gov"


def test_a_possessive_office_points_back_to_the_person_named_before() -> None:
    text = ("Chile's interior minister, Rosa Valdes, gave a toll of 310 on Monday. A day later her office put out "
            "a statement saying 340 had died in Chile.")
    at = text.index("A day later")
    assert resolve("her office", _ctx(text), at=at).key == "government-cl"
    assert resolve("her office", _ctx("Her office said 340 had died."), at=0).key.startswith("~")
