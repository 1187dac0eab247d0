"""The event of "the number of X who <verb>" is the verb of the relative clause on the counted noun, however far
the figure stands from it ("عدد السودانيين الذين نزحوا من ... تجاوز N", "le nombre de civils qui ont fui
... dépasse N"). Sentences written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "event"), [
    ("ar", "أعلنت المنظمة أن عدد السودانيين الذين نزحوا من مناطقهم منذ بدء المعارك في ولاية الجزيرة وسط "
           "البلاد تجاوز 320 ألفًا.", "displaced"),
    ("fr", "Selon l'OIM, le nombre de civils qui ont fui les quartiers de la ville depuis le début de l'offensive "
           "de l'armée dans la région du Kordofan dépasse désormais les 45 000.", "evacuated"),
])
def test_the_relative_clause_on_the_counted_noun_gives_the_event(language: str, text: str, event: str) -> None:
    assert [c.event for c in extract_local(text, language)] == [event]
