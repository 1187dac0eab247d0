"""A headline that opens with a party and a colon ("ONU : ...", "الأمم المتحدة: ...") gives its figures that
party's voice (annotation rule 8: a headline figure has a source when the headline names one). The words
before the colon must name an organisation: a place or a topic before the colon is no party. Headlines
written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "party"), [
    ("fr", "L'ONU : plus de 300 000 déplacés au Soudan depuis avril", "L'ONU"),
    ("es", "ACNUR: más de 300.000 desplazados en Sudán desde abril", "ACNUR"),
    ("ru", "ООН: более 300 тысяч человек бежали из Судана", "ООН"),
    ("ar", "الأمم المتحدة: نزوح أكثر من 300 ألف سوداني منذ أبريل", "الأمم المتحدة"),
    ("pt", "Governo de Moçambique: mais de 20 mil deslocados pelas cheias", "Governo de Moçambique"),
])
def test_a_party_before_a_headlines_colon_is_its_source(language: str, text: str, party: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [party]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Darfour : plus de 300 000 déplacés en un mois"),
    ("es", "Perú: al menos 35 muertos tras el terremoto en Ucayali"),
    ("fr", "Bilan : au moins 35 morts après le séisme"),
])
def test_a_place_or_a_topic_before_the_colon_is_no_party(language: str, text: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [None]


def test_a_body_sentence_with_a_colon_is_not_read_so() -> None:
    text = "La ONU informó: más de 300.000 personas huyeron de Jartum en un mes."
    assert [c.source for c in extract_local(text, "es")] == ["ONU"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "EN DIRECT : 300 000 déplacés au Kordofan depuis avril"),
    ("fr", "VIDÉO : au moins 35 morts après le séisme de Taza"),
    ("ru", "СРОЧНО: более 300 человек погибли при наводнении в Оше"),
    ("es", "ÚLTIMA HORA: al menos 35 muertos tras el terremoto en Ucayali"),
    ("pt", "AO VIVO: mais de 20 mil deslocados pelas cheias em Sofala"),
])
def test_a_newsrooms_label_in_capitals_is_no_party(language: str, text: str) -> None:
    """Only an acronym the party registry knows as an organisation's name is a party: a label in capitals that
    a newsroom puts before a headline's colon names nobody."""
    assert [c.source for c in extract_local(text, language)] == [None]


@pytest.mark.parametrize(("language", "text", "party"), [
    ("fr", "MSF : au moins 35 blessés soignés à Taza après le séisme", "MSF"),
    ("pt", "OIM: mais de 20 mil deslocados pelas cheias em Sofala", "OIM"),
    ("fr", "Le HCR : 300 000 déplacés au Kordofan depuis avril", "Le HCR"),
])
def test_a_registry_acronym_before_the_colon_is_its_source(language: str, text: str, party: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [party]
