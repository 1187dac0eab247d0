"""Where, in the languages read by lexicon: a sentence that names no place is about the place named just
before it in the same paragraph; a new paragraph, an organisation or a route is not carried over."""

from __future__ import annotations

from headcount.extract.stages_local import extract_local


def _locations(text: str, language: str) -> dict[str, str | None]:
    return {c.figure: c.location for c in extract_local(text, language)}


def test_place_of_the_previous_sentence_is_carried_es() -> None:
    text = ("Las lluvias anegaron el lunes los barrios bajos de Tortosa. "
            "Unas 640 personas fueron evacuadas durante la noche, según los bomberos.")
    assert _locations(text, "es")["Unas 640"] == "Tortosa"


def test_place_of_the_previous_sentence_is_carried_pt() -> None:
    text = ("A cheia do rio atingiu na terça-feira o centro de Coimbra. "
            "Cerca de 310 moradores foram retirados de casa, segundo os bombeiros.")
    assert _locations(text, "pt")["Cerca de 310"] == "Coimbra"


def test_a_sentence_that_names_its_own_place_keeps_it() -> None:
    text = ("Las lluvias anegaron el lunes los barrios bajos de Tortosa. "
            "En Amposta, 85 personas fueron evacuadas, según los bomberos.")
    assert _locations(text, "es")["85"] == "Amposta"


def test_no_place_is_carried_across_a_paragraph_break() -> None:
    text = ("Las lluvias anegaron el lunes los barrios bajos de Tortosa.\n\n"
            "Unas 640 personas fueron evacuadas durante la noche, según los bomberos.")
    assert _locations(text, "es")["Unas 640"] is None


def test_an_acronym_is_an_organisation_not_a_place_to_carry() -> None:
    text = ("O balanço foi divulgado pelo IBGE. "
            "Cerca de 310 moradores foram retirados de casa, segundo os bombeiros.")
    assert _locations(text, "pt")["Cerca de 310"] is None


def test_an_organisation_after_a_preposition_is_not_the_place() -> None:
    text = "Mais de 1.200 famílias foram deslocadas pelos ataques do EI em Tete."
    assert _locations(text, "pt")["Mais de 1.200"] == "Tete"
    text = "Más de 900 personas fueron desplazadas por los ataques del ELN en Arauca."
    assert _locations(text, "es")["Más de 900"] == "Arauca"


def test_a_preposition_that_opens_a_source_is_not_a_place() -> None:
    text = "Pelo menos 75 pessoas morreram, de acordo com o Ministério da Saúde."
    assert _locations(text, "pt")["Pelo menos 75"] is None


def test_a_month_after_a_preposition_is_not_a_place() -> None:
    text = "نزح أكثر من 3 آلاف شخص في يناير بسبب القتال."
    assert all(loc is None or "يناير" not in loc for loc in _locations(text, "ar").values())


def test_a_described_place_keeps_its_lower_case_words() -> None:
    # four lower-case words before the name: the longest description the rule takes
    text = "В северных пригородных жилых районах Хомса за неделю погибли 45 мирных жителей."
    assert _locations(text, "ru")["45"] == "северных пригородных жилых районах Хомса"
