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
    ("ar", "وصل ألفي لاجئ إلى المخيم.", ("ألفي", 2000, 2000)),
])
def test_several_oblique_hundreds_and_construct_duals_are_numbers(language: str, text: str,
                                                                  want: tuple[str, int, int | None]) -> None:
    assert _values(text, language) == [want]


@pytest.mark.parametrize(("language", "text", "want"), [
    ("ru", "Сотни жителей вышли на улицы.", ("Сотни", 200, None)),            # bare plural stays "hundreds"
    ("ar", "نزح عشرين ألفا من السكان.", ("عشرين ألفا", 20_000, 20_000)),       # accusative "thousand", no dual
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
    ("ru", "На месте оползня работают 250 спасателей.", "other"),
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
    text = "ارتفع عدد ضحايا انهيار المبنى في بلدة الوادي الأخضر إلى 11 شخصا، بينهم 4 أطفال، فيما فقد 3 آخرون."
    assert _events(text, "ar")[:2] == [("11", "killed"), ("4", "killed")]


def test_a_part_with_its_own_event_word_keeps_it() -> None:
    text = "В Верхнеборске погибли 11 человек, среди них 4 ребенка были эвакуированы ранее."
    assert _events(text, "ru")[1] == ("4", "evacuated")


@pytest.mark.parametrize(("language", "text", "source"), [
    ("uk", "За словами в.о. міського голови Івана Гнатюка, у лікарнях перебувають 12 поранених.",
     "в.о. міського голови Івана Гнатюка"),
    ("ru", "По словам и.о. главы района Петра Смирнова, эвакуированы 80 жителей.", "и.о. главы района Петра Смирнова"),
])
def test_a_dotted_abbreviation_does_not_cut_the_party_after_a_cue(language: str, text: str, source: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [source]
