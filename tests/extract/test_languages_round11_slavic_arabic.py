"""Round 11 rules for Russian, Ukrainian and Arabic on unseen crises. Sentences written for crises that are not in
the development data nor in any probe set (invented towns), in the style of each language's press."""

from __future__ import annotations

import pytest

from headcount.extract.numbers_locale import parse_locale
from headcount.extract.stages_local import extract_local


def _values(text: str, language: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.figure, f.low, f.high) for f in parse_locale(text, language)]


def _events(text: str, language: str) -> list[tuple[str, str]]:
    return [(c.figure, c.event) for c in extract_local(text, language)]


@pytest.mark.parametrize(("language", "text", "want"), [
    ("ru", "Без света остались более полутора тысяч жителей Верхнеборска.", ("более полутора тысяч", 1500, None)),
    ("ru", "В лагерь доставили полторы сотни беженцев.", ("полторы сотни", 150, 150)),
    ("ru", "Медики осмотрели около полусотни детей.", ("около полусотни", 50, 50)),
    ("ru", "Из поселка вывезли полтысячи человек.", ("полтысячи", 500, 500)),
    ("uk", "З Нижньоборська виїхали півтори тисячі мешканців.", ("півтори тисячі", 1500, 1500)),
    ("uk", "Підтоплення зачепило півмільйона людей.", ("півмільйона", 500_000, 500_000)),
    ("uk", "Евакуювали понад пів тисячі мешканців Нижньоборська.", ("понад пів тисячі", 500, None)),
    ("ru", "Водолазы спасли семерых рыбаков.", ("семерых", 7, 7)),
])
def test_one_and_a_half_and_half_words_multiply_the_scale_after_them(language: str, text: str,
                                                                     want: tuple[str, int, int | None]) -> None:
    assert _values(text, language) == [want]


def test_a_word_that_merely_starts_like_half_is_no_number() -> None:
    assert _values("Половина жителей и полиция покинули город.", "ru") == []


@pytest.mark.parametrize(("language", "text", "want"), [
    ("ru", "Погибли несколько горняков.", ("несколько", 3, None)),
    ("uk", "Кілька туристів досі не вийшли на зв'язок.", ("Кілька", 3, None)),
    ("uk", "На вокзалі чекають кількасот пасажирів.", ("кількасот", 300, None)),
    ("uk", "Волонтери нагодували понад сотню переселенців.", ("понад сотню", 100, None)),
    ("ru", "Эвакуировали более сотни отдыхающих.", ("более сотни", 100, None)),
    ("ar", "تم إجلاء أكثر من مئتي طالب من المدرسة.", ("أكثر من مئتي", 200, None)),
    ("ar", "استقبل المخيم ألفي لاجئ.", ("ألفي", 2000, 2000)),
])
def test_several_oblique_hundreds_and_construct_duals_are_numbers(language: str, text: str,
                                                                  want: tuple[str, int, int | None]) -> None:
    assert _values(text, language) == [want]


@pytest.mark.parametrize(("language", "text", "want"), [
    ("ru", "Сотни жителей вышли на улицы.", ("Сотни", 200, None)),            # bare plural stays "hundreds"
    ("ar", "نزح عشرون ألفا من السكان.", ("عشرون ألفا", 20_000, 20_000)),       # "thousand" after a tens word, no dual
])
def test_the_vague_plural_and_the_accusative_thousand_are_unchanged(language: str, text: str,
                                                                     want: tuple[str, int, int | None]) -> None:
    assert _values(text, language) == [want]


@pytest.mark.parametrize(("language", "text", "event"), [
    ("ru", "В больницах Верхнеборска остаются 19 пострадавших.", "aided"),
    ("uk", "У лікарнях Нижньоборська перебувають 23 поранених.", "aided"),
    ("ar", "استقبلت مستشفيات بلدة الوادي الأخضر 40 مصابا.", "aided"),
    ("ru", "После оползня без крова остались 600 человек.", "displaced"),
    ("uk", "Без житла залишилися 350 родин.", "displaced"),
    ("ru", "Спасатели извлекли живыми 7 человек.", "rescued"),
    ("uk", "Рятувальники деблокували з-під уламків 5 людей.", "rescued"),
    ("ar", "تمكن المسعفون من انتشال 8 أشخاص أحياء.", "rescued"),
    ("ru", "На эвакуации жителей Заречного работают 320 спасателей.", "other"),   # staff, not the evacuated
    ("ru", "В медицинских учреждениях остаются 12 человек.", "aided"),          # a two-word place of care
    ("ru", "В районную больницу Заречного доставлены 14 человек.", "aided"),
    ("uk", "До лікарні Підгірного доставили 9 постраждалих.", "aided"),
    ("ar", "ونقل 25 مصابا إلى المستشفى الوطني في بلدة الوادي الأخضر.", "aided"),
    ("ru", "В пунктах временного размещения в Заречном находятся 420 человек.", "displaced"),
    ("uk", "У пунктах незламності Підгірного перебувають 230 людей.", "displaced"),
])
def test_the_predicate_of_the_clause_decides_the_event(language: str, text: str, event: str) -> None:
    assert [e for _, e in _events(text, language)] == [event]


@pytest.mark.parametrize(("language", "text", "event"), [
    ("ru", "Под завалами остаются 6 человек.", "besieged"),      # remaining under rubble stays besieged
    ("ru", "Из-под завалов извлечены тела 7 погибших.", "killed"),   # pulled out dead: no "alive"
    ("ar", "أصيب 40 شخصا في الانفجار.", "injured"),                # no hospital receives them
    ("ru", "В Заречном находятся 420 человек.", "other"),           # staying in a town is no shelter
])
def test_without_the_complement_the_usual_event_stands(language: str, text: str, event: str) -> None:
    assert [e for _, e in _events(text, language)] == [event]


@pytest.mark.parametrize(("language", "text", "event"), [
    ("ru", "Еще 31 человек получили травмы.", "injured"),
    ("ru", "Медики оказали помощь 45 жителям.", "aided"),
    ("ru", "Оползень унес жизни 14 человек.", "killed"),
    ("uk", "Повінь забрала життя 6 людей.", "killed"),
    ("ar", "وأودى الحريق بحياة 14 شخصا في بلدة الوادي الأخضر.", "killed"),
    ("ar", "وتم إخلاء 70 مريضا من المستشفى.", "evacuated"),
])
def test_the_object_noun_of_a_light_verb_names_the_event(language: str, text: str, event: str) -> None:
    assert [e for _, e in _events(text, language)] == [event]


def test_a_part_with_no_event_of_its_own_is_in_its_totals_event() -> None:
    text = "قتل 13 شخصا في انفجار بمصنع للأسمدة قرب بلدة الوادي الأخضر، من بينهم 5 نساء، بينما تبحث الفرق عن مفقودين اثنين."
    assert _events(text, "ar")[:2] == [("13", "killed"), ("5", "killed")]


def test_a_part_with_its_own_event_word_keeps_it() -> None:
    text = "В Верхнеборске погибли 11 человек, среди них 4 ребенка были эвакуированы ранее."
    assert _events(text, "ru")[1] == ("4", "evacuated")


@pytest.mark.parametrize(("language", "text", "source"), [
    ("uk", "Як повідомив т.в.о. голови селищної ради Олег Мороз, з Верхньоборська вивезли 40 дітей.",
     "т.в.о. голови селищної ради Олег Мороз"),
    ("ru", "По словам и.о. главы района Петра Смирнова, эвакуированы 80 жителей.", "и.о. главы района Петра Смирнова"),
])
def test_a_dotted_abbreviation_does_not_cut_the_party_after_a_cue(language: str, text: str, source: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [source]


def test_a_dotted_abbreviation_is_one_word_in_every_language_but_a_sentence_end_is_kept() -> None:
    # the dotted token is shared by every language analyser_simple reads: a two-letter word before a full stop
    # still ends the sentence
    text = "La crecida llegó hasta el río Su. Murieron 5 personas en Villaclara."
    assert [(c.figure, c.event) for c in extract_local(text, "es")] == [("5", "killed")]


@pytest.mark.parametrize(("language", "text", "event"), [
    ("ru", "9 человек ранены и доставлены в больницу.", "injured"),        # the clause's own toll word
    ("ru", "Вертолетом в городскую больницу доставили тела 6 погибших альпинистов.", "killed"),  # body noun
    ("uk", "До лікарні Підгірного доставили тіла 3 загиблих шахтарів.", "killed"),
    ("ar", "أصيب 18 عاملا في الحريق ونقلوا إلى مستشفى المدينة.", "injured"),
    ("ar", "جرى إخلاء 90 مريضا من المستشفى القديم ونقلهم إلى مستشفى ميداني.", "evacuated"),
    ("ru", "Остальные 12 человек погибли под обломками дома.", "killed"),   # "the rest" is no stay verb
    ("ar", "وقالت الإذاعة نقلا عن مسؤول في مستشفى البلدة إن 9 أشخاص قتلوا.", "killed"),  # quoting, not carrying
])
def test_the_predicate_rule_never_overrides_the_clauses_own_event(language: str, text: str, event: str) -> None:
    assert [e for _, e in _events(text, language)] == [event]


@pytest.mark.parametrize("text", [
    "تم انتشال 4 أشخاص فارقوا الحياة في المنجم.",                      # "life" is not "alive"
    "قتل 6 أشخاص ونقلت فرق الدفاع المدني جثثهم إلى مستشفى البلدة.",   # the bodies are not patients
])
def test_arabic_life_and_bodies_are_neither_rescued_nor_aided(text: str) -> None:
    assert [e for _, e in _events(text, "ar")][0] not in ("rescued", "aided")


def test_alive_written_as_three_words_is_a_rescue() -> None:
    assert _events("انتشل الغواصون 6 أشخاص على قيد الحياة.", "ar") == [("6", "rescued")]


@pytest.mark.parametrize(("language", "text", "want"), [
    ("uk", "Загинули декілька людей.", ("декілька", 3, None)),
    ("uk", "Евакуювали декількох мешканців.", ("декількох", 3, None)),
    ("ru", "Спасли полтораста человек.", ("полтораста", 150, 150)),
    ("uk", "Евакуювали півтораста людей.", ("півтораста", 150, 150)),
])
def test_the_other_several_and_the_one_word_hundred_and_a_half(language: str, text: str,
                                                               want: tuple[str, int, int | None]) -> None:
    assert _values(text, language) == [want]


@pytest.mark.parametrize(("language", "text", "want"), [
    ("ru", "Эвакуированы полтора десятка тысяч жителей.", ("полтора десятка тысяч", 15_000, 15_000)),
    ("uk", "Евакуювали півтори сотні тисяч людей.", ("півтори сотні тисяч", 150_000, 150_000)),
    ("ar", "وصل ألفا لاجئ إلى المخيم.", ("ألفا", 2000, 2000)),            # nominative construct dual
    ("ar", "تضرر مليونا شخص من الفيضانات.", ("مليونا", 2_000_000, 2_000_000)),
    ("ar", "استقبلت المخيمات مليوني لاجئ.", ("مليوني", 2_000_000, 2_000_000)),
])
def test_a_scale_after_a_half_quantity_and_the_bare_duals_multiply(language: str, text: str,
                                                                   want: tuple[str, int, int | None]) -> None:
    assert _values(text, language) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("أحد عشر ألفا من السكان غادروا.", ("أحد عشر ألفا", 11_000, 11_000)),   # after a number word: singular
    ("غادر 30 ألفا من السكان.", ("30 ألفا", 30_000, 30_000)),
])
def test_thousand_after_a_number_is_no_dual(text: str, want: tuple[str, int, int | None]) -> None:
    assert _values(text, "ar") == [want]


def test_a_part_whose_own_predicate_decides_keeps_that_event() -> None:
    # the part's stay verb and place of care decide; the total's event (evacuated) does not overwrite it
    text = "З Верхньоборська евакуйовано 120 людей, з них 15 поранених перебувають у лікарні."
    assert _events(text, "uk") == [("120", "evacuated"), ("15", "aided")]


@pytest.mark.parametrize(("language", "text", "want"), [
    ("ru", "Поиски ведутся с более чем сотней добровольцев.", ("более чем сотней", 100, None)),
    ("uk", "Пошуки ведуться з понад сотнею волонтерів.", ("понад сотнею", 100, None)),
])
def test_the_instrumental_hundred_after_a_hedge(language: str, text: str, want: tuple[str, int, int | None]) -> None:
    assert _values(text, language) == [want]
