"""Places, round 10 (built on half A's errors and the unseen-crisis set P2): each construction with sentences
written for this file about crises not in the data (a made-up valley, landslides in Zambia, cattle raids
around a Malawian town), a positive case that failed before the change and a negative case beside it. After
the review of round 10 the cases were written again in new words, shapes and figures: the first ones kept
the sentences of the P2 texts with the names swapped."""

from __future__ import annotations

import pytest
from place_helpers import needs_parse

from headcount.extract.pipeline import extract
from headcount.extract.place_dateline import titled_dateline_end
from headcount.extract.place_shapes import find_places
from headcount.extract.sentences import split_sentences, tokenize


def _location(text: str, figure: str, *, parse: bool = True) -> str | None:
    found = [c.location for c in extract(text, parse=parse) if c.figure == figure]
    assert found, f"{figure!r} not extracted from {text!r}"
    return found[0]


def _shapes(text: str) -> list[str]:
    (sentence,) = split_sentences(text)
    tokens = tokenize(sentence)
    return [p.text for p in find_places(tokens, [t.lower for t in tokens], sentence.text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name that modifies a noun of a medium or of speech names an outlet, not a place
        ("During the Velmora briefing, aid workers said 62 people drowned.", []),
        ("In the Velmora update, aid workers said 62 people drowned.", []),
        ("Speaking in the Orlani interview, the mayor said 270 people were unaccounted for in Mzuzu.", ["Mzuzu"]),
        # a name before any other noun is still read as before
        ("In the Velmora hills, aid workers said 62 people drowned.", ["Velmora"]),
    ],
)
def test_a_name_before_a_noun_of_speech_is_no_place_without_the_model(text: str, want: list[str]) -> None:
    assert _shapes(text) == want


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        ("Some 62 people drowned, the agency said in the Velmora bulletin.", "Some 62", None),
        ("Medics confirmed 62 deaths in the Velmora statement.", "62", None),
        ("Some 62 people drowned in the Velmora hills, the agency said.", "Some 62", "Velmora"),
    ],
)
def test_the_token_rules_alone_take_no_outlet_for_a_place(text: str, figure: str, want: str | None) -> None:
    assert _location(text, figure, parse=False) == want


@needs_parse
@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # the study was carried out in one country; the dead it counts are another's
        ("A study of 3,500 families in shelters in Zambia showed that 870 people had died in Malawi.",
         "870", "Malawi"),
        # a figure inside the study's own phrase counts the people studied there
        ("A study of 3,500 families in shelters in Zambia showed that 870 people had died in Malawi.",
         "3,500", "Zambia"),
        # an unplaced toll does not take the place of the site the study was held in
        ("A study in shelters in Zambia showed that 870 people had died.", "870", None),
        # a place that is not inside the inquiry's phrase is kept
        ("Landslides in Zambia have buried 870 people, a study showed.", "870", "Zambia"),
    ],
)
def test_the_place_of_a_survey_is_not_the_place_of_what_it_counts(text: str, figure: str,
                                                                   want: str | None) -> None:
    assert _location(text, figure) == want


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # a country that opens an organisation's capitalised name is no place, with or without the model
        ("Nine recruits of the Zambia National Guard Forces died in a raid near Kasungu.", "Nine", "Kasungu"),
        # a country before a plain noun is still a place
        ("Nine recruits died in a raid in Zambia on Sunday.", "Nine", "Zambia"),
    ],
)
@pytest.mark.parametrize("parse", [True, False])
def test_a_country_opening_an_organisations_name_is_no_place(text: str, figure: str, want: str,
                                                              parse: bool) -> None:
    assert _location(text, figure, parse=parse) == want


_SLIDES = "Mudslides buried homes in Kasungu district on Friday. "


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # the possessive before a noun of weather or hazard says where it struck, before the sentences before
        (_SLIDES + "Zambia's heavy seasonal downpours have killed 96 people since January.", "96", "Zambia"),
        # a possessive before a speaker names whose officials: the place before is kept
        (_SLIDES + "Zambia's governor said the downpours have killed 96 people since January.", "96",
         "Kasungu district"),
    ],
)
def test_a_place_in_the_possessive_owns_the_hazard_it_names(text: str, figure: str, want: str) -> None:
    assert _location(text, figure) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "police" ends an organisation's name like "army": the country before it is no place
        (_SLIDES + "Around 520 officers of the Zambia Police and soldiers are combing the slopes.",
         "Kasungu district"),
        (_SLIDES + "Around 520 officers from Zambia are combing the slopes.", "Zambia"),
    ],
)
def test_a_country_before_police_is_the_forces_name(text: str, want: str) -> None:
    assert _location(text, "Around 520", parse=False) == want


@needs_parse
@pytest.mark.parametrize(
    ("country", "want"),
    [
        # the tagger reads this country's name as a verb in a headline label: the name is still a place
        ("Chad", "Chad"),
        ("Malawi", "Malawi"),
    ],
)
def test_a_headline_labelled_with_a_country_places_the_story(country: str, want: str) -> None:
    text = (f"{country}: cholera reaches six more provinces\n\n"
            "Over the past fortnight, 2,450 patients were admitted and 23 people died.")
    assert _location(text, "23") == want


@needs_parse
@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # "the same <noun>" with no place called by that noun before: the place named last
        ("A second dam gave way near Kasungu last month. Back in 2017, a levee burst in the same valley, "
         "drowning at least 44 villagers.", "at least 44", "Kasungu"),
        # "those same" points back as "the same" does
        ("Bandits raided cattle posts around Kasungu on Sunday. Several families have camped out "
         "in those same areas.", "Several", "Kasungu"),
        # a description nearer the figure is the figure's own
        ("Bandits raided cattle posts around Kasungu on Sunday. Several families have camped out "
         "in those same areas, while 750 others had moved to government areas.", "750", "government areas"),
    ],
)
def test_the_same_place_points_back_to_the_place_named_last(text: str, figure: str, want: str) -> None:
    assert _location(text, figure) == want


_TOWN = "Some 6,000 people still live in Kasungu town. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a site located "outside" or "near" a pointer is the pointer's place, as with "in"
        (_TOWN + "Artillery fire left at least 12 farmers dead in camps outside the town.", "Kasungu town"),
        (_TOWN + "Artillery fire left at least 12 farmers dead in camps near the town.", "Kasungu town"),
        # a site with no pointer after it is kept as written
        (_TOWN + "Artillery fire left at least 12 farmers dead in villages on Sunday.", "villages"),
    ],
)
def test_a_site_around_a_pointer_is_the_pointers_place(text: str, want: str) -> None:
    assert _location(text, "at least 12") == want


_RAN = "Militiamen shot 16 farmers in Kasungu district on Thursday.  The raids drove hundreds of families to run {}.  "


@needs_parse
@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # a toll borrows the place of the attacks, not the place people fled to in the sentence before
        (_RAN.format("to Mchinji") + "The police reported at least seven deaths on Sunday.", "at least seven",
         "Kasungu district"),
        (_RAN.format("towards the market town of Mchinji") + "The police reported at least seven deaths on Sunday.",
         "at least seven", "Kasungu district"),
        # a count of the people who fled is where they went
        (_RAN.format("to Mchinji") + "Some 700 of them are children.", "Some 700", "Mchinji"),
    ],
)
def test_a_toll_does_not_borrow_where_people_fled_to(text: str, figure: str, want: str) -> None:
    assert _location(text, figure) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a known city, a dash and a capitalised word: a dateline without a date, where the copy was filed
        ("Lusaka – Some 52 people have gone missing in the Kalahari desert, rangers said.", "Kalahari"),
        # the all-capitals dateline is read as before
        ("LUSAKA - Some 52 people have gone missing in the Kalahari desert, rangers said.", "Kalahari"),
    ],
)
@pytest.mark.parametrize("parse", [True, False])
def test_a_dateline_without_a_date_is_not_the_figures_place(text: str, want: str, parse: bool) -> None:
    assert _location(text, "Some 52", parse=parse) == want


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Lusaka – Some 52 hunters went missing.", 2),
        # an unknown name, or no capital after the dash, is body text
        ("Zorvath – Some 52 hunters went missing.", 0),
        ("Lusaka – the capital – has flooded.", 0),
    ],
)
def test_the_dateline_without_a_date_needs_a_known_name(text: str, end: int) -> None:
    (sentence,) = split_sentences(text)
    assert titled_dateline_end(tokenize(sentence)) == end


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # a country label before a headline's colon stands aside for a place the headline names
        ("Zambia: 63 villagers abducted near Kasungu released", "63", "Kasungu"),
        # ... not for a description, which says less than the label
        ("Zambia: at least 27 porters die in a fire at a bus depot", "at least 27", "Zambia"),
    ],
)
def test_a_headline_label_stands_aside_for_a_named_place(text: str, figure: str, want: str) -> None:
    assert _location(text, figure) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name and a lower-case unit noun opening the sentence is a place with no preposition before it
        ("Kasungu district counted the most burials, 1,870 in all.", ["Kasungu district"]),
        # a ministry's department is no unit of land
        ("Education department staff counted 57 absences.", []),
        # a determiner before the unit is no name
        ("Every province counted 57 burials.", []),
        # further in, only a preposition makes the name a place
        ("Rebels seized Kasungu district on Sunday.", []),
    ],
)
def test_a_name_and_unit_opening_the_sentence_is_a_place(text: str, want: list[str]) -> None:
    assert _shapes(text) == want


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a later figure does not borrow the place where a survey was carried out
        ("Landslides hit Zambia in April. The charity says it interviewed families in shelters across the "
         "border in Malawi. It says the dead include at least 85 children.", "Zambia"),
        # a place the sentence before gives in any other role is borrowed as before
        ("Landslides hit Zambia in April. The charity says it housed families in shelters across the border "
         "in Malawi. It says the dead include at least 85 children.", "Malawi"),
    ],
)
def test_a_later_figure_does_not_borrow_the_surveys_place(text: str, want: str) -> None:
    assert _location(text, "at least 85") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an idiom of state that the parse joined to the name after it leaves the name as the place
        ("Six of the porters were rushed to hospital in Karonga with fractures.", "Karonga"),
        # the idiom alone names no place
        ("Six of the porters are still in hospital.", None),
    ],
)
def test_a_name_after_an_idiom_of_state_is_the_place(text: str, want: str | None) -> None:
    assert _location(text, "Six") == want


# ---- after review (round 10): narrower rules, each with the case the first version got wrong


@needs_parse
@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # a place hanging straight from the inquiry is where it found its dead: kept
        ("An investigation in Kasungu found that 57 miners had been buried alive.", "57", "Kasungu"),
        ("An inquiry held in Tarvoni concluded that 63 villagers had been shot.", "63", "Tarvoni"),
        # a place inside the people or site the inquiry is of is still where the counting was done
        ("A poll of displaced herders in shelters in Kasungu found that 2,900 people had died.", "2,900", None),
    ],
)
def test_a_place_the_inquiry_was_held_in_is_kept(text: str, figure: str, want: str | None) -> None:
    assert _location(text, figure) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # in a title-case headline, the capitalised words after a preposition or conjunction are the
        # headline's own, not the rest of an organisation's name
        ("Clashes In Chad Between Army And Rebels Kill 73 Herders", "Chad"),
        # a name opening an organisation's capitalised name is still no place
        ("Chad Armed Forces Kill 73 Herders", None),
    ],
)
def test_a_title_case_headline_keeps_the_place_before_a_function_word(text: str, want: str | None) -> None:
    assert _location(text, "73") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the possessive names whose official speaks, not whose floods: the place before is kept
        ("Gunmen killed 73 herders near Kasungu. Malawi's governor said floods have now displaced 6,800 "
         "families.", "Kasungu"),
        # a modifier between the possessive and the hazard noun still makes the hazard the name's
        ("Gunmen killed 73 herders near Kasungu. Malawi's seasonal downpours have now displaced 6,800 "
         "families.", "Malawi"),
    ],
)
def test_a_possessive_before_a_speaker_does_not_own_the_hazard(text: str, want: str) -> None:
    assert _location(text, "6,800") == want
