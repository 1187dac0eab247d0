"""Round 9 rules of the six-language stages (built on half B of the multilingual data). Sentences written
for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "party"), [
    ("fr", "Le cyclone a fait 120 morts dans la province de Sofala, a annoncé dans la soirée le ministère "
           "mozambicain de la Santé.", "ministère mozambicain de la Santé"),
    ("es", "Las lluvias dejaron 85 muertos en la costa de Bengasi, informó en la madrugada del martes la "
           "Media Luna Roja Libia.", "Media Luna Roja Libia"),
])
def test_a_time_phrase_between_the_verb_and_its_subject_is_not_the_party(language: str, text: str,
                                                                        party: str) -> None:
    """A verb of saying before its subject may carry a time phrase opened by a preposition ("dans la
    soirée", "en la madrugada"): the subject is the name after it."""
    assert [c.source for c in extract_local(text, language)] == [party]


def test_a_place_between_the_verb_and_its_subject_is_not_skipped_as_time() -> None:
    """Only a preposition opening a time phrase is skipped: a place after the verb stays in the span."""
    text = "Le glissement de terrain a fait 34 morts, a annoncé à Port Moresby le ministre de l'Intérieur."
    sources = [c.source for c in extract_local(text, "fr")]
    assert sources and sources[0] is not None and sources[0].startswith("Port Moresby")
