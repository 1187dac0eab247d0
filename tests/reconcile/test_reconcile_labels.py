"""Keys as labels: a place and a series key read the same wherever they are shown, and a label reads back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from headcount.reconcile.labels import key_label, label_to_key, place_label

WORD = st.text(alphabet="abcdefgh -ÉéAl", min_size=1, max_size=10).map(str.strip).filter(
    lambda w: bool(w) and "  " not in w and w != "-")  # "-" alone is the no-place key


def test_labels_of_places_and_keys() -> None:
    assert place_label("Aleppo/east") == "Aleppo (east)"
    assert place_label("Gaza/north/camps") == "Gaza (north, camps)"
    assert place_label(None) == place_label("-") == "no place"
    assert key_label("evacuated/civilians/Aleppo/east") == "evacuated · civilians · Aleppo (east)"
    assert key_label("killed/people/-") == "killed · people · no place"


@given(WORD, WORD, st.lists(WORD, min_size=1, max_size=3))
def test_a_key_label_ends_in_its_place_label_and_reads_back(event: str, group: str, place: list[str]) -> None:
    key = f"{event}/{group}/{'/'.join(place)}"
    assert key_label(key).endswith(" · " + place_label("/".join(place)))
    assert label_to_key(key_label(key)) == key
