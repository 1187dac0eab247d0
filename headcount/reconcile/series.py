"""Series: every claim about one quantity, keyed by (event, group, place), on a timeline per party.

A claim arrives with its words as written (source, location, category) and its period. Here each becomes a
:class:`Point`: the party it resolves to, its place key, its group, and a dated span. Points that are copies
of one report (the same party's same figure for the same period, carried by several outlets, or found in a
document linked as a copy) are gathered into one :class:`Report` that lists its carriers, so that no check
counts syndication as independent confirmation. A :class:`Series` holds the reports of one key.

Pure: claims and documents' metadata in, series out. Claims of one document must come in the order the
extractor gave them, because ``Claim.parent`` is an index into that list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from headcount.lexicons.groups import group_of
from headcount.models import Claim, Document
from headcount.reconcile.named_twice import one_naming
from headcount.reconcile.parties import DocContext, Registry, Resolution, default_registry, unknown_key
from headcount.reconcile.place_refer import refer_back
from headcount.reconcile.places import (
    Place,
    document_parts,
    main_place,
    normalise_place,
    part_before,
    place_in_text,
    place_key,
    refine,
    same_place,
    text_parts,
    within,
)
from headcount.reconcile.revised_from import new_value_told

NO_PLACE = "-"

#: events that are the state of a place (how many are inside, how many live there): a text that gives one
#: without naming a place gives its own place's ("some 3,000 are still trapped" in a story about one town).
#: Flows (killed, evacuated) keep no place: an unplaced toll is as often the whole war's as the town's.
STATE_EVENTS = frozenset({"besieged", "population"})


@dataclass(frozen=True, slots=True, order=True)
class SeriesKey:
    """What is counted: an event, a group and a place. Its string form is "evacuated/civilians/Aleppo/east"."""

    event: str
    group: str
    place: str | None = None

    def __str__(self) -> str:
        return f"{self.event}/{self.group}/{self.place or NO_PLACE}"

    @classmethod
    def parse(cls, text: str) -> SeriesKey:
        """Read a key back; the place part is normalised like a location ("east Aleppo" -> "Aleppo/east")."""
        parts = text.strip().split("/", 2)
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise ValueError(f"not a series key (EVENT/GROUP[/PLACE]): {text!r}")
        event, group = parts[0].strip().lower(), parts[1].strip().lower()
        rest = parts[2].strip() if len(parts) == 3 else ""
        if not rest or rest == NO_PLACE:
            return cls(event, group, None)
        name, _, part = rest.partition("/")
        p = normalise_place(name)
        place = p.key if p else name
        if part:
            place = f"{place}/{part.strip()}"
        return cls(event, group, place)

    def matches(self, other: SeriesKey, *, parts: bool = True) -> bool:
        """``other`` is this quantity, or (with ``parts``) the same at a place inside this one: a part of it
        ("Aleppo" takes in "Aleppo/east"), or a city or region inside it by the place hierarchy ("Syria"
        takes in "Aleppo"; ``places.within``). Places compare without regard to case or [same] names."""
        if (self.event, self.group) != (other.event, other.group):
            return False
        return self.place == other.place or place_in(other.place, self.place, parts=parts)


def place_in(place: str | None, whole: str | None, *, parts: bool = True) -> bool:
    """``place`` is ``whole`` (folded, or named as one by places.toml's [same]) or, with ``parts``, lies
    inside it: a part of it, or a place the hierarchy puts inside it (``places.within``)."""
    if place is None or whole is None:
        return place is None and whole is None
    if same_place(place, whole):
        return True
    return parts and (place.casefold().startswith(whole.casefold() + "/") or within(place, whole))


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What reconcile needs to know about a document: where and when it appeared, and what it copies."""

    id: str
    outlet: str | None = None
    published: str | None = None
    copy_of: str | None = None  # id of the document this one reproduces (a syndicated or reposted copy)
    text: str | None = None  # the text, when at hand: who speaks for whom is learned from it
    title: str | None = None
    url: str | None = None
    name: str | None = None  # what the input called it (a JSONL record's id, else its URL, else its path)
    # no publication day: a lower bound of it (documents.approx_date) and how it was found ("url_month", "text")
    approx_date: str | None = None
    dated_by: str | None = None

    @property
    def document(self) -> str:
        """The document as a reader refers to it: the input's name when known, else the ledger id."""
        return self.name or self.id

    @classmethod
    def from_document(cls, doc: Document, copy_of: str | None = None) -> DocMeta:
        return cls(id=doc.id, outlet=doc.outlet, published=doc.published, copy_of=copy_of, text=doc.text,
                   title=doc.title, url=doc.url, approx_date=None if doc.published else doc.approx_date,
                   dated_by=doc.dated_by)


def parse_date(text: str | None) -> date | None:
    """An ISO date (the first 10 characters of a date or timestamp), or None when absent or unreadable."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def span_of(claim: Claim, published: str | None) -> tuple[date | None, date | None]:
    """The days a claim covers: (first, last). None for an unknown end; an open origin has first None.

    A stock is a point in time; an increment covers its window; a cumulative total runs from its origin
    (often unstated) to its last day. Missing dates fall back on the document's published date, never on
    the clock; a document without one leaves its claims undated.
    """
    kind = claim.period_kind
    ps, pe, pub = parse_date(claim.period_start), parse_date(claim.period_end), parse_date(published)
    if pe is None and ps is not None and kind != "cumulative":
        pe = ps
    if pe is None:
        pe = pub
    if pe is None:
        return (None, None)
    if kind == "stock":
        return (pe, pe)
    if kind == "increment":
        return (ps or (pe if claim.period_start or claim.period_end else None), pe)
    return (ps, pe)


@dataclass(frozen=True, slots=True)
class Point:
    """One claim placed in a series: who (resolved), what, where, when."""

    claim: Claim
    id: str
    key: SeriesKey
    party: Resolution
    place: Place | None
    kind: str | None
    start: date | None
    end: date | None
    outlet: str | None
    published: str | None
    doc_id: str
    index: int  # position in its document's claim list
    parent_id: str | None = None  # the claim this one is a part of ("including 143 children")
    doc_place: str | None = None  # the key of its document's main place (where an unplaced figure may be)
    inferred_part: bool = False  # its part of a place was read from the document, not from its own words
    # set when its document has only an approximate date (``DocMeta.approx_date``): "text", a day that is a lower
    # bound (same-period comparisons use it, the order of two figures does not), or "url_month", a month that
    # gives no day (the point stays undated; ``check`` says it is dated to a month)
    approx_by: str | None = None

    @property
    def low(self) -> float | None:
        return self.claim.low

    @property
    def high(self) -> float | None:
        return self.claim.high

    @property
    def expected(self) -> bool:
        return self.claim.modality == "expected"

    @property
    def dated(self) -> bool:
        return self.end is not None


@dataclass(frozen=True, slots=True)
class Report:
    """One party's figure for one period, with every claim that carries it (copies counted once)."""

    id: str  # the id of its first claim
    key: SeriesKey
    points: tuple[Point, ...]
    carriers: tuple[str, ...]  # the outlets that carried it

    @property
    def first(self) -> Point:
        return self.points[0]

    @property
    def party(self) -> Resolution:
        return self.first.party

    @property
    def low(self) -> float | None:
        return self.first.low

    @property
    def high(self) -> float | None:
        return self.first.high

    @property
    def kind(self) -> str | None:
        return self.first.kind

    @property
    def start(self) -> date | None:
        return self.first.start

    @property
    def end(self) -> date | None:
        return self.first.end

    @property
    def expected(self) -> bool:
        return self.first.expected

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.points)

    @property
    def copies(self) -> int:
        return len(self.points)


@dataclass(frozen=True, slots=True)
class Series:
    """The reports about one quantity, oldest first (undated last)."""

    key: SeriesKey
    reports: tuple[Report, ...]

    @property
    def points(self) -> tuple[Point, ...]:
        return tuple(p for r in self.reports for p in r.points)

    @property
    def parties(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for r in self.reports:
            seen.setdefault(r.party.key, None)
        return tuple(seen)

    def span(self) -> tuple[date | None, date | None]:
        ends = [r.end for r in self.reports if r.end is not None]
        starts = [r.start or r.end for r in self.reports if r.end is not None]
        return (min(starts) if starts else None, max(ends) if ends else None)

    def timeline(self) -> dict[str, list[Report]]:
        """Per party (key), its reports in time order: the columns of ``headcount series KEY``."""
        out: dict[str, list[Report]] = defaultdict(list)
        for r in self.reports:
            out[r.party.key].append(r)
        return dict(out)

    def summary(self) -> dict[str, Any]:
        first, last = self.span()
        return {
            "key": str(self.key),
            "claims": len(self.points),
            "reports": len(self.reports),
            "parties": len(self.parties),
            "first": first.isoformat() if first else None,
            "last": last.isoformat() if last else None,
        }


@dataclass(frozen=True, slots=True)
class SeriesOptions:
    """How claims are read into series.

    refine_places: read a bare "Aleppo" as the one part of Aleppo its document names ("eastern Aleppo").
    include_unknown_kind: keep claims whose period kind the extractor could not tell.
    join_running: re-key one party's figures for one running count to one key (``running.py``).
    """

    refine_places: bool = True
    include_unknown_kind: bool = True
    join_running: bool = True


@dataclass(slots=True)
class _Union:
    parent: dict[int, int] = field(default_factory=dict)

    def find(self, i: int) -> int:
        while self.parent.get(i, i) != i:
            self.parent[i] = self.parent.get(self.parent[i], self.parent[i])
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def points_of(claims: Iterable[Claim], docs: Mapping[str, DocMeta] | None = None,
              registry: Registry | None = None, options: SeriesOptions | None = None) -> list[Point]:
    """Every claim resolved and placed: party, place key, group, span."""
    docs = docs or {}
    registry = registry or default_registry()
    options = options or SeriesOptions()
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc_id].append(c)
    out: list[Point] = []
    for doc_id, doc_claims in by_doc.items():
        mine: list[Point] = []
        meta = docs.get(doc_id, DocMeta(id=doc_id))
        texts = [meta.title or "", meta.text] if meta.text else [
            *(c.sentence for c in doc_claims), *(c.source or "" for c in doc_claims)]
        ctx = DocContext.build([t for t in texts if t], meta.outlet)
        context_place = main_place([c.location for c in doc_claims])
        if context_place is None and (meta.title or meta.text):
            context_place = place_in_text(f"{meta.title or ''}\n{(meta.text or '')[:600]}")
        places = [normalise_place(c.location, context_place) if c.location else
                  normalise_place(c.place) if c.place else
                  normalise_place(context_place) if c.event in STATE_EVENTS and context_place else None
                  for c in doc_claims]
        if meta.text:  # "the steelworks", "the mountain": the facility or landmark the text names
            places = [refer_back(p, meta.text, places) for p in places]
        parts = document_parts(p for p in places if p is not None)
        if meta.text:
            said = text_parts(meta.text, [p.name for p in places if p is not None])
            parts = {name: said.get(name, set()) | parts.get(name, set()) if len(parts.get(name, ())) != 1
                     else parts[name] for name in {*parts, *said}}
        ids = [c.id for c in doc_claims]
        resolved = same_person([registry.resolve(c.source, ctx, c.sentence_start if meta.text else None)
                                for c in doc_claims])
        doc_place = normalise_place(context_place) if context_place else None
        for i, (c, place) in enumerate(zip(doc_claims, places, strict=True)):
            inferred = False
            if options.refine_places and place is not None:
                part = part_before(c.sentence[: max(0, c.start - c.sentence_start)]) if place.part is None else None
                if part:
                    place = Place(key=f"{place.name}/{part}", name=place.name, part=part, country=place.country,
                                  known=place.known)
                else:
                    refined = refine(place, parts)
                    inferred, place = refined.part != place.part, refined
            if c.period_kind is None and not options.include_unknown_kind:
                continue
            party = resolved[i]
            start, end = span_of(c, meta.published)
            approx_by = None
            if end is None and meta.approx_date and not meta.published:
                start, end = span_of(c, meta.approx_date)  # a month ("2016-12") gives no day: still undated
                approx_by = meta.dated_by or "text"
            parent_id = ids[c.parent] if c.parent is not None and 0 <= c.parent < len(ids) else None
            mine.append(Point(
                claim=c, id=ids[i], key=SeriesKey(c.event, group_of(c.category), place.key if place else None),
                party=party, place=place, kind=c.period_kind, start=start, end=end, outlet=meta.outlet,
                published=meta.published, doc_id=doc_id, index=i, parent_id=parent_id,
                doc_place=doc_place.key if doc_place else None, inferred_part=inferred, approx_by=approx_by,
            ))
        out += new_value_told(one_naming(mine, meta.text))
    return out


_LEAD = re.compile(r"^(?:(?:while|but|and|as|whereas|although|though|yet|meanwhile|also|then|on \w+day|"
                   r"quoted|quoting|citing|cited)\s+)+", re.IGNORECASE)


def same_person(resolved: Sequence[Resolution]) -> list[Resolution]:
    """Within one document, sources the registry does not know, folded onto one party per person or office.

    A later mention by surname ("Ortega") is the person named in full earlier ("Health Minister Ana
    Ortega"); a source opened by a conjunction or a quoting verb ("while the council", "quoting the
    council") is the source without it. Only unknown sources are folded: known ones already are.
    """
    unknown = [r for r in resolved if r.how == "unknown"]
    if not unknown:
        return list(resolved)
    clean = {r.key: _LEAD.sub("", r.name).strip() or r.name for r in unknown}
    by_clean: dict[str, Resolution] = {}
    for r in unknown:
        by_clean.setdefault(clean[r.key].casefold(), r)
    full = [r for r in unknown if len(clean[r.key].split()) >= 2]
    out = []
    for r in resolved:
        if r.how != "unknown":
            out.append(r)
            continue
        name = clean[r.key]
        target = by_clean[name.casefold()]
        words = name.split()
        if len(words) == 1 and words[0][:1].isupper():
            longer = [f for f in full if clean[f.key].split()[-1].casefold() == words[0].casefold()]
            if len({clean[f.key] for f in longer}) == 1:
                target = longer[0]
        elif len(words) >= 2:  # a name cut short ("the United Nations Office"): the one it begins
            known = _begins(name, [x for x in resolved if x is not r])
            if known is not None:
                out.append(known)
                continue
        if target is not r or name != r.name:
            key = unknown_key(clean[target.key])
            r = Resolution(key=key, name=clean[target.key], kind=target.kind, as_written=r.as_written,
                           speaker=r.speaker, how="unknown")
        out.append(r)
    return out


def _begins(name: str, others: Sequence[Resolution]) -> Resolution | None:
    """The one other source of the document whose name, as written, holds all of ``name``'s words in a row
    and goes on after them ("data from the United Nations Office for ..." for "the United Nations Office")."""
    head = " ".join(w.casefold() for w in re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I).split())
    found = {}
    for o in others:
        text = " ".join((o.as_written or o.name).casefold().split())
        at = f" {text} ".find(f" {head} ")
        if at >= 0 and len(text) > at + len(head) + 1 and o.key != unknown_key(name):
            found[o.key] = o
    return next(iter(found.values())) if len(found) == 1 else None


def _signature(p: Point) -> tuple[Any, ...]:
    return (p.key, p.party.key, p.kind, p.low, p.high, p.start, p.end, p.expected)


def reports_of(points: Sequence[Point], docs: Mapping[str, DocMeta] | None = None) -> list[Report]:
    """Gather copies into reports: same party, figure, kind and span; or the same figure in a copied document.

    A document repeating its own figure (headline and body) is one report too: repetition is not a
    second source.
    """
    docs = docs or {}
    uf = _Union()
    first_by_sig: dict[tuple[Any, ...], int] = {}
    for i, p in enumerate(points):
        sig = _signature(p)
        if sig in first_by_sig:
            uf.join(first_by_sig[sig], i)
        else:
            first_by_sig[sig] = i
    # The outlet restating a figure it attributes elsewhere in the same document ("42 militants
    # surrendered" in the headline, "42 militants surrendered, the centre said" in the body) is that report.
    named: dict[tuple[Any, ...], int] = {}
    for i, p in enumerate(points):
        if p.party.how != "outlet":
            named.setdefault((p.doc_id, p.key, p.kind, p.low, p.high, p.expected), i)
    for i, p in enumerate(points):
        j = named.get((p.doc_id, p.key, p.kind, p.low, p.high, p.expected))
        if p.party.how == "outlet" and j is not None:
            uf.join(j, i)
    # One party restating its own figure in one document, once hedged and once bare ("at least 6,700" in
    # the lead, "6,700" further down): the same number from the same voice is one report.
    restated: dict[tuple[Any, ...], int] = {}
    for i, p in enumerate(points):
        for bound in (("low", p.low), ("high", p.high)):
            if bound[1] is None:
                continue
            j = restated.setdefault((p.doc_id, p.key, p.party.key, p.kind, p.start, p.end, p.expected, bound), i)
            if j != i:
                uf.join(j, i)
    # A document linked as a copy: its figures are the original's even if "yesterday" resolved differently.
    # Filed by the document each copy chain leads back to: within one figure, the points whose documents share
    # an origin are one report when they span two documents at least (each is then a copy of another's
    # document); the same union as joining every pair of documents one of which copies the other, without the pairs.
    loose: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for i, p in enumerate(points):
        loose[(p.key, p.party.key, p.kind, p.low, p.high, p.expected, _origin(p.doc_id, docs))].append(i)
    for group in loose.values():
        if len({points[i].doc_id for i in group}) > 1:
            for b in group[1:]:
                uf.join(group[0], b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(points)):
        members[uf.find(i)].append(i)
    reports: list[Report] = []
    for root in sorted(members):
        # A named party first: the report is theirs, the outlets repeating it are carriers.
        pts = tuple(sorted((points[i] for i in members[root]), key=lambda p: p.party.how == "outlet"))
        carriers = tuple(sorted({p.outlet or p.doc_id for p in pts}))
        reports.append(Report(id=pts[0].id, key=pts[0].key, points=pts, carriers=carriers))
    return reports


def _origin(d: str, docs: Mapping[str, DocMeta]) -> str:
    """The document a chain of copy_of links from ``d`` leads back to."""
    seen = {d}
    while (m := docs.get(d)) is not None and m.copy_of and m.copy_of not in seen:
        d = m.copy_of
        seen.add(d)
    return d


def _order(r: Report) -> tuple[int, date, date, str]:
    far = date.max
    return (0 if r.end else 1, r.end or far, r.start or r.end or far, r.id)


def build_series(claims: Iterable[Claim], docs: Mapping[str, DocMeta] | None = None,
                 registry: Registry | None = None, options: SeriesOptions | None = None) -> list[Series]:
    """All series in a set of claims, sorted by key; one party's keys for one running count joined
    (``running.join_running``) unless ``options.join_running`` is off."""
    from headcount.reconcile.running import join_running

    options = options or SeriesOptions()
    points = points_of(claims, docs, registry, options)
    if options.join_running:
        reg = registry or default_registry()
        points = join_running(points, reg.part_of())
    by_key: dict[SeriesKey, list[Point]] = defaultdict(list)
    for p in points:
        by_key[p.key].append(p)
    out = []
    for key in sorted(by_key, key=lambda k: (k.event, k.group, k.place or "")):
        reports = sorted(reports_of(by_key[key], docs), key=_order)
        out.append(Series(key=key, reports=tuple(reports)))
    return out


def select(series: Iterable[Series], *, event: str | None = None, group: str | None = None,
           place: str | None = None, party: str | None = None, key: SeriesKey | None = None,
           parts: bool = True) -> list[Series]:
    """Series matching filters; ``place`` matches the place and (with ``parts``) its parts and the places
    the hierarchy puts inside it (``--place Syria`` lists Aleppo's series)."""
    want_place = place_key(place) if place else None
    out = []
    for s in series:
        if key is not None and not key.matches(s.key, parts=parts):
            continue
        if event and s.key.event != event:
            continue
        if group and s.key.group != group:
            continue
        if want_place and not place_in(s.key.place, want_place, parts=parts):
            continue
        if party and party not in s.parties:
            continue
        out.append(s)
    return out


def merge(series: Sequence[Series], key: SeriesKey) -> Series:
    """Several series (a place and its parts) shown as one, under ``key``."""
    reports = sorted((r for s in series for r in s.reports), key=_order)
    return Series(key=key, reports=tuple(reports))
