"""Comparisons across series keys: a place and the country it lies in, a group and its class (civilians
within people).

``checks.contradictions`` compares reports of one key. A careful reader also sees that 1,870 dead in one
district cannot sit under 940 dead in the whole country. Here:

- a figure with no place is not set against a placed one: in the dev texts an unnamed place was as often
  wider (the whole disaster) as narrower (the incident) than the document's place, so no rule holds. A
  narrower rule was measured (7 Dec) and not kept: within one document that counts an event and group in
  exactly one place, another party's unplaced figure read as that place's. It found one known disagreement
  (an aid group's toll with no place against an army's national one) and five pairs of studies whose
  windows differ (deaths through October against deaths through December), which the text gives but the
  claims do not carry;
- a place inside another (a district in its country, a part of a city), or a group inside its class, for
  the same event: the part may be smaller, never larger; a part above its whole is the disagreement.

The time rules are ``pairing.pair``'s (one document is one moment; across documents the same day).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import lru_cache

from headcount.lexicons.groups import counts_whole, is_part_of, parents
from headcount.models import Claim
from headcount.reconcile.findings import Finding, FindingType, Severity, fmt, range_numbers, rng
from headcount.reconcile.labels import key_label
from headcount.reconcile.pairing import (
    FALL_DAYS,
    FALL_RATIO,
    TOLLS,
    Facts,
    docs_of,
    facts_of,
    grounds,
    ordered,
    pair_facts,
    tolerance_for,
)
from headcount.reconcile.places import Place, ancestors, canonical, contains, country_code, within
from headcount.reconcile.series import Report, Series, SeriesKey

#: events that move people: the place such a count names may be where they left or where they arrived
#: ("22,000 displaced from the city", "21,000 displaced in the province" can be the same people), so a
#: place inside another says nothing about which count is the part
MOVEMENTS = frozenset({"evacuated", "displaced", "returned", "rescued"})


def _usable(r: Report) -> bool:
    return not r.expected and (r.low is not None or r.high is not None)


def _inside(part: str | None, whole: str | None) -> bool:
    """``part`` lies inside ``whole`` by the place hierarchy (``places.within``: a district in its city, a
    city in its region, a city or region in its country), not only by the parts and countries ``contains``
    knows: a region's toll is then set against its cities' as a country's is against its districts'."""
    return part is not None and whole is not None and within(part, whole)


#: nouns of units below a city or region ("Zindor district", "the village of Karsk"): a place so named that the
#: gazetteer does not know is a locality of the one known place its document counts in (see ``_local``)
LOCAL_UNITS = frozenset({"district", "subdistrict", "sub-district", "village", "neighbourhood", "neighborhood"})


def names_locality(claim: Claim) -> bool:
    """``claim``'s location is named as a unit below a city or region ("X district", "the village of X"):
    a locality, which lies in the place its document is about even when the gazetteer does not know it."""
    return bool(set(re.findall(r"[a-z-]+", (claim.location or "").lower())) & LOCAL_UNITS)


def _local(part: Report, whole: Report, known: frozenset[str]) -> bool:
    """``part``'s place is a locality the gazetteer does not know, named as a unit below a city or region
    ("X district", "the village of X"), and ``whole``'s is the one known place the document counts this event
    in: a story about one province names its districts, which lie in it. Within one document only."""
    p, w = part.first.place, whole.first.place
    if p is None or w is None or p.known or p.part is not None or not w.known or w.part is not None:
        return False
    return names_locality(part.first.claim) and known == {w.key}


def _relation(a: Report, b: Report, known: frozenset[str] = frozenset()) -> str | None:
    """"a<b" / "b<a" (one is a part of the other: place or group), or None. ``known``: the known places
    the document of a and b counts this event in (empty across documents). The pairing conditions across
    keys; across documents only pairs ``_whole_keys``/``_part_lookups`` file together are asked, so a rule
    added here that relates other pairs needs a key there too (``_local`` holds within one document only)."""
    pa, pb = a.first.place, b.first.place
    ga, gb = a.key.group, b.key.group
    if ga == gb:
        if pa is None or pb is None or a.key.event in MOVEMENTS:
            return None
        if contains(pb, pa) or _inside(a.key.place, b.key.place) or _local(a, b, known):
            return "a<b"
        if contains(pa, pb) or _inside(b.key.place, a.key.place) or _local(b, a, known):
            return "b<a"
        return None
    if a.key.place != b.key.place:
        return None
    # the whole must be named as a whole ("people", "troops"), not as a subset of it ("the wounded")
    if is_part_of(ga, gb) and counts_whole(b.first.claim.category):
        return "a<b"
    if is_part_of(gb, ga) and counts_whole(a.first.claim.category):
        return "b<a"
    return None


def across_keys(series_list: Sequence[Series], tolerance: float,
                only: Callable[[SeriesKey], bool] | None = None) -> list[Finding]:
    """Two parties' figures for one event under related keys (see the module docstring). ``only``: compare
    only the pairs with a report under a key it accepts (an incremental run recomputes the pairs of the
    series that changed; every other pair's finding is the one stored, since a pair's finding reads its two
    reports and, for a locality, its document's known places)."""
    by_event: dict[str, list[Report]] = defaultdict(list)
    for s in series_list:
        by_event[s.key.event].extend(r for r in s.reports if _usable(r))
    out: list[Finding] = []
    facts: dict[int, Facts] = {}  # ``pair``'s reading of each report, made once (the reports live as long)
    for reports in by_event.values():
        by_doc: dict[str, list[Report]] = defaultdict(list)
        for r in reports:
            for d in docs_of(r):
                by_doc[d].append(r)
        seen: set[tuple[str, str]] = set()
        known_of = {d: frozenset(r.first.place.key for r in group if r.first.place and r.first.place.known)
                    for d, group in by_doc.items()}
        for d, group in by_doc.items():
            known = known_of[d]
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if a.key == b.key or a.party.key == b.party.key or (a.id, b.id) in seen:
                        continue
                    if only is not None and not (only(a.key) or only(b.key)):
                        continue
                    seen.add((a.id, b.id))
                    f = _compare(a, b, tolerance, known, facts)
                    if f:
                        out.append(f)
        out += _across_documents(reports, tolerance, known_of, only, facts)
    return out


def _local_whole(r: Report, known_of: dict[str, frozenset[str]]) -> str | None:
    """The one known place ``r``'s document counts its event in, when ``r`` is at a locality the gazetteer does
    not know, named as a unit below a city or region (``_local``'s reading, carried to other documents)."""
    p = r.first.place
    if p is None or p.known or p.part is not None or len(docs_of(r)) != 1:
        return None
    if not names_locality(r.first.claim):
        return None
    known = known_of.get(r.first.doc_id, frozenset())
    return next(iter(known)) if len(known) == 1 else None


def _across_documents(reports: Sequence[Report], tolerance: float,
                      known_of: dict[str, frozenset[str]] | None = None,
                      only: Callable[[SeriesKey], bool] | None = None,
                      facts: dict[int, Facts] | None = None) -> list[Finding]:
    """Related keys in different documents: only dated, placed figures, a day apart at most (``pair`` then
    decides, as for one key); and a toll of a part against its whole's later toll, up to FALL_DAYS later
    (``_later_wholes``). A locality named as such ("X district") lies in its document's one known place here
    too (``_local_whole``).

    Each report is filed under the keys a part would look its whole up by (``_whole_keys``) and its day; a
    report then meets only the reports filed under its own lookups (``_part_lookups``) on its day and the days
    either side, so the cost grows with the related pairs, not with the square of an event's reports. Pairs
    are then put in the order the all-pairs scan (by day, then list order) met them in, so the findings and
    their order are that scan's."""
    known_of = known_of or {}
    dated = [r for r in reports if r.end is not None and r.key.place is not None]
    pos = {id(r): i for i, r in enumerate(dated)}
    locals_ = {id(r): w for r in dated if (w := _local_whole(r, known_of)) is not None}
    day_rank: dict[date, int] = {}
    filed: dict[tuple[date, tuple[str, ...]], list[Report]] = defaultdict(list)
    days_of: dict[tuple[str, ...], list[tuple[date, int]]] = defaultdict(list)  # a key's wholes by day
    for r in dated:
        assert r.end is not None
        day_rank.setdefault(r.end, len(day_rank))
        for k in _whole_keys(r):
            filed[(r.end, k)].append(r)
            days_of[k].append((r.end, pos[id(r)]))
    for v in days_of.values():
        v.sort()
    # with ``only``, a report outside it looks up only the reports inside it (a second, smaller index): the
    # pairs met are the same, and an event's untouched reports cost a look-up in a nearly empty index
    touched = {id(r) for r in dated if only(r.key)} if only is not None else None
    filed_t, days_t = filed, days_of
    if touched is not None:
        filed_t = {fk: kept for fk, rs in filed.items() if (kept := [r for r in rs if id(r) in touched])}
        days_t = {k: kept_days for k, row in days_of.items()
                  if (kept_days := [(d, j) for d, j in row if id(dated[j]) in touched])}
    pairs: dict[tuple[int, int], tuple[Report, Report]] = {}

    def meet(a: Report, b: Report) -> None:
        i, j = pos[id(a)], pos[id(b)]
        if i == j or (min(i, j), max(i, j)) in pairs or (only is not None and not (only(a.key) or only(b.key))):
            return
        pairs[(min(i, j), max(i, j))] = _scan_order(a, b, i, j)

    for a in dated:
        assert a.end is not None
        index, by_day = (filed, days_of) if touched is None or id(a) in touched else (filed_t, days_t)
        for k in _part_lookups(a, locals_.get(id(a))):
            for d in (a.end - timedelta(days=1), a.end, a.end + timedelta(days=1)):
                for b in index.get((d, k), ()):
                    meet(a, b)
            if a.key.event in TOLLS and a.kind == "cumulative":  # _later_wholes
                row = by_day.get(k, [])
                lo = bisect_right(row, (a.end + timedelta(days=1), len(dated)))
                hi = bisect_left(row, (a.end + timedelta(days=FALL_DAYS + 1), -1))
                for _, j in row[lo:hi]:
                    meet(a, dated[j])
    out: list[Finding] = []
    for x, y in sorted(pairs.values(), key=lambda p: (day_rank[p[0].end], pos[id(p[0])],  # type: ignore[index]
                                                      p[0].end != p[1].end, pos[id(p[1])])):
        if x.key == y.key or x.party.key == y.party.key or docs_of(x) & docs_of(y):
            continue
        local = next((known_of.get(r.first.doc_id, frozenset()) for r in (x, y) if id(r) in locals_), frozenset())
        f = _compare(x, y, tolerance, local, facts)
        if f:
            out.append(f)
    return out


def _scan_order(a: Report, b: Report, i: int, j: int) -> tuple[Report, Report]:
    """The pair as the all-pairs scan met it: the earlier day first, on one day the earlier in the list."""
    assert a.end is not None and b.end is not None
    if a.end != b.end:
        return (a, b) if a.end < b.end else (b, a)
    return (a, b) if i < j else (b, a)


def _whole_keys(r: Report) -> tuple[tuple[str, ...], ...]:
    """The keys under which ``r`` is filed as a possible whole. With ``_part_lookups`` they must find every
    pair ``_relation`` relates (a superset is fine: ``_compare`` decides): change them together."""
    return _whole_keys_at(r.first.place, r.key.group, r.key.place)


@lru_cache(maxsize=1 << 14)
def _whole_keys_at(place: Place | None, group: str, key_place: str | None) -> tuple[tuple[str, ...], ...]:
    """``_whole_keys`` of a report's place, group and key place: an event's reports share a few hundred of
    these, and the place look-ups (``country_code``, ``canonical``) were most of the index's cost."""
    out: list[tuple[str, ...]] = []
    if place is not None and place.part is None:
        out.append(("name", group, place.name))  # Aleppo holds Aleppo/east
        code = country_code(place.name)
        if code is not None:
            out.append(("country", group, code))  # Afghanistan holds Herat
    if key_place is not None:
        out.append(("inside", group, canonical(key_place)))  # Syria holds Aleppo, Aleppo holds Aleppo/east
    out.append(("group", key_place or "", group))  # people hold civilians, at one place
    return tuple(out)


def _part_lookups(r: Report, local_whole: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The keys a possible part looks its wholes up by (see ``_whole_keys``); ``local_whole``: the known place
    holding ``r``'s locality (``_local_whole``), looked up with the places holding it."""
    return _part_lookups_at(r.first.place, r.key.group, r.key.place, local_whole)


@lru_cache(maxsize=1 << 14)
def _part_lookups_at(place: Place | None, group: str, key_place: str | None,
                     local_whole: str | None) -> tuple[tuple[str, ...], ...]:
    """``_part_lookups`` of a report's place, group, key place and locality's whole (cached: see
    ``_whole_keys_at``)."""
    out: list[tuple[str, ...]] = []
    if local_whole is not None:
        out += [("inside", group, canonical(w)) for w in (local_whole, *ancestors(local_whole))]
    if place is not None and place.part is not None:
        out.append(("name", group, place.name))
    if place is not None and place.known and place.country:
        out.append(("country", group, place.country))
    if key_place is not None:
        out += [("inside", group, canonical(a)) for a in ancestors(key_place)]  # ``_inside``'s wholes
    out += [("group", key_place or "", g) for g in parents(group) if g != group]
    return tuple(out)


def _part_then_whole(part: Report, whole: Report) -> bool:
    """A part's toll (deaths, injuries) and, on a later day, its whole's: the whole then holds at least what
    the part held before, since a toll only grows; so a part above its later whole disagrees like one above
    its whole on the same day (a district's 2,440 dead on Sunday, the province's 1,500 a week on)."""
    return part.key.event in TOLLS and ordered(part, whole)[0] is part and part.end != whole.end


def _facts(r: Report, facts: dict[int, Facts] | None) -> Facts:
    """``r``'s ``Facts``, from ``facts`` (filled as reports are first met) when given."""
    if facts is None:
        return facts_of(r)
    got = facts.get(id(r))
    if got is None or got.report is not r:
        got = facts[id(r)] = facts_of(r)
    return got


def _compare(a: Report, b: Report, tolerance: float, known: frozenset[str] = frozenset(),
             facts: dict[int, Facts] | None = None) -> Finding | None:
    if (a.party.how == "outlet" and b.party.how == "outlet") or "unnamed" in (a.party.kind, b.party.kind):
        return None
    rel = _relation(a, b, known)
    if rel is None:
        return None
    fa, fb = _facts(a, facts), _facts(b, facts)
    how = pair_facts(fa, fb)
    part, whole = (a, b) if rel == "a<b" else (b, a)
    if not how.comparable or (how.falling and not _part_then_whole(part, whole)):
        return None
    tol = tolerance_for(a, b, tolerance)
    if part.low is None or whole.high is None or not part.low > whole.high * (1 + tol):
        return None
    if how.falling and part.low > whole.high * FALL_RATIO:
        return None  # far above its later whole: more likely another count than the same toll
    excess = part.low - whole.high
    computation = f"{fmt(part.low)} - {fmt(whole.high)} = {fmt(excess)} more in the part than in the whole"
    later = f": the whole on {whole.end} holds at least what the part held on {part.end}" if how.falling else ""
    explanation = (f"{part.party.name}'s {rng(part.low, part.high)} for {key_label(part.key)} lies within "
                   f"{whole.party.name}'s {rng(whole.low, whole.high)} for {key_label(whole.key)} ({how.why}{later}), "
                   f"yet is larger ({computation}). {grounds(part, whole, how.why)}")
    return Finding(type=FindingType.CONTRADICTION, key=f"{part.key} & {whole.key}",
                   claims=(*part.claim_ids, *whole.claim_ids), explanation=explanation,
                   numbers=(*range_numbers("part", part), *range_numbers("whole", whole), ("excess", excess)),
                   computation=computation, severity=Severity.WARNING, parties=(part.party.key, whole.party.key))

