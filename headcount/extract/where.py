"""Where: the place a figure is about, as the text states it (gold convention 7).

The places each sentence names are found by shape (place_shapes.py) and checked with the parse
(place_parse.py); this module chooses the figure's among them. For a flow out of a place (evacuated,
displaced) the origin wins ("from X", "left X"); otherwise the place nearest the figure; failing that the
paragraph's, then the headline's. Places inside the speaker's words or a dateline are not the figure's.

The names other modules used when all of this lived here (``Place``, ``find_places``, ``gazetteer``,
``countries``, ``places_from_parse``) stay importable from this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from headcount.extract import doc_places, place_called, speakers, speaking_parts
from headcount.extract.drafts import SentenceInfo
from headcount.extract.linguistic import Analysis
from headcount.extract.place_apposition import containers
from headcount.extract.place_basis import basis_places
from headcount.extract.place_care_names import care_containers, with_care_names
from headcount.extract.place_clauses import (
    cause_places,
    compared_places,
    country_relative,
    destination,
    locates_place,
    own_goals,
    possessor_of_figure,
    pronoun_subject,
    singled_out,
    where_counted_live,
)
from headcount.extract.place_countries import country_in, country_named, country_noun, country_pointer
from headcount.extract.place_dateline import titled_dateline_end
from headcount.extract.place_demonyms import demonym_country
from headcount.extract.place_glosses import bracketed_after_name, glosses_name_before, located_after_comma
from headcount.extract.place_hazard_owner import hazard_owner
from headcount.extract.place_headline_name import headline_name
from headcount.extract.place_host_subject import host_subject
from headcount.extract.place_inquiry import inquiry_places
from headcount.extract.place_label import label_aside
from headcount.extract.place_parse import (
    ENTITY_PLACES,
    owned_by_other_figures,
    places_from_parse,
    relative_antecedent,
    root_word,
)
from headcount.extract.place_partitive import partitive_places
from headcount.extract.place_parts import described_by_own_words, locative_there, owned_by_earlier_conjunct
from headcount.extract.place_shapes import find_places
from headcount.extract.place_site_in import capital_of_country, pointer_after_in
from headcount.extract.place_story import known_before_possessive, story_headline
from headcount.extract.place_vague import bare_site, idiom_location, institutional_idiom
from headcount.extract.place_with_asides import with_asides
from headcount.extract.place_words import (
    DESCRIBED,
    DIRECTION,
    NAMED,
    PLACE_NOUNS,
    POINTER,
    TITLED,
    UNIT_NOUNS,
    Place,
    countries,
    gazetteer,
    validate_places,
)
from headcount.extract.rules import Rules
from headcount.extract.sentences import Token
from headcount.models import ORIGIN_KEYED_EVENTS, TOLL_EVENTS

__all__ = ["DESCRIBED", "NAMED", "POINTER", "Place", "choose_place", "countries", "dateline_end", "find_places",
           "gazetteer", "locate", "places_from_parse", "places_in", "possessive_country", "validate_places"]

# How much farther a place before the figure counts than one after it. Dev location accuracy with weights
# 1, 2 and 3: 0.77, 0.80, 0.80; 2 is the smallest weight at the plateau.
_BEFORE_WEIGHT = 2.0


def choose_place(places: Sequence[Place], fig_start: int, flow: bool,
                 exclude: Sequence[tuple[int, int]] = (), kinds: tuple[int, ...] = (NAMED,),
                 before: bool = False, locates: Callable[[Place, Place], bool] | None = None) -> Place | None:
    """The origin for a flow when the sentence names one, else the place nearest the figure.

    Places inside ``exclude`` (the party's own name: "the head of the ICRC in Syria") are not the figure's,
    nor, unless people are moving, where the people counted come from ("migrants from Eritrea"). Only places
    of the given ``kinds`` (named, described, pointing back) are considered. ``before`` says the sentence
    comes before the figure's (a place borrowed from it).
    A place after the figure is preferred to one at the same distance before it, since English puts the
    place of an event after its verb ("14 shoppers killed in the town of X").
    """
    places = [p for p in places if p.described in kinds and (flow or not p.of_people)
              and not any(a <= p.start and p.end <= b for a, b in exclude)]
    if not places:
        return None
    if flow:
        origins = [p for p in places if p.origin]
        if origins:
            return _inner(min(origins, key=lambda p: abs(p.start - fig_start)), origins, fig_start, before,
                          locates)
    return _inner(min(places, key=_distance(fig_start)), places, fig_start, before, locates)


def _distance(fig_start: int) -> Callable[[Place], float]:
    return lambda p: (p.start - fig_start) if p.start >= fig_start else _BEFORE_WEIGHT * (fig_start - p.start)


def _inner(chosen: Place, places: Sequence[Place], fig_start: int, before: bool,
           locates: Callable[[Place, Place], bool] | None = None) -> Place:
    """A country stands aside for a place the same sentence names inside it ("in neighbouring X,
    ... a hotel in its capital Y"; a sentence before: "Y, the largest port in X"): the country only
    says where the other lies, and the more specific place is the figure's. Not when the country stands
    between that place and the figure ("divers combed Y while X counted 35 drowned"):
    the nearer words then give the country as the figure's. But a country that only locates the other
    place, its phrase hung on that place's ("killed in X and its outskirts in eastern Y", ``locates``), is
    still only where the other lies. The country is recognised however written ("eastern DR Congo").
    """
    country = country_named(chosen.text)
    if country is None:
        return chosen
    inside = [p for p in places if p is not chosen and doc_places.country_holding(p.text) == country
              and (before or not min(p.start, fig_start) < chosen.start < max(p.start, fig_start)
                   or (locates is not None and locates(chosen, p)))]
    return min(inside, key=_distance(fig_start)) if inside else chosen


# A figure whose sentence names no place takes the nearest place in the sentences before it (gold convention
# 7 says "same paragraph"; extracted pages often have one sentence per line, so the three sentences before
# stand in for a paragraph), then the headline's. Without the gazetteer, looking back 1, 2, 3, 5 and 9
# sentences gave dev location accuracy 0.68, 0.73, 0.74, 0.74, 0.73; with it, 1, 3 and 5 gave 0.80, 0.80, 0.80.
PLACE_LOOKBACK = 4
HEADLINE_LINES = 4


def locate(text: str, infos: list[SentenceInfo], index: int, fig_tok: int, event: str, r: Rules,
           others: Sequence[int] = ()) -> str | None:
    """The location of the figure at token ``fig_tok`` of sentence ``index`` (gold convention 7).

    In order: a place its sentence names; a place its sentence describes ("the flood zone"); the nearest
    place named in the sentences before; a description in its sentence that points back ("the city") when
    nothing before names the place; the headline's place. ``others`` are the first tokens of the sentence's
    other figures: a place the parse attaches to one of them is theirs, not this figure's."""
    info = infos[index]
    flow = event in ORIGIN_KEYED_EVENTS
    here = places_in(text, info)
    # a container in apposition ("X, North Y,") only locates X for this figure; it stays among the
    # sentence's places, so that a later "the state" can still point back to it (place_apposition.py)
    located = [*containers(here, info.words, [t.text for t in info.tokens]),
               *care_containers(here, info.tokens, speakers.analysis(text, info))]
    here = label_aside([p for p in here if p not in located], info.words)  # "X: 28 held in Y freed"
    # "the country" is a place only as the country named before it; unresolved, or indefinite ("a country
    # of 30 million"), it says nothing of where
    here = [p for p in here if not (country_noun(p.text) or country_pointer(p.text))
            or (country_pointer(p.text) and _country_pointed_to(infos, index, p) is not None)]
    glossed = bracketed_after_name(here, info.words, fig_tok)
    if glossed is not None:
        return glossed.text
    parse = speakers.analysis(text, info)
    if parse is not None and others:
        theirs = [*owned_by_other_figures(parse, info.tokens, fig_tok, others, here),
                  *owned_by_earlier_conjunct(parse, info.tokens, fig_tok, others, here)]
        here = [p for p in here if p not in theirs]
    if parse is not None:
        compared = compared_places(parse, info.tokens, fig_tok, here)
        asides = with_asides(parse, info.tokens, fig_tok, here)  # "with many fleeing to X", "with most in Y"
        basis = basis_places(parse, info.tokens, fig_tok, here)  # "based on the damage to the districts"
        inquiry = inquiry_places(parse, info.tokens, fig_tok, here)  # "a survey of refugees in X found ..."
        gone = [*compared, *asides, *basis, *inquiry, *partitive_places(parse, info.tokens, fig_tok, here)]
        here = [p for p in here if p not in gone]  # "N dead, seven of them in X": X is the part's
    # a compass phrase after a name ("the X camps, west of Z,") only says where the named place lies; the
    # figure is the named place's. Only in the figure's own sentence: looking back from a later sentence,
    # the landmark is as good a place as any the paragraph names (it is often the city the story is about)
    here = [p for p in here if not any(located_after_comma(q, p, info.words) for q in here if q.described == NAMED)]
    # a span that holds the figure itself is no speaker's ("quoted an officer as saying that 300 left X"):
    # the figure is what is said, and its place is in the said words
    spans = [(a, b) for a, b in _speaker_spans(text, info, r) if not a <= fig_tok < b]
    host = host_subject(parse, info.tokens, text, fig_tok, here) if parse is not None else None
    if host is not None:  # "X, 40 km west of Y, hosts 52,000 displaced people" (place_host_subject.py)
        return host.text
    if flow:  # the origin of a flow, however it is given ("evacuated from the flood zone")
        origins = [p for p in here if p.origin]
        place = choose_place(origins, fig_tok, flow, spans, (NAMED, DESCRIBED, POINTER))
        if place is not None and place.described == POINTER:
            # "fled the devastated city": the origin is the place named before, as for any pointer
            named = (_country_pointed_to(infos, index, place) if country_pointer(place.text)
                     else _named_before(text, infos, index, flow, r))
            if named is not None:
                return named
            place = choose_place(origins, fig_tok, flow, spans, (NAMED, DESCRIBED))
        if place is not None and place.described == DESCRIBED:
            place = _located_by_name(place, here, info.words)
        if place is not None:
            return place.text
    if flow and parse is not None:
        # no origin: the goal of the figure's own verb ("as 2,500 ran towards the Y suburbs")
        goals = own_goals(parse, info.tokens, fig_tok, [p for p in here if p.described in (NAMED, DESCRIBED)])
        # a goal after another figure is that figure's, whatever verb the parser hung it on ("19,000 went
        # to X, around 10,000 to Y": X follows the 19,000)
        goals = [g for g in goals if max((o for o in (*others, fig_tok) if o < g.start), default=-1) == fig_tok]
        place = choose_place(goals, fig_tok, flow, spans, (NAMED, DESCRIBED))
        if place is not None:
            return place.text
    if event == "returned":  # the place people return to, not the one they come back from (convention 7)
        place = choose_place([p for p in here if not p.origin], fig_tok, flow, spans, (NAMED, DESCRIBED))
        if place is not None:
            return place.text
    if parse is not None:  # "in a country where 22 million need aid"
        country = _country_of_relative(text, parse, infos, index, fig_tok)
        if country is not None:
            return country
    if parse is not None and not flow:
        place = possessor_of_figure(parse, info.tokens, fig_tok, here)
        if place is not None:  # "X's 5 million residents lost power at dawn"
            return place.text
    if parse is not None:
        place = relative_antecedent(parse, info.tokens, text, fig_tok, here)
        if place is not None and not any(a <= place.start and place.end <= b for a, b in spans):
            return place.text
    if flow and parse is not None:
        # a flow whose sentence names no origin but a goal and the place of what drove the people out
        # ("clashes in X forced thousands to flee to Y"): the cause's place is where they left
        causes = cause_places(parse, info.tokens, fig_tok, here)
        if causes and any(destination(parse, info.tokens, p) for p in here):
            place = choose_place(causes, fig_tok, flow, spans)
            if place is not None:
                return place.text
    def locates(container: Place, inner: Place) -> bool:
        return parse is not None and locates_place(parse, info.tokens, container, inner)

    same = _same_before(text, infos, index, fig_tok, here, flow, r)
    if same is not None:  # "near the same coast": the place last given with that noun
        return same
    if parse is not None:  # "the 25,000 Sudanese sheltering in the three camps"
        place = choose_place([p for p in here if where_counted_live(parse, info.tokens, fig_tok, p)], fig_tok,
                             flow, spans, (NAMED, DESCRIBED))
        if place is not None:
            return place.text
    for kinds in ((NAMED,), (DESCRIBED,)):
        place = choose_place(here, fig_tok, flow, spans, kinds, locates=locates)
        ptr = pointer_after_in(place, here, info.tokens, text) if place is not None else None
        if ptr is not None:  # "in temporary camps in the capital" (place_site_in.py)
            named = _named_before(text, infos, index, flow, r, place_called.pointer_noun(ptr))
            return named if named is not None and not capital_of_country(ptr, named) else ptr.text
        if place is not None:
            return place.text
    # "the country" points back to the country named before it, in its sentence ("X reports that 16,000
    # have come across into the country") or the ones before, whatever city lies nearer
    for ptr in sorted((q for q in here if q.described == POINTER and country_pointer(q.text)),
                      key=_distance(fig_tok)):
        named = _country_pointed_to(infos, index, ptr)
        if named is not None:
            return named
    # a definite description of a thing that is not an administrative unit ("the mountain", "the vessel")
    # is kept as written; "the city", "the province", "the east" stand for the name given before (below)
    things = [p for p in here if p.described == POINTER
              and p.text.split()[-1].lower() not in PLACE_NOUNS | DIRECTION and not bare_site(p)]
    place = choose_place(things, fig_tok, flow, spans, (POINTER,))
    if place is not None:
        return place.text
    # a place named only in a party's title or description ("the governor of X said", "officials in X
    # confirmed"): with no other place in the sentence, the authority's place is where its figures are;
    # but a country stands aside for a place inside it that the paragraph names ("the head of the agency in
    # X said ..." after a sentence about a city of X), as in _inner
    owner = hazard_owner(info.tokens, fig_tok, parse)  # "X's seasonal downpours drowned 63" (place_hazard_owner.py)
    if owner is not None:
        return owner
    authority = choose_place(_authority_places(text, info, here, spans), fig_tok, flow, kinds=(TITLED, NAMED))
    if authority is not None and authority.text not in countries():
        return authority.text
    # a country in the possessive in the figure's own sentence ("Chile's navy said ...") is the speaker's,
    # not the figure's place: a party of one country reports figures in another, so it never overrides the
    # place borrowed from the sentences before
    continued = parse is not None and (pronoun_subject(parse, info.tokens, fig_tok)
                                       or locative_there(parse, info.tokens, fig_tok))
    noun = _pointer_noun_near(here, fig_tok)
    if noun is not None and parse is not None and not any(p.described == NAMED for p in here):
        pointer = min((q for q in here if q.described == POINTER), key=_distance(fig_tok))
        titled = place_called.titled_name_before(parse, info.tokens, text, pointer)
        if titled is not None:  # "the mayor of X said the toll in the city ..."
            return titled
    for k in range(index - 1, max(-1, index - PLACE_LOOKBACK), -1):
        other = infos[k]
        if not same_block(infos, k, index):
            break
        p = _paragraph_place(text, other, flow, r, noun=noun, toll=event in TOLL_EVENTS)
        if p is None and continued and k == index - 1:
            # "It killed 43 people" after "The attack, in a crowded market, hit a bus": the pronoun's
            # antecedent is in the sentence before, and so is its place, named or described
            p = _paragraph_place(text, other, flow, r, (DESCRIBED,))
        if p is not None and (authority is None or doc_places.country_holding(p.text) == authority.text):
            return known_before_possessive(p.text) if other.sentence.headline else p.text
        if p is not None:
            break
    if authority is not None:
        return authority.text
    place = choose_place(here, fig_tok, flow, spans, (POINTER,))
    if place is not None:  # "the city" stands for the place named before it, in whichever paragraph,
        # else for the headline's, which names what the story is about; not a country
        headline = _headline_place(text, infos, flow)
        if (headline is not None and country_named(headline) is not None) or \
                place.text.split()[-1].lower() not in UNIT_NOUNS:
            headline = None  # only a unit ("the city", "the town"), not "the border" or "the coast"
        return _named_before(text, infos, index, flow, r, place_called.pointer_noun(place)) or headline or place.text
    headline = _headline_place(text, infos, flow)
    if headline is not None:
        return headline
    if noun is None:
        told = _speakers_place_before(text, infos, index, flow, r)
        if told is not None:
            return told
    for k in range(index, max(-1, index - PLACE_LOOKBACK), -1):
        if k != index and not same_block(infos, k, index):
            break
        owner = possessive_country(infos[k].tokenized().tokens)
        if owner is not None:
            return owner
    return demonym_country(info.tokens[fig_tok:], info.words[fig_tok:])


def _speakers_place_before(text: str, infos: list[SentenceInfo], index: int, flow: bool, r: Rules) -> str | None:
    """The place a sentence before names only as its speaker's ("officials in X confirmed 13 dead. Another
    50 are missing"), as the paragraph's place: a last resort, asked only when neither the paragraph nor the
    headline names a place in any other role. Speakers speak where statements are made (a capital, Geneva,
    New York), so a place named as the event's, even sentences earlier, always comes first. Not a country
    ("the head of delegation for X said ..."): that says whose officials, not where, as in the figure's own
    sentence. The evidence is one half-B claim, which this placement gives up (the paragraph there names its
    country earlier)."""
    for k in range(index - 1, max(-1, index - PLACE_LOOKBACK), -1):
        other = infos[k]
        if not same_block(infos, k, index):
            break
        told = choose_place(_authority_places(text, other, places_in(text, other), _speaker_spans(text, other, r)),
                            len(other.tokens), flow, kinds=(TITLED, NAMED), before=True)
        if told is not None and told.text not in countries():
            return told.text
    return None


def _located_by_name(place: Place, here: Sequence[Place], words: Sequence[str]) -> Place:
    """A description followed at once by "in" and a name ("left the militia-held areas in the north of
    X") is located by that name, which is the place as the text names it, wherever the parser hung the
    "in" (place_parse.py makes the same choice when it hangs on the description)."""
    for p in here:
        between = words[place.end : p.start]
        if p.described == NAMED and between and between[0] == "in" and all(w == "the" for w in between[1:]):
            return p
    return place


def _country_of_relative(text: str, parse: Analysis, infos: list[SentenceInfo], index: int, fig_tok: int) -> str | None:
    """The country a relative clause on "a country" holds the figure in (place_clauses.country_relative):
    the one holding a place the sentence names before the noun (the gazetteer's containment: "the fight
    for X ... in a country where"), else the country named before it (as for "the country")."""
    info = infos[index]
    k = country_relative(parse, info.tokens, fig_tok)
    if k is None:
        return None
    held = [c for p in places_in(text, info) if p.end <= k
            for c in (doc_places.country_holding(p.text),) if c is not None]
    if held:
        return held[-1]
    return _country_pointed_to(infos, index, Place(info.tokens[k].text, k, k + 1, False, False, POINTER))


def _headline_place(text: str, infos: list[SentenceInfo], flow: bool) -> str | None:
    """The place the headline names (the first headline line that names one)."""
    for other in infos[: min(len(infos), HEADLINE_LINES)]:
        if not other.sentence.headline:
            continue
        p = choose_place(places_in(text, other), 0, flow, before=True)
        if p is not None:  # a country gives way to a place inside it the headline names (place_story.py)
            return story_headline(known_before_possessive(p.text), other.tokenized().tokens, text, infos,
                                  places_in(text, other))
    # an unlisted name the headline packs into a noun modifier, which the body names as a place
    # (place_headline_name.py)
    first = next((other for other in infos[:HEADLINE_LINES] if other.sentence.headline), None)
    if first is None:
        return None
    body = [p for other in infos[:2 * PLACE_LOOKBACK] if not other.sentence.headline
            for p in places_in(text, other)]
    tokens = first.tokenized().tokens
    return headline_name(tokens, body) or story_headline(None, tokens, text, infos)


def _country_pointed_to(infos: list[SentenceInfo], index: int, pointer: Place) -> str | None:
    """The country "the country" stands for: the last one named before it in its sentence, in any role
    (the speaker "X says" too), else in the sentences before."""
    named = country_in(infos[index].tokens, pointer.start)
    for k in range(index - 1, max(-1, index - PLACE_LOOKBACK), -1):
        if named is not None:
            break
        named = country_in(infos[k].tokenized().tokens)
    return named


def _named_before(text: str, infos: list[SentenceInfo], index: int, flow: bool, r: Rules,
                  noun: str | None = None) -> str | None:
    """The nearest place named in the sentences before, in whichever paragraph: what a pointer stands for;
    with the pointer's ``noun`` ("the city"), not a place the text called by another ("the town of X")."""
    for k in range(index - 1, max(-1, index - PLACE_LOOKBACK), -1):
        other = infos[k]
        places = places_in(text, other)
        if noun is not None:
            places = [q for q in places if place_called.fits(q, other.words, noun, exact=False)]
        p = choose_place(places, len(other.tokens), flow, _speaker_spans(text, other, r), before=True)
        if p is not None:
            return p.text
    return None


def _paragraph_place(text: str, other: SentenceInfo, flow: bool, r: Rules,
                     kinds: tuple[int, ...] = (NAMED,), noun: str | None = None, toll: bool = False) -> Place | None:
    """The place a sentence before the figure's names (or, with ``kinds``, describes), outside its
    speaker's words; not a part it singles out as the most hit ("X was the worst-flooded county"): a
    figure borrowing a place is about the whole. When the figure's sentence points back with a noun of
    place (``noun``: "trapped in the city"), not a place the text called by another ("the town of X"). For a
    toll (``toll``), not where people fled to ("fled towards X"): the dead are where the attacks were."""
    places = places_in(text, other)
    if noun is not None:
        places = [q for q in places if place_called.fits(q, other.words, noun, exact=False)]
    parse = speakers.analysis(text, other)
    if parse is not None:
        surveyed = inquiry_places(parse, other.tokens, None, places)  # "it surveyed families in camps in X"
        places = [p for p in places if not singled_out(parse, other.tokens, p) and p not in surveyed
                  and not (toll and destination(parse, other.tokens, p))]
    return choose_place(places, len(other.tokens), flow, _speaker_spans(text, other, r), kinds, before=True)


def _pointer_noun_near(here: Sequence[Place], fig_tok: int) -> str | None:
    """The noun of place of the pointer nearest the figure in its sentence ("the city"), if any."""
    pointers = sorted((q for q in here if q.described == POINTER), key=_distance(fig_tok))
    return place_called.pointer_noun(pointers[0]) if pointers else None


def _same_before(text: str, infos: list[SentenceInfo], index: int, fig_tok: int, here: Sequence[Place],
                 flow: bool, r: Rules) -> str | None:
    """"the same <noun of place>" in a sentence that names no place ("a boat sank near the same coast")
    stands for the place last given with that noun in the sentences before ("off the coast of X"), however
    many other places lie between."""
    if any(p.described == NAMED for p in here):
        return None
    same = sorted((p for p in here if place_called.says_same(p)), key=_distance(fig_tok))
    if not same or min(here, key=_distance(fig_tok)) is not same[0]:
        return None  # a description nearer the figure is its own ("fleeing to government areas")
    noun = place_called.pointer_noun(same[0])
    for k in range(index - 1, max(-1, index - PLACE_LOOKBACK) if noun is not None else index - 1, -1):
        other = infos[k]
        places = [q for q in places_in(text, other) if noun and place_called.fits(q, other.words, noun, exact=True)]
        p = choose_place(places, len(other.tokens), flow, _speaker_spans(text, other, r), (NAMED, DESCRIBED),
                         before=True)
        if p is not None:
            return p.text
    # none called so: the place named last, else the headline's (what the story is about)
    return _named_before(text, infos, index, flow, r) or _headline_place(text, infos, flow)


def _authority_places(text: str, info: SentenceInfo, here: Sequence[Place],
                      spans: Sequence[tuple[int, int]]) -> list[Place]:
    """Places in a party's title (TITLED) or inside the speaker's words that describe the speaker ("UN
    officials in X", "X officials say", "the Special Envoy for X"), as places the entity recogniser labels.
    Not a place that is itself the speaker ("Russia said 200 surrendered"): a state speaking is a party,
    and its figures may be about anywhere. Nor the dateline's."""
    parse = speakers.analysis(text, info)
    if parse is None:
        return [p for p in here if p.described == TITLED]
    end = dateline_end(info.tokens)
    out = []
    for p in here:
        if p.described == TITLED:
            out.append(p)
            continue
        if p.described != NAMED or p.end <= end or not any(a <= p.start and p.end <= b for a, b in spans):
            continue
        root = root_word(parse, info.tokens, p.start, p.end)
        if root is None or parse.words[root].ent_type not in ENTITY_PLACES:
            continue
        if parse.words[root].dep in ("nsubj", "nsubjpass", "ROOT"):
            continue
        out.append(Place(p.text, p.start, p.end, p.origin, p.of_people, TITLED))
    return out


def possessive_country(tokens: Sequence[Token]) -> str | None:
    """A known country or city in the possessive ("Haiti's government announced ...", "the health
    ministry of ... Lebanon's minister said"): with no other place about, the authority's country is where
    the figures it gives are. Last resort only: a place the text names for the figure comes first."""
    known = gazetteer()
    for t in tokens:
        raw = t.text.replace("’", "'")
        if raw.endswith("'s") and len(raw) > 3 and raw[0].isupper():
            name = raw[:-2]
            if (name,) in known.get(name, ()):
                return name
    return None


def same_block(infos: Sequence[SentenceInfo], k: int, index: int) -> bool:
    """Whether sentence ``k`` (before ``index``) is in the figure's paragraph (gold convention 7). Pages
    extracted with one sentence per line have no paragraphs to speak of: a run of one-sentence lines counts
    as one paragraph."""
    if infos[k].sentence.paragraph == infos[index].sentence.paragraph:
        return True
    return all(_lone(infos, j) for j in range(k, index + 1))


def _lone(infos: Sequence[SentenceInfo], j: int) -> bool:
    """The sentence is a paragraph of its own."""
    para = infos[j].sentence.paragraph
    return ((j == 0 or infos[j - 1].sentence.paragraph != para)
            and (j + 1 == len(infos) or infos[j + 1].sentence.paragraph != para))


def places_in(text: str, info: SentenceInfo) -> list[Place]:
    """The sentence's places, found once and kept on it: by shape and name, and from the parse when there is one."""
    if info.places is None:
        info.tokenized()
        found = find_places(info.tokens, info.words, text)
        parse = speakers.analysis(text, info)
        if parse is not None:
            found = places_from_parse(found, parse, info.tokens, info.words, text)
        found = [p for p in with_care_names(found, info.tokens, parse) if not _cut_off(p, info.tokens, text)]
        found = [described_by_own_words(parse, info.tokens, p) for p in found]
        found = [p for p in found if not glosses_name_before(p, found, info, parse)]
        info.places = [q for p in found for q in ([p] if not institutional_idiom(p)  # "in hospital", but
                                                  else idiom_location(p, info.tokens, text))]  # "... in X"
    return info.places


def _cut_off(p: Place, tokens: Sequence[Token], text: str) -> bool:
    """A name that ends the text where the text stops mid-sentence (no closing punctuation) may be the
    stump of a longer word ("most of them in Ba" for a cut "Balochistan"): excerpts of web pages are often
    cut at a fixed length. Kept only when the gazetteer knows it whole."""
    end = len(text.rstrip())
    if not text[:end] or not text[end - 1].isalnum() or tokens[p.end - 1].end < end:
        return False
    parts = tuple(p.text.replace("’", "'").split())
    return not parts or parts not in gazetteer().get(parts[0], [])


def _speaker_spans(text: str, info: SentenceInfo, r: Rules) -> list[tuple[int, int]]:
    """Spans whose places are not the figure's: the speaker's, and a dateline's."""
    info.tokenized()
    spans = speaking_parts.speaker_spans(text, info, r, speakers.analysis(text, info))
    # a speaker that is itself a place ("the town of X recorded 42 deaths", "Lebanon says 16,000 arrived")
    # reports what happened there: that place is the figure's, unlike a place inside a party's name or title
    spans = [sp for sp in spans if not _names_only_a_place(sp, places_in(text, info), info.words)]
    end = dateline_end(info.tokens)
    return [*spans, (0, end)] if end else spans


def _names_only_a_place(span: tuple[int, int], places: Sequence[Place], words: Sequence[str]) -> bool:
    """The span is a place given with its place noun and at most an article and direction words ("the
    town of X", "X province")."""
    a, b = span
    for p in places:
        if a <= p.start and p.end <= b:
            rest = [*words[a : p.start], *words[p.end : b]]
            # a bare country or city name as the speaker is a party ("Russia said"), not where things happened
            if any(w in PLACE_NOUNS for w in rest) and all(
                    w in ("the", "of") or w in DIRECTION or w in PLACE_NOUNS for w in rest):
                return True
    return False


_DATELINE_MARKS = frozenset({"-", "–", "—", ":", ","})


def dateline_end(tokens: Sequence[Token]) -> int:
    """The tokens of a dateline opening a story ("KABUL, Afghanistan –", "GENEVA (Reuters) -"): it says where
    the report was filed, not where its figures are. A dateline starts with a name in capitals and ends at
    a dash or colon, or at the comma after its country; 0 when there is none."""
    if not tokens or not (tokens[0].text.isupper() and tokens[0].text.isalpha() and len(tokens[0].text) > 2):
        return titled_dateline_end(tokens)  # "Quelimane, Mar 3:" (place_dateline.py)
    depth = 0
    for k, t in enumerate(tokens[:12]):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.text in ("-", "–", "—", ":"):
            return k + 1
        elif depth == 0 and t.text == "," and k >= 2 and tokens[k - 2].text == ",":
            return k + 1  # "DAMASCUS, Syria, A total of ..."
        elif depth == 0 and not t.text[0].isupper() and t.text not in _DATELINE_MARKS and not t.text[0].isdigit():
            return 0
    return 0
