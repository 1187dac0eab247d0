"""A verb of saying under a negation ("sem balanço oficial divulgado", "власти не сообщили") names no party:
what was not said is nobody's figure. Sentences written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "O ataque dos insurgentes a Mocímboa provocou dezenas de mortos, sem balanço oficial divulgado."),
    ("ru", "Обстрел рынка в Кадугли унёс жизни 40 человек, власти не сообщили подробностей."),
    ("fr", "L'attaque contre le marché de Kadugli a fait 40 morts, les autorités n'ont pas communiqué."),
])
def test_a_denied_statement_names_no_party(language: str, text: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [None]
