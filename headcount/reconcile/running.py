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

Outlets' own voices and unnamed sources keep their keys: they are not one party's count. Pure: points in,
points out, the same claims in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from headcount.lexicons.groups import ROOT, counts_whole, is_part_of, parents
from headcount.reconcile.places import Place, ancestors, normalise_place, same_place
from headcount.reconcile.series import Point, SeriesKey


def _named(p: Point) -> bool:
    return p.party.how not in ("outlet", "fragment") and p.party.kind != "unnamed"


def _moved(p: Point, group: str, place: Place | None) -> Point:
    return replace(p, key=SeriesKey(p.key.event, group, place.key if place else None), place=place)


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
    moved: set[tuple[str, str, str]] = set()
    for p in points:
        if _named(p) and p.key.place is None and p.doc_place:
            docs = at.get((p.party.key, p.key.event, p.key.group, p.doc_place), set())
            if docs - {p.doc_id} and len(spread[(p.party.key, p.key.event, p.doc_id)]) < 2:
                moved.add((p.doc_id, p.key.event, p.key.group))
    # The other named parties' unplaced figures for that event in that document go with it: one text's
    # unplaced figures of one event are about one place, and they stay comparable with each other.
    out = []
    for p in points:
        places = spread[(p.party.key, p.key.event, p.doc_id)]
        if (_named(p) and p.key.place is None and p.doc_place and (p.doc_id, p.key.event, p.key.group) in moved
                and len(places) < 2):
            p = _moved(p, p.key.group, normalise_place(p.doc_place) or Place(p.doc_place, p.doc_place))
        elif _named(p) and p.key.place is None and len(places) >= 2:
            whole = holding(places)
            if whole is not None and at.get((p.party.key, p.key.event, p.key.group, whole), set()) - {p.doc_id}:
                p = _moved(p, p.key.group, normalise_place(whole) or Place(whole, whole))
        out.append(p)
    return out


def holding(places: set[str]) -> str | None:
    """The nearest place that holds every place of a breakdown the gazetteer knows (two at least): Sindh,
    Balochistan and Khyber Pakhtunkhwa -> Pakistan. Places it does not know are left out of the question."""
    chains = [ancestors(k) for k in sorted(places)]
    known = [c for c in chains if c]
    if len(known) < 2:
        return None
    common = [a for a in known[0] if all(any(same_place(a, b) for b in c) for c in known[1:])]
    return common[0] if common else None


def inferred_part_to_whole(points: Sequence[Point]) -> list[Point]:
    """Rule 2: a part read from the document, not the claim, sits in the whole the party gives elsewhere."""
    at = _docs_at(points)
    out = []
    for p in points:
        place = p.place
        if _named(p) and p.inferred_part and place is not None and place.part is not None:
            whole = at.get((p.party.key, p.key.event, p.key.group, place.name), set())
            part = at.get((p.party.key, p.key.event, p.key.group, p.key.place), set())
            if whole - {p.doc_id} and len(whole) >= len(part):
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


def join_running(points: Sequence[Point]) -> list[Point]:
    """The three rules in turn; the unplaced rule again once groups are joined (its series may be the class's)."""
    out = unplaced_to_document_place(points)
    out = inferred_part_to_whole(out)
    out = group_to_class(out)
    return unplaced_to_document_place(out)
