"""The speaker's words are not the figure's place, but the speaker's span ends where the speaker ends.

A regression: once places inside the speaker's span were kept out of the figure's location, a span that ran
on from the reporting verb to the next full stop swallowed the figure's own place ("Officials said 40 people
were killed in Mosul." lost Mosul). What belongs to the speaker is its noun phrase with its appositions and
the adjuncts of the reporting verb ("told a briefing in Geneva"), never the verb's complement clause.
"""

from __future__ import annotations

import pytest

from headcount.extract import speaking_parts
from headcount.extract.drafts import SentenceInfo
from headcount.extract.pipeline import extract
from headcount.extract.rules import rules
from headcount.extract.sentences import split_sentences


def _location(text: str, figure: str) -> str | None:
    found = [c for c in extract(text) if figure in text[c.start : c.end].split()]
    assert found, f"no claim for {figure!r} in {text!r}"
    return found[0].location


# The figure's place follows the reporting verb, with and without "that"; the speaker is a party, a pointer
# or a title, and the verb varies.
FIGURE_PLACE_AFTER_VERB = [
    ("Officials said 35 people were killed in Kandahar.", "35", "Kandahar"),
    ("The UN said 6,000 people fled Homs.", "6,000", "Homs"),
    ("The ministry said that 120 civilians were wounded in Kherson.", "120", "Kherson"),
    ("Police reported 18 people dead in Peshawar.", "18", "Peshawar"),
    ("Rescuers told reporters that 27 bodies had been recovered in Sindh.", "27", "Sindh"),
    ("The Red Crescent announced 900 families were evacuated from Zabadani.", "900", "Zabadani"),
    ("He said about 70 migrants drowned off Lampedusa.", "70", "Lampedusa"),
    ("A local official confirmed that 14 villagers died in Jumla.", "14", "Jumla"),
]

# The speaker comes after the figure: its own words still hold no place, and the figure keeps its place.
SPEAKER_AFTER = [
    ("At least 52 people were killed in Tartus, the monitoring group said.", "52", "Tartus"),
    ("Some 3,000 residents fled Raqqa, the UN refugee agency said on Tuesday.", "3,000", "Raqqa"),
    ("About 200 people remain missing in Derna, officials in Benghazi said.", "200", "Derna"),
]

# Where the speaker spoke is the speaker's, not the figure's.
PLACE_OF_SPEAKING = [
    ("A spokesman told a briefing in Geneva that 4,000 people had been displaced from Marib.", "4,000",
     "Marib"),
    ("The envoy, speaking in Brussels, said 300 civilians were killed in Khartoum.", "300", "Khartoum"),
    ("Officials told reporters in Amman that 60 refugees had returned to Daraa.", "60", "Daraa"),
    # with no other place in the sentence or before it, the place describing the speaker is the figure's
    # (issue 11, branch loc: "officials in X", "the governor of X")
    ("The head of the ICRC in Yemen said 45 detainees were freed.", "45", "Yemen"),
]


@pytest.mark.parametrize(("text", "figure", "want"), FIGURE_PLACE_AFTER_VERB + SPEAKER_AFTER)
def test_the_figures_place_after_the_speaker_is_kept(text: str, figure: str, want: str) -> None:
    assert _location(text, figure) == want


@pytest.mark.parametrize(("text", "figure", "want"), PLACE_OF_SPEAKING)
def test_the_place_of_speaking_is_not_the_figures(text: str, figure: str, want: str | None) -> None:
    assert _location(text, figure) == want


@pytest.mark.parametrize(("text", "place", "speakers_own"), [
    ("Officials said 35 people were killed in Kandahar.", "Kandahar", False),
    ("A spokesman told a briefing in Geneva that 4,000 people had been displaced.", "Geneva", True),
])
def test_without_a_parse_the_span_runs_only_to_that_before_any_number(text: str, place: str,
                                                                       speakers_own: bool) -> None:
    """The token rule, used when no model is installed, gives the same answer on these shapes."""
    info = SentenceInfo(split_sentences(text)[0]).tokenized()
    k = next(i for i, t in enumerate(info.tokens) if t.text == place)
    spans = speaking_parts.speaker_spans(text, info, rules(), parse=None)
    assert any(a <= k < b for a, b in spans) == speakers_own
