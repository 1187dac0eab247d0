"""Web copy that lost the space after a full stop ("se sont rendus.La reddition") is two sentences: the
second one's figures do not take the first one's place or party. An initial ("M.Otkay"), an acronym
("U.S.A.") and a web address ("Meduza.io") are not cut."""

from __future__ import annotations

from headcount.extract.stages_local import extract_local, split_local


def test_a_stop_glued_to_a_capitalised_word_ends_a_sentence() -> None:
    text = "Les pluies ont cessé jeudi.Près de 400 familles sont rentrées à Beira, selon l'ONU."
    assert [s.text for s in split_local(text)] == ["Les pluies ont cessé jeudi.",
                                                   "Près de 400 familles sont rentrées à Beira, selon l'ONU."]


def test_initials_acronyms_and_addresses_are_not_cut() -> None:
    text = "M.Otkay a parlé aux U.S.A. hier, selon Meduza.io et Reuters."
    assert len(split_local(text)) == 1


def test_the_place_of_a_glued_sentence_is_not_the_next_ones() -> None:
    text = ("Au moins 1 200 soldats se sont rendus dans la caserne de Nyala.Les combats se poursuivent vers "
            "la ville de Kassala, selon l'armée.")
    claims = extract_local(text, "fr")
    assert [(c.figure, c.location) for c in claims] == [("Au moins 1 200", "la caserne de Nyala")]


def test_a_glued_sentence_after_a_count_opens_a_statement_of_its_own() -> None:
    text = "Более 300 человек покинули Кассалу за сутки.Военные сообщили о новых боях у Нялы."
    assert [s.text for s in split_local(text)] == ["Более 300 человек покинули Кассалу за сутки.",
                                                   "Военные сообщили о новых боях у Нялы."]


def test_a_stop_before_an_acronym_or_a_file_type_is_not_cut() -> None:
    """Only a capital followed by a lower-case letter opens a glued sentence: "news.UNHCR" is an address and
    "report.PDF" a file name, both inside one sentence."""
    text = "Le rapport publié sur news.UNHCR et dans report.PDF compte 4 000 déplacés à Kassala."
    assert len(split_local(text)) == 1


def test_a_glued_stop_before_an_elided_article_is_cut() -> None:
    text = "Les pluies ont cessé jeudi.L'ONU compte 4 000 déplacés à Kassala."
    assert [s.text for s in split_local(text)] == ["Les pluies ont cessé jeudi.",
                                                   "L'ONU compte 4 000 déplacés à Kassala."]
