"""One party's running series: the keys one party's texts give one running quantity, joined into one.

A party keeps one count over time (its death toll for a disaster, its estimate of the people trapped in a
city), but the texts that carry it key the figures differently: one names no place, one is read as a part of
the city because its document names a side of it elsewhere, one says "people" where the others say
"civilians". A series is meant to hold the party's count in time order, so, per named party and event:

1. **No place, the document's place**: a figure with no place joins the party's series for the same event
   and group at its document's main place, when the party gives that series in another document. Without
   the party's own series there, an unplaced flow stays unplaced (it is as often the whole war's as the
   town's); so does one whose document gives the party's figures for that event at two places or more (a
   breakdown by province: the unplaced figure is their whole, and the document's "main place" is only the
   province named most). The other named parties' unplaced figures for that event in that document go
   with it (one text's unplaced figures of one event are about one place, and stay comparable). The
   unplaced whole of such a breakdown joins the party's series at the nearest place holding the breakdown's
   places (``holding``: Sindh and Balochistan -> Pakistan), when the party gives that series elsewhere.
2. **A part the claim did not name**: a figure whose part of a place was read from its document ("Raqqa"
   taken as "Raqqa/west" because a caption names the western side) sits in the whole's series when the party
   gives the whole in another document at least as often as that part. A part the claim's own words name
   ("eastern Aleppo") never moves.
3. **A class and "people"** (civilians and people, combatants and people: a group whose class is the
   whole, ``groups.toml``) under one party, event and place are one running quantity when no document of
   the party gives both with different figures (a text giving "300 people, including 120 civilians" counts
   them apart; one giving "100,000 civilians" in its headline and "100,000 people" below uses the words as
   one), the class is named as a whole ("people", not "the wounded"), and their period kinds agree. The key
   the party uses in more documents is kept; on a tie, the narrower group (the party chose to name it). A
   narrower group (children, within civilians) is never joined: a party naming it means a part, and a part
   above its whole is a finding (``part_whole``).

4. **A parent body and its one member** (``part_of`` in ``parties.toml``: OCHA, the WHO, the IOM are parts of
   the UN): the parent's figures for an event and group are the member's when exactly one member gives that
   event and group at the same place, a place inside it or the place holding it (for an unplaced figure, its
   document's place). "The UN" giving a death toll that only its health agency counts is that agency's count,
   relayed; with two members counting it ("the UN" beside OCHA and UNICEF) the parent stays itself. A
   document's "the UN" is one speaker: all its figures go to the member, or none. Runs first, so the other
   rules see one party.
5. **A place and the place holding it** (``places.ancestors``; a place the gazetteer does not know lies in its
   document's country, and a locality named as one, "Zindor district", in its document's main place): one
   party's figures for one event and group (a class and "people" counted together here) at places linked by
   the hierarchy are one series, keyed at the place the party gives in the most documents (on a tie the wider),
   walking up ("Injil district" -> Herat, a province -> its country) or down (a president's national toll ->
   the city the party's later tolls name). Parts of a city never move here (rule 2 and the claim decide
   them), and a figure moves only to a place the gazetteer knows. Not when a document of the party gives figures at two linked
   places for one day that fit a breakdown (a part no larger than its whole, or two parts side by side): then
   the places are counted apart. A part above its whole in one document is the count at two moments.
6. **The two ends of one movement** (evacuated, displaced, returned, rescued): a party's figures for one
   movement keyed at its origin in some documents and at its destination in others ("fled from X to Y") are
   one series, keyed at the end the party's documents use more, when a sentence of the party's figures at one
   end names the other (or a place holding it, or its country's adjective: "Malian families ... crossed
   into Niger") and no document gives both for one day. Only two ends: a third place is another movement.

7. **No place, the one country its document counts it in**: a named party's figure that still has no place,
   in a document whose other figures of the same event and group (named parties' only) all stand at one
   place, a country, sits at that country. A text that counts one quantity only nation-wide and gives one
   party's figure for it with no place is setting that figure against the national one (an aid group's toll
   beside the government's, an agency's count of people affected beside a minister's); where the text
   counts the quantity at a city or region, or at two places, the unplaced figure may be any of them, or
   their whole, and it stays unplaced; so does one more than ``pairing.SCOPE_RATIO`` times from the country's
   figures (one incident's dead beside the national toll), which would otherwise meet other documents'
   national tolls as one (a city's figures, tried instead of a country's, did just that on the dev texts:
   a witness's 3 dead set against three parties' tolls of the city).

Rules 4-6 count only documents within ``running_places.NEAR_DAYS`` (180) of the figure: a running count is
one episode, and the same party's toll at the same place years on is another count.

Outlets' own voices and unnamed sources keep their keys: they are not one party's count. Pure: points in,
points out, the same claims in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache

from headcount.lexicons.groups import ROOT, counts_whole, is_part_of, parents
from headcount.reconcile.pairing import SCOPE_RATIO
from headcount.reconcile.parties import Resolution
from headcount.reconcile.places import Place, ancestors, country_code, normalise_place, same_place, within
from headcount.reconcile.running_places import (
    NearIndex,
    day_of,
    moved,
    movement_ends,
    named,
    other_than,
    place_hierarchy,
)
from headcount.reconcile.series import Point

_named = named
_moved = moved


def _docs_at(points: Sequence[Point]) -> dict[tuple[str, str, str, str | None], set[str]]:
    out: dict[tuple[str, str, str, str | None], set[str]] = defaultdict(set)
    for p in points:
        if _named(p):
            out[(p.party.key, p.key.event, p.key.group, p.key.place)].add(p.doc_id)
    return out


def unplaced_to_document_place(points: Sequence[Point]) -> list[Point]:
    """Rule 1: an unplaced figure joins its party's series at its document's place (given elsewhere)."""
    at = _docs_at(points)
    spread: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for p in points:
        if p.key.place is not None:
            spread[(p.party.key, p.key.event, p.doc_id)].add(p.key.place)
    # Only a named party's unplaced figure can move: it is tested first and once (the place before the party,
    # the cheaper test), and ``spread`` is read with ``get`` (an empty set's length is what reading a missing
    # entry of the defaultdict gave); an incremental run joins every point of a changed event here
    # (docs/scale.md, eleventh session). The same figures move to the same places.
    unplaced = [p for p in points if p.key.place is None and _named(p)]
    none: frozenset[str] = frozenset()
    moved: set[tuple[str, str, str]] = set()
    for p in unplaced:
        if p.doc_place:
            docs = at.get((p.party.key, p.key.event, p.key.group, p.doc_place), none)
            if other_than(docs, p.doc_id) and len(spread.get((p.party.key, p.key.event, p.doc_id), none)) < 2:
                moved.add((p.doc_id, p.key.event, p.key.group))
    # The other named parties' unplaced figures for that event in that document go with it: one text's
    # unplaced figures of one event are about one place, and they stay comparable with each other.
    movable = {id(p) for p in unplaced}
    by_place: dict[tuple[str, str, str, str | None], list[Point]] = defaultdict(list)
    for p in points:
        if _named(p) and p.key.place is not None:
            by_place[(p.party.key, p.key.event, p.key.group, p.key.place)].append(p)
    out = []
    for p in points:
        if id(p) not in movable:
            out.append(p)
            continue
        places = spread.get((p.party.key, p.key.event, p.doc_id), none)
        if (_named(p) and p.key.place is None and p.doc_place and (p.doc_id, p.key.event, p.key.group) in moved
                and len(places) < 2):
            p = _moved(p, p.key.group, normalise_place(p.doc_place) or Place(p.doc_place, p.doc_place))
        elif _named(p) and p.key.place is None and len(places) >= 2:
            whole = holding(places)
            if whole is not None and other_than(at.get((p.party.key, p.key.event, p.key.group, whole), set()), p.doc_id) \
                    and all(_one_scale(p, q) for q in by_place.get((p.party.key, p.key.event, p.key.group, whole), ())):
                # of the whole's scale only: one incident's unplaced dead beside a national toll stay apart
                # (review round 11 point 9, as rule 7 asks)
                p = _moved(p, p.key.group, normalise_place(whole) or Place(whole, whole))
        out.append(p)
    return out


def unplaced_to_document_country(points: Sequence[Point]) -> list[Point]:
    """Rule 7: a named party's unplaced figure sits at the one country its document counts that event and
    group in, when that country is the only place the document's named figures of them stand at."""
    placed: dict[tuple[str, str, str], list[Point]] = defaultdict(list)
    for p in points:
        if _named(p) and p.key.place is not None:
            placed[(p.doc_id, p.key.event, p.key.group)].append(p)
    out = []
    for p in points:
        there = placed.get((p.doc_id, p.key.event, p.key.group), []) if p.key.place is None else []
        at = {q.key.place for q in there}
        if _named(p) and len(at) == 1 and all(_one_scale(p, q) for q in there):
            (only,) = at
            place = normalise_place(only) if only is not None else None
            if place is not None and place.part is None and country_code(place.name) is not None:
                p = _moved(p, p.key.group, place)
        out.append(p)
    return out


def _one_scale(a: Point, b: Point) -> bool:
    """Within ``pairing.SCOPE_RATIO`` of each other at their nearest ends: figures further apart count two
    things (one incident's dead beside the national toll), and the unplaced one is not the national count."""
    lo_a, hi_a = a.low if a.low is not None else a.high, a.high if a.high is not None else a.low
    lo_b, hi_b = b.low if b.low is not None else b.high, b.high if b.high is not None else b.low
    if not lo_a or not hi_a or not lo_b or not hi_b:
        return False
    return not (lo_b > SCOPE_RATIO * hi_a or lo_a > SCOPE_RATIO * hi_b)


def holding(places: AbstractSet[str]) -> str | None:
    """The nearest place that holds every place of a breakdown the gazetteer knows (two at least): Sindh,
    Balochistan and Khyber Pakhtunkhwa -> Pakistan. Places it does not know are left out of the question. A
    country the breakdown names beside its own divisions (Pakistan and Sindh) is that whole: a country's chain
    starts at itself."""
    chains = [ancestors(k) or ([k] if _is_country(k) else []) for k in sorted(places)]
    known = [c for c in chains if c]
    if len(known) < 2:
        return None
    common = [a for a in known[0] if all(any(same_place(a, b) for b in c) for c in known[1:])]
    return common[0] if common else None


def _is_country(key: str) -> bool:
    """``key`` is a whole country the gazetteer knows (no part, no place above it)."""
    p = normalise_place(key)
    return p is not None and p.known and p.part is None and country_code(p.name) is not None and \
        not ancestors(key)


def inferred_part_to_whole(points: Sequence[Point]) -> list[Point]:
    """Rule 2: a part read from the document, not the claim, sits in the whole the party gives elsewhere."""
    at = _docs_at(points)
    out = []
    for p in points:
        place = p.place
        if _named(p) and p.inferred_part and place is not None and place.part is not None:
            whole = at.get((p.party.key, p.key.event, p.key.group, place.name), set())
            part = at.get((p.party.key, p.key.event, p.key.group, p.key.place), set())
            if other_than(whole, p.doc_id) and len(whole) >= len(part):
                p = _moved(p, p.key.group, Place(key=place.name, name=place.name, country=place.country,
                                                  known=place.known))
        out.append(p)
    return out


def group_to_class(points: Sequence[Point]) -> list[Point]:
    """Rule 3: one party's group and its class, for one event and place, in separate documents: one series."""
    buckets: dict[tuple[str, str, str | None], dict[str, list[Point]]] = defaultdict(lambda: defaultdict(list))
    for p in points:
        if _named(p):
            buckets[(p.party.key, p.key.event, p.key.place)][p.key.group].append(p)
    target: dict[tuple[str, str, str | None, str], str] = {}
    for (party, event, place), by_group in buckets.items():
        if len(by_group) != 2:
            continue
        a, b = sorted(by_group)
        narrow, wide = (a, b) if is_part_of(a, b) else (b, a) if is_part_of(b, a) else (None, None)
        if narrow is None or wide != ROOT or parents(narrow) != [ROOT]:
            continue
        n_pts, w_pts = by_group[narrow], by_group[wide]
        n_docs, w_docs = {p.doc_id for p in n_pts}, {p.doc_id for p in w_pts}
        if _counted_apart(n_pts, w_pts, n_docs & w_docs) or not all(counts_whole(p.claim.category) for p in w_pts):
            continue
        n_kinds, w_kinds = {p.kind for p in n_pts} - {None}, {p.kind for p in w_pts} - {None}
        if n_kinds and w_kinds and not n_kinds & w_kinds:
            continue
        keep = wide if len(w_docs) > len(n_docs) else narrow
        for g in (narrow, wide):
            target[(party, event, place, g)] = keep
    out = []
    for p in points:
        to = target.get((p.party.key, p.key.event, p.key.place, p.key.group)) if _named(p) else None
        out.append(_moved(p, to, p.place) if to is not None and to != p.key.group else p)
    return out


def _counted_apart(narrow: Sequence[Point], wide: Sequence[Point], shared: set[str]) -> bool:
    """A document giving the group and its class different figures counts them apart; one giving the same
    figure for both ("100,000 civilians" in the headline, "100,000 people" below) uses the words as one."""
    for doc in shared:
        a = {(p.low, p.high) for p in narrow if p.doc_id == doc}
        b = {(p.low, p.high) for p in wide if p.doc_id == doc}
        if not a & b:
            return True
    return False


def parent_to_member(points: Sequence[Point], part_of: Mapping[str, str]) -> list[Point]:
    """Rule 4: a parent body's figures in a document are its one member's when that member, alone of the
    parent's members, counts one of those events and groups at a linked place (see the module docstring).
    A document's "the UN" is one voice, so all of its figures there go to the member or none do."""
    if not part_of:
        return list(points)
    counts: dict[tuple[str, str], dict[str, dict[str, list[Point]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list)))  # (event, group) -> member -> place -> figures
    sample: dict[str, Resolution] = {}
    for p in points:
        if _named(p) and p.party.key in part_of and p.key.place is not None:
            counts[(p.key.event, p.key.group)][p.party.key][p.key.place].append(p)
            sample.setdefault(p.party.key, p.party)
    index = {(eg, m, place): NearIndex(pts) for eg, by in counts.items() for m, at in by.items()
             for place, pts in at.items()}
    found: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, parent) -> members that count it
    for p in points:
        where = p.key.place or p.doc_place
        if _named(p) and where is not None and p.party.key not in part_of:
            eg = (p.key.event, p.key.group)
            for m, at in counts.get(eg, {}).items():
                if part_of[m] == p.party.key and any(
                        _linked(where, place) and other_than(index[(eg, m, place)].around(day_of(p)), p.doc_id)
                        for place in at):
                    found[(p.doc_id, p.party.key)].add(m)
    voice = {k: next(iter(ms)) for k, ms in found.items() if len(ms) == 1}
    out = []
    for p in points:
        member = voice.get((p.doc_id, p.party.key)) if _named(p) else None
        if member is not None:
            p = replace(p, party=replace(sample[member], as_written=p.party.as_written, speaker=p.party.speaker,
                                         how=p.party.how))
        out.append(p)
    return out


@lru_cache(maxsize=1 << 14)
def _linked(a: str, b: str) -> bool:
    return same_place(a, b) or within(a, b) or within(b, a)


def join_running(points: Sequence[Point], part_of: Mapping[str, str] | None = None) -> list[Point]:
    """The rules in turn: a parent's figures to its member (4), unplaced figures to their document's place (1),
    inferred parts to their whole (2), places linked by the hierarchy (5), the ends of a movement (6), a class
    and people (3); the unplaced rule again once groups are joined (its series may be the class's), then the
    document's one country (7)."""
    out = parent_to_member(points, part_of or {})
    out = unplaced_to_document_place(out)
    out = inferred_part_to_whole(out)
    out = place_hierarchy(out)
    out = movement_ends(out)
    out = group_to_class(out)
    return unplaced_to_document_country(unplaced_to_document_place(out))
