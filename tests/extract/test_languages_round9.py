"""Round 9 rules of the six-language stages (built on half B of the multilingual data). Sentences written
for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "party"), [
    ("fr", "Le cyclone a fait 120 morts dans la province de Sofala, a annoncé dans la soirée le ministère "
           "mozambicain de la Santé.", "ministère mozambicain de la Santé"),
    ("es", "Las lluvias dejaron 85 muertos en la costa de Bengasi, informó en la madrugada del martes la "
           "Media Luna Roja Libia.", "Media Luna Roja Libia"),
])
def test_a_time_phrase_between_the_verb_and_its_subject_is_not_the_party(language: str, text: str,
                                                                        party: str) -> None:
    """A verb of saying before its subject may carry a time phrase opened by a preposition ("dans la
    soirée", "en la madrugada"): the subject is the name after it."""
    assert [c.source for c in extract_local(text, language)] == [party]


def test_a_place_between_the_verb_and_its_subject_is_not_skipped_as_time() -> None:
    """Only a preposition opening a time phrase is skipped: a place after the verb stays in the span."""
    text = "Le glissement de terrain a fait 34 morts, a annoncé à Port Moresby le ministre de l'Intérieur."
    claims = extract_local(text, "fr")
    assert [c.location for c in claims] == ["Port Moresby"]
    assert claims[0].source is not None and "ministre de l'Intérieur" in claims[0].source


@pytest.mark.xfail(reason="the place after the verb of saying is still read into the party's span", strict=True)
def test_a_place_between_the_verb_and_its_subject_is_not_the_party() -> None:
    text = "Le glissement de terrain a fait 34 morts, a annoncé à Port Moresby le ministre de l'Intérieur."
    assert [c.source for c in extract_local(text, "fr")] == ["ministre de l'Intérieur"]


@pytest.mark.parametrize(("language", "text", "party", "place"), [
    ("pt", "No total, 2.400 pessoas foram retiradas de Quelimane, anunciou o Instituto Nacional de Gestão de "
           "Desastres (INGD) na sua página no Facebook.", "Instituto Nacional de Gestão de Desastres (INGD)",
     "Quelimane"),
    ("fr", "Au moins 62 personnes ont péri à Sabha, a indiqué le Croissant-Rouge libyen sur son site.",
     "Croissant-Rouge libyen", "Sabha"),
    ("es", "Unas 3.100 personas fueron evacuadas de Tumaco, informó la Defensa Civil en su cuenta de X.",
     "Defensa Civil", "Tumaco"),
])
def test_the_medium_a_party_published_in_is_neither_party_nor_place(language: str, text: str, party: str,
                                                                   place: str) -> None:
    """"sur son site", "na sua página no Facebook", "en su cuenta de X": where the statement was published
    ([grammar] media_nouns) ends the party's name, and no place is read inside it."""
    assert [(c.source, c.location) for c in extract_local(text, language)] == [(party, place)]


def test_a_lower_case_word_inside_a_party_name_does_not_end_it() -> None:
    text = "Unas 3.100 personas fueron evacuadas de Tumaco, informó la Defensa Civil de Nariño."
    assert [c.source for c in extract_local(text, "es")] == ["Defensa Civil de Nariño"]


def test_a_demonstrative_time_phrase_before_a_postposed_subject_is_not_the_party() -> None:
    """"informó este sábado la X": a short word opening a time noun is part of the time phrase."""
    text = "Al menos 23 personas murieron en Chimaltenango, informó este sábado la Coordinadora Nacional de " \
           "Emergencias (Conae)."
    assert [c.source for c in extract_local(text, "es")] == ["Coordinadora Nacional de Emergencias (Conae)"]


def test_the_article_after_a_cue_opens_the_party_not_a_place() -> None:
    """"segundo a Polícia": the Portuguese article "a" is also a preposition; after a cue it opens the
    party, and the sentence's own place stands."""
    text = ("O número de mortos causados pelas chuvas em Quelimane subiu para 117 nesta sexta-feira, segundo a "
            "Polícia Civil. Ao menos 116 pessoas continuam desaparecidas, de acordo com o Ministério Público.")
    assert [(c.source, c.location) for c in extract_local(text, "pt")] == [
        ("Polícia Civil", "Quelimane"), ("Ministério Público", "Quelimane")]


def test_a_place_after_a_preposition_far_from_a_cue_stays_a_place() -> None:
    text = "Segundo a Polícia Civil, 117 pessoas morreram em Quelimane."
    assert [c.location for c in extract_local(text, "pt")] == ["Quelimane"]


@pytest.mark.parametrize(("language", "text", "kind", "period"), [
    ("es", "Desde el inicio de las lluvias, 3.400 personas han sido evacuadas de Tumaco.", "cumulative",
     "Desde el inicio de las lluvias"),
    ("fr", "Plus de 2 000 personnes ont fui Pemba le 3 avril.", "increment", "le 3 avril"),
    ("fr", "Au moins 45 personnes ont été évacuées de Sabha au cours des dernières 48 heures.", "increment",
     "au cours des dernières 48 heures"),
    ("ar", "نزح 4 آلاف شخص من مدينة درنة يوم 12 سبتمبر.", "increment", "يوم 12 سبتمبر"),
    ("uk", "З початку повені евакуювали 11 тисяч людей з Одеси.", "cumulative", "З початку повені"),
])
def test_the_cue_that_decides_the_kind_is_the_period_text(language: str, text: str, kind: str,
                                                         period: str) -> None:
    """Gold Periods rule 6: the temporal expression with its preposition, as the English stage fills it."""
    claims = extract_local(text, language)
    assert [(c.period_kind, c.period) for c in claims] == [(kind, period)]
    c = claims[0]
    assert c.period_offset is not None and text[c.period_offset : c.period_offset + len(period)] == period


def test_a_part_takes_its_whole_period_text_and_a_total_noun_is_no_period() -> None:
    text = "Desde o começo da estação das chuvas, 1.300 pessoas morreram, entre elas 200 crianças."
    assert [c.period for c in extract_local(text, "pt")] == ["Desde o começo da estação das chuvas"] * 2
    assert [c.period for c in extract_local("Le bilan des crues à Sabha s'élève à 120 morts au total.", "fr")] \
        == [None]


@pytest.mark.parametrize(("language", "text", "parents"), [
    ("ar", "وأكدت الوزارة وصول 40 قتيلاً و90 مصاباً إلى المستشفيات خلال اليوم، لترتفع الحصيلة الإجمالية إلى "
           "1,200 قتيل و3,400 مصاب.", [2, 3, None, None]),
    ("fr", "Les secouristes ont retrouvé 12 morts dans les décombres de Beira, portant le bilan à 450 morts.",
     [1, None]),
])
def test_figures_before_a_moved_total_are_its_parts(language: str, text: str, parents: list[int | None]) -> None:
    """Gold rule 9, "this brings the total to": each earlier figure is a part of the total of its event."""
    assert [c.parent for c in extract_local(text, language)] == parents


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les secouristes ont retrouvé 12 morts à Beira, et 450 personnes ont été évacuées."),
    ("es", "La cifra de muertos se elevó a 300 en Tumaco, donde 40 personas siguen desaparecidas."),
    # two places or two years contrasted: a verb of reaching alone states a second total, no sum
    ("ar", "قتل 25 شخصا في درنة، بينما ارتفعت الحصيلة في البيضاء إلى 140 قتيلا."),
    ("ar", "قتل 25 شخصا في درنة، فيما بلغ عدد القتلى في البيضاء 140 قتيلا."),
    ("fr", "L'an passé, 210 migrants sont morts au large de Tobrouk; cette année le bilan dépasse déjà 650 morts."),
    ("fr", "En 2021, 210 migrants sont morts au large de Tobrouk, contre un bilan qui atteint 650 morts en 2022."),
    ("es", "Murieron 14 personas en Tumaco, mientras que en Pasto el balance llegó a 90 muertos."),
    ("ru", "Погибли 7 человек в Бейре, а в Пембе число погибших достигло 52."),
    # a link of result, but a contrast between the part and it
    ("fr", "Douze personnes sont mortes à Beira, mais à Pemba, portant le bilan à 52 morts, les pluies continuent."),
])
def test_figures_with_no_moved_total_between_them_are_not_parts(language: str, text: str) -> None:
    assert [c.parent for c in extract_local(text, language)] == [None, None]


@pytest.mark.parametrize(("language", "text", "kind", "period"), [
    ("fr", "Jeudi, six personnes sont mortes à Pemba, portant le bilan à 52 morts.", "increment", "Jeudi"),
    ("fr", "Au cours des dernières 24 heures, 9 personnes sont mortes, portant le bilan à 52 morts depuis le "
           "début des pluies.", "increment", "Au cours des dernières 24 heures"),
    ("ru", "В четверг погибли 6 человек, таким образом число погибших достигло 52.", "increment", "В четверг"),
])
def test_a_part_before_its_total_keeps_the_period_of_its_own_words(language: str, text: str, kind: str,
                                                                    period: str) -> None:
    """Gold Periods rule 5: a part takes its whole's period "unless its own words give another". A part
    stated before the total it brings up is the increment of its own clause."""
    claims = extract_local(text, language)
    assert claims[0].parent == 1
    assert (claims[0].period_kind, claims[0].period) == (kind, period)


def test_a_short_calendar_form_that_is_also_a_word_is_no_date() -> None:
    """CLDR's abbreviated "mer" (mercredi) and "mar" (martes, março) are also "sea": only beside a day
    number ("el 2 mar") are they a date."""
    for text in ("La Croix-Rouge estime que près de 200 migrants ont disparu en mer depuis janvier.",
                 "La Croix-Rouge estime que près de 200 migrants ont disparu en mer."):
        claims = extract_local(text, "fr")
        assert len(claims) == 1 and "mer" not in (claims[0].period or "")
    dated = extract_local("Unas 300 personas fueron evacuadas de Beira el 2 mar.", "es")
    assert [c.period for c in dated] == ["el 2 mar"]


@pytest.mark.parametrize(("language", "text", "party"), [
    ("fr", "La Croix-Rouge estime pour sa part que près de 200 migrants ont disparu au large de Tobrouk.",
     "Croix-Rouge"),
    ("es", "La Cruz Roja estima por su parte que unos 200 migrantes han desaparecido frente a Tobruk.",
     "Cruz Roja"),
])
def test_the_present_of_estimate_is_a_verb_of_saying(language: str, text: str, party: str) -> None:
    """The lemmatiser reads "estime"/"estima" as the noun (esteem): the verb's present form is listed."""
    assert [c.source for c in extract_local(text, language)] == [party]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Au moins 18 personnes ont péri dans le naufrage d'une embarcation près de Pemba."),
    ("es", "Al menos 18 personas perecieron en el naufragio de una lancha cerca de Pemba."),
    ("pt", "Pelo menos 18 pessoas pereceram no naufrágio de um barco perto de Pemba."),
])
def test_to_perish_is_a_death(language: str, text: str) -> None:
    assert [c.event for c in extract_local(text, language)] == ["killed"]


def test_a_word_sharing_the_start_of_perish_is_no_death() -> None:
    assert [c.event for c in extract_local("Au moins 300 personnes vivent en périphérie de Pemba.", "fr")] \
        == ["population"]


def test_a_dateline_closed_by_a_stop_and_dash_is_where_the_dispatch_was_filed() -> None:
    """"Ciudad de X, 14 jun (EFE).-": a place of several words, the agency's bracket closed by a stop."""
    text = ("Ciudad de Guatemala, 14 jun (EFE).- Al menos 23 personas murieron por el deslave que sepultó una "
            "aldea del departamento de Alta Verapaz.")
    assert [(c.location, c.period) for c in extract_local(text, "es")] == [("departamento de Alta Verapaz", None)]


def test_a_place_opening_a_sentence_with_no_dateline_stays_its_place() -> None:
    text = "En Ciudad de Guatemala, al menos 23 personas murieron el viernes por las lluvias."
    assert [c.location for c in extract_local(text, "es")] == ["Ciudad de Guatemala"]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Un segundo convoy sacó a 300 civiles del barrio sitiado de San Telmo."),
    ("fr", "Un deuxième convoi a évacué 300 civils du quartier assiégé de Saint-Rémy."),
])
def test_a_batch_decides_the_kind_but_is_no_period_text(language: str, text: str) -> None:
    """Gold Periods rule 6: a period is a temporal expression; a convoy or a group states no time."""
    assert [c.period for c in extract_local(text, language)] == [None]


@pytest.mark.parametrize(("language", "text", "period"), [
    ("fr", "Depuis le début de l'évacuation, 300 personnes ont quitté Pemba.", "Depuis le début de l'évacuation"),
    ("es", "Desde el inicio de la evacuación, 300 personas salieron de Tumaco.", "Desde el inicio de la evacuación"),
    ("fr", "Au moins 300 personnes ont été tuées au Mozambique depuis 2014.", "depuis 2014"),
])
def test_an_origin_keeps_its_event_noun_and_its_year(language: str, text: str, period: str) -> None:
    """An event word after an article is a noun the origin governs, not the clause's verb; a year right
    after the origin is its date."""
    assert extract_local(text, language)[0].period == period


def test_an_origin_used_as_an_adverb_before_its_verb_stays_one_word() -> None:
    assert extract_local("Plus de 400 familles ont depuis regagné Pemba.", "fr")[0].period == "depuis"


@pytest.mark.parametrize(("language", "text", "place", "period"), [
    ("es", "En Tumaco, el 3 de mayo — según la ONU — murieron 40 personas.", "Tumaco", "el 3 de mayo"),
    ("fr", "À Pemba, le 3 mai - selon l'ONU - 40 personnes ont été tuées.", "Pemba", "le 3 mai"),
])
def test_a_fronted_place_phrase_with_a_date_and_an_aside_is_no_dateline(language: str, text: str, place: str,
                                                                          period: str) -> None:
    """A dateline's place is a name before its comma; a preposition opening the sentence makes it the
    place of the sentence's own event, and its date the period."""
    assert [(c.location, c.period) for c in extract_local(text, language)] == [(place, period)]


@pytest.mark.parametrize(("language", "text", "place"), [
    # a media noun that is a common word here: "because of", the site of a collapse, a canal
    ("pt", "Mais de 3 mil pessoas estão desalojadas por conta das chuvas em Quelimane.", "Quelimane"),
    ("es", "Los rescatistas hallaron 30 cuerpos en el sitio del derrumbe en Quebradaseca.", "Quebradaseca"),
    ("ar", "نزح 300 شخص قرب قناة المحمودية في مدينة دمنهور.", "مدينة دمنهور"),
])
def test_a_media_noun_with_no_possessive_names_no_medium(language: str, text: str, place: str) -> None:
    """A medium is a construction ("sa page", "su cuenta oficial", "صفحتها"), not any media noun nearby."""
    loc = extract_local(text, language)[0].location
    assert loc is not None and loc.endswith(place)


@pytest.mark.parametrize(("language", "text", "party"), [
    ("es", "Unas 3.100 personas fueron evacuadas de Tumaco, según la Autoridad del Canal de Panamá.",
     "Autoridad del Canal de Panamá"),
    ("es", "Unas 3.100 personas fueron evacuadas de Tumaco, informó un reportero del canal Telemundo.",
     "reportero del canal Telemundo"),
    ("ar", "قالت المنظمة على حسابها في منصة إكس إن 300 شخص نزحوا من درنة.", "المنظمة"),
    ("ar", "أعلنت وزارة الصحة على صفحتها في فيسبوك مقتل 40 شخصا في درنة.", "وزارة الصحة"),
])
def test_only_a_possessed_medium_is_cut_from_the_party(language: str, text: str, party: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [party]


@pytest.mark.parametrize(("language", "text", "periods"), [
    ("pt", "Pelo menos 40 pessoas morreram em Quelimane neste sábado (7).", ["neste sábado (7)"]),
    ("pt", "Nesta terça-feira, 40 pessoas morreram em Quelimane.", ["Nesta terça-feira"]),
    ("es", "Al menos 40 personas murieron en Tumaco este jueves.", ["este jueves"]),
    ("fr", "Ce jeudi 15 décembre, 40 personnes sont mortes à Pemba.", ["Ce jeudi 15 décembre"]),
    # no demonstrative: the day alone, with its article
    ("fr", "Le jeudi 15 décembre, 40 personnes sont mortes à Pemba.", ["Le jeudi 15 décembre"]),
])
def test_a_demonstrative_and_its_day_are_one_period(language: str, text: str, periods: list[str]) -> None:
    assert [c.period for c in extract_local(text, language)] == periods


def test_a_compound_media_noun_is_a_medium_with_no_possessive() -> None:
    text = "Cerca de 4.000 pessoas foram retiradas de Quelimane, anunciou a Defesa Civil numa rede social."
    assert [c.source for c in extract_local(text, "pt")] == ["Defesa Civil"]


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "No acumulado, 300 pessoas morreram em Quelimane."),
    ("fr", "Au cumul, 300 personnes sont mortes à Pemba."),
])
def test_in_total_makes_a_total_but_states_no_period(language: str, text: str) -> None:
    """Gold Periods rule 6: "in total" words decide a cumulative count but are no temporal expression."""
    assert [(c.period_kind, c.period) for c in extract_local(text, language)] == [("cumulative", None)]


@pytest.mark.parametrize(("language", "text", "period"), [
    ("ru", "За последние сутки погибли 12 человек в Бейре.", "За последние сутки"),
    ("ru", "За последнюю неделю погибли 12 человек в Бейре.", "За последнюю неделю"),
    ("uk", "За останню добу загинули 12 людей у Бейрі.", "За останню добу"),
    ("ru", "За последние 48 часов погибли 12 человек в Бейре.", "За последние 48 часов"),
])
def test_a_window_keeps_its_unit_in_any_case(language: str, text: str, period: str) -> None:
    """CLDR has no unit for сутки/доба ([periods] units) and no accusative forms (the lemma is compared)."""
    assert [c.period for c in extract_local(text, language)] == [period]


@pytest.mark.parametrize(("language", "text", "period"), [
    ("ar", "قتل 40 شخصا في درنة خلال الأسبوع الماضي.", "خلال الأسبوع الماضي"),
    ("fr", "Dimanche dernier, 40 personnes sont mortes à Pemba.", "Dimanche dernier"),
    ("pt", "No domingo passado, 40 pessoas morreram em Quelimane.", "No domingo passado"),
    # no adjective after the day: the day alone
    ("fr", "Dimanche, 40 personnes sont mortes à Pemba, selon la police.", "Dimanche"),
])
def test_a_last_or_past_adjective_after_its_noun_belongs_to_the_period(language: str, text: str,
                                                                        period: str) -> None:
    assert [c.period for c in extract_local(text, language)] == [period]


def test_a_short_calendar_form_starting_a_name_is_no_time_word() -> None:
    """CLDR's short "mar" (martes, marzo) opens "Mar del Plata": only a wide name is a time word."""
    claims = extract_local("Unas 300 personas fueron evacuadas de Mar del Plata.", "es")
    assert [c.location for c in claims] == ["Mar del Plata"]
    dated = extract_local("Unas 300 personas fueron evacuadas de Tumaco el 2 mar.", "es")
    assert [(c.location, c.period) for c in dated] == [("Tumaco", "el 2 mar")]
