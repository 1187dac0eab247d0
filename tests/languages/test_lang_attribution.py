"""Who says so, in the languages read by lexicon: the constructions of attribution, one or more per language.

Every sentence is written for these tests in the style of news; names, places and figures are invented."""

from __future__ import annotations

import pytest

from headcount.extract.analyser_simple import analyse
from headcount.extract.attribution_local import quoted_words
from headcount.extract.stages_local import extract_local


def sources(text: str, language: str) -> dict[str, str | None]:
    return {c.figure: c.source for c in extract_local(text, language)}


CASES = [
    # a name in apposition between commas before a verb of saying ("the mayor, X, confirmed that")
    ("es", "El alcalde de la ciudad, Ramiro Ortega, confirmó que 420 vecinos fueron evacuados.", "420",
     "Ramiro Ortega"),
    ("pt", "O governador do estado, Paulo Mendes, afirmou que 75 moradores foram resgatados.", "75",
     "Paulo Mendes"),
    # the verb of saying outside the quotation wins over one inside it (the speaker's own words)
    ("es", "“Podemos confirmar que 300 personas siguen desaparecidas”, dijo Lucía Ferrer, portavoz de los "
           "bomberos.", "300", "Lucía Ferrer"),
    ("fr", "« Nous pouvons confirmer que 85 civils ont été blessés », a déclaré Paul Girard.", "85",
     "Paul Girard"),
    # a date between the verb and its postposed subject; an auxiliary is not part of the name
    ("fr", "Plus de 900 personnes ont fui leurs maisons, a indiqué mardi 4 avril la Croix-Rouge.", "Plus de 900",
     "Croix-Rouge"),
    ("fr", "La préfecture a estimé que 230 habitants avaient quitté le village.", "230", "préfecture"),
    ("ru", "Министерство здравоохранения 3 марта сообщило о 46 погибших.", "46", "Министерство здравоохранения"),
    # after a cue, a report noun is not the party: the party is what follows it ("according to data from X")
    ("es", "Según datos de la Cruz Verde, 65 personas murieron en el derrumbe.", "65", "Cruz Verde"),
    ("uk", "Згідно з оприлюдненим у понеділок звітом Червоного Хреста, 530 людей залишили село.", "530",
     "Червоного Хреста"),
    # a verb of stated fear introduces a figure like a verb of saying
    ("fr", "Les associations craignent que 4000 personnes soient déplacées.", "4000", "associations"),
    # Arabic: a finite verb with its conjunction; the verbal noun with a preposition is no verb of saying
    ("ar", "وحذّرت المنظمة الدولية من نزوح 900 شخص.", "900", "المنظمة الدولية"),
]


@pytest.mark.parametrize(("language", "text", "figure", "source"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_attribution_construction(language: str, text: str, figure: str, source: str) -> None:
    got = sources(text, language)[figure]
    assert got is not None and source in got


def test_a_report_noun_alone_after_a_cue_is_no_party() -> None:
    got = sources("Según cifras provisionales, 210 personas murieron en el incendio.", "es")
    assert got["210"] is None


def test_two_parties_in_one_sentence_each_keep_their_figure() -> None:
    text = ("El Gobierno cifra en 120 los muertos según el Ministerio del Interior, mientras 300 heridos de "
            "acuerdo con la Cruz Verde fueron atendidos.")
    got = sources(text, "es")
    assert got["120"] is not None and "Ministerio del Interior" in got["120"]
    assert got["300"] is not None and "Cruz Verde" in got["300"]


def test_quoted_paragraphs_continue_the_speaker_named_next_to_them() -> None:
    text = ("\"Na manhã de sábado, saíram do bairro dois comboios\", afirmou o ministério no seu canal.\n"
            "\"À tarde saíram 45 moradores. Depois outros 30 civis foram levados para Vilarinho\", disse.")
    got = sources(text, "pt")
    assert got["45"] is not None and "ministério" in got["45"]


def test_a_closing_credit_line_attributes_the_unattributed_figures() -> None:
    text = ("За добу з прибережних сіл евакуйовано 640 людей.\n"
            "Ще 120 мешканців вивезли автобусами.\n"
            "За інформацією обласної військової адміністрації")
    got = sources(text, "uk")
    assert all(v is not None and "адміністрації" in v for v in got.values())


def test_arabic_stops_without_a_space_end_sentences() -> None:
    text = "قتل 12 شخصا في القصف.وأعلنت الهيئة المحلية أن 40 شخصا نزحوا."
    got = sources(text, "ar")
    assert got["12"] is None
    assert got["40"] is not None and "الهيئة المحلية" in got["40"]


def test_quoted_words_pair_directional_and_straight_marks() -> None:
    text = "« Ils sont 40 », a dit Marc. \"Nous partons\", dit-il."
    a = analyse(text, 0, len(text), "fr")
    inside = {w.text: q for w, q in zip(a.words, quoted_words(a.words), strict=True)}
    assert inside["Ils"] and inside["Nous"] and not inside["Marc"] and not inside["dit"]
