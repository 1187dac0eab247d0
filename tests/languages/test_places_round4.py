"""Where, in the languages read by lexicon (round 4): a capitalised name in a phrase headed by an
organisation noun of the language ([grammar] organisation_heads) names the organisation, not the place of
the counted people, so the place comes from elsewhere; a place described without a name is no organisation
even when an organisation noun describes it."""

from __future__ import annotations

import pytest

from headcount.extract.languages import lexicon
from headcount.extract.stages_local import extract_local


def _locations(text: str, language: str) -> dict[str, str | None]:
    return {c.figure: c.location for c in extract_local(text, language)}


def test_a_council_named_after_a_country_is_no_place_es() -> None:
    text = ("Según el Consejo Danés para los Refugiados, unas 2.400 personas huyeron de Tortosa "
            "a causa de las inundaciones.")
    assert _locations(text, "es")["unas 2.400"] == "Tortosa"


def test_an_army_of_a_country_is_no_place_es() -> None:
    text = ("Unas 1.200 familias abandonaron Tortosa, escenario desde el martes de una ofensiva "
            "del ejército de Portugal.")
    assert _locations(text, "es")["Unas 1.200"] != "ejército de Portugal"


def test_an_organisation_after_a_place_preposition_is_skipped_pt() -> None:
    text = "Cerca de 900 moradores deixaram Coimbra, segundo dados da Organização Pan-Americana."
    found = _locations(text, "pt")["Cerca de 900"]
    assert found is None or "Organização" not in found


def test_an_organisation_after_a_place_preposition_is_skipped_fr() -> None:
    text = "Environ 700 habitants ont été évacués, a indiqué un porte-parole du Comité Belge."
    found = _locations(text, "fr")["Environ 700"]
    assert found is None or "Comité" not in found


def test_a_place_described_with_an_organisation_noun_is_kept_uk() -> None:
    # "territories controlled by the government" names no organisation: it is a described place
    text = "На підконтрольних уряду територіях перебувають 2300 переселенців."
    found = _locations(text, "uk")["2300"]
    assert found is not None and "територіях" in found


@pytest.mark.parametrize("language", ["ru", "uk", "ar", "es", "pt", "fr"])
def test_every_language_lists_organisation_heads(language: str) -> None:
    assert lexicon(language).organisation_heads.first, language


@pytest.mark.parametrize(("text", "language", "figure"), [
    ("Около 400 жителей покинули дома. Августа ждали с тревогой, сказал глава района.", "ru", "Около 400"),
    ("Quase 600 moradores deixaram as casas desde meados de Março, disse o prefeito.", "pt", "Quase 600"),
    ("Environ 250 habitants ont quitté leurs maisons. Lundi fut le jour le plus dur, selon le maire.", "fr",
     "Environ 250"),
])
def test_a_month_or_weekday_name_is_never_a_place(text: str, language: str, figure: str) -> None:
    # CLDR's calendar names (Babel): the gazetteer also knows "Augusta", "Marco" and "Lund"
    assert _locations(text, language)[figure] is None
