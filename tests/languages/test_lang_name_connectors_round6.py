"""A preposition between two capitalised words is a connector inside one name ("Rio Grande do Norte",
"Ciudad de Guatemala"), not the "from" that opens the origin of a flow: the place is the whole name."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "place"), [
    ("pt", "Mais de 12.000 pessoas estão desalojadas no Rio Grande do Norte, segundo a Defesa Civil.",
     "Rio Grande do Norte"),
    ("es", "Unas 3.000 personas fueron desplazadas en Ciudad de Guatemala por las lluvias, según la Conred.",
     "Ciudad de Guatemala"),
])
def test_a_connector_inside_a_name_opens_no_place(language: str, text: str, place: str) -> None:
    assert [c.location for c in extract_local(text, language)] == [place]


def test_a_from_after_a_lower_case_word_still_opens_the_origin() -> None:
    text = "Unas 3.000 personas fueron evacuadas de Escuintla hacia la capital, según la Conred."
    assert [c.location for c in extract_local(text, "es")] == ["Escuintla"]
