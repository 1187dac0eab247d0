"""Where, in the languages read by lexicon (round 5, extract/where_local.py): which place a sentence's
figure takes when its own sentence is silent or names a place that belongs to something else.

Each rule has a sentence where it acts and, beside it, one where it must not. The sentences are written for
these tests (no gold text)."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


def _locations(text: str, language: str) -> dict[str, str | None]:
    return {c.figure: c.location for c in extract_local(text, language)}


# -- a place described by a place noun is carried to the next sentences, like a name ---------------------

@pytest.mark.parametrize(("text", "language", "figure", "word"), [
    ("Найважча ситуація склалася у південній частині області. За даними рятувальників, загинули "
     "щонайменше 57 людей.", "uk", "щонайменше 57", "частині"),
    ("Самые сильные разрушения пришлись на северную часть района. По словам спасателей, погибли "
     "не менее 31 человека.", "ru", "не менее 31", "часть"),
    ("Los peores daños se registraron en la franja costera. Según los bomberos, murieron "
     "al menos 57 personas.", "es", "al menos 57", "franja"),
])
def test_a_described_place_is_carried_to_the_next_sentence(text: str, language: str, figure: str,
                                                           word: str) -> None:
    found = _locations(text, language)[figure]
    assert found is not None and word in found


def test_a_phrase_without_a_place_noun_is_not_carried_uk() -> None:
    # "у своїх оселях" (in their homes) is no described place: it names no area of the map
    text = "Люди ховалися у своїх оселях. За даними рятувальників, загинули щонайменше 57 людей."
    assert _locations(text, "uk")["щонайменше 57"] is None


# -- a name after an article is carried like a bare name ------------------------------------------------

def test_a_country_after_its_article_is_carried_fr() -> None:
    text = ("La tempête a frappé le nord de la Grèce mercredi. Selon les secours, au moins 120 personnes "
            "ont été blessées.")
    found = _locations(text, "fr")["au moins 120"]
    assert found is not None and "Grèce" in found


def test_a_lower_case_phrase_after_an_article_is_not_carried_fr() -> None:
    text = ("La tempête a frappé le nord de la vallée mercredi. Selon les secours, au moins 120 personnes "
            "ont été blessées.")
    found = _locations(text, "fr")["au moins 120"]
    assert found is None or "vallée" not in found


# -- a place after a later figure of another event is that figure's -------------------------------------

def test_a_place_after_a_later_statement_belongs_to_it_pt() -> None:
    text = ("Mais de 3.000 pessoas foram deslocadas pelos ataques em Montepuez e cerca de 800 regressaram "
            "às suas casas depois da retirada dos rebeldes de várias aldeias.")
    assert _locations(text, "pt")["Mais de 3.000"] == "Montepuez"


def test_coordinated_figures_share_the_place_after_them_fr() -> None:
    text = "Au moins 14 morts et 250 blessés ont été recensés dans la ville de Carcassonne."
    found = _locations(text, "fr")
    assert found["Au moins 14"] is not None and "Carcassonne" in found["Au moins 14"]
    assert found["250"] is not None and "Carcassonne" in found["250"]


# -- a partitive after the figure names who is counted ---------------------------------------------------

def test_a_partitive_after_the_figure_is_no_place_fr() -> None:
    text = "L'agence redoutait le départ d'un million d'Afghans de la région, a dit son porte-parole."
    found = _locations(text, "fr")["un million"]
    assert found is not None and "Afghans" not in found and "région" in found


def test_a_from_phrase_past_the_noun_stays_the_origin_fr() -> None:
    text = "Quelque 4 000 habitants ont fui d'Amiens pendant la nuit, a dit le préfet."
    assert _locations(text, "fr")["Quelque 4 000"] == "Amiens"


# -- a flow whose sentence names only where people went takes the origin given just before ---------------

def test_a_flow_takes_the_origin_of_the_sentence_before_ru() -> None:
    text = ("Утром автобусы выехали с территории порта «Южный». По данным властей, 180 человек эвакуировали "
            "в палаточный лагерь под Запорожьем.")
    found = _locations(text, "ru")["180"]
    assert found is not None and "территории" in found


def test_a_flow_with_its_own_origin_keeps_it_ru() -> None:
    text = ("Утром автобусы выехали с территории порта «Южный». По данным властей, 180 человек эвакуировали "
            "из Бердянска в палаточный лагерь.")
    assert _locations(text, "ru")["180"] == "Бердянска"


def test_a_count_that_is_no_flow_keeps_its_own_place_ru() -> None:
    text = ("Утром автобусы выехали с территории порта «Южный». По данным властей, 180 человек погибли "
            "в палаточном лагере под Запорожьем.")
    found = _locations(text, "ru")["180"]
    assert found is not None and "территории" not in found


# -- a word of a body's or a speaker's name is no place ---------------------------------------------------

def test_a_word_inside_an_organisation_name_is_no_place_es() -> None:
    text = "“Ya contamos 900 desaparecidos”, dijo la portavoz de la Sociedad Nacional de la Media Luna Roja."
    found = _locations(text, "es")["900"]
    assert found is None or "Media" not in found


def test_a_country_the_body_works_for_is_no_place_es() -> None:
    text = ("El director para Chile del Consejo Danés para los Refugiados dijo que miles de personas "
            "habían sido desplazadas.")
    found = _locations(text, "es")["miles"]
    assert found is None or "Chile" not in found


def test_a_known_name_outside_any_body_is_still_a_place_es() -> None:
    text = "Miles de personas habían sido desplazadas tras las lluvias que azotaron Valparaíso el lunes."
    found = _locations(text, "es")["Miles"]
    assert found is not None and "Valparaíso" in found


def test_a_surname_in_the_source_is_no_place_es() -> None:
    # the gazetteer knows towns spelled like surnames; the speaker's name is who speaks, not where
    text = "“Ya contamos 900 desaparecidos”, dijo Julia Salamanca, portavoz de los bomberos."
    assert _locations(text, "es")["900"] is None  # neither "Julia" nor "Salamanca"


# -- a bare count noun restates the count of the sentence before (event) ----------------------------------

def _events(text: str, language: str) -> dict[str, str]:
    return {c.figure: c.event for c in extract_local(text, language)}


@pytest.mark.parametrize(("text", "language", "figure"), [
    ("Кількість загиблих у селищі уточнили рятувальники. За їхніми даними, ця кількість зросла до 48 осіб.",
     "uk", "48"),
    ("Число погибших в поселке уточнили спасатели. По их данным, это число выросло до 48 человек.", "ru", "48"),
])
def test_a_bare_count_noun_takes_the_event_of_the_count_before(text: str, language: str, figure: str) -> None:
    assert _events(text, language)[figure] == "killed"


def test_a_bare_count_noun_with_no_count_before_takes_no_event_uk() -> None:
    text = "Рятувальники працювали всю ніч. За їхніми даними, ця кількість зросла до 48 осіб."
    assert _events(text, "uk")["48"] != "killed"
