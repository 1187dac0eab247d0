"""A superscript footnote mark where a day number may stand ("el ² de mayo") is not a day and does not stop
the extraction: str.isdigit accepts "²" but int() cannot read it."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local

CASES = [
    ("es", "Unas 420 familias abandonaron el pueblo el {m} de junio, según la agencia."),
    ("fr", "Quelque 420 familles ont quitté le village le {m} juin, selon l'agence."),
    ("pt", "Cerca de 420 famílias deixaram a aldeia em {m} de junho, segundo a agência."),
    ("ru", "Около 420 семей покинули деревню {m} июня, сообщило агентство."),
    ("uk", "Близько 420 родин залишили село {m} червня, повідомило агентство."),
    ("ar", "غادرت نحو 420 عائلة القرية في {m} يونيو، بحسب الوكالة."),
]


@pytest.mark.parametrize("mark", ["²", "¹", "³"])
@pytest.mark.parametrize(("language", "text"), CASES)
def test_footnote_mark_before_month_is_no_day(language: str, text: str, mark: str) -> None:
    claims = extract_local(text.format(m=mark), language)
    assert [c.low for c in claims] == [420]
