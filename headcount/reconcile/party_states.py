"""States and societies as parties: a state named in a source's words, a state's office named bare, a national
Red Cross or Red Crescent society.

The part of the registry's resolution (``parties.Registry`` inherits it) that reads a state out of a source:
"Turkish officials" and "the Congolese interior minister" (a country's adjective), "Greek authorities",
"authorities in Sicily" and "the Kremlin-appointed mayor" (``party_phrase.state_in``), "the health
minister" and "the authorities" with no state named (the state the document names most), and the state's
party itself: the registry's party of that country and kind, else one made from the country's name
(``government-cd``). A registry name inside a longer phrase ("UN officials in the capital") is read here
too, before a state is looked for.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.reconcile.names import DEMONYM_COUNTRY, demonym_of, fold_text, name_variants
from headcount.reconcile.party_model import (
    DocContext,
    Party,
    PartyKind,
    Resolution,
    country_code_of,
    mention_form,
)
from headcount.reconcile.party_phrase import (
    inside,
    is_personal_office,
    office_introduced,
    state_in,
)
from headcount.reconcile.party_words import (
    _COUNTRY_NAMES,
    _GOV_WORDS,
    _MIL_NOUN,
    _MIL_WORDS,
    _SOCIETY,
    _SOCIETY_OF,
    _STATE_ROLE,
    guess_kind,
    possessed_office,
)

_MINISTER = re.compile(r"\bminist(?:er|ers|ry|ries)\b")
# Words of a title that name a rank or link words, never the field of a ministry.
_NOT_A_FIELD = frozenset({"prime", "deputy", "vice", "first", "state", "the", "a", "junior", "chief",
                          "cabinet", "former", "acting", "senior", "of", "s"})


class StateResolution:
    """Methods of ``parties.Registry`` that find a state's party; the registry provides the indexes."""

    parties: dict[str, Party]
    _alias: dict[str, str]

    def _result(self, key: str, as_written: str | None, how: str, speaker: str | None = None) -> Resolution:
        raise NotImplementedError  # parties.Registry

    def top(self, key: str) -> str:
        raise NotImplementedError  # parties.Registry

    def _full_names(self, key: str) -> list[str]:
        raise NotImplementedError  # parties.Registry

    def _by_country(self, norm: str) -> str | None:
        dem = demonym_of(norm)
        if dem is None:
            return None
        country = DEMONYM_COUNTRY[dem]
        rest = norm[len(dem):]
        ministry = self._ministry_of_office(dem, rest)
        if ministry is not None:
            return ministry
        wanted = (PartyKind.MILITARY,) if _MIL_WORDS.search(rest) else (
            (PartyKind.GOVERNMENT,) if _GOV_WORDS.search(rest) else ())
        for kind in wanted:
            for key, p in self.parties.items():
                if p.country == country and p.kind == kind and not p.speaks_for:
                    return key
        return None

    def _ministry_of_office(self, dem: str, rest: str) -> str | None:
        """"Ukrainian Deputy Defence Minister X", "the Turkish interior ministry's spokesman": a title that
        names a ministry's office belongs to that ministry, when the registry knows the state's ministry of
        that field ("Ukrainian Defence Ministry"), not to the state's government as a whole. The field is a
        word of the title ("defence" in "deputy defence minister", in "ministry of defence spokesman"); a
        rank ("prime minister", "deputy") names no ministry. None when the registry has no such ministry."""
        if _MINISTER.search(rest) is None:
            return None
        for field in rest.split():
            if field in _NOT_A_FIELD or _MINISTER.fullmatch(field):
                continue
            key = self._alias.get(f"{dem} {field} ministry")
            if key is not None and self.parties[key].country == DEMONYM_COUNTRY[dem]:
                return key
        return None

    def _by_country_made(self, norm: str) -> Resolution | None:
        """"Lebanese health minister X", "Haitian government": a state's role named with its adjective,
        when the registry has no party of that state: a party made from the country (``government-lb``)."""
        first = norm.split()[0] if norm else ""
        code = DEMONYM_COUNTRY.get(first) or (country_code_of(first) if first not in ("un", "the", "") else None)
        if code is None:
            return None
        rest = norm[len(first):].strip()
        if _GOV_WORDS.fullmatch(rest):  # "Haitian officials", as "Turkish officials": the state's government
            return self.state_party(code, PartyKind.GOVERNMENT)
        if not (_STATE_ROLE.search(rest) or _MIL_NOUN.search(rest)):
            return None
        kind = guess_kind(rest)
        if kind not in (PartyKind.GOVERNMENT, PartyKind.MILITARY):
            return None
        return self.state_party(code, PartyKind(kind))

    # --- a body's generic name in a text about another country ---------------------------------------

    def _generic_elsewhere(self, key: str, forms: list[str], ctx: DocContext) -> bool:
        """A registry NGO of one country, named by one of its ``generic`` aliases (a description of its
        function that names no country: "the civil defence") in a text about another country: the text's
        own body of that name, not the registry's. Civil defence services exist in most states; the
        description alone does not say which. The source's ``forms`` (normalised) must hold none of the
        party's proper names ("the White Helmets", "White Helmets rescue group", "Türk Kızılay" name one body
        wherever the text is about) and no name or adjective of the party's country ("Syria's civil
        defence")."""
        party = self.parties[key]
        if not party.generic or party.country is None or ctx.country in (None, party.country):
            return False
        padded = [f" {f} " for f in forms]
        proper = _proper_forms(party)
        countries = _COUNTRY_NAMES.get(party.country, ())
        return not any(f" {w} " in f for f in padded for w in (*proper, *countries))

    def _own_state(self, source: str, ctx: DocContext) -> Resolution:
        """The state organ of the document's country: what a generic name of a foreign body names there
        (``_generic_elsewhere``), "the Office of Civil Defense" in a text about the Philippines. Reached, as
        the foreign body would have been, by an alias of the registry (``how="alias"``), so that the rules
        that follow a name ("X, the assistant secretary of the Office of Civil Defense ... X said") carry it
        to the person named with it."""
        assert ctx.country is not None
        gov = self.state_party(ctx.country, PartyKind.GOVERNMENT)
        return Resolution(gov.key, gov.name, gov.kind, source, speaker=source, how="alias")

    # --- resolution ----------------------------------------------------------------------------------

    def _named_inside(self, source: str, ctx: DocContext | None) -> Resolution | None:
        """A party named inside a longer phrase (``party_phrase``): a registry name that is a whole name
        there ("X, the UN resident coordinator in Y" -> the UN; "the UN's human rights office" -> OHCHR, the
        longest name), else a state's noun qualified by a state ("Greek authorities", "authorities in
        Sicily", "the Kremlin-appointed mayor")."""
        key = inside(source, self._alias.get)
        if key is not None and ctx is not None and self._generic_elsewhere(key, [fold_text(source),
                                                                              *name_variants(source)], ctx):
            return self._own_state(source, ctx)
        if key is not None:
            return self._result(key, source, "alias", speaker=source)
        found = state_in(source, self._alias.get, ctx.country if ctx else None)
        if found is None:
            return None
        code, key, kind = found
        if key is not None:
            return self._result(key, source, "country", speaker=source)
        assert code is not None
        state = self.state_party(code, PartyKind(kind))
        return Resolution(state.key, state.name, state.kind, source, speaker=source, how="country")

    def _bare_state(self, source: str, kind: str, ctx: DocContext) -> Resolution | None:
        """A source of a state's nouns only: one person's office ("the mayor") is the state of the office as
        the text introduced it with a place ("the mayor of Bakhmut, X"), else nobody known (the text may name
        the holder: same_person folds it); a collective ("the authorities", "health ministry officials", "the
        military") is the state the document names most, when one does (see docs/reconcile.md)."""
        if is_personal_office(source):
            found = office_introduced(source, ctx.text, self._alias.get) if ctx.text else None
            if found is None:
                return None
            code, key, kind = found
            if key is not None:
                return self._result(key, source, "country", speaker=source)
        else:
            code = ctx.country
        if code is None:
            return None
        state = self.state_party(code, PartyKind(kind))
        return Resolution(state.key, state.name, state.kind, source, speaker=source, how="country")

    def _national_society(self, norm: str) -> tuple[str, str] | None:
        """A national Red Cross or Red Crescent society by its country: (key, name), or None.

        Each national society is a party of its own, apart from the ICRC, the IFRC and every other
        society: "the Pakistan Red Crescent Society", "Pakistani Red Crescent" and "the Red Crescent
        Society of Pakistan" are one. A registry entry of an ngo of that country whose name holds the
        emblem's words wins; otherwise the key is made from the emblem and the country code.
        """
        m = _SOCIETY.match(norm) or _SOCIETY_OF.match(norm)
        if m is None:
            return None
        code = country_code_of(m.group("country"))
        if code is None:
            return None
        emblem = m.group("emblem")
        for key, p in self.parties.items():
            if p.kind == PartyKind.NGO and p.country == code and emblem in fold_text(p.name):
                return self.top(key), self.parties[self.top(key)].name
        from headcount.reconcile.places import _country_name

        country = _country_name(code) or code
        return f"{emblem.replace(' ', '-')}-{code.lower()}", f"{country} {emblem.title()} Society"

    def _by_kind_noun(self, norm: str, ctx: DocContext, at: int | None) -> str | None:
        """"The monitoring group", "the watchdog": a description with no name stands for the one party of
        that kind the document names in full (the one named last before the figure when several are)."""
        words = norm.split()
        if not words or len(words) > 3 or words[0] in DEMONYM_COUNTRY:
            return None
        kind = guess_kind(norm)
        if kind in (PartyKind.UNNAMED, PartyKind.OTHER, PartyKind.WITNESS, PartyKind.GOVERNMENT,
                    PartyKind.MILITARY):
            return None
        named = [k for k, p in self.parties.items() if p.kind == kind and not p.speaks_for
                 and any(ctx.names(v) for v in self._full_names(k))]
        if len(named) == 1:
            return named[0]
        if len(named) > 1 and at is not None and ctx.text:
            before = f" {mention_form(ctx.text[:at])} "
            pos = {k: max(before.rfind(f" {v} ") for v in self._full_names(k)) for k in named}
            best = max(named, key=lambda k: pos[k])
            return best if pos[best] >= 0 else None
        return None

    def _by_document_country(self, norm: str, ctx: DocContext) -> Resolution | None:
        """"The country's military council", "Health Minister X", "the military": a state's office or role
        with no state named is the state the document names most (see :meth:`state_party`). Bare
        "officials" or "authorities" are not read here: ``party_phrase.bare_state`` reads a source made
        only of state nouns and their modifiers, and resolves it to the document's state too."""
        if ctx.country is None or demonym_of(norm) or possessed_office(norm):
            return None
        rest = re.sub(r"^(?:the\s+)?country(?:'s)?\s+", "", norm)
        if rest == norm and not (_STATE_ROLE.search(norm) or _MIL_NOUN.search(norm)):
            return None
        kind = guess_kind(rest)
        if kind not in (PartyKind.GOVERNMENT, PartyKind.MILITARY):
            return None
        return self.state_party(ctx.country, PartyKind(kind))

    def state_party(self, code: str, kind: PartyKind) -> Resolution:
        """A state's government or military: the registry's party of that country and kind (else of the
        other of the two kinds), else a party made from the country's name (``government-cd``)."""
        other = PartyKind.GOVERNMENT if kind == PartyKind.MILITARY else PartyKind.MILITARY
        for k in (kind, other):
            for key, p in self.parties.items():
                if p.country == code and p.kind == k and not p.speaks_for:
                    return self._result(key, None, "country")
        from headcount.reconcile.places import _country_name

        country = _country_name(code) or code
        noun = "government" if kind == PartyKind.GOVERNMENT else "military"
        return Resolution(key=f"{noun}-{code.lower()}", name=f"{country} {noun}", kind=str(kind), as_written=None,
                          how="country")


@cache
def _proper_forms(party: Party) -> tuple[str, ...]:
    """The normalised forms of a party's name and proper aliases (not its ``generic`` ones)."""
    generic = {v for g in party.generic for v in name_variants(g)}
    return tuple(sorted({v for a in (party.name, *party.aliases) for v in name_variants(a)} - generic))
