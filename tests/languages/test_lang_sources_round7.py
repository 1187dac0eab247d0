"""Round 7 source rules (built on half B of the multilingual data): a subject ending in a name in quotation
marks right before its verb is the party ("Група «...» виявила N"), a verb of detecting a count is a verb
of reporting it, and a verb of saying with no party and none named before (an agentless passive) takes
the party of the next attributed sentence. Sentences written for crises that are not in the development
data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "party"), [
    ("uk", "Благодійний фонд «Суданські лікарі» виявив щонайменше 146 загиблих у таборі поблизу міста.",
     "Благодійний фонд «Суданські лікарі»"),
    ("ru", "Общественная организация «Врачи Дарфура» выявила не менее 146 погибших в лагере под городом.",
     "Общественная организация «Врачи Дарфура»"),
    ("uk", "Група «Медики Хартума» зафіксувала 58 поранених після обстрілу ринку.", "Група «Медики Хартума»"),
])
def test_a_quoted_name_before_its_verb_is_the_party(language: str, text: str, party: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [party]


def test_an_agentless_passive_takes_the_party_of_the_next_statement() -> None:
    text = ("Pemba, Moçambique, 12 abr (Lusa) — Perto de 35.000 pessoas abandonaram as suas casas no norte "
            "da província desde o início dos ataques, foi hoje anunciado.\n"
            "No total, 8.120 famílias foram obrigadas a fugir, anunciou o Alto Comissariado das Nações Unidas "
            "para os Refugiados (ACNUR) num comunicado.")
    sources = [c.source for c in extract_local(text, "pt")]
    assert len(sources) == 2 and sources[0] is not None and sources[0] == sources[1]
    assert sources[0].startswith("Alto Comissariado")
