"""Datelines and text estimates in the document's language (round 8): month names from CLDR, each
language's date shape and agency dateline, its future words; an English text is never read with them.

Every sentence here is invented, about crises not in the gold data (a cyclone in Mozambique, a landslide
in Papua New Guinea, a siege of a made-up town).
"""

from __future__ import annotations

import datetime as dt

from headcount.ingest.dates import dateline_date, dating_from_content
from headcount.ingest.text_dates import estimated_date, stated_month

D = dt.date
LATER = D(2030, 1, 1)


# --- datelines -------------------------------------------------------------------------------------------

def test_spanish_agency_dateline_with_a_year_hint() -> None:
    text = "Maputo, 14 mar (Agencia) Al menos 300 personas murieron tras el paso del ciclón por el centro."
    assert dateline_date(text, year_hint=2019, language="es") == D(2019, 3, 14)
    assert dateline_date(text, language="es") is None  # no year anywhere: not invented


def test_spanish_dateline_with_its_links() -> None:
    text = "BEIRA, 16 de marzo de 2019 (Agencia) - Los rescatistas buscan a cientos de desaparecidos."
    assert dateline_date(text, language="es") == D(2019, 3, 16)


def test_portuguese_agency_dateline() -> None:
    text = "\nBeira, Moçambique, 17 mar (Agência) — Cerca de 600 famílias perderam as casas com o ciclone."
    assert dateline_date(text, year_hint=2019, language="pt") == D(2019, 3, 17)


def test_russian_agency_dateline_between_slashes() -> None:
    text = "ПОРТ-МОРСБИ, 26 мая. /Агентство/. Число погибших при оползне в горной провинции выросло до 670."
    assert dateline_date(text, year_hint=2024, language="ru") == D(2024, 5, 26)


def test_ukrainian_numeric_dateline_with_a_clock_time() -> None:
    text = "Зсув ґрунту в горах: сотні людей під завалами\n\n27.05.2024, 10:15\n\nРятувальники шукають людей."
    assert dateline_date(text, language="uk") == D(2024, 5, 27)


def test_a_numeric_date_in_a_photo_credit_is_no_dateline() -> None:
    text = "Foto Agência - 02.05.2024 Moradores retiram lama das casas depois do deslizamento de terras."
    assert dateline_date(text, language="pt") is None


def test_arabic_dateline_in_a_script_without_capitals() -> None:
    text = "بيرا، 18 مارس 2019 (وكالة) - ارتفع عدد ضحايا الإعصار في وسط موزمبيق إلى أكثر من 400 شخص."
    assert dateline_date(text, language="ar") == D(2019, 3, 18)


def test_arabic_levantine_month_name() -> None:
    text = "بيرا، 18 آذار 2019 (وكالة) - ارتفع عدد ضحايا الإعصار."
    assert dateline_date(text, language="ar") == D(2019, 3, 18)


def test_arabic_indic_digits() -> None:
    text = "بيرا، ١٨ مارس ٢٠١٩ (وكالة) - ارتفع عدد ضحايا الإعصار."
    assert dateline_date(text, language="ar") == D(2019, 3, 18)  # not 8 March: the day is both digits


def test_an_agency_bracket_closes_no_english_dateline() -> None:
    # the bracket-only end is the other languages' agency copy; English keeps its dash, colon or line end
    text = "Maputo, 14 March (Agency) Hundreds were missing after the cyclone."
    assert dateline_date(text, year_hint=2019, language="en") is None


# --- estimates -------------------------------------------------------------------------------------------

def test_french_weekday_and_date_in_the_lead() -> None:
    text = ("Des milliers de sinistrés ont été recensés ce jeudi 21 mars 2019 à Beira. "
            "Les secours doivent reprendre le 25 mars 2019 dans les districts isolés.")
    assert estimated_date(text, fetched=LATER, language="fr") == D(2019, 3, 21)


def test_spanish_future_by_inflection_is_no_bound() -> None:
    text = ("El ciclón dejó 400 muertos el 15 de marzo de 2019. "
            "Las clases se reanudarán el 1 de abril de 2019 en las escuelas que siguen en pie.")
    assert estimated_date(text, fetched=LATER, language="es") == D(2019, 3, 15)


def test_spanish_schedule_participle_is_no_bound() -> None:
    text = ("El recuento del 20 de marzo de 2019 dio 400 muertos. "
            "La evaluación de los daños está prevista para el 2 de abril de 2019.")
    assert estimated_date(text, fetched=LATER, language="es") == D(2019, 3, 20)


def test_portuguese_yearless_day_takes_the_stated_month() -> None:
    text = "date 2019-03 Beira – As autoridades contaram 90 mortos até 19 de março, segundo o governo."
    dating = dating_from_content(text, None, fetched=LATER, language="pt")
    assert (dating.dated_by, dating.approx_date) == ("text", "2019-03-19")


def test_russian_genitive_and_future_words() -> None:
    text = ("Оползень сошёл 24 мая 2024 года в горной провинции. "
            "Заседание штаба планируется 3 июня 2024 года.")
    assert estimated_date(text, fetched=LATER, language="ru") == D(2024, 5, 24)


def test_russian_perfective_future_is_left_to_the_fetch_day() -> None:
    # "пройдёт" has the present's endings: no word marks it, only the day of the fetch bounds it
    text = "Оползень сошёл 24 мая 2024 года. Заседание пройдёт 3 июня 2024 года."
    assert estimated_date(text, fetched=LATER, language="ru") == D(2024, 6, 3)
    assert estimated_date(text, fetched=D(2024, 5, 25), language="ru") == D(2024, 5, 24)


def test_ukrainian_date_shape_and_future() -> None:
    text = ("Зсув ґрунту стався 24 травня 2024 р. у горах. "
            "Наступне засідання відбудеться 30 травня 2024 р.")
    assert estimated_date(text, fetched=LATER, language="uk") == D(2024, 5, 24)


def test_arabic_estimate_and_future() -> None:
    text = ("قالت الأمم المتحدة يوم 19 مارس 2019 إن الإعصار شرد الآلاف.\n"
            "ومن المقرر أن يعقد المانحون اجتماعا في 5 أبريل 2019.")
    assert estimated_date(text, fetched=LATER, language="ar") == D(2019, 3, 19)


# --- English is read with English only -------------------------------------------------------------------

def test_a_portuguese_month_word_is_no_date_in_english() -> None:
    text = "Relief flights landed on 14 March 2019. A toll of 21 set off alarms in the capital."
    assert estimated_date(text, fetched=LATER, language="en") == D(2019, 3, 14)
    assert estimated_date("Houses fell on 14 março 2019.", fetched=LATER, language="en") is None


def test_portuguese_abbreviation_in_portuguese() -> None:
    text = "As chuvas voltaram a 21 set. 2019 e desalojaram 50 famílias."
    assert estimated_date(text, fetched=LATER, language="pt") == D(2019, 9, 21)


# --- after review: a span of years is no page month; a future ending only on a verb ------------------------

def test_a_span_of_years_is_not_a_page_month() -> None:
    text = "LILONGWE, 9 May (Agency) - The 2009-10 drought left 6,500 families short of maize."
    assert dating_from_content(text, None).published is None  # no year hint from "2009-10"
    text = "Malawi's 2009-10 drought emptied the granaries. On 9 May 2018 the ministry counted 6,500 families."
    assert estimated_date(text, fetched=LATER) == D(2018, 5, 9)  # not bounded by "Oct 2009"


def test_a_page_month_needs_a_label_or_a_line_of_its_own() -> None:
    body = "Floods cut the road on 30 April; 6,500 families moved uphill."
    assert estimated_date("posted 2018-05 Blantyre - " + body, fetched=LATER) == D(2018, 4, 30)
    assert estimated_date("2018-05\n" + body, fetched=LATER) == D(2018, 4, 30)
    assert estimated_date("Plans for 2018-05 stalled. " + body, fetched=LATER) is None  # no label: no year
    assert stated_month("2011-12\n" + body) is None  # alone, a span of years: no month
    assert stated_month("date 2011-12\n" + body) == (2011, 12)  # a label: December


def test_a_noun_with_a_future_ending_is_no_future() -> None:
    for text, language in [
        ("No verão de 2024, em 2 de fevereiro de 2024, 80 pessoas morreram na enchente de Blantyre.", "pt"),
        ("O padrão das chuvas mudou e em 2 de fevereiro de 2024 80 pessoas morreram em Blantyre.", "pt"),
        ("Un vuelo desde Teherán llegó el 2 de febrero de 2024 con 80 heridos a Blantyre.", "es"),
        # a demonstrative, a quantifier or a contraction opens the noun too
        ("Neste verão, em 2 de fevereiro de 2024, 80 pessoas morreram na enchente de Blantyre.", "pt"),
        ("Todo verão há cheias; em 2 de fevereiro de 2024 80 pessoas morreram em Blantyre.", "pt"),
        ("Num porão do barco, em 2 de fevereiro de 2024, 80 pessoas foram achadas em Blantyre.", "pt"),
    ]:
        assert estimated_date(text, fetched=LATER, language=language) == D(2024, 2, 2), text


def test_a_verb_with_a_future_ending_is_still_a_future() -> None:
    assert estimated_date("Los donantes se reunirán el 2 de febrero de 2024 en Blantyre.", fetched=LATER,
                          language="es") is None
    assert estimated_date("As equipas verão os danos em 2 de fevereiro de 2024.", fetched=LATER,
                          language="pt") is None  # "verão", a verb after its subject


def test_a_language_read_as_english_takes_the_english_future_words() -> None:
    text = "Donors will meet in Blantyre on 2 February 2024."
    assert estimated_date(text, fetched=LATER, language="de") is None
    assert estimated_date("Donors met in Blantyre on 2 February 2024.", fetched=LATER, language="de") == D(2024, 2, 2)
