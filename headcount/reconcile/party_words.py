"""Reading a source's words: the kind an unknown party's words tell, its key, a name cut short in the text.

Pure functions and patterns the registry (``parties.py``) uses when a source is not one of its aliases or
members: what kind of party the words name, the key that makes "the National Disaster Management
Authority (NDMA)" and "NDMA" one party, and which country a document talks about most among candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from headcount.reconcile.names import DEMONYM_COUNTRY, DEMONYMS, document_lemmas, name_variants, strip_titles
from headcount.reconcile.party_model import DocContext, Party, PartyKind, country_code_of

# Words that tell the kind of a party the registry does not know, tried in this order.
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    (r"^(agency|body|organisation|group|ministry|office|committee|report|study|survey|statement|"
     r"document|department|spokesman|spokesperson|official|source|sources|authorities|officials)$",
     PartyKind.UNNAMED),
    (r"\b(report|reports|sources?|officials?|authorities|statement|estimates?|figures|data|partners|"
     r"residents said|local sources|security sources|medical sources|activists said)\b$", PartyKind.UNNAMED),
    (r"\b(witness|witnesses|eyewitness|resident|residents|survivor|survivors|activist|activists|doctor|nurse|"
     r"refugee|evacuee|teacher|local)\b", PartyKind.WITNESS),
    (r"\b(observatory|monitor|monitoring group|network for human rights|airwars|acled)\b", PartyKind.MONITOR),
    (r"\b(un|united nations|unhcr|unicef|ocha|wfp|who)\b", PartyKind.UN),
    (r"\b(red cross|red crescent|aid group|charity|foundation|relief|ngo|msf|doctors|save the children|"
     r"oxfam|care|humanitarian partners)\b", PartyKind.NGO),
    (r"\b(rebels?|militants?|insurgents?|brigade|faction|front|islamic state|isis|isil|daesh|hamas|"
     r"hezbollah|militia|armed group|opposition)\b", PartyKind.ARMED_GROUP),
    (r"\b(army|military|forces|troops|command|police|commander|general staff|defence|navy|air force|"
     r"soldiers|battalion)\b", PartyKind.MILITARY),
    (r"\b(news|agency|media|tv|television|radio|newspaper|correspondent|reporter|channel|times|post|press)\b",
     PartyKind.MEDIA),
    (r"\b(ministry|government|governor|minister|president|presidential|palace|council|municipality|mayor|presidency|"
     r"administration|kremlin|state department|prime minister)\b", PartyKind.GOVERNMENT),
)


# The head noun of an organisation's name ("... Management Authority"): such names are known by initials.
_ORG_HEAD = re.compile(r"\b(authority|agency|ministry|office|council|committee|commission|department|"
                       r"organi[sz]ation|observatory|network|cent(?:re|er)|institute|society|federation|"
                       r"association|service|administration|programme|program|fund|bureau|directorate|board)$")
# A document standing for its author ("the NDMA report", "OCHA figures"): the author is the party.
_DOC_TAIL = re.compile(r"\s+(?:report|reports|figures|data|statement|tally|estimates?|count|survey|update)$")
_FUNCTION = frozenset({"of", "for", "the", "and", "on", "in", "de", "&"})


@lru_cache(maxsize=1 << 16)
def unknown_key(source: str) -> str:
    """The key of a party the registry does not know, the same however the texts name it.

    An organisation is keyed by its initials, so that "the National Disaster Management Authority",
    "the National Disaster Management Authority (NDMA)", "NDMA" and "the NDMA report" are one party
    across documents: a parenthesised acronym is taken as given; a name ending in an organisation's head
    noun gives its initials; a word written in capitals is an acronym already; a document standing for
    its author ("report", "figures") is dropped first. Anything else keys by its normalised name.
    """
    variants = name_variants(source)
    acronym = re.search(r"\(([A-Z][A-Z.&-]{1,7})\)", source)
    if acronym:
        return "~" + acronym.group(1).replace(".", "").lower()
    norm = _DOC_TAIL.sub("", strip_titles(variants[0]) if variants else "")
    bare = _DOC_TAIL.sub("", re.sub(r"^(?:the|a|an)\s+", "", " ".join(source.split()), flags=re.I))
    if re.fullmatch(r"[A-Z][A-Z&-]{1,7}", bare):
        return "~" + bare.lower()
    if _ORG_HEAD.search(norm) and bare.split()[-1][:1].isupper():  # a proper name, not "the aid network"
        words = [w for w in re.split(r"[\s-]+", norm) if w and w not in _FUNCTION]
        if len(words) >= 3:
            return "~" + "".join(str(w)[0] for w in words)
    return f"~{norm}"


@lru_cache(maxsize=1 << 16)
def guess_kind(norm: str) -> str:
    """The kind of an unknown party from its words; ``other`` when nothing tells."""
    for pattern, kind in _KIND_WORDS:
        if re.search(pattern, norm):
            return str(kind)
    return str(PartyKind.OTHER)


_GOV_WORDS = re.compile(r"\b(officials?|authorities|government|president|presidency|prime minister|minister|"
                        r"ministry|sources|spokes\w+|leaders?)\b")
_MIL_WORDS = re.compile(r"\b(army|military|forces|troops|soldiers|general staff|commanders?|defence ministry)\b")


_LEADING_LINK = re.compile(r"^\s*(?:(?:for|by|from|via|quoting|citing|according to|but|and|while|whereas|"
                           r"meanwhile)\s+)+(?=\S)", re.IGNORECASE)
_BY_PARTY = re.compile(r"\b(?:by|from|of)\s+(?:the\s+)?([A-Z][^,;]*)$")
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {}
for _name, _dem in DEMONYMS.items():
    _COUNTRY_NAMES.setdefault(DEMONYM_COUNTRY.get(_dem, ""), ())
    _COUNTRY_NAMES[DEMONYM_COUNTRY.get(_dem, "")] += (_name, _dem)


def _most_mentioned_country(pool: list[str], parties: Mapping[str, Party], ctx: DocContext) -> str | None:
    """Among candidate parties of different states, the one whose state the document talks about most.

    "Russian news agencies, citing the Defence Ministry" in a text that never names a Turkish or Ukrainian
    party: the ministry is Russia's. Only a strict winner counts.
    """
    text = f" {ctx.mentions} "
    scores: list[tuple[int, str]] = []
    for key in pool:
        country = parties[key].country
        if not country:
            continue
        n = sum(text.count(f" {w} ") for w in _COUNTRY_NAMES.get(country, ()))
        scores.append((n, key))
    scores.sort(reverse=True)
    if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    return None


_SOCIETY = re.compile(r"^(?P<country>[a-z][a-z -]*?)\s+(?P<emblem>red cross|red crescent)(?:\s+society)?$")
_SOCIETY_BARE = re.compile(r"^(?:national\s+)?(red crescent)(?:\s+society)?$")
_SOCIETY_OF = re.compile(r"^(?P<emblem>red cross|red crescent)(?:\s+society)?\s+of\s+(?:the\s+)?(?P<country>[a-z][a-z -]*)$")
# A role that only a state has, named with no state: "health minister", "government spokesman".
_MIL_NOUN = re.compile(r"\b(?:army|military|armed forces|junta)\b")
_STATE_ROLE = re.compile(r"\b(?:minister|ministry|government|presidency|president|presidential|palace|prime minister|"
                         r"cabinet)\b")
# An office named by a possessive determiner ("its president", "their chairman"): an officer of the body
# named before it, not the state's role the same noun names without one ("the president").
_POSSESSED = re.compile(r"^(?:its|their)\s")

#: the names of days and months: a capitalised word that is a date, not part of a body's name
_DATE_WORD = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                        r"april|may|june|july|august|september|october|november|december)$", re.IGNORECASE)
#: a possessive ending, dropped before a word is read as a date ("Sunday's statement")
_POSSESSIVE_END = re.compile(r"['’]s$")
_PHRASE_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
#: the words that never end a body's name ("the council of", "reports by")
_OPEN_END = frozenset("the a an of for by to in at on with from and or but its their his her".split())


def possessed_office(norm: str) -> bool:
    """A normalised source opens with a possessive determiner ("its president, x"): the officer of a body
    the text named before, so never the document's state however its noun reads (``_STATE_ROLE``)."""
    return bool(_POSSESSED.match(norm))


def named_body(source: str) -> bool:
    """A source that holds a proper name before a common noun that ends it ("the Kanda district youth
    council", "the Sofala civil society coordination", "Save the Children charity"): a body the text names,
    whose head noun the party lexicons do not list. Such a source is a party of its own, never the outlet's
    voice: the outlet did not say it. Not a phrase ending in a capitalised word or a function word (a name,
    or a fragment such as "told Reuters" or "said on Monday", which the other rules read), and not one
    whose only capitalised words are its first word or days and months ("said in Sunday's statement")."""
    words = _PHRASE_WORD.findall(source)
    if len(words) < 2 or not words[-1].islower() or words[-1] in _OPEN_END:
        return False
    return any(w[:1].isupper() and not _DATE_WORD.match(_POSSESSIVE_END.sub("", w)) for w in words[1:-1])


# More words of one name on the same line: a capitalised word right after, then capitalised words or the
# links inside names ("Nations Office for the Coordination of Humanitarian Affairs"); never "and", which
# joins two names ("Hezbollah and Lebanon").
_CONTINUES = re.compile(r"[ ]+[A-Z][\w'’&-]*(?:(?:[ ]+(?:of|for|de|the|al))*[ ]+[A-Z][\w'’&-]*)*")


def cut_short(source: str, text: str) -> str | None:
    """The full name when ``source`` is a proper name cut short in ``text`` ("The United" before
    "Nations", "Ban" before "Ki-moon"): the source followed, in the text, by more capitalised words of the
    same name. None when the source is whole (or not found). A capitalised word after a name may also
    start the next sentence or heading, so the resolver takes the longer name only when the registry
    knows it."""
    s = " ".join(source.split()).strip(" ,;:.")
    words = s.split()
    if not words or not (_capitalised_word(words[-1]) or words[-1] in ("of", "for", "the")):
        return None
    i = text.find(s)
    while i >= 0:
        m = _CONTINUES.match(text, i + len(s))
        if m and m.group().strip():
            return s + m.group()
        i = text.find(s, i + 1)
    return None


def _capitalised_word(word: str) -> bool:
    return word[:1].isupper()


def _proper_in(source: str, ctx: DocContext | None) -> bool:
    """A single capitalised word ("Preval", "Haider") is a name when the document writes it capitalised
    where no sentence starts (or when there is no document to ask)."""
    words = source.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    if ctx is None or not ctx.text:
        return True
    return re.search(rf"[a-z,;]\s+{re.escape(words[0])}\b", ctx.text) is not None



# "Pakistan's National Disaster Management Authority (NDMA)": a state's possessive, then an organisation's
# proper name (capitalised words and the links inside names), then perhaps its acronym.
_STATE_BODY = re.compile(
    r"\b(?P<state>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)['’]s[ ]+"
    r"(?P<body>(?:[A-Z][\w-]*[ ]+(?:(?:of|for|and|on|the)[ ]+)*){0,7}[A-Z][\w-]*)"
    r"(?:[ ]*\((?P<acronym>[A-Z][A-Z.&-]{1,7})\))?")


def state_bodies(texts: Iterable[str]) -> dict[str, str]:
    """Organisations the texts name as a state's, by their key (``unknown_key``) -> the state's ISO code.

    "Pakistan's National Disaster Management Authority (NDMA)" in one text makes the NDMA a body of
    Pakistan's state, so "the National Disaster Management Authority (NDMA)", "NDMA" and "the NDMA report"
    in other texts are the same state's figures. Only proper names of organisations (an acronym given, or
    three words or more ending in an organisation's head noun: keyed by initials) are learned, never a
    common name ("Health Ministry", which every state has), and a body named for two states is learned for
    neither.
    """
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in _STATE_BODY.finditer(text):
            code = country_code_of(m.group("state"))
            body = m.group("body")
            if code is None:
                continue
            if m.group("acronym"):
                body = f"{body} ({m.group('acronym')})"
            elif not _ORG_HEAD.search(body.lower()):
                continue
            key = unknown_key(body)
            if " " in key:  # keyed by its name, not by initials: a common name, not a proper one
                continue
            found.setdefault(key, set()).add(code)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


# A document named again with a definite word ("the report", "its latest assessment"): one the text has
# introduced. The nouns are attribution.toml's document_lemmas.
def definite_document(source: str) -> bool:
    """True when ``source`` is only a document referred back to: a definite determiner, at most two
    modifiers, and a document noun ("the report", "the latest survey"), with no name of its author."""
    words = " ".join(source.split()).strip(" ,;:.").split()
    if len(words) < 2 or len(words) > 4 or words[0].lower() not in ("the", "this", "that", "its", "their"):
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False
    return words[-1].lower().removesuffix("s") in document_lemmas()


# A run of capitalised words that may be a party's name, with its acronym in parentheses.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:[ ]+(?:(?:of|for|the|on|and|de)[ ]+)*[A-Z][\w'’&.-]*)*"
                              r"(?:[ ]*\([A-Z][\w.&-]+\))?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def names_before(text: str, at: int, sentences: int = 2) -> list[str]:
    """The capitalised names in the ``sentences`` sentences before offset ``at``, nearest first: where a
    document noun ("the report") finds its author."""
    window = text[max(0, at - 800):at]
    parts = [p for p in _SENTENCE_END.split(window) if p.strip()]
    recent = " ".join(parts[-sentences:])
    return [m.group() for m in _CAPITALISED_RUN.finditer(recent)][::-1]


# A part named as its whole's: "the UN's International Organization for Migration (IOM)" (possessive) or
# "the UN refugee agency (UNHCR)" (the whole's name before a description of the part, then its name).
_WHOLE = r"(?P<whole>\b[A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2})"
_PART_OF_WHOLE = (
    re.compile(_WHOLE + r"['’]s?[ ]+(?P<part>[A-Z][\w'’&.-]*(?:[ ]+(?:(?:of|for|the|on|and)[ ]+)*[A-Z][\w'’&.-]*)*"
               r"(?:[ ]*\([A-Z][\w.&-]+\))?)"),
    re.compile(_WHOLE + r"(?:['’]s)?[ ]+(?:[a-z'’-]+[ ]+){0,3}(?:agency|office|fund|programme|program|body)[ ]*(?:\(|,[ ]*)"
               r"(?P<part>[A-Z][\w.&-]+)"),
)


def parts_named_as_whole(text: str) -> list[tuple[str, str]]:
    """(whole, part) as a text writes them where it names a part as its whole's: "the UN's migration
    agency" constructions (see ``_PART_OF_WHOLE``); the registry decides which are parties and parts."""
    return [(m.group("whole"), m.group("part")) for pat in _PART_OF_WHOLE for m in pat.finditer(text)]
