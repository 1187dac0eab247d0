"""After every figure has its place: the places that follow another figure's.

A headline figure takes the place of the body figure it repeats, a repeated figure the place of its first
mention, and a part the place of its whole (gold conventions 7 and Periods 5). These passes read the drafts
of the whole document, so they run once ``where.locate`` has placed each figure on its own; moved out of
where.py, which chooses each figure's place, when that module grew past its size.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import speakers
from headcount.extract.drafts import Draft, SentenceInfo
from headcount.extract.place_parse import hung_on_figure
from headcount.extract.place_words import TITLED
from headcount.extract.when import stated_key
from headcount.extract.where import places_in


def headlines_follow_body(text: str, drafts: Sequence[Draft], infos: list[SentenceInfo]) -> None:
    """A headline figure whose headline names no place takes the place of the body figure it repeats (same
    value and event), as it takes that figure's period: a headline is a summary of its lead ("N civilians
    killed, UN says" over "... killed N civilians in X"), and the reader takes the place from the lead."""
    body: dict[tuple[float | None, float | None, str], str] = {}
    body_stated: dict[tuple[float, str], str] = {}  # by the number alone: a headline drops the hedge
    for d in drafts:
        if not infos[d.sentence_index].sentence.headline and d.location is not None:
            body.setdefault((d.figure.low, d.figure.high, d.event), d.location)
            if (key := stated_key(d)) is not None:
                body_stated.setdefault(key, d.location)
    for d in drafts:
        info = infos[d.sentence_index]
        if not info.sentence.headline or any(p.described != TITLED for p in places_in(text, info)):
            continue
        found = body.get((d.figure.low, d.figure.high, d.event))
        if found is None and (key := stated_key(d)) is not None:
            found = body_stated.get(key)
        if found is not None:
            d.location = found
    repeats_follow_first(text, drafts, infos)
    parts_follow_whole(text, drafts, infos)


_ASIDE_OPENS = frozenset({"(", "—", "–", "-"})


def parts_follow_whole(text: str, drafts: Sequence[Draft], infos: list[SentenceInfo]) -> None:
    """A part given in a sentence after its whole's ("64 died in three districts. The victims
    counted 9 nurses."), whose own sentence names no place, is counted where its whole is: the part's
    sentence continues the whole's, as its event does (structure.inherit_from_whole). The nearest place
    before is only a guess; the whole's place is what the part's count is a share of.

    In the whole's own sentence, a part set off in an aside (dashes or a bracket) after its whole ("the
    town of X buried 45 people - 8 nurses and three teachers - and the hamlet of Y lost 22") is a
    breakdown of the whole, so it is counted where the whole is, unless the aside names a place before
    the part or the part's own count holds one ("- among them 12 in Z"). A part joined by a plain comma
    or "including" keeps the place chosen for it: tried without the aside, the rule dropped half B (its
    part and whole links are less often right)."""
    for d in drafts:
        if d.parent is None:
            continue
        whole = drafts[d.parent]
        if whole.location is None or whole.sentence_index > d.sentence_index:
            continue
        info = infos[d.sentence_index]
        if whole.sentence_index == d.sentence_index:
            # a part given with its whole ("60 deaths - 10 women and five children - while 31 died in Y")
            # is counted where the whole is unless its own count holds a place ("including 12 in X")
            here = places_in(text, info)
            parse = speakers.analysis(text, info)
            between = info.words[whole.tok_end : d.tok_start]
            opens = [k for k, w in enumerate(between) if w in _ASIDE_OPENS]
            if (parse is None or not opens or any(w in ".;" for w in between)
                    or any(whole.tok_end + opens[0] <= p.start < d.tok_start for p in here)
                    or hung_on_figure(parse, info.tokens, d.tok_start, here)):
                continue
            d.location = whole.location
            continue
        if d.location is not None or any(p.described != TITLED for p in places_in(text, info)):
            continue
        d.location = whole.location


# A figure repeated with its event later in the text is the same count; below this value a repeat is as
# likely another count of its own ("two killed" in each of several villages). Location accuracy on halves
# A and B with 10, 100 and 1000: 0.8132/0.7720, 0.8132/0.7741, 0.8094/0.7741.
REPEAT_MIN = 100


def repeats_follow_first(text: str, drafts: Sequence[Draft], infos: list[SentenceInfo]) -> None:
    """A body figure whose sentence names no place of its own, and which repeats a figure given before it
    with the same value and event in a sentence that names its place ("At least 900 were killed in the
    province of X, the agency said." ... "'At least 900 people lost their lives,' a spokesman said."),
    takes that place: the repeat is the same count, and the reader keeps its place. A place borrowed from
    the sentences before is only the nearest place, and the quote's neighbours often name another one (where
    survivors were surveyed, where they fled). The parts given with the repeat follow their whole."""
    first: dict[tuple[float | None, float | None, str], str] = {}
    moved: set[int] = set()
    for i, d in enumerate(drafts):
        info = infos[d.sentence_index]
        if info.sentence.headline or d.figure.low is None or d.figure.low < REPEAT_MIN:
            continue
        key = (d.figure.low, d.figure.high, d.event)
        if _own_place(text, d, info):
            first.setdefault(key, d.location or "")
            continue
        found = first.get(key)
        if found and found != d.location:
            d.location = found
            moved.add(i)
    for d in drafts:
        whole = d.parent
        if (whole is not None and whole in moved and drafts[whole].sentence_index == d.sentence_index
                and not _own_place(text, d, infos[d.sentence_index])):
            d.location = drafts[whole].location


def _own_place(text: str, d: Draft, info: SentenceInfo) -> bool:
    """The draft's place is one its own sentence names."""
    return d.location is not None and any(p.text == d.location for p in places_in(text, info))
