"""Who says so: a source as written ("Maj Gen Igor Konashenkov") resolved to a party (the Russian Defence Ministry).

A series compares parties, not spellings: one ministry named five ways must be one column, and a
ministry's reconciliation centre speaks for the ministry. Resolution tries, in order:

1. the registry's aliases (``lexicons/parties.toml`` plus a user overlay), on normalised names;
2. the same without ranks and titles, and the registry's members (spokespeople) by full name or surname;
3. what the document itself says about who speaks for whom ("X, spokesman for Y"), see ``names.learn_members``;
4. a bare name ("the Defence Ministry") settled by the parties the document names in full, then by the
   outlet's country;
5. a country adjective with a government or military word ("Turkish officials") -> that state's party;
6. a registry name inside a longer phrase ("X, the UN resident coordinator in Y"), else a state's noun
   qualified by a state ("Greek authorities", "authorities in Sicily"): ``party_states``, ``party_phrase``;
7. a bare state noun ("the authorities") -> the state the document names most; a person by the office the
   text introduced them with;
8. otherwise a party of its own, keyed by the normalised name, with a kind guessed from its words.

A claim with no source is the outlet's own voice: the outlet is the party.
Everything is pure: the registry is data passed in, the document context is built from text passed in.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from headcount.errors import ConfigError
from headcount.ingest.furniture import blank_page_date
from headcount.lexicons import load
from headcount.reconcile.names import (
    _personal,
    appositive_office,
    fold_text,
    introduced_as,
    learn_members,
    name_variants,
    normalise_name,
    party_name,
    strip_titles,
    surname,
)
from headcount.reconcile.party_data import parties_from_data
from headcount.reconcile.party_model import (
    KINDS,
    DocContext,
    Party,
    PartyKind,
    Resolution,
    country_code_of,
    mention_form,
    text_country,
)
from headcount.reconcile.party_phrase import (
    bare_state,
    is_place,
    strip_fragment,
)
from headcount.reconcile.party_states import StateResolution
from headcount.reconcile.party_words import (
    _BY_PARTY,
    _DOC_TAIL,
    _LEADING_LINK,
    _SOCIETY_BARE,
    _most_mentioned_country,
    _proper_in,
    cut_short,
    definite_document,
    guess_kind,
    named_body,
    names_before,
    parts_named_as_whole,
    possessed_office,
    state_bodies,
    unknown_key,
)

__all__ = ["KINDS", "DocContext", "Party", "PartyKind", "Registry", "Resolution", "country_code_of", "cut_short",
           "default_registry", "guess_kind", "mention_form", "resolve", "text_country", "unknown_key"]


class Registry(StateResolution):
    """The known parties and the indexes that find them by any of their names."""

    def __init__(self, parties: Mapping[str, Party], merged: Mapping[str, str] | None = None,
                 bodies: Mapping[str, str] | None = None) -> None:
        self.parties: dict[str, Party] = dict(parties)
        #: a user's merges: the key of a party -> the key of the party it is one with (``parties merge``)
        self.merged: dict[str, str] = dict(merged or {})
        #: organisations the ledger's texts name as a state's (``party_words.state_bodies``): key -> ISO code
        self.bodies: dict[str, str] = dict(bodies or {})
        self._alias: dict[str, str] = {}
        self._member: dict[str, str] = {}
        self._surname: dict[str, set[str]] = {}
        self._bare: dict[str, list[str]] = {}
        self._outlet: dict[str, str] = {}
        #: the parties some party is a part of (``_part_speaking`` asks once per source). Like the name indexes
        #: built below, made once here: a registry is not changed after ``__init__`` (party edits build a new one,
        #: ``analysis.registry_with``), and a change to ``parties`` must build a new registry to be seen.
        self._wholes = frozenset(p.part_of for p in self.parties.values() if p.part_of)
        for key, p in self.parties.items():
            for a in (p.name, *p.aliases, *p.generic):
                for v in name_variants(a):
                    self._alias.setdefault(v, key)
            for m in p.members:
                n = strip_titles(normalise_name(m))
                self._member.setdefault(n, key)
                self._surname.setdefault(surname(n), set()).add(key)
                self._surname.setdefault(n.split()[-1], set()).add(key)
            for b in p.bare:
                forms = self._bare.setdefault(normalise_name(b), [])
                if key not in forms:
                    forms.append(key)
            for o in p.outlets:
                self._outlet[o.lower()] = key

    def with_learned(self, texts: Iterable[str]) -> Registry:
        """This registry with the members a collection's own texts name by apposition.

        "Clara Mendes, head of the IFRC delegation", "the ICRC's regional director Fabrizio Carboni",
        "UNHCR spokesman Babar Baloch" (``names.learn_members``) in one document make the person a member of
        that party in every document, so a later "Mendes said" elsewhere is the IFRC's. Only full names (two
        words or more) whose organisation the registry knows are learned, and a person named for two parties
        is learned for neither. Organisations named as a state's ("Pakistan's National Disaster Management
        Authority (NDMA)") are learned as that state's bodies (``party_words.state_bodies``).
        """
        texts = list(texts)
        bodies = {**self.bodies, **{k: v for k, v in state_bodies(texts).items() if k not in self.bodies}}
        found: dict[str, set[str]] = {}
        orgs: dict[str, str | None] = {}
        for text in texts:
            for person, org in learn_members([text], roles_only=True).items():
                if len(person.split()) < 2 or person in self._member:
                    continue
                if org not in orgs:
                    res = self._resolve(org)
                    orgs[org] = res.key if res.key in self.parties and res.how in ("alias", "member") else None
                key = orgs[org]
                if key is not None:
                    found.setdefault(person, set()).add(key)
        add: dict[str, list[str]] = {}
        for person, keys in found.items():
            if len(keys) == 1:
                add.setdefault(next(iter(keys)), []).append(person)
        if not add and bodies == self.bodies:
            return self
        parties = {k: replace(p, members=(*p.members, *sorted(add.get(k, ())))) for k, p in self.parties.items()}
        return Registry(parties, self.merged, bodies)

    # --- lookups -------------------------------------------------------------------------------------

    def get(self, key: str) -> Party | None:
        return self.parties.get(key)

    def part_of(self) -> dict[str, str]:
        """Each party that is part of another (a UN agency of the UN): what ``running.join_running`` needs to
        give a parent body's figures to its one counting member, the same in every path that keys series."""
        return {k: p.part_of for k, p in self.parties.items() if p.part_of}

    def top(self, key: str) -> str:
        """Follow ``speaks_for`` links: the party whose figures these are."""
        seen = {key}
        p = self.parties.get(key)
        while p is not None and p.speaks_for and p.speaks_for not in seen:
            seen.add(p.speaks_for)
            key = p.speaks_for
            p = self.parties.get(key)
        return key

    def party_of_outlet(self, outlet: str | None) -> str | None:
        """The registry party behind an outlet's domain ("www.tass.com" -> "tass"), if any."""
        if not outlet:
            return None
        host = outlet.lower().removeprefix("www.")
        while host:
            if host in self._outlet:
                return self._outlet[host]
            if "." not in host:
                break
            host = host.split(".", 1)[1]
        return None

    def _result(self, key: str, as_written: str | None, how: str, speaker: str | None = None) -> Resolution:
        unit = key
        key = self.top(key)
        p = self.parties[key]
        if unit != key and speaker is None:
            speaker = self.parties[unit].name
        return Resolution(key=key, name=p.name, kind=p.kind, as_written=as_written, speaker=speaker, how=how)

    def _by_name(self, variants: list[str]) -> str | None:
        for v in variants:
            for cand in (v, strip_titles(v), _DOC_TAIL.sub("", v)):  # "SOHR figures": the author's
                if cand in self._alias:
                    return self._alias[cand]
            # "the UN International Organization for Migration": an agency's name after "UN"
            key = self._alias.get(v.removeprefix("un ")) if v.startswith("un ") else None
            if key is not None and self.parties[key].part_of == "un":
                return key
        return None

    def _by_member(self, variants: list[str]) -> str | None:
        for v in variants:
            words = strip_titles(v).split()
            for k in (3, 2):  # "Turkish health minister Fahrettin Koca": the name is at the end
                tail = " ".join(words[-k:])
                if len(words) >= k and tail in self._member:
                    return self._member[tail]
            if len(words) == 1 and len(self._surname.get(words[0], ())) == 1:
                return next(iter(self._surname[words[0]]))
        return None

    def _by_prefix(self, variants: list[str]) -> str | None:
        """A registry name followed by a role or document noun ("the SOHR war monitor", "UNHCR field
        officers"): the role speaks for the party named before it. The words after the name may be at
        most three, and the last must be a noun of a role, an organisation or a document."""
        from headcount.reconcile.names import _party_lemmas

        for v in variants:
            words = v.split()
            for k in range(len(words) - 1, 0, -1):
                rest = words[k:]
                if len(rest) > 3:
                    break
                last = rest[-1]
                if last not in _party_lemmas() and last.rstrip("s") not in _party_lemmas():
                    break
                head = " ".join(words[:k])
                if head in self._alias:
                    return self._alias[head]
        return None

    def _full_names(self, key: str) -> list[str]:
        p = self.parties[key]
        return [v for a in (p.name, *p.aliases) for v in name_variants(a) if len(v.split()) > 1]

    def _by_bare(self, norm: str, ctx: DocContext | None, at: int | None = None) -> str | None:
        candidates = self._bare.get(norm) or self._bare.get(strip_titles(norm))
        if not candidates:
            return None
        if ctx is not None:
            named = [k for k in candidates if any(ctx.names(v) for v in self._full_names(k))]
            if len(named) == 1:
                return named[0]
            if len(named) > 1 and at is not None and ctx.text:
                # Several named in full: the one named last before the figure's sentence.
                before = f" {mention_form(ctx.text[:at])} "
                last = max(named, key=lambda k: max(before.rfind(f" {v} ") for v in self._full_names(k)))
                if max(before.rfind(f" {v} ") for v in self._full_names(last)) >= 0:
                    return last
            country = self._outlet_country(ctx.outlet)
            pool = named or candidates
            talked = _most_mentioned_country(pool, self.parties, ctx)
            if talked:
                return talked
            local = [k for k in pool if country and self.parties[k].country == country]
            if len(local) == 1:
                return local[0]
        return candidates[0] if len(candidates) == 1 else None

    def _outlet_country(self, outlet: str | None) -> str | None:
        key = self.party_of_outlet(outlet)
        return self.parties[key].country if key else None

    def resolve(self, source: str | None, ctx: DocContext | None = None, at: int | None = None) -> Resolution:
        """The party behind ``source`` as written in a document (see the module docstring for the order).

        ``at`` is the offset of the claim's sentence in ``ctx.text``, used to settle a bare "the ministry"
        between two ministries the document names in full: the one named last before it. A party the user
        merged into another (:meth:`merge_target`) comes back as that other party, its speaker kept.
        """
        res = self._resolve(source, ctx, at)
        target = self.merge_target(res.key)
        if target == res.key:
            return res
        p = self.parties.get(target)
        return Resolution(key=target, name=p.name if p else target, kind=p.kind if p else res.kind,
                          as_written=res.as_written, speaker=res.speaker or res.as_written, how=res.how)

    def merge_target(self, key: str) -> str:
        """The key a party's figures are counted under after the user's merges (itself when not merged)."""
        seen = {key}
        while key in self.merged and self.merged[key] not in seen:
            key = self.merged[key]
            seen.add(key)
        return self.top(key) if key in self.parties else key

    def _resolve(self, source: str | None, ctx: DocContext | None = None, at: int | None = None,
                 seen: frozenset[str] = frozenset()) -> Resolution:
        if source is None or not source.strip():
            return self.outlet_voice(ctx.outlet if ctx else None)
        source = _LEADING_LINK.sub("", source) or source  # "for Ivanova" (as in "quoted for X"): X
        source = blank_page_date(source).strip() or source  # "posted 2031-04-02 ...": page furniture
        source = strip_fragment(source, self._alias.get)  # "PORTVALE, Eastland — the governor": the governor
        if source.count("(") > source.count(")"):  # a span cut before its closing parenthesis: "... (SOHR"
            source = source.rstrip() + ")"
        variants = name_variants(source)
        if not variants:
            return self.outlet_voice(ctx.outlet if ctx else None)
        key = self._by_name(variants)
        if key and ctx is not None and self._generic_elsewhere(key, variants, ctx):
            return self._own_state(source, ctx)  # "the Office of Civil Defense" in a text about another country
        if key:
            part = self._part_speaking(key, ctx)
            if part is not None:  # "the UN said" where the text names "the UN's migration agency (IOM)"
                return self._result(part, source, "alias", speaker=source)
            return self._result(key, source, "alias")
        key = self._by_member(variants)
        if key:
            return self._result(key, source, "member", speaker=source)
        # "Anna Ivanova, spokesperson for the Russian Defence Ministry"; a person's name only: in "the People's
        # Defence Force" the words after the possessive are the body's own name, not a member of "People"
        own = {person: org for person, org in learn_members([source]).items() if _personal(person)}
        if own:
            org = next(iter(own.values()))
            inner = self._resolve(org, ctx, at, seen | {source})  # ``seen``: the organisation may lead back here
            if _learned_ok(inner, org):  # "X, the mayor of Eastport": the office is read below
                return Resolution(inner.key, inner.name, inner.kind, source, speaker=source, how="learned")
        learned = dict(ctx.members) if ctx else {}
        for v in variants:
            s = strip_titles(v)
            words = s.split()
            for cand in (s, " ".join(words[-3:]), " ".join(words[-2:]), words[-1] if words else ""):
                found = learned.get(cand) if _personal(cand) else None  # a person, not a body's own name
                if found and normalise_name(found) != v:
                    inner = self._resolve(found, DocContext(ctx.mentions, {}, ctx.outlet, ctx.text, ctx.country)
                                          if ctx else None, None, seen | {source})
                    if _learned_ok(inner, found):
                        return Resolution(inner.key, inner.name, inner.kind, source, speaker=source, how="learned")
        for v in variants:
            key = self._by_bare(v, ctx, at)
            if key:
                return self._result(key, source, "bare")
        key = self._by_prefix(variants)
        if key:
            return self._result(key, source, "alias")
        # a list ("X, Y and Z"), not a role and a name in apposition ("the Congolese interior minister, X")
        listed = source.count(",") > 1 or re.search(r"\band\b", source) is not None
        for v in variants if not listed else ():  # in a list the role words may be another party's
            key = self._by_country(v)
            if key:
                return self._result(key, source, "country")
        for v in variants if not listed else ():
            state = self._by_country_made(strip_titles(v))
            if state is not None:
                return Resolution(state.key, state.name, state.kind, source, speaker=source, how="country")
        society = self._national_society(strip_titles(variants[0]))
        if society is not None:
            return Resolution(society[0], society[1], str(PartyKind.NGO), source, how="society")
        by = _BY_PARTY.search(source)
        if by:  # "the report published by the IOM": the report speaks for its author
            inner = self._resolve(by.group(1), ctx, None, seen | {source})
            if inner.how not in ("unknown", "fragment"):
                return Resolution(inner.key, inner.name, inner.kind, source, speaker=source, how=inner.how)
        named = self._named_inside(source, ctx)
        if named is not None:
            return named
        return self._unknown(source, variants, ctx, at, seen | {source})

    def _unknown(self, source: str, variants: list[str], ctx: DocContext | None, at: int | None,
                 seen: frozenset[str]) -> Resolution:
        """A source no name of the registry matches: a name cut short, a national Red Cross or Red Crescent
        society, a role of the document's country, a description of a party the document names; else a
        party of its own, but only when the source has the shape of a name (``names.party_name``)."""
        full = cut_short(source, ctx.text) if ctx and ctx.text else None
        if full is not None and full not in seen:  # taken only when the registry knows the whole name
            inner = self._resolve(full, ctx, at, seen)
            if inner.how in ("alias", "member"):
                return Resolution(inner.key, inner.name, inner.kind, source, speaker=inner.speaker, how=inner.how)
        first = re.split(r",|\s+and\s+", source, maxsplit=1)[0]
        if first.strip() and first not in seen:  # a list, or a name with words after a comma: its first
            inner = self._resolve(first, ctx, at, seen)
            if inner.how in ("alias", "member", "learned", "bare", "society"):
                return Resolution(inner.key, inner.name, inner.kind, source, speaker=inner.speaker, how=inner.how)
        norm = strip_titles(variants[0])
        body = self.bodies.get(unknown_key(source))
        if ctx is not None and body != ctx.country:
            # a document about another country, or one whose country cannot be told: its own body of a like
            # name may be meant (initials collide: two states each have a "Disaster Management Authority")
            body = None
        if body is not None:  # "the NDMA", named elsewhere as "Pakistan's National Disaster Management ..."
            gov = self.state_party(body, PartyKind.MILITARY if guess_kind(norm) == PartyKind.MILITARY
                                   else PartyKind.GOVERNMENT)
            return Resolution(gov.key, gov.name, gov.kind, source, speaker=source, how="learned")
        if ctx is not None and ctx.text and at is not None and definite_document(source):
            author = self._author_before(ctx, at, seen)
            if author is not None:  # "according to the report": the report the text introduced, its author's
                return Resolution(author.key, author.name, author.kind, source, speaker=author.speaker,
                                  how=author.how)
        if ctx is not None and ctx.text and at is not None and _POSSESSED_OFFICE.match(source.strip()):
            owner = self._owner_before(source, ctx, at, seen)
            if owner is not None:  # "the minister, X, ... her office said": X's party
                return Resolution(owner.key, owner.name, owner.kind, source, speaker=source, how=owner.how)
        if possessed_office(norm) and _NAMED_OFFICER.match(source.strip()):  # "Its president, X": the officer
            return self._officer_of(source, norm, ctx, at, seen)
        code = country_code_of(norm)
        if code is not None:  # "Ukraine says ...": a state named for its government
            gov = self.state_party(code, PartyKind.GOVERNMENT)
            return Resolution(gov.key, gov.name, gov.kind, source, how="country")
        bare = _SOCIETY_BARE.match(norm)
        if ctx is not None and ctx.country and bare:  # "the Red Crescent": the society of the document's country
            from headcount.reconcile.places import _country_name

            society = self._national_society(f"{fold_text(_country_name(ctx.country) or '')} {bare.group(1)}")
            if society is not None:
                return Resolution(society[0], society[1], str(PartyKind.NGO), source, how="society")
        if ctx is not None:
            key = self._by_kind_noun(norm, ctx, at)
            if key:
                return self._result(key, source, "bare")
            state = self._by_document_country(norm, ctx)
            if state is not None:
                return Resolution(state.key, state.name, state.kind, source, speaker=source, how="country")
        bare_kind = bare_state(source) if ctx is not None else None
        if ctx is not None and bare_kind is not None:
            found = self._bare_state(source, bare_kind, ctx)
            if found is not None:
                return found
        office = introduced_as(source, ctx.text) if ctx is not None and ctx.text else None
        offices = [office] if office is not None else []
        if ctx is not None and ctx.text and any(w[:1].isupper() for w in source.split()):  # "The mayor of E, X"
            offices += appositive_office(source, ctx.text)
        for office in offices:  # "Health Minister X said ... Mr X added": X's office
            if office in seen:
                continue
            inner = self._resolve(office, ctx, at, seen | {source})
            if inner.how not in ("unknown", "fragment"):
                return Resolution(inner.key, inner.name, inner.kind, source, speaker=source, how="learned")
        shaped = party_name(source)
        if shaped is None and not _proper_in(source, ctx) and not named_body(source):
            voice = self.outlet_voice(ctx.outlet if ctx else None)
            return Resolution(voice.key, voice.name, voice.kind, source, how="fragment")
        if shaped is not None and shaped != " ".join(source.split()).strip(" ,;:."):
            if shaped in seen:
                return Resolution(key=unknown_key(source), name=" ".join(source.split()), kind=guess_kind(norm),
                                  as_written=source, how="unknown")
            inner = self._resolve(shaped, ctx, at, seen)
            return Resolution(inner.key, inner.name, inner.kind, source, speaker=inner.speaker, how=inner.how)
        return Resolution(key=unknown_key(source), name=" ".join(source.split()), kind=guess_kind(norm),
                          as_written=source, how="unknown")

    def _officer_of(self, source: str, norm: str, ctx: DocContext | None, at: int | None,
                    seen: frozenset[str]) -> Resolution:
        """An office named with a possessive determiner and a name ("Its president, X"): an officer
        of the body named before it, when that body is a party the registry knows or a person's or office's
        party (``_owner_before``, not a state read from a bare country name: "its" points back to a body,
        and the document's country is not one); else a party of its own, named without the determiner
        ("~president x"), since the body the text named before may be one no lexicon lists."""
        if ctx is not None and ctx.text and at is not None:
            owner = self._owner_before(source, ctx, at, seen)
            if owner is not None and owner.how != "country":
                return Resolution(owner.key, owner.name, owner.kind, source, speaker=source, how=owner.how)
        own = _POSSESSIVE_LEAD.sub("", " ".join(source.split()))
        return Resolution(key=unknown_key(own), name=own, kind=guess_kind(norm), as_written=source,
                          speaker=source, how="unknown")

    def _owner_before(self, source: str, ctx: DocContext, at: int, seen: frozenset[str]) -> Resolution | None:
        """The party of the person or body a possessive office points back to ("her office", "his
        ministry"): the nearest name before the source, in its sentence or the one before, that resolves to
        a known party (by alias, member, an office the text gave the person, or a state)."""
        pos = ctx.text.find(source.strip(), at)
        for name in names_before(ctx.text, pos if pos >= 0 else at):
            if name in seen:
                continue
            res = self._resolve(name, ctx, None, seen | {name, source})
            if res.how in ("alias", "member", "learned", "country") and res.kind not in (PartyKind.MEDIA,
                                                                                         PartyKind.UNNAMED):
                return res
        return None

    def _part_speaking(self, whole: str, ctx: DocContext | None) -> str | None:
        """The one part of ``whole`` (``part_of``: a UN agency of the UN) that the document names as the
        whole's ("the UN's International Organization for Migration", "the UN refugee agency (UNHCR)"): the
        text says the agency speaks for it, so the whole's bare name there is that agency's voice. None when
        the text names no part so, or several. A part named without its whole (just "UNHCR") says nothing."""
        if ctx is None or not ctx.text or whole not in self._wholes:
            return None
        found = set()
        for w, part in parts_named_as_whole(ctx.text):
            if self._by_name(name_variants(w)) != whole:
                continue
            key = self._by_name(name_variants(part))
            if key is not None and self.parties[key].part_of == whole:
                found.add(key)
        return next(iter(found)) if len(found) == 1 else None

    def _author_before(self, ctx: DocContext, at: int, seen: frozenset[str]) -> Resolution | None:
        """The party named last in the two sentences before ``at`` ("OCHA said in its update ... In total,
        about N have died, according to the report"): the author of a document referred back to. Only a
        party the registry knows, or one the ledger's texts make a state's body."""
        for name in names_before(ctx.text, at):
            if name in seen:
                continue
            res = self._resolve(name, ctx, None, seen | {name})
            if res.how in ("alias", "member", "learned") and res.kind not in (PartyKind.MEDIA, PartyKind.UNNAMED):
                return res
        return None

    def outlet_voice(self, outlet: str | None) -> Resolution:
        """A figure the outlet states in its own voice: the outlet is the party."""
        key = self.party_of_outlet(outlet)
        if key:
            return self._result(key, None, "outlet")
        if outlet:
            host = outlet.lower().removeprefix("www.")
            return Resolution(key=f"@{host}", name=host, kind=str(PartyKind.MEDIA), as_written=None, how="outlet")
        return Resolution(key="@unattributed", name="unattributed", kind=str(PartyKind.UNNAMED),
                          as_written=None, how="outlet")

    # --- loading -------------------------------------------------------------------------------------

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, where: str, overlay: Mapping[str, Any] | None = None,
                  overlay_where: str = "overlay") -> Registry:
        parties, merged = parties_from_data(data, where=where, overlay=overlay, overlay_where=overlay_where)
        return cls(parties, merged)
    @classmethod
    def load(cls, overlay: str | Path | None = None) -> Registry:
        """The packaged registry, with a user's overlay file on top when a path is given."""
        if overlay is None:
            return default_registry()
        path = Path(overlay)
        try:
            over = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("party overlay file not found", where=str(path)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read party overlay: {exc}", where=str(path)) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"not valid TOML: {exc}", where=str(path)) from None
        return cls.from_data(load("parties"), where="lexicons/parties.toml", overlay=over, overlay_where=str(path))


def _learned_ok(inner: Resolution, name: str) -> bool:
    """A party read from an organisation a person was introduced with may speak for the person: not a
    fragment, and not a bare place the registry does not know ("X, the mayor of Eastport": the place is not
    the party; the office is read later, by the state rules)."""
    return inner.how != "fragment" and not (inner.how == "unknown" and is_place(name))


#: an office with a possessive determiner and a name in apposition: "Its president, Amadou Tembo"
_NAMED_OFFICER = re.compile(r"(?i)^(?:its|their)\s+[^\W\d_][\w -]*,\s+[A-Z]")
#: the possessive determiner an office opens with ("Its president, X"): dropped from the officer's own name
_POSSESSIVE_LEAD = re.compile(r"(?i)^(?:its|their)\s+")
# An office named by a possessive pronoun: it points back to the person or body named before it.
_POSSESSED_OFFICE = re.compile(r"(?i)^(?:his|her|its|their)\s+(?:own\s+)?(?:office|ministry|department|"
                               r"spokes(?:man|woman|person)|press office|government)$")


@cache
def default_registry() -> Registry:
    """The packaged registry (cached: it is data shipped with the code)."""
    return Registry.from_data(load("parties"), where="lexicons/parties.toml")


def resolve(source: str | None, ctx: DocContext | None = None, registry: Registry | None = None,
            at: int | None = None) -> Resolution:
    """Shortcut: resolve with the packaged registry unless one is given."""
    return (registry or default_registry()).resolve(source, ctx, at)
