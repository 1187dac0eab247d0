"""Places in the languages read by lexicon: the place of the counted people with its preposition, a place
described by its place noun, the rule-7 fallbacks, and place keys that join a local name with the English
name of one place (the ledger's series join across languages).

Sentences are written for these tests; places are real (the gazetteer must know them), events invented."""

from __future__ import annotations

import pytest

from headcount.extract.analyser_simple import analyse
from headcount.extract.languages import lexicon
from headcount.extract.place_names import english_place
from headcount.extract.stages_local import extract_local
from headcount.reconcile.places import place_key


def locations(text: str, language: str) -> dict[str, str | None]:
    return {c.figure: c.location for c in extract_local(text, language)}


PLACES = [
    ("fr", "Quelque 300 civils ont été évacués d'Alep mardi.", "Quelque 300", "Alep"),
    ("fr", "Au moins 25 personnes ont été tuées dans la bande de Gaza.", "Au moins 25", "la bande de Gaza"),
    ("fr", "Environ 800 habitants sont restés dans la partie ouest de la ville.", "Environ 800",
     "la partie ouest de la ville"),
    ("ru", "В Харькове за ночь ранены 14 человек.", "14", "Харькове"),
    ("uk", "До західної частини міста повернулися 260 мешканців.", "260", "західної частини міста"),
    ("es", "Unos 1.200 vecinos pasaron la noche en los campamentos.", "Unos 1.200", "los campamentos"),
    ("pt", "Cerca de 640 moradores morreram na zona norte de Recife.", "Cerca de 640", "zona norte de Recife"),
]


@pytest.mark.parametrize(("language", "text", "figure", "place"), PLACES, ids=[p[0] for p in PLACES])
def test_place_with_its_preposition(language: str, text: str, figure: str, place: str) -> None:
    assert locations(text, language)[figure] == place


def test_the_genitive_de_names_no_place_unless_it_is_one() -> None:
    got = locations("Au moins 40 soldats du général Moreau ont été arrêtés.", "fr")
    assert got["Au moins 40"] is None


def test_the_headline_place_when_the_paragraph_names_none() -> None:
    text = "Séisme : Alep compte ses morts\nAu moins 120 personnes ont péri, selon les secouristes."
    assert locations(text, "fr")["Au moins 120"] == "Alep"


def test_the_place_named_after_the_figure_in_its_paragraph() -> None:
    text = "Unas 90 personas fueron rescatadas durante la noche. Los equipos trabajan en Valencia."
    assert locations(text, "es")["Unas 90"] == "Valencia"


JOINS = [
    ("Харькове", "Kharkiv"),  # Russian prepositional case, lemmatised
    ("Маріуполя", "Mariupol"),  # Ukrainian genitive
    ("Мариуполе", "Mariupol"),  # a case form the dictionary lacks: its case ending
    ("الموصل", "Mosul"),  # the gazetteer's alternate name
    ("Turquía", "Turkey"),  # CLDR's country names
    ("Туреччині", "Turkey"),
    ("la bande de Gaza", "Gaza Strip"),  # the language's [places] table
    ("секторе Газа", "Gaza"),
    ("Alepo", "Aleppo"),
]


@pytest.mark.parametrize(("local", "english"), JOINS, ids=[j[1] + "-" + str(n) for n, j in enumerate(JOINS)])
def test_a_local_name_has_the_place_key_of_the_english_name(local: str, english: str) -> None:
    assert place_key(local) == place_key(english)


def test_an_english_name_the_tables_do_not_know_keeps_its_own_key() -> None:
    assert english_place("Springfield Heights") is None
    assert place_key("Springfield Heights") == "Springfield Heights"


def test_french_elided_words_are_words_of_their_own() -> None:
    text = "l'est d'Alep"
    elided = lexicon("fr").elided
    words = [w.text for w in analyse(text, 0, len(text), "fr", elided).words]
    assert words == ["l'", "est", "d'", "Alep"]
    assert [w.text for w in analyse("aujourd'hui", 0, 11, "fr", elided).words] == ["aujourd'hui"]


def test_arabic_place_needs_a_place_noun_or_a_gazetteer_name() -> None:
    got = locations("وقتل 20 شخصا في مدينة حلب.", "ar")
    assert got["20"] == "مدينة حلب"
    got = locations("ونزح 300 شخص من قبضة المسلحين.", "ar")
    assert got["300"] is None
