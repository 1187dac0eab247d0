"""Parts and sources of the languages read by lexicon, round 4 (extract/stages_local.py parents,
extract/attribution_local.py party names and continuing sentences). Sentences are written for these tests, in
the style of news; none is taken from the gold texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.extract.languages import LANGUAGES, lexicon
from headcount.extract.stages_local import extract_local
from headcount.models import Claim


def parents(claims: list[Claim]) -> dict[str, str | None]:
    return {c.figure: (claims[c.parent].figure if c.parent is not None else None) for c in claims}


def sources(claims: list[Claim]) -> dict[str, str | None]:
    return {c.figure: c.source for c in claims}


# --- parents ---------------------------------------------------------------------------------------------

def test_a_colon_after_a_total_with_its_noun_opens_its_breakdown() -> None:
    got = parents(extract_local(
        "Por la tarde llegó a Tarragona un tercer grupo con 640 personas: 310 hombres, 200 mujeres y 130 niños, "
        "entre ellos 9 heridos.", "es"))
    assert got == {"640": None, "310": "640", "200": "640", "130": "640", "9": "640"}


def test_a_colon_before_a_larger_figure_is_not_a_breakdown() -> None:
    got = parents(extract_local("Balance de la semana: 40 heridos y 700 desplazados en la provincia.", "es"))
    assert got["700"] is None


def test_coordinated_parts_keep_the_whole_when_their_nouns_are_coordinated() -> None:
    got = parents(extract_local(
        "Додому повернулися 70 військовослужбовців. Серед них 66 рядових та сержантів і четверо офіцерів.",
        "uk"))
    assert got["66"] == "70" and got["четверо"] == "70"


def test_figures_that_add_up_to_the_total_before_them_are_its_parts() -> None:
    text = ("За добу евакуйовано 1 240 людей.\n"
            "З Херсона автобусами виїхали 800 людей.\n"
            "Ще 440 мешканців Сум вивезли потягом.")
    got = parents(extract_local(text, "uk"))
    assert got == {"1 240": None, "800": "1 240", "440": "1 240"}


def test_figures_that_do_not_add_up_stay_on_their_own() -> None:
    text = ("Hoje saíram 90 civis da fábrica.\n"
            "Durante a manhã saíram 35 moradores.\n"
            "Depois um grupo de 41 pessoas deixou o bairro.")
    got = parents(extract_local(text, "pt"))
    assert got == {"90": None, "35": None, "41": None}


def test_an_inclusion_verb_after_a_count_noun_makes_a_part() -> None:
    text = ("Unas 12 mil personas huyeron de Raqa este mes. La ONU aseguró que la cifra incluye a dos mil 100 "
            "personas que salieron el lunes.")
    got = parents(extract_local(text, "es"))
    assert got["dos mil 100"] == "Unas 12 mil"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=2, max_value=900), min_size=2, max_size=4))
def test_a_sum_breakdown_links_every_part_and_only_them(parts: list[int]) -> None:
    """Invariant: whatever the parts, when they add up to the total they are all its parts, each once."""
    total = sum(parts)
    lines = [f"За сутки эвакуировано {total} человек."]
    lines += [f"Из района номер {n + 1} вывезли {p} человек." for n, p in enumerate(parts)]
    claims = extract_local("\n".join(lines), "ru")
    values = [c.low for c in claims if c.figure not in {str(n + 1) for n in range(len(parts))}]
    assert values[0] == total
    kids = [c for c in claims if c.parent is not None]
    assert sorted(int(c.low or 0) for c in kids) == sorted(parts)
    assert all(claims[c.parent].low == total for c in kids if c.parent is not None)


# --- party names -------------------------------------------------------------------------------------------

def test_a_statement_after_a_preposition_is_named_without_it() -> None:
    got = sources(extract_local('"За сутки из района вышли 512 мирных жителей", - говорится в сообщении.', "ru"))
    assert got["512"] == "сообщении"


def test_a_statement_noun_names_its_author_after_it() -> None:
    got = sources(extract_local(
        "По последним данным, 9120 человек погибли, говорится в сообщении представителей МЧС.", "ru"))
    assert got["9120"] == "представителей МЧС"


def test_a_passive_agent_is_the_party() -> None:
    got = sources(extract_local(
        '"Ao longo da noite saíram 48 civis do bairro", informa um comunicado divulgado pelo Crescente '
        'Vermelho Árabe Sírio.', "pt"))
    assert got["48"] == "Crescente Vermelho Árabe Sírio"


def test_an_arabic_subject_ends_before_the_outlet_it_spoke_to() -> None:
    got = sources(extract_local("وقال المتحدث لوكالة رويترز إن 230 مدنيا غادروا المدينة.", "ar"))
    assert got["230"] == "المتحدث"


def test_an_arabic_subject_ends_before_in_a_statement() -> None:
    got = sources(extract_local("وقالت الوزارة في بيان لها إن 640 شخصا نزحوا من القرى.", "ar"))
    assert got["640"] == "الوزارة"


def test_an_arabic_subject_ends_before_the_complement_clause() -> None:
    got = sources(extract_local("وأشار المراسل إلى أن 75 عائلة و300 شخص وصلوا إلى المخيم.", "ar"))
    assert got["300"] == "المراسل"


# --- continuing sentences ----------------------------------------------------------------------------------

def test_a_sentence_opening_with_a_connective_goes_on_with_the_statement_before() -> None:
    text = ('"За ночь из города вышли 700 мирных жителей", - говорится в сообщении штаба.\n'
            "СМОТРИТЕ ТАКЖЕ: новые фото с места\n"
            "Кроме того, 31 боевик сдался армии.")
    got = sources(extract_local(text, "ru"))
    assert got["31"] == got["700"] and got["31"]


def test_a_connective_after_a_figure_in_the_outlets_voice_keeps_that_voice() -> None:
    text = ("Los combates dejaron 90 muertos, según el gobierno provincial.\n"
            "Recordemos que la semana pasada salieron 4 mil personas de la zona.\n"
            "Además, 600 vecinos fueron evacuados por el río.")
    got = sources(extract_local(text, "es"))
    assert got["600"] is None


def test_every_language_lists_its_continuation_words() -> None:
    for code in LANGUAGES:
        assert lexicon(code).continuation.first, code


# --- witness verbs -----------------------------------------------------------------------------------------

def test_a_correspondent_who_saw_the_figure_is_its_party() -> None:
    got = sources(extract_local(
        "Un photographe de l'AFP a vu des centaines de civils monter dans les camions, a rapporté la télévision "
        "d'État.", "fr"))
    assert got["centaines"] == "photographe de l'AFP"


def test_counted_people_who_saw_something_are_not_a_party() -> None:
    got = sources(extract_local("Dans la plaine, 450 habitants ont vu leurs récoltes noyées.", "fr"))
    assert got["450"] is None
