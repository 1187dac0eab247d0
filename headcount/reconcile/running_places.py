"""One party's running series across places: a place and the place holding it, the two ends of a movement.

``running.py`` states the rules (5 and 6 of its docstring); this module holds the place reading they need.
A party's texts key one running count at different places: one names the district ("Zindor district"), the
next the province; a president gives the national toll of a battle the city's officials count; a refugee
agency counts one exodus from the country people fled in one text and in the country they reached in the next.
Both rules move a figure only to a place the same party gives in another document, and never when one of the
party's documents gives the two places apart (a breakdown of a whole into its parts; an exodus counted in
both countries on one day). Pure: points in, points out, same claims, same order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from headcount.lexicons.groups import ROOT, parents
from headcount.reconcile.across import MOVEMENTS, names_locality
from headcount.reconcile.names import DEMONYMS
from headcount.reconcile.places import Place, ancestors, canonical, country_code, lookup
from headcount.reconcile.series import Point, SeriesKey, parse_date


def named(p: Point) -> bool:
    """A figure of a named party: not an outlet's own voice, a fragment or an unnamed source."""
    return p.party.how not in ("outlet", "fragment") and p.party.kind != "unnamed"


def other_than(docs: Collection[str], doc: str) -> bool:
    """Whether ``docs`` holds a document other than ``doc``: ``docs - {doc}`` without copying ``docs``, which
    the rules asked once per figure of sets that grow with the ledger (the documents near a day)."""
    return len(docs) > 1 or (len(docs) == 1 and doc not in docs)


def moved(p: Point, group: str, place: Place | None) -> Point:
    """``p`` re-keyed to ``group`` at ``place`` (its claim, party and span unchanged)."""
    return replace(p, key=SeriesKey(p.key.event, group, place.key if place else None), place=place)


def family(group: str) -> str:
    """The group a place rule buckets by: a class directly under people (civilians, combatants) goes with
    people, since rule 3 may join them once their places agree; narrower groups keep their own."""
    return ROOT if group == ROOT or parents(group) == [ROOT] else group


@lru_cache(maxsize=4096)
def _country_of(key: str) -> str | None:
    """The country a known place lies in (itself when it is one), by the hierarchy."""
    if country_code(key) is not None:
        return key
    chain = ancestors(key)
    return next((a for a in reversed(chain) if country_code(a) is not None), None)


def holders(p: Point) -> list[str]:
    """The places ``p``'s place lies in, folded: the hierarchy's for a known place; for a place the gazetteer
    does not know, its document's main place when the claim names it as a locality ("X district", "the
    village of X"), and that place's country (an unknown place named in a story lies in the story's country)."""
    if p.key.place is None:
        return []
    chain = list(ancestors(p.key.place))
    if not chain and p.place is not None and not p.place.known and p.doc_place:
        if names_locality(p.claim) and p.place.part is None:
            chain.append(p.doc_place)
        country = _country_of(p.doc_place)
        if country is not None:
            chain.append(country)
    here = canonical(p.key.place)
    return [c for c in dict.fromkeys(canonical(a) for a in chain) if c != here]


def _apart(pts: Sequence[Point], up: dict[str, list[str]]) -> bool:
    """One document's figures at two linked places count them apart: for one day (or both undated), a part
    no larger than its whole, or two places side by side (a breakdown). A part above its whole is not a
    breakdown (the text gives the count at two moments)."""
    for i, a in enumerate(pts):
        for b in pts[i + 1:]:
            ka, kb = canonical(a.key.place or ""), canonical(b.key.place or "")
            if ka == kb or a.end != b.end:
                continue
            if kb in up[a.id]:
                part, whole = a, b
            elif ka in up[b.id]:
                part, whole = b, a
            else:
                return True
            if part.low is None or whole.high is None or part.low <= whole.high:
                return True
    return False


def _depth(key: str) -> int:
    return len(ancestors(key))


def place_hierarchy(points: Sequence[Point]) -> list[Point]:
    """Rule 5: one party's figures at a place and at the place holding it are one series (see running.py)."""
    buckets: dict[tuple[str, str, str], list[Point]] = defaultdict(list)
    for p in points:
        if named(p) and p.key.place is not None and (p.place is None or p.place.part is None):
            buckets[(p.party.key, p.key.event, family(p.key.group))].append(p)
    target: dict[str, Place] = {}
    for pts in buckets.values():
        target.update(_hierarchy_targets(pts))
    return [moved(p, p.key.group, target[p.id]) if p.id in target else p for p in points]


def _hierarchy_targets(pts: Sequence[Point]) -> dict[str, Place]:
    """For one party, event and group family: the claim ids to move and the place each moves to."""
    up = {p.id: holders(p) for p in pts}
    docs: dict[str, set[str]] = defaultdict(set)
    home_place: dict[str, Place] = {}
    for p in pts:
        k = canonical(p.key.place or "")
        docs[k].add(p.doc_id)
        if p.place is not None and p.place.known:
            home_place.setdefault(k, p.place)
    if len(docs) < 2 or not home_place:
        return {}
    by_doc: dict[str, list[Point]] = defaultdict(list)
    for p in pts:
        by_doc[p.doc_id].append(p)
    apart = {d for d, ps in by_doc.items() if _apart(ps, up)}
    up_at: dict[str, set[str]] = defaultdict(set)  # every place some figure at this place lies in
    at: dict[str, list[Point]] = defaultdict(list)
    for p in pts:
        up_at[canonical(p.key.place or "")].update(up[p.id])
        at[canonical(p.key.place or "")].append(p)
    index = {k: NearIndex(ps) for k, ps in at.items()}
    out: dict[str, Place] = {}
    # a figure's related places depend only on its place and the places holding it: figures sharing both (a
    # party's many figures at one place) share the list, built once, not once per figure over every place
    related_of: dict[tuple[str, frozenset[str]], list[str]] = {}
    for p in pts:
        here = canonical(p.key.place or "")
        if p.doc_id in apart:
            continue
        mine = frozenset(up[p.id])
        related = related_of.get((here, mine))
        if related is None:
            related = related_of[(here, mine)] = [k for k in docs if k != here and (k in mine or here in up_at[k])]
        if not related:
            continue
        near = {k: index[k].around(day_of(p)) for k in [here, *related]}
        best = max(near, key=lambda k: (len(near[k]), -_depth(k), k))
        if best == here or not other_than(near[best], p.doc_id) or best not in home_place:
            continue
        kinds = {q.kind for q in at[best]} - {None}
        if p.kind is not None and kinds and p.kind not in kinds:
            continue
        out[p.id] = home_place[best]
    return out


#: how far apart in time one party's figures may be and still be one running count: a running count is one
#: episode (a battle, a disaster, an exodus); the same party's toll at the same place years on is another
NEAR_DAYS = 180


def day_of(p: Point) -> date | None:
    """The day a figure is of: its last day, else its document's publication day."""
    return p.end or parse_date(p.published)


class NearIndex:
    """The documents of some figures, by day, asked for those within NEAR_DAYS of a day: a figure with no
    date is near every other, and every figure is near an undated one. Answers are kept per day, so a
    ledger's many figures of one day cost one look-up (the rules ask once per figure and candidate place)."""

    def __init__(self, points: Iterable[Point]) -> None:
        dated: list[tuple[int, str]] = []
        undated: set[str] = set()
        for q in points:
            d = day_of(q)
            if d is None:
                undated.add(q.doc_id)
            else:
                dated.append((d.toordinal(), q.doc_id))
        dated.sort()
        self.undated: frozenset[str] = frozenset(undated)
        self._days = [o for o, _ in dated]
        self._docs = [doc for _, doc in dated]
        self.every = frozenset(self._docs) | self.undated
        self._asked: dict[int, frozenset[str]] = {}

    def around(self, when: date | None) -> frozenset[str]:
        if when is None:
            return self.every
        o = when.toordinal()
        got = self._asked.get(o)
        if got is None:
            lo, hi = bisect_left(self._days, o - NEAR_DAYS), bisect_right(self._days, o + NEAR_DAYS)
            got = self._asked[o] = frozenset(self._docs[lo:hi]) | self.undated
        return got


def _names_in(sentence: str, key: str) -> bool:
    """The sentence names the place ``key``, a place holding it, or its country by adjective ("Malian")."""
    pattern = _names_of(key)
    return pattern is not None and pattern.search(sentence.lower()) is not None


@lru_cache(maxsize=4096)
def _names_of(key: str) -> re.Pattern[str] | None:
    """One pattern for the names ``_names_in`` looks for, built once per place (a movement's sentences are
    asked about the same few places again and again): any of them as a whole word, in lower case."""
    words = [re.escape(n) for n in _place_names(key)]
    return re.compile(rf"\b(?:{'|'.join(words)})\b") if words else None


@lru_cache(maxsize=4096)
def _place_names(key: str) -> tuple[str, ...]:
    """The names ``_names_of`` looks for, in lower case: the place, the places holding it, its country's
    adjective."""
    names = [key.split("/")[0], *ancestors(key)]
    country = _country_of(key)
    if country is not None:
        adjective = DEMONYMS.get(lookup(country)[0].lower())
        if adjective:
            names.append(adjective)
    return tuple(n.lower() for n in names if n)


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _name_words(key: str) -> tuple[frozenset[str], ...]:
    """Per name ``_names_of`` looks for, its runs of word characters (``\\w+``, as ``\\b`` reads them)."""
    return tuple(frozenset(_WORD.findall(n)) for n in _place_names(key))


def may_name(words: frozenset[str], key: str) -> bool:
    """Whether a text whose runs of word characters are ``words`` can match ``_names_of(key)``: a name found
    as a whole word is a run of whole words of the text (its first and last runs end at a word boundary,
    the others at its own non-word characters), so a text lacking a word of every name cannot name the
    place. A set look-up per name instead of a search of the text: rule 6 asks every place of a party's
    movement about every other, and most answers are no."""
    return any(w <= words for w in _name_words(key))


def movement_ends(points: Sequence[Point]) -> list[Point]:
    """Rule 6: one party's figures for one movement at its origin and at its destination are one series."""
    buckets: dict[tuple[str, str, str], list[Point]] = defaultdict(list)
    for p in points:
        if named(p) and p.key.place is not None and p.key.event in MOVEMENTS:
            buckets[(p.party.key, p.key.event, p.key.group)].append(p)
    target: dict[str, Place] = {}
    for pts in buckets.values():
        target.update(_movement_targets(pts))
    return [moved(p, p.key.group, target[p.id]) if p.id in target else p for p in points]


def _movement_targets(pts: Sequence[Point]) -> dict[str, Place]:
    """For one party, event and group: places joined by a sentence naming the other end, in two countries."""
    at: dict[str, list[Point]] = defaultdict(list)
    for p in pts:
        at[canonical(p.key.place or "")].append(p)
    at = {k: ps for k, ps in at.items() if ps[0].place is not None and ps[0].place.known
          and _country_of(ps[0].key.place or "") is not None}
    country = {k: _country_of(ps[0].key.place or "") or k for k, ps in at.items()}
    union = {k: k for k in at}
    # each place's distinct sentences, lower-cased once and joined by a line break into one text searched
    # once per other place: a ledger repeats a sentence in many figures, and asking every sentence about
    # every other place (lower-casing it each time) grew with sentences times places. The same answers: a
    # name holds no line break, and a line break is not a word character, so a whole-word match in the
    # joined text is one inside a single sentence.
    said = {k: "\n".join(sorted({p.claim.sentence.lower() for p in ps})) for k, ps in at.items()}

    words = {k: frozenset(_WORD.findall(text)) for k, text in said.items()}

    def names(k: str, other: str) -> bool:
        place = at[other][0].key.place or ""
        if not may_name(words[k], place):  # no word of any of its names in the text: no search
            return False
        pattern = _names_of(place)
        return pattern is not None and pattern.search(said[k]) is not None

    def find(k: str) -> str:
        while union[k] != k:
            k = union[k]
        return k

    # two places are joined when a sentence at one names the other (either way round). A text can name a
    # place only if it holds every word of one of its names (``may_name``), so each text is asked only about
    # the places one of whose names has a word in it (filed by one word per name), not every place about
    # every other: the components, and so the answers, are those of asking every pair.
    filed: dict[str, set[str]] = defaultdict(set)
    everywhere: set[str] = set()  # a name with no word character: asked of every text
    for b in at:
        for ws in _name_words(at[b][0].key.place or ""):
            if ws:
                filed[min(ws)].add(b)
            else:
                everywhere.add(b)
    for a in sorted(at):
        asked = set(everywhere)
        for w in words[a]:
            asked |= filed.get(w, set())
        for b in sorted(asked):
            if b != a and country[a] != country[b] and names(a, b):
                union[find(b)] = find(a)
    parts: dict[str, list[str]] = defaultdict(list)
    for k in at:
        parts[find(k)].append(k)
    out: dict[str, Place] = {}
    for keys in parts.values():
        if len(keys) < 2 or len({country[k] for k in keys}) != 2:
            continue
        docs = {k: {p.doc_id for p in at[k]} for k in keys}
        home = max(keys, key=lambda k: (len(docs[k]), -_depth(k), k))
        place = at[home][0].place
        if place is None:
            continue
        near = NearIndex(at[home])
        for k in keys:
            if country[k] != country[home] and not _counted_apart(at[home], at[k]):
                out.update({p.id: place for p in at[k] if other_than(near.around(day_of(p)), p.doc_id)})
    return out


def _counted_apart(home: Sequence[Point], away: Sequence[Point]) -> bool:
    """A document giving both ends for one day, with no figure the same at both, counts them apart."""
    for doc in {p.doc_id for p in home} & {p.doc_id for p in away}:
        a = [p for p in home if p.doc_id == doc]
        b = [p for p in away if p.doc_id == doc]
        if any(x.end == y.end for x in a for y in b) and not any(_meet(x, y) for x in a for y in b):
            return True
    return False


def _meet(a: Point, b: Point) -> bool:
    lo_a, hi_a = a.low or 0.0, a.high if a.high is not None else float("inf")
    lo_b, hi_b = b.low or 0.0, b.high if b.high is not None else float("inf")
    return lo_a <= hi_b and lo_b <= hi_a


