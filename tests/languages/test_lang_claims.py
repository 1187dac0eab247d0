"""The claim layer reads Russian, Ukrainian, Arabic, Spanish, Portuguese and French: who is counted (an
English category), what happened (a closed English event), who says so (as written) and parts of wholes.

Every sentence here is written for these tests, in the style of news in each language; figures, places and
names are invented. The number layer (numbers_locale) reads the figures."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract.pipeline import extract
from headcount.models import Claim, Document


def claims(text: str, language: str) -> list[Claim]:
    return extract(Document(id="t", text=text, language=language))


def row(c: Claim) -> tuple[Any, ...]:
    return (c.low, c.category, c.event, c.parent)


CASES = [
    ("ru", "По данным МЧС, за сутки из затопленных районов Оренбурга эвакуированы 1250 жителей, в том числе "
           "340 детей.",
     [(1250, "residents", "evacuated", None), (340, "children", "evacuated", 0)], "МЧС"),
    ("ru", "В результате обстрела погибли 7 мирных жителей, ещё 19 человек ранены, заявил губернатор Андрей "
           "Петров.",
     [(7, "civilians", "killed", None), (19, "people", "injured", None)], "Андрей Петров"),
    ("uk", "За добу з прибережних сіл евакуювали 215 людей.\nПро це повідомила обласна військова адміністрація.",
     [(215, "people", "evacuated", None)], "обласна військова адміністрація"),
    ("ar", "وقالت وزارة الصحة إن 37 شخصا قتلوا وأصيب 120 آخرون في القصف.",
     [(37, "people", "killed", None), (120, "people", "injured", None)], "وزارة الصحة"),
    ("es", "Al menos 63 personas murieron y otras 140 resultaron heridas en las inundaciones, según Protección "
           "Civil.",
     [(63, "people", "killed", None), (140, "people", "injured", None)], "Protección Civil"),
    ("pt", "A Defesa Civil informou que 2300 moradores deixaram suas casas em Porto Alegre.",
     [(2300, "residents", "evacuated", None)], "Defesa Civil"),
    ("fr", "Quelque 1800 habitants ont fui les combats, dont 600 enfants, a annoncé le Haut-Commissariat aux "
           "réfugiés.",
     [(1800, "residents", "evacuated", None), (600, "children", "evacuated", 0)], "Haut-Commissariat"),
]


@pytest.mark.parametrize(("language", "text", "want", "source"), CASES, ids=[c[0] for c in CASES])
def test_category_event_parent_and_source(language: str, text: str, want: list[tuple[Any, ...]],
                                          source: str) -> None:
    found = claims(text, language)
    assert [row(c) for c in found] == want
    for c in found:
        assert c.source is not None and source in c.source
        assert text[c.start:c.end] == c.figure


def test_a_figure_followed_by_another_noun_is_not_a_count_of_people() -> None:
    found = claims("Unos 40 autobuses salieron de la ciudad con 900 personas a bordo.", "es")
    assert [c.low for c in found] == [900]


def test_a_pronoun_subject_is_the_party_named_before() -> None:
    text = ("Ситуация остается сложной, заявила глава региона Ольга Смирнова.\n"
            "По ее словам, в пунктах временного размещения находятся 640 человек.")
    (c,) = claims(text, "ru")
    assert c.source is not None and "Ольга Смирнова" in c.source


def test_a_quoted_paragraph_takes_the_attribution_that_closes_it() -> None:
    text = ("\"Сьогодні до Дніпра прибули 310 переселенців. Серед них 95 дітей\", - зазначив голова "
            "обласної ради Петро Коваль.")
    found = claims(text, "uk")
    assert [c.low for c in found] == [310, 95]
    assert all(c.source is not None and "Петро Коваль" in c.source for c in found)


def test_an_english_string_is_read_by_the_english_stages() -> None:
    text = "At least 12 people were killed in the blast, police said."
    assert [row(c) for c in extract(text)] == [row(c) for c in extract(Document(id="e", text=text, language="en"))]


def test_a_document_without_language_is_detected() -> None:
    text = "Selon la préfecture, 420 personnes ont été évacuées de leurs logements à Nîmes pendant la nuit."
    (c,) = extract(Document(id="d", text=text, language=None))
    assert (c.low, c.category, c.event) == (420, "people", "evacuated")


def test_a_coordinated_group_is_people_and_two_counts_stay_apart() -> None:
    found = claims("Unos 2500 combatientes con sus familias y 600 civiles abandonaron el barrio.", "es")
    assert [(c.low, c.category) for c in found] == [(2500, "people"), (600, "civilians")]
    found = claims("Foram mortos três soldados e quatro civis na emboscada.", "pt")
    assert [(c.low, c.category, c.event) for c in found] == [(3, "soldiers", "killed"), (4, "civilians", "killed")]


def test_a_day_in_brackets_and_a_magnitude_are_not_counts() -> None:
    text = "Na terça-feira (14), o sismo de magnitude 6,4 deixou 230 mortos na província."
    assert [(c.low, c.category, c.event) for c in claims(text, "pt")] == [(230, "dead", "killed")]


def test_a_part_takes_the_verb_of_its_whole_not_the_noun_of_another_figure() -> None:
    text = "Au total, 412 soldats, dont 37 blessés, se sont rendus aux forces adverses, selon l'état-major."
    assert [row(c) for c in claims(text, "fr")] == [(412, "soldiers", "surrendered", None),
                                                    (37, "wounded", "surrendered", 0)]


def test_residents_without_an_event_are_a_population() -> None:
    (c,) = claims("A cidade tem cerca de 85 mil habitantes, segundo o último censo.", "pt")
    assert (c.low, c.category, c.event, c.period_kind) == (85000, "residents", "population", "stock")


def test_a_sentence_that_points_back_names_the_source_of_the_one_before() -> None:
    text = "За ночь из прибрежных сел вывезли 560 человек. Об этом сообщил глава района Иван Сидоров."
    (c,) = claims(text, "ru")
    assert c.source is not None and "Иван Сидоров" in c.source


def test_a_name_ends_before_the_clause_it_heads_and_loses_its_article() -> None:
    (c,) = claims("Près de 500 migrants ont été secourus en mer ce week-end, a indiqué l'OIM.", "fr")
    assert (c.high, c.category, c.event, c.source) == (500, "migrants", "rescued", "OIM")
    found = claims("أعلنت وزارة الداخلية ارتفاع حصيلة القتلى إلى 85 شخصا.", "ar")
    assert [(c.low, c.event) for c in found] == [(85, "killed")]
    assert found[0].source is not None and "حصيلة" not in found[0].source
