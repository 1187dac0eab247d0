"""A verb of saying under a negation ("a polícia não divulgou números", "власти не сообщили") names no party:
what was not said is nobody's figure. Sentences written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "O deslizamento de terras na província de Enga matou 30 pessoas, mas a polícia não divulgou números."),
    ("ru", "Оползень в провинции Энга унёс жизни 27 человек, власти не сообщили подробностей."),
    ("fr", "Le glissement de terrain a fait 34 morts dans la province d'Enga, mais la préfecture n'a pas confirmé "
           "ce bilan."),
])
def test_a_denied_statement_names_no_party(language: str, text: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [None]
