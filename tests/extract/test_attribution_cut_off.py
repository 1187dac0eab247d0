"""A snippet cut before its verb of saying keeps its speaker (round 6, sources). Sentences written for this
file in the style of a news aggregator's teasers; places are invented."""

from __future__ import annotations

from headcount import extract


def _source(text: str, figure: str) -> str | None:
    found = [c for c in extract(text, published="2024-03-14") if c.figure == figure]
    assert found, f"no claim for {figure!r}"
    return found[0].source


def test_a_speaker_after_the_last_comma_of_a_cut_snippet_is_the_source() -> None:
    text = ("Shelling by government forces in the northern Varna region killed 17 border guards, the regional "
            "governor in the eastern province of...")
    assert _source(text, "17") == "the regional governor"


def test_a_cut_snippet_without_a_party_noun_has_no_source() -> None:
    text = "Shelling by government forces in the northern Varna region killed 17 border guards, most of them in..."
    assert _source(text, "17") is None


def test_a_whole_sentence_with_an_apposition_is_not_read_as_cut() -> None:
    text = "Shelling killed 17 border guards near Tarn, the regional capital."
    assert _source(text, "17") is None


def test_a_participle_of_saying_with_no_speaker_goes_on_with_the_report_before() -> None:
    text = ("The army moved the families to shelters in the western districts; the state news agency reported.\n\n"
            "Army units on Monday evening secured the exit of dozens of residents who were trapped by gunmen, and "
            "bused them to a school in the west, adding that local officials are working to meet their needs.")
    assert _source(text, "dozens") == "the state news agency"
