"""Round 7 source rules (built on half B of the multilingual data): a subject ending in a name in quotation
marks right before its verb is the party ("Група «...» виявила N"), a verb of detecting a count is a verb
of reporting it, and a verb of saying with no party and none named before (an agentless passive) takes
the party of the next attributed sentence. Sentences written for crises that are not in the development
data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "party"), [
    ("uk", "Благодійний фонд «Атлаські лікарі» виявив щонайменше 146 загиблих у гірських селах провінції.",
     "Благодійний фонд «Атлаські лікарі»"),
    ("ru", "Общественная организация «Врачи Атласа» выявила не менее 146 погибших в горных деревнях провинции.",
     "Общественная организация «Врачи Атласа»"),
    ("uk", "Волонтерська мережа «Медики Енги» зафіксувала 58 поранених після нового зсуву ґрунту.",
     "Волонтерська мережа «Медики Енги»"),
])
def test_a_quoted_name_before_its_verb_is_the_party(language: str, text: str, party: str) -> None:
    assert [c.source for c in extract_local(text, language)] == [party]


def test_an_agentless_passive_takes_the_party_of_the_next_statement() -> None:
    text = ("O ciclone Idai deixou cerca de 41.000 pessoas desalojadas na cidade da Beira, foi divulgado ontem.\n"
            "Ao todo, 6.350 famílias estão em centros de acolhimento, informou o Programa Alimentar Mundial "
            "(PAM).")
    sources = [c.source for c in extract_local(text, "pt")]
    assert len(sources) == 2 and sources[0] is not None and sources[0] == sources[1]
    assert sources[0].startswith("Programa Alimentar Mundial")
