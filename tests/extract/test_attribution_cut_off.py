"""A snippet cut before its verb of saying keeps its speaker (round 6, sources). Sentences written for this
file in the style of a news aggregator's teasers; places are invented."""

from __future__ import annotations

import pytest

from headcount import extract


def _source(text: str, figure: str) -> str | None:
    found = [c for c in extract(text, published="2024-03-14") if c.figure == figure]
    assert found, f"no claim for {figure!r}"
    return found[0].source


@pytest.mark.parametrize("cut", ["...", "\u2026"])
def test_a_speaker_after_the_last_comma_of_a_cut_snippet_is_the_source(cut: str) -> None:
    # three full stops, or the one-character ellipsis (a line with no final stop, which the splitter reads as
    # a headline)
    text = ("Shelling by government forces in the northern Varna region killed 17 border guards, the regional "
            f"governor in the eastern province of{cut}")
    assert _source(text, "17") == "the regional governor"


def test_a_cut_snippet_without_a_party_noun_has_no_source() -> None:
    text = "Shelling by government forces in the northern Varna region killed 17 border guards, most of them in..."
    assert _source(text, "17") is None


def test_a_whole_sentence_with_an_apposition_is_not_read_as_cut() -> None:
    text = "Shelling killed 17 border guards near Tarn, the regional capital."
    assert _source(text, "17") is None


_REPORTED = "The army moved the families to shelters in the western districts; the state news agency reported."
_GOES_ON = ("Army units on Monday evening secured the exit of dozens of residents who were trapped by gunmen, and "
            "bused them to a school in the west, {participle} local officials are working to meet their needs.")


@pytest.mark.parametrize("participle", ["adding that", "pointing out that"])
def test_a_participle_of_saying_with_no_speaker_goes_on_with_the_report_before(participle: str) -> None:
    text = _REPORTED + " " + _GOES_ON.format(participle=participle)
    assert _source(text, "dozens") == "the state news agency"


def test_a_participle_of_saying_goes_on_only_with_the_sentence_right_before() -> None:
    # wire copy: each sentence a paragraph of its own
    text = _REPORTED + "\n\n" + _GOES_ON.format(participle="adding that")
    assert _source(text, "dozens") == "the state news agency"
    # a sentence about something else in between ends the report
    text = _REPORTED + " Roads into the district stayed closed. " + _GOES_ON.format(participle="adding that")
    assert _source(text, "dozens") is None


def test_pointing_at_a_thing_is_no_saying() -> None:
    text = _REPORTED + (" Rescue teams pulled 14 residents alive from a collapsed block in the west, pointing to "
                        "the rubble where more may lie.")
    assert _source(text, "14") is None
