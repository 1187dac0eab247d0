"""A place after a part that an inclusion cue introduces is the part's, not its whole's: "au moins 910 morts,
dont 312 au Malawi". Sentences written for crises that are not in the development data."""

from __future__ import annotations

import pytest

from headcount.extract.stages_local import extract_local


@pytest.mark.parametrize(("language", "text", "place"), [
    ("fr", "Dans le sud de l'Afrique, le cyclone a fait au moins 910 morts, dont 312 au Malawi.", "Malawi"),
    ("fr", "Au Mali, les combats ont fait plus de 1 400 morts, dont 260 à Tombouctou.", "Tombouctou"),
])
def test_the_place_after_a_part_is_the_parts(language: str, text: str, place: str) -> None:
    whole, part = extract_local(text, language)
    assert part.parent == 0 and part.location == place
    assert whole.location != place
