"""Round 8b: six languages on crises absent from the gold. The agency-style reports below were written for
this round (Valencia floods, a cholera outbreak in Haiti, a landslide in Papua New Guinea, a shipwreck off
Djibouti, cyclone Freddy in Mozambique, cholera in Angola, the Derna floods, Karabakh, the Kakhovka dam seen
from Kherson, a strike on Dnipro, the Al Haouz earthquake, Sudan); each rule has a positive case that failed
before it and a contrast beside it."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local

REPORTS: dict[str, tuple[str, str]] = {
    'es-1': ('es', 'VALENCIA, 2 nov (EFE).- Al menos 217 personas han muerto por las inundaciones en la provincia de Valencia, según informó este sábado el Centro de Coordinación Operativa. Los servicios de emergencia buscan todavía a 89 desaparecidos en Paiporta y Catarroja. Unos 1.200 militares de la Unidad Militar de Emergencias trabajan en la zona, indicó el Ministerio de Defensa.'),
    'es-2': ('es', 'PUERTO PRÍNCIPE, 14 mar (EFE).- El brote de cólera en Haití ha causado la muerte de 43 personas en la última semana, informó el Ministerio de Salud Pública. Más de 1.500 casos sospechosos fueron registrados en el departamento del Artibonito, según la Organización Panamericana de la Salud. Cerca de 300 pacientes permanecen hospitalizados en Saint-Marc.'),
    'fr-1': ('fr', "PORT MORESBY, 27 mai (AFP) - Plus de 2 000 personnes ont été ensevelies par le glissement de terrain survenu vendredi dans la province d'Enga, a annoncé lundi le Centre national des catastrophes. Quelque 670 habitants seraient morts selon l'Organisation internationale pour les migrations. Les secouristes ont retiré six corps des décombres à Yambali."),
    'fr-2': ('fr', "DJIBOUTI, 3 avr (AFP) - Au moins 38 migrants sont morts dans le naufrage d'un bateau au large de Djibouti, a indiqué mardi l'OIM. Vingt-deux passagers ont été secourus par les garde-côtes, et une dizaine de personnes sont toujours portées disparues. L'embarcation transportait environ 77 migrants partis du Yémen."),
    'pt-1': ('pt', 'Maputo, 18 jan (Lusa) - Pelo menos 45 pessoas morreram e 120 ficaram feridas na passagem do ciclone Freddy pela província da Zambézia, anunciou hoje o Instituto Nacional de Gestão de Desastres. Cerca de 25 mil pessoas foram deslocadas para centros de acomodação em Quelimane. As autoridades registaram ainda 12 desaparecidos.'),
    'pt-2': ('pt', 'Luanda, 9 out (Lusa) - O surto de cólera em Angola já matou 310 pessoas desde janeiro, segundo o Ministério da Saúde angolano. Na última semana foram notificados mais de 900 novos casos na província de Luanda. Quase 4.000 doentes foram tratados em centros de saúde de Cacuaco, disse o diretor provincial.'),
    'ru-1': ('ru', 'ТРИПОЛИ, 12 сентября. /ТАСС/. Число погибших в результате наводнения в ливийском городе Дерна достигло 5,3 тыс. человек, сообщил во вторник представитель МВД Ливии. Еще около 10 тыс. человек считаются пропавшими без вести. По данным Красного Полумесяца, более 30 тыс. жителей остались без крова.'),
    'ru-2': ('ru', 'ЕРЕВАН, 25 сентября. /ТАСС/. Более 6,5 тыс. беженцев из Нагорного Карабаха прибыли в Армению за последние сутки, сообщили в правительстве республики. По данным Минздрава Армении, в результате взрыва на складе топлива погибли 68 человек, еще 290 получили ранения. Около 100 человек числятся пропавшими.'),
    'uk-1': ('uk', 'Київ, 6 червня /Укрінформ/. Унаслідок підриву Каховської ГЕС з підтоплених районів Херсонщини евакуювали 1 894 особи, повідомив голова ОВА. За його словами, загинули щонайменше 14 людей. Ще 31 людина вважається зниклою безвісти, зазначили в Міністерстві внутрішніх справ.'),
    'uk-2': ('uk', 'Дніпро, 15 січня /Укрінформ/. Кількість загиблих внаслідок ракетного удару по багатоповерхівці в Дніпрі зросла до 40 осіб, повідомили в ДСНС. Серед загиблих троє дітей. Понад 75 людей отримали поранення, 39 мешканців врятовано з-під завалів.'),
    'ar-1': ('ar', 'الرباط، 9 سبتمبر (وكالة المغرب العربي للأنباء) - ارتفعت حصيلة ضحايا الزلزال الذي ضرب إقليم الحوز إلى 2012 قتيلا، حسبما أعلنت وزارة الداخلية المغربية اليوم السبت. وأضافت الوزارة أن 2059 شخصا أصيبوا بجروح، بينهم 1404 في حالة خطيرة. ولا يزال نحو 300 شخص في عداد المفقودين في قرى مراكش.'),
    'ar-2': ('ar', 'الخرطوم، 4 أغسطس (وكالة الأنباء) - قالت الأمم المتحدة إن أكثر من 10 آلاف شخص نزحوا من مدينة الفاشر خلال الأسبوع الماضي. وأعلنت وزارة الصحة السودانية مقتل 25 مدنيا وإصابة 60 آخرين في قصف على سوق نيالا يوم الخميس. وأفادت منظمة أطباء بلا حدود بأن ما لا يقل عن 150 طفلا يعانون من سوء التغذية الحاد.'),
}


@pytest.mark.parametrize("key", sorted(REPORTS))
def test_every_report_reads_without_error_and_finds_a_count(key: str) -> None:
    language, text = REPORTS[key]
    assert extract_local(text, language)


# -- 1. Ukrainian: the participle "зниклий" (missing) in every gender and case names the event -----------------

@pytest.mark.parametrize("text", [
    "Після зсуву в провінції Енга 12 туристів вважаються зниклими безвісти.",
    "Ще 31 людина вважається зниклою безвісти, зазначили в Міністерстві внутрішніх справ.",
])
def test_uk_a_missing_participle_in_any_form_names_missing(text: str) -> None:
    assert [c.event for c in extract_local(text, "uk")] == ["missing"]


def test_uk_a_rescue_beside_it_stays_a_rescue() -> None:
    assert [c.event for c in extract_local("Після зсуву в провінції Енга 12 туристів врятовано.", "uk")] == [
        "rescued"]


# -- 2. Arabic: the passive participle "مفقود" as a predicate ("في عداد المفقودين") names missing --------------

def test_ar_counted_among_the_missing_is_missing() -> None:
    text = "ولا يزال 40 شخصا في عداد المفقودين بعد الانهيار الأرضي في بابوا غينيا الجديدة."
    assert [c.event for c in extract_local(text, "ar")] == ["missing"]


def test_ar_a_killing_beside_it_stays_a_killing() -> None:
    text = "وقتل 40 شخصا في الانهيار الأرضي في بابوا غينيا الجديدة."
    assert [c.event for c in extract_local(text, "ar")] == ["killed"]


# -- 3. two verbal nouns each heading its figure ("مقتل N وإصابة M"): the second heads the second figure -----

def test_ar_each_verbal_noun_names_the_figure_it_heads() -> None:
    text = "وأعلنت السلطات الليبية مقتل 7 أشخاص وإصابة 19 آخرين في فيضان بمدينة درنة."
    assert [(c.figure, c.event) for c in extract_local(text, "ar")] == [("7", "killed"), ("19", "injured")]


def test_ar_an_event_noun_after_the_figure_not_heading_another_still_names_it() -> None:
    text = "وأعلنت السلطات الليبية أن 7 أشخاص أصيبوا في فيضان بمدينة درنة."
    assert [c.event for c in extract_local(text, "ar")] == ["injured"]


# -- 4. a light verb with an event noun ("получили ранения", "sofreram ferimentos") is a verb group: the counted
#       noun is left out, as after an auxiliary, and the figure counts the people of the figure before --------

@pytest.mark.parametrize(("language", "text"), [
    ("ru", "При обрушении моста в Ливии погибли 68 человек, еще 290 получили ранения."),
    ("uk", "Під час зсуву в провінції Енга загинули 12 людей, ще 20 отримали поранення."),
    ("pt", "O ciclone matou 12 pessoas em Quelimane e 20 sofreram ferimentos."),
])
def test_a_light_verb_with_an_event_noun_keeps_the_left_out_noun(language: str, text: str) -> None:
    assert [c.event for c in extract_local(text, language)] == ["killed", "injured"]


def test_a_light_verb_with_another_noun_is_not_a_count_of_people() -> None:
    text = "При обрушении моста в Ливии разрушены 68 домов, еще 290 получили повреждения."
    assert extract_local(text, "ru") == []


# -- 5. a window measured by its length in the singular ("en la última semana", "na última semana") is an
#       increment, even with a perfect; an origin ("desde janeiro") stays cumulative ----------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("es", "El brote ha causado la muerte de 31 personas en Tete en la última semana."),
    ("pt", "O surto de cólera já matou 31 pessoas em Tete na última semana."),
])
def test_a_singular_window_of_the_last_week_is_an_increment(language: str, text: str) -> None:
    assert [c.period_kind for c in extract_local(text, language)] == ["increment"]


def test_an_origin_month_beside_it_stays_cumulative() -> None:
    text = "O surto de cólera já matou 31 pessoas em Tete desde janeiro."
    assert [c.period_kind for c in extract_local(text, "pt")] == ["cumulative"]


# -- 6. Arabic, with no capitals: a place phrase ends where a window or a day begins -----------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("قالت الأمم المتحدة إن 900 شخص نزحوا من مدينة درنة خلال الأسبوع الماضي.", "مدينة درنة"),
    ("وقتل 12 مدنيا في سوق درنة يوم الخميس.", "سوق درنة"),
])
def test_ar_a_place_stops_before_a_trailing_time_phrase(text: str, place: str) -> None:
    assert [c.location for c in extract_local(text, "ar")] == [place]


def test_ar_a_place_with_no_time_phrase_keeps_its_words() -> None:
    text = "وقتل 12 مدنيا في سوق مدينة درنة."
    assert [c.location for c in extract_local(text, "ar")] == ["سوق مدينة درنة"]


# -- 7. a dispatch's dateline ("Cidade, 18 jan (Agência) -") is where it was filed, not the figure's place ----------

@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Maputo, 18 jan (Lusa) - Pelo menos 45 pessoas morreram e 120 ficaram feridas na passagem do ciclone."),
    ("ar", "الرباط، 9 سبتمبر (وكالة الأنباء) - ارتفعت حصيلة ضحايا الزلزال الذي ضرب الإقليم إلى 212 قتيلا."),
])
def test_a_dateline_city_is_not_the_place_of_the_figure(language: str, text: str) -> None:
    assert extract_local(text, language)[0].location is None


def test_a_city_named_in_the_body_is_still_the_place() -> None:
    text = "Pelo menos 45 pessoas morreram e 120 ficaram feridas em Maputo, anunciou a Lusa."
    assert extract_local(text, "pt")[0].location == "Maputo"


# -- 8. the sick as people nouns: "doentes", "enfermos", "malades", "больные", "хворі" count patients -------------

@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Quase 900 doentes foram tratados em centros de saúde de Tete."),
    ("es", "Más de 300 enfermos fueron atendidos en Tete."),
    ("fr", "Plus de 300 malades ont été soignés à Tete."),
    ("ru", "Более 300 больных госпитализированы в Тете."),
    ("uk", "Понад 300 хворих госпіталізовано в Теті."),
])
def test_the_sick_are_counted_as_patients(language: str, text: str) -> None:
    assert [c.category for c in extract_local(text, language)] == ["patients"]


def test_a_count_of_things_beside_them_is_no_count_of_people() -> None:
    assert extract_local("Quase 900 doses foram distribuídas em centros de saúde de Tete.", "pt") == []
