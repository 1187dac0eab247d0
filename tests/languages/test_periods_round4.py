"""Period kinds of the languages read by lexicon (extract/when_local.py): the English decision (gold Periods
rules) over each language's period words. Sentences are written for these tests, in the style of news."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.errors import LexiconError
from headcount.extract.analyser_simple import analyse
from headcount.extract.languages import LANGUAGES, lexicon
from headcount.extract.rules import rules
from headcount.extract.stages_local import extract_local
from headcount.extract.when_local import _check, find_cues, period_words

KINDS = {"stock", "cumulative", "increment"}


def kinds(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(c.figure, c.period_kind) for c in extract_local(text, language)]


@pytest.mark.parametrize(("language", "text", "want"), [
    # an origin ("since the start of", "since <date>"): a running total
    ("ru", "С начала операции из города вывезли более 12 тысяч мирных жителей.", "cumulative"),
    ("uk", "Від початку вторгнення з області евакуювали понад 90 тисяч людей.", "cumulative"),
    ("es", "Desde el 3 de marzo, más de 15.000 personas han huido de la ciudad.", "cumulative"),
    ("fr", "Depuis le 2 avril, 4 800 civils ont quitté la ville, selon l'ONU.", "cumulative"),
    ("ar", "منذ بداية الحرب نزح أكثر من 300 ألف شخص من المدينة.", "cumulative"),
    ("pt", "Até agora, 2.500 moradores deixaram o bairro.", "cumulative"),
    # a window, a day, a weekday from CLDR: an increment
    ("ru", "За последние сутки из района вышли 640 человек.", "increment"),
    ("uk", "Сьогодні з міста евакуювали 318 людей.", "increment"),
    ("fr", "Mardi, 210 civils ont quitté la ville.", "increment"),
    ("ar", "خرج اليوم 450 مدنيا من الحي الشرقي.", "increment"),
    # a total a verb moved ("the number of the dead exceeded"): its value is a running total
    ("ru", "Число погибших в результате землетрясения превысило 5 тысяч человек.", "cumulative"),
    ("pt", "O número de mortos chegou a 143, segundo a Defesa Civil.", "cumulative"),
    # a planned count told in the synthetic future: the total planned
    ("es", "Unas 6.000 familias abandonarán el barrio, según el gobierno.", "cumulative"),
    # displacement as a state (the people noun, a verb of being), and who is there with no event: stocks
    ("pt", "Cerca de 12 mil pessoas estão desalojadas no estado.", "stock"),
    ("es", "Actualmente 7.200 desplazados viven en campamentos del norte.", "stock"),
    ("fr", "Quelque 900 secouristes travaillent dans la zone sinistrée.", "stock"),
])
def test_the_clause_decides_the_kind(language: str, text: str, want: str) -> None:
    assert [k for _, k in kinds(text, language)] == [want]


def test_a_day_between_a_verb_of_saying_and_its_complementiser_dates_the_statement() -> None:
    # "el martes" is when the government spoke; the deaths are the quake's total (a whole)
    said = "El gobierno informó el martes que 3.000 personas murieron en el terremoto."
    assert kinds(said, "es") == [("3.000", "cumulative")]
    # the same day in the figure's own clause is the window of the flow
    assert kinds("El martes, 3.000 personas murieron en el terremoto.", "es") == [("3.000", "increment")]


def test_an_origin_closed_by_an_end_and_a_day_is_a_closed_window() -> None:
    text = "منذ الصباح وحتى مساء اليوم تمكن نحو 900 مدني من مغادرة الحي."
    assert [k for _, k in kinds(text, "ar")] == ["increment"]
    assert [k for _, k in kinds("منذ الصباح تمكن نحو 900 مدني من مغادرة الحي.", "ar")] == ["cumulative"]


def test_parts_take_their_whole_kind() -> None:
    assert kinds("Au cours des dernières 24 heures, 530 personnes ont fui, dont 120 enfants.", "fr") == [
        ("530", "increment"), ("120", "increment")]
    assert kinds("Depuis lundi, 2 100 personnes ont fui, dont 700 enfants.", "fr") == [
        ("2 100", "cumulative"), ("700", "cumulative")]


def test_a_toll_takes_the_kind_of_what_the_text_is_about() -> None:
    # a disaster named before: its running total; one incident: its toll, an increment
    flood = "Сильное наводнение обрушилось на город в пятницу.\n\nВ городе погибли 230 человек."
    strike = "Ракетный удар пришелся по рынку в пятницу.\n\nВ городе погибли 14 человек."
    assert kinds(flood, "ru") == [("230", "cumulative")]
    assert kinds(strike, "ru") == [("14", "increment")]


def test_a_headline_takes_the_kind_of_the_body_figure_it_rounds() -> None:
    text = "Más de 3 mil civiles salen de la ciudad\n\nDesde el lunes, 3.047 civiles han salido de la ciudad."
    assert kinds(text, "es") == [("Más de 3 mil", "cumulative"), ("3.047", "cumulative")]


def test_a_capitalised_word_inside_a_sentence_is_a_name_not_a_period_word() -> None:
    lex = lexicon("es")
    text = "Combatientes del Estado Islámico retienen a 400 civiles."
    a = analyse(text, 0, len(text), "es", lex.elided)
    assert not [c for c in find_cues(a.words, period_words("es"), lex) if c.kind == "staying"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_checked_period_words_and_cldr_calendar_names(language: str) -> None:
    pw = period_words(language)
    assert pw.weekdays and pw.months
    assert all(table.first for key, table in pw.tables.items()
               if key not in ("origin_before_date", "perfect", "weak"))


def test_a_broken_period_lexicon_is_refused_with_every_problem() -> None:
    problems = _check({"version": 1, "periods": {"origins": [], "windows": "hoy"}})
    assert any("origins must not be empty" in p for p in problems)
    assert any("windows must be a list" in p for p in problems)
    assert _check({"periods": {}})[0] == "'version' must be an integer"
    with pytest.raises(LexiconError):
        period_words("de")


_CUE_WORDS = {
    "ru": ["с начала войны", "за сутки", "всего", "уже", "сегодня", "в пятницу", "в день", "остаются"],
    "es": ["desde el lunes", "hoy", "en total", "ya", "al día", "permanecen", "hasta ahora", "el martes"],
    "fr": ["depuis lundi", "hier", "au total", "déjà", "par jour", "restent", "jusqu'à présent", "mardi"],
}
_SENTENCES = {"ru": "{} {} человек покинули город.", "es": "{} {} personas abandonaron la ciudad.",
              "fr": "{} {} personnes ont quitté la ville."}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_CUE_WORDS)), st.data(), st.integers(min_value=12, max_value=90000))
def test_every_count_gets_a_closed_kind_and_stock_events_are_stocks(language: str, data: st.DataObject,
                                                                    n: int) -> None:
    cues = data.draw(st.lists(st.sampled_from(_CUE_WORDS[language]), max_size=3))
    text = _SENTENCES[language].format(" ".join(cues), n)
    claims = extract_local(text[0].upper() + text[1:], language)
    for c in claims:
        assert c.period_kind in KINDS
        if c.event in rules().stock_events:
            assert c.period_kind == "stock"
