"""Where: the place a figure is about, as the text states it.

Places are found by shape, not looked up: a capitalised name after a preposition of place ("in eastern
Aleppo", "from Jabal Badro", "out of the east of Aleppo"), or a possessive name ("Syria's Aleppo",
"Mosul's Old City"), with the direction words that belong to it. Names of organisations, days and months
are not places. For a flow out of a place (evacuated, displaced) the origin wins ("from X", "left X");
otherwise the place nearest the figure; failing that the paragraph's, then the headline's (gold convention 7).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from headcount.extract import calendar_words, doc_places, linguistic, speakers
from headcount.extract.drafts import SentenceInfo
from headcount.extract.rules import Rules
from headcount.extract.sentences import Token
from headcount.lexicons import validated
from headcount.lexicons import words as word_list

_WHERE_KEYS = ("prepositions", "not_before_to", "org_words", "origin_words", "direction", "not_place",
               "place_nouns", "described", "units", "leave_lemmas", "reach_lemmas", "name_links",
               "control_suffixes")
_ONE_WORD = ("leave_lemmas", "reach_lemmas", "described", "units")


def _validate_places(data: dict[str, Any]) -> Iterable[str]:
    table = data.get("where")
    if not isinstance(table, dict):
        yield "[where] must be a table"
        return
    for key in _WHERE_KEYS:
        for w in word_list(table, key, where=f"lexicons/places.toml [where] {key}"):
            if w != w.lower():
                yield f"[where] {key}: {w!r} must be lower-case"
            if key in _ONE_WORD and " " in w.strip():
                yield f"[where] {key}: {w!r} must be one word"


def _where_words(key: str) -> frozenset[str]:
    return frozenset(validated("places", _validate_places)["where"][key])


# The word classes, from lexicons/places.toml [where] (validated when this module loads).
_PREPOSITIONS = _where_words("prepositions")
# "to" and "of" introduce places only in some company: "fled to Sudan", "the city of Aleppo", not
# "according to the United Nations" or "the Office of Humanitarian Affairs".
_NOT_BEFORE_TO = _where_words("not_before_to")
_ORG_WORDS = _where_words("org_words")
_ORIGIN = _where_words("origin_words")
_DIRECTION = _where_words("direction")
# Not names: the lexicon's function words, titles and nationalities, and every month and weekday name CLDR
# knows for the configured locales.
_NOT_PLACE = (_where_words("not_place") | frozenset(calendar_words.months()) | frozenset(calendar_words.weekdays(True)))
# Common nouns that name a place as written ("the flood zone", "the sunken vessel"), by lemma.
_DESCRIBED_PLACES = _where_words("described")
# Nouns of administrative units written after a name ("Swat district").
_UNIT_NOUNS = _where_words("units")
_PLACE_NOUNS = _where_words("place_nouns")
# Verbs whose object is the place left behind (the origin of a flow) or the place reached, by lemma.
_LEAVE_LEMMAS = _where_words("leave_lemmas")
_REACH_LEMMAS = _where_words("reach_lemmas")
_NAME_LINKS = _where_words("name_links")


# How much farther a place before the figure counts than one after it. Dev location accuracy with weights
# 1, 2 and 3: 0.77, 0.80, 0.80; 2 is the smallest weight at the plateau.
_BEFORE_WEIGHT = 2.0
_HYPHEN_ADJ = tuple(sorted(_where_words("control_suffixes")))


# How a place is given: by name, by a description ("the flood zone"), or by a definite description that
# points back to a place named before ("the city").
NAMED, DESCRIBED, POINTER = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    start: int   # token index
    end: int
    origin: bool  # introduced by "from", "left", "out of" ...
    of_people: bool = False  # "migrants from Eritrea": where people come from, not where the event happened
    described: int = NAMED  # NAMED, DESCRIBED ("the flood zone") or POINTER ("the city": a place named before)


def _validate_gazetteer(data: dict[str, Any]) -> Iterable[str]:
    for key in ("countries", "cities", "regions"):
        word_list(data, key, where=f"lexicons/gazetteer.toml {key}")
    return ()


@cache
def gazetteer() -> dict[str, list[tuple[str, ...]]]:
    """Known place names by first word (as written), longest first."""
    data = validated("gazetteer", _validate_gazetteer)
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in (*data["countries"], *data["cities"], *data["regions"]):
        parts = tuple(name.replace("’", "'").split())
        table.setdefault(parts[0], []).append(parts)
    for entries in table.values():
        entries.sort(key=len, reverse=True)
    return table


@cache
def countries() -> frozenset[str]:
    """The gazetteer's country names, as written."""
    return frozenset(n.replace("’", "'") for n in validated("gazetteer", _validate_gazetteer)["countries"])


def find_places(tokens: Sequence[Token], words: Sequence[str], text: str) -> list[Place]:
    """Places named in a sentence, in order: after a preposition of place, or known by name."""
    out = _places_after_prepositions(tokens, words, text)
    taken = {k for p in out for k in range(p.start, p.end)}
    known = gazetteer()
    n = len(tokens)
    for i in range(n):
        if i in taken:
            continue
        raw = tokens[i].text.replace("’", "'")
        for parts in known.get(raw, ()):
            e = i + len(parts)
            if e <= n and tuple(t.text.replace("’", "'") for t in tokens[i:e]) == parts:
                if e < n and words[e] in _ORG_WORDS:
                    break  # "Syria Civil Defence", "Turkey Red Crescent"
                out.append(Place(text[tokens[i].start : tokens[e - 1].end], i, e, False))
                taken.update(range(i, e))
                break
    out = [_with_unit(p, tokens, words, text) for p in out]
    out.sort(key=lambda p: p.start)
    return _join_coordinated(out, words, text, tokens)


def _with_unit(p: Place, tokens: Sequence[Token], words: Sequence[str], text: str) -> Place:
    """A name followed by the lower-case noun of its administrative unit is written with it ("Swat
    district", "Herat province"): that is the place as written."""
    e = p.end
    if e < len(words) and words[e] in _UNIT_NOUNS and tokens[e].text.islower():
        return Place(text[tokens[p.start].start : tokens[e].end], p.start, e + 1, p.origin, p.of_people,
                     p.described)
    return p


def _join_coordinated(places: list[Place], words: Sequence[str], text: str, tokens: Sequence[Token]) -> list[Place]:
    """'Turkey, Syria earthquake', 'in Turkey and Syria': one location naming both. A place in brackets or
    after "in" right after another ("Balochistan Province (southern Pakistan)", "Herat province in
    Afghanistan") says where the first lies: it is part of the first, which is the place."""
    out: list[Place] = []
    for p in places:
        between = words[out[-1].end : p.start] if out else None
        if out and between in ([","], ["and"], [",", "and"], ["&"]):
            prev = out[-1]
            out[-1] = Place(text[tokens[prev.start].start : tokens[p.end - 1].end], prev.start, p.end, prev.origin,
                            prev.of_people, min(prev.described, p.described))
        elif out and between and between[0] in ("(", "in") and all(w in _DIRECTION for w in between[1:]):
            prev = out[-1]
            end = p.end + 1 if p.end < len(words) and words[p.end] == ")" else p.end
            out[-1] = Place(prev.text, prev.start, end, prev.origin, prev.of_people, prev.described)
        else:
            out.append(p)
    return out


def _places_after_prepositions(tokens: Sequence[Token], words: Sequence[str], text: str) -> list[Place]:
    out: list[Place] = []
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if w in _PREPOSITIONS or w in _ORIGIN or w.endswith("'s"):
            j = i + 1
            if w.endswith("'s"):
                nxt = i + 1
                while nxt < n and words[nxt] in _DIRECTION:
                    nxt += 1
                if not (_is_name(tokens[i], w[:-2]) and nxt < n
                        and (tokens[nxt].text[0].isupper() or words[nxt] in _PLACE_NOUNS)):
                    i += 1
                    continue
                j = i  # "Syria's Aleppo": the possessive is part of the place
            k = j
            while k < n and words[k] in ("the",):
                k += 1
            # "in temporarily occupied Oleshky": an adverb of manner may come before that adjective
            if (k + 2 < n and words[k].endswith("ly") and words[k].isalpha() and not tokens[k].text[0].isupper()
                    and words[k + 1].isalpha() and not tokens[k + 1].text[0].isupper()
                    and tokens[k + 2].text[0].isupper() and words[k + 2] not in _NOT_PLACE):
                k += 1
            # "from devastated eastern Aleppo", "to neighbouring Sudan": one adjective may come first
            if (k + 1 < n and words[k].isalpha() and not tokens[k].text[0].isupper() and words[k] not in _NOT_PLACE
                    and words[k] not in _DIRECTION
                    and (tokens[k + 1].text[0].isupper() or words[k + 1] in _DIRECTION)):
                k += 1
            d = k
            while d < n and words[d] in _DIRECTION:
                d += 1
            if d < n and words[d] in _PLACE_NOUNS and d + 1 < n and words[d + 1] == "of":
                d += 2  # "the eastern part of Aleppo", "the east of Aleppo"
                while d < n and words[d] in ("the",):
                    d += 1
            elif d > k and d < n and words[d] == "of":
                d += 1  # "out of the east of Aleppo"
            e = _name_end(tokens, words, d)
            if e > d and not _acceptable(tokens, words, i, d, e, w):
                i = e
                continue
            if e > d:
                start = k if k < d else d
                if w.endswith("'s") and _is_name(tokens[i], words[i].removesuffix("'s")):
                    start = i
                origin = w in _ORIGIN or (w == "of" and i > 0 and words[i - 1] == "out")
                end = tokens[e - 1].end
                if e - 1 > start and words[e - 1].endswith("'s"):
                    end -= 2  # "from Morocco's strongest earthquake": the place is Morocco
                elif e - 1 == start and words[e - 1].endswith("'s") and not w.endswith("'s"):
                    end -= 2
                out.append(Place(text[tokens[start].start : end], start, e, origin))
                i = e
                continue
        i += 1
    return out


def _acceptable(tokens: Sequence[Token], words: Sequence[str], i: int, d: int, e: int, w: str) -> bool:
    """Reject organisations, acronyms and possessives that are not places."""
    name = words[d:e]
    if any(x in _ORG_WORDS for x in name) or (e < len(words) and words[e] in _ORG_WORDS):
        return False
    if e - d == 1 and len(tokens[d].text) <= 4 and tokens[d].text.isupper():
        return False  # "US", "UN", "IDPs": acronyms of parties or groups, not places
    if e - d == 1 and not tokens[d].text.isupper() and any(
            part[1:] != part[1:].lower() for part in tokens[d].text.split("-")):
        return False  # "IDPs", "McDonald"; but a hyphenated name capitalises each part ("Gilgit-Baltistan")
    if w == "to" and i > 0 and words[i - 1] in _NOT_BEFORE_TO:
        return False
    if w == "of" and not (i > 0 and (words[i - 1] in _PLACE_NOUNS or words[i - 1] in _DIRECTION
                                     or words[i - 1] == "out")):
        return False
    if w.endswith("'s"):
        return True
    return True


def _is_name(token: Token, lower: str) -> bool:
    return token.text[0].isupper() and lower not in _NOT_PLACE and lower.isalpha()


def _name_end(tokens: Sequence[Token], words: Sequence[str], d: int) -> int:
    """End of a capitalised name starting at d ('Jabal Badro', 'Eastern Ghouta', 'al-Ansari', 'Old City')."""
    n = len(words)
    e = d
    while e < n:
        t = tokens[e].text
        w = words[e]
        if t[0].isupper() and w.endswith(_HYPHEN_ADJ):
            break  # "Russia-controlled territory" describes, it does not name
        if t[0].isupper() and w.rstrip("'s").replace("-", "").replace("'", "").isalpha():
            if e == d and w in _NOT_PLACE:
                return d
            if w in _NOT_PLACE and w not in ("eastern", "western") and not (e > d and w in _PLACE_NOUNS):
                break  # ... but "Shan State", "Idlib Province" end in a place noun
            e += 1
            continue
        if w in _NAME_LINKS and e > d and e + 1 < n and tokens[e + 1].text[0].isupper():
            e += 1
            continue
        if w.startswith("al-") or w.startswith("el-"):
            e += 1
            continue
        break
    if e > d and words[e - 1].endswith("'s"):
        return e  # "Mosul's" ends a name only when followed by its part: handled by the caller's loop
    return e


def choose_place(places: Sequence[Place], fig_start: int, flow: bool,
                 exclude: Sequence[tuple[int, int]] = (), kinds: tuple[int, ...] = (NAMED,),
                 before: bool = False) -> Place | None:
    """The origin for a flow when the sentence names one, else the place nearest the figure.

    Places inside ``exclude`` (the party's own name: "the head of the ICRC in Syria") are not the figure's,
    nor, unless people are moving, where the people counted come from ("migrants from Eritrea"). Only places
    of the given ``kinds`` (named, described, pointing back) are considered. ``before`` says the sentence
    comes before the figure's (a place borrowed from it).
    A place after the figure is preferred to one at the same distance before it, since English puts the
    place of an event after its verb ("11 civilians killed in the city of Duma").
    """
    places = [p for p in places if p.described in kinds and (flow or not p.of_people)
              and not any(a <= p.start and p.end <= b for a, b in exclude)]
    if not places:
        return None
    if flow:
        origins = [p for p in places if p.origin]
        if origins:
            return _inner(min(origins, key=lambda p: abs(p.start - fig_start)), origins, fig_start, before)
    return _inner(min(places, key=_distance(fig_start)), places, fig_start, before)


def _distance(fig_start: int) -> Callable[[Place], float]:
    return lambda p: (p.start - fig_start) if p.start >= fig_start else _BEFORE_WEIGHT * (fig_start - p.start)


def _inner(chosen: Place, places: Sequence[Place], fig_start: int, before: bool) -> Place:
    """A country stands aside for a place the same sentence names inside it ("in neighbouring Thailand,
    ... a building in Bangkok"; a sentence before: "Raqqa, the last stronghold in Syria"): the country only
    says where the other lies, and the more specific place is the figure's. Not when the country stands
    between that place and the figure ("search went on in Bangkok, and the toll in Thailand rose to 20"):
    the nearer words then give the country as the figure's."""
    if chosen.text not in countries():
        return chosen
    inside = [p for p in places if p is not chosen and doc_places.country_holding(p.text) == chosen.text
              and (before or not min(p.start, fig_start) < chosen.start < max(p.start, fig_start))]
    return min(inside, key=_distance(fig_start)) if inside else chosen


# A figure whose sentence names no place takes the nearest place in the sentences before it (gold convention
# 7 says "same paragraph"; extracted pages often have one sentence per line, so the three sentences before
# stand in for a paragraph), then the headline's. Without the gazetteer, looking back 1, 2, 3, 5 and 9
# sentences gave dev location accuracy 0.68, 0.73, 0.74, 0.74, 0.73; with it, 1, 3 and 5 gave 0.80, 0.80, 0.80.
_PLACE_LOOKBACK = 4
_HEADLINE_LINES = 4


def locate(text: str, infos: list[SentenceInfo], index: int, fig_tok: int, event: str, r: Rules) -> str | None:
    """The location of the figure at token ``fig_tok`` of sentence ``index`` (gold convention 7).

    In order: a place its sentence names; a place its sentence describes ("the flood zone"); the nearest
    place named in the sentences before; a description in its sentence that points back ("the city") when
    nothing before names the place; the headline's place."""
    info = infos[index]
    flow = event in ("evacuated", "displaced")
    here = places_in(text, info)
    spans = _speaker_spans(text, info, r)
    if flow:  # the origin of a flow, however it is given ("evacuated from the flood zone")
        origins = [p for p in here if p.origin]
        place = choose_place(origins, fig_tok, flow, spans, (NAMED, DESCRIBED))
        if place is not None:
            return place.text
    for kinds in ((NAMED,), (DESCRIBED,)):
        place = choose_place(here, fig_tok, flow, spans, kinds)
        if place is not None:
            return place.text
    # a definite description of a thing that is not an administrative unit ("the mountain", "the vessel")
    # is kept as written; "the city", "the province", "the east" stand for the name given before (below)
    things = [p for p in here if p.described == POINTER
              and p.text.split()[-1].lower() not in _PLACE_NOUNS | _DIRECTION]
    place = choose_place(things, fig_tok, flow, spans, (POINTER,))
    if place is not None:
        return place.text
    for k in range(index - 1, max(-1, index - _PLACE_LOOKBACK), -1):
        other = infos[k]
        if not _same_block(infos, k, index):
            break
        p = choose_place(places_in(text, other), len(other.tokens), flow, _speaker_spans(text, other, r),
                         before=True)
        if p is not None:
            return p.text
    place = choose_place(here, fig_tok, flow, spans, (POINTER,))
    if place is not None:  # "the city" stands for the place named before it, in whichever paragraph
        for k in range(index - 1, max(-1, index - _PLACE_LOOKBACK), -1):
            other = infos[k]
            p = choose_place(places_in(text, other), len(other.tokens), flow, _speaker_spans(text, other, r),
                             before=True)
            if p is not None:
                return p.text
        return place.text
    for other in infos[: min(len(infos), _HEADLINE_LINES)]:
        if not other.sentence.headline:
            continue
        p = choose_place(places_in(text, other), 0, flow, before=True)
        if p is not None:
            return p.text
    for k in range(index, max(-1, index - _PLACE_LOOKBACK), -1):
        if k != index and not _same_block(infos, k, index):
            break
        owner = possessive_country(infos[k].tokenized().tokens)
        if owner is not None:
            return owner
    return None


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


def _same_block(infos: list[SentenceInfo], k: int, index: int) -> bool:
    """Whether sentence ``k`` (before ``index``) is in the figure's paragraph (gold convention 7). Pages
    extracted with one sentence per line have no paragraphs to speak of: a run of one-sentence lines counts
    as one paragraph."""
    if infos[k].sentence.paragraph == infos[index].sentence.paragraph:
        return True
    return all(_lone(infos, j) for j in range(k, index + 1))


def _lone(infos: list[SentenceInfo], j: int) -> bool:
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
        info.places = found
    return info.places


def _speaker_spans(text: str, info: SentenceInfo, r: Rules) -> list[tuple[int, int]]:
    """Spans whose places are not the figure's: the speaker's, and a dateline's."""
    info.tokenized()
    spans = speakers.speaker_spans(text, info, r, speakers.analysis(text, info))
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
            if any(w in _PLACE_NOUNS for w in rest) and all(
                    w in ("the", "of") or w in _DIRECTION or w in _PLACE_NOUNS for w in rest):
                return True
    return False


_DATELINE_MARKS = frozenset({"-", "–", "—", ":", ","})


def dateline_end(tokens: Sequence[Token]) -> int:
    """The tokens of a dateline opening a story ("KABUL, Afghanistan –", "GENEVA (Reuters) -"): it says where
    the report was filed, not where its figures are. A dateline starts with a name in capitals and ends at
    a dash or colon, or at the comma after its country; 0 when there is none."""
    if not tokens or not (tokens[0].text.isupper() and tokens[0].text.isalpha() and len(tokens[0].text) > 2):
        return 0
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



# Entity labels that name places: countries, cities and regions (GPE), other locations (LOC: seas, rivers,
# mountains) and facilities (FAC: a hospital, a camp, a steel plant). The entity recogniser finds names no
# gazetteer holds, including ones that follow no preposition.
_ENTITY_PLACES = frozenset({"GPE", "LOC", "FAC"})
_FROM = frozenset({"from", "out"})


def places_from_parse(found: Sequence[Place], parse: linguistic.Analysis, tokens: Sequence[Token],
                      words: Sequence[str], text: str) -> list[Place]:
    """The shape-found places, checked and completed with the parse.

    - a place after "from" that modifies a noun, not a verb ("migrants from Eritrea", "people from the
      Horn of Africa") is where people come from; it is the figure's place only for a flow (convention 7);
    - a name the entity recogniser calls a nationality (NORP: "the Greek coast") is not a place;
    - place entities (GPE, LOC, FAC) the shapes missed are added, with their direction words and a following
      place noun ("western Herat province");
    - a common noun of place after a preposition of place or as the object of a verb of leaving or reaching
      is a place as written ("fled the eastern neighbourhoods", "trapped in the sunken vessel").
    """
    n = len(tokens)
    out: list[Place] = []
    for p in found:
        root = _root_word(parse, tokens, p.start, p.end)
        if root is None or _all_nationality(parse, tokens, p) or not _proper(parse, tokens, p):
            continue
        if _labelled_other(parse, tokens, p):
            continue
        if _actor(parse, root) or _medium(parse, root) or _in_title(parse, root):
            continue
        if _inside_other_name(parse, tokens, words, p, root):
            continue
        origin, of_people = _role(parse, root)
        out.append(Place(p.text, p.start, p.end, p.origin or origin, of_people))
    taken = {k for p in out for k in range(p.start, p.end)}
    for e in parse.entities:
        if e.label not in _ENTITY_PLACES:
            continue
        a, b = _tokens_of(tokens, e.start, e.end)
        if a >= b or any(k in taken for k in range(a, b)):
            continue
        root = _root_word(parse, tokens, a, b)
        if root is None or not _where_a_place_goes(parse, root) or _in_title(parse, root):
            continue
        while a > 0 and words[a - 1] in _DIRECTION:
            a -= 1
        if b < n and words[b] in _PLACE_NOUNS and tokens[b].text.islower():
            b += 1  # "Herat province", "Rakhine state"
        if b < n and words[b] in _ORG_WORDS:
            continue
        origin, of_people = _role(parse, root)
        origin = origin or (a > 0 and words[a - 1] in _ORIGIN)
        out.append(Place(text[tokens[a].start : tokens[b - 1].end], a, b, origin, of_people))
        taken.update(range(a, b))
    for k, w in enumerate(parse.words):
        if w.pos != "NOUN" or w.lemma not in _DESCRIBED_PLACES:
            continue
        head = parse.words[w.head]
        if not ((w.dep == "pobj" and head.text.lower() in _PREPOSITIONS)
                or (w.dep == "dobj" and head.lemma in _LEAVE_LEMMAS | _REACH_LEMMAS)):
            continue
        lo, hi = _described_extent(parse, k)
        a, b = _tokens_of(tokens, parse.words[lo].start, parse.words[hi - 1].end)
        sa, sb = _tokens_of(tokens, *(lambda r: (parse.words[r[0]].start, parse.words[r[1] - 1].end))(
            parse.subtree(k)))
        if a >= b or any(k2 in taken for k2 in range(sa, sb)):
            continue  # "the areas controlled by the militants in the city of X": the name says where
        origin, of_people = _role(parse, k)
        out.append(Place(text[tokens[a].start : tokens[b - 1].end], a, b, origin, of_people,
                         POINTER if _points_back(parse, k, lo, hi) else DESCRIBED))
        taken.update(range(a, b))
    out.sort(key=lambda p: p.start)
    return _join_coordinated(out, words, text, tokens)


def _described_extent(parse: linguistic.Analysis, k: int) -> tuple[int, int]:
    """The words of a described place: the noun with its modifiers before it and an "of" phrase after it
    ("the east side of a city"), without relative clauses or participles."""
    lo = k
    for c in parse.children(k):
        if c < k and parse.words[c].dep in ("det", "amod", "compound", "poss", "nummod", "advmod", "nmod",
                                             "quantmod", "npadvmod"):
            lo = min(lo, parse.subtree(c)[0])
    hi = k + 1
    for c in parse.children(k):
        if c > k and parse.words[c].dep == "prep" and parse.words[c].text.lower() == "of":
            hi = max(hi, parse.subtree(c)[1])
    return lo, hi


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def _points_back(parse: linguistic.Analysis, k: int, lo: int, hi: int) -> bool:
    """A definite description of determiner, adjectives and noun ("the city", "the besieged enclave", "their
    self-declared capital") refers to a place named before it, which is what the reader takes as the place.
    A noun modifier or an "of" phrase makes it a kind or part of place of its own ("the flood zone")."""
    if parse.words[k].lemma in _DIRECTION and parse.words[lo].text.lower() in _DEFINITE:
        return True  # "the east", "the besieged east of the city": a part of the place named before
    if hi != k + 1 or parse.words[lo].text.lower() not in _DEFINITE or parse.words[k].tag == "NNS":
        return False  # a plural ("the devastated areas") does not stand for one place named before
    return all(parse.words[j].dep != "compound" for j in range(lo, k))


def _role(parse: linguistic.Analysis, root: int | None) -> tuple[bool, bool]:
    """(origin, of_people) of the place whose head word is ``root``: left behind ("fled X", "from X"), or
    where the people counted come from ("migrants from X": the "from" hangs on a noun, not a verb)."""
    if root is None:
        return False, False
    w = parse.words[root]
    head = parse.words[w.head]
    if w.dep == "dobj" and head.lemma in _LEAVE_LEMMAS:
        return True, False
    if w.dep == "pobj" and head.text.lower() in _FROM:
        return True, head.dep == "prep" and _describes_people(parse, w.head)
    return False, False


def _describes_people(parse: linguistic.Analysis, prep: int) -> bool:
    """Whether a "from" phrase says where the people counted come from ("migrants from Eritrea drowned", "a
    boat carrying 450 migrants from X") rather than where a verb moved them ("rescued 82 people from X": the
    parser hangs it on the noun, but the object of a main verb of moving takes its "from" with the verb)."""
    above = parse.words[parse.words[prep].head]
    if above.pos == "VERB":  # the parser hung it on a participle that describes a thing
        return above.dep in ("acl", "relcl") and prep > 0 and parse.words[prep - 1].pos == "NOUN"
    if above.pos not in ("NOUN", "PROPN", "PRON"):
        return False
    verb = parse.words[above.head]
    return not (above.dep == "dobj" and verb.pos == "VERB" and verb.dep not in ("acl", "relcl"))


_MEDIA_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})


def _medium(parse: linguistic.Analysis, k: int) -> bool:
    """A name after "on" that the recogniser reads as an organisation or a product ("posted on Telegram",
    "said on Al Arabiya") is where something was published, not a place; outlets and platforms are found
    this way rather than listed."""
    w = parse.words[k]
    return (w.dep == "pobj" and parse.words[w.head].text.lower() == "on" and w.ent_type in _MEDIA_ENTITIES)


def _in_title(parse: linguistic.Analysis, k: int) -> bool:
    """A place in a named person's title ("Peter Kamau, governor of North Kivu", "the mayor of Kherson,
    Ihor Kolykhaiev") or in an organisation's name ("the University of Haiti") belongs to them, as a
    party's name does, not to the figure."""
    seen = 0
    while parse.words[k].dep == "compound" and seen < 5:  # "North Kivu" in "North Kivu province"
        k = parse.words[k].head
        seen += 1
    w = parse.words[k]
    if w.dep != "pobj" or parse.words[w.head].text.lower() != "of":
        return False
    title_i = parse.words[w.head].head
    title = parse.words[title_i]
    if title.pos not in ("NOUN", "PROPN") or title.lemma in _PLACE_NOUNS or title.lemma in _DESCRIBED_PLACES:
        return False
    if title.ent_type == "ORG" or title.text.lower() in _ORG_WORDS:
        return True  # "the University of Haiti", "the Ministry of Health of X": an organisation's name
    near = [title.head] if title.dep == "appos" else []
    near += [c for c in parse.children(title_i) if parse.words[c].dep in ("appos", "compound")]
    return any(parse.words[c].ent_type == "PERSON" for c in near)


# Entity labels the small model does not give to place names: "deaths from Hurricane Maria", "on Eid".
_OTHER_ENTITIES = frozenset({"EVENT", "DATE", "TIME"})
_NAME_ENTITIES = _ENTITY_PLACES | {"NORP"}


def _inside_other_name(parse: linguistic.Analysis, tokens: Sequence[Token], words: Sequence[str], p: Place,
                       root: int) -> bool:
    """A listed name that is only the first part of a longer proper name ("Enable Reading Mode", a
    menu item on a page; "the Kinshasa Observer") names something else: it modifies a capitalised proper
    noun that is not a noun of place, the recogniser gives none of its words a place label, and no
    preposition or direction introduces it. Country names are left alone: they do not double as common
    words the way town names do ("Reading", "Mobile", "Split"), and a title-case headline puts them before
    its nouns ("X Earthquake Death Toll Rises")."""
    if p.text in countries():
        return False
    if p.start > 0 and words[p.start - 1] in _PREPOSITIONS | _DIRECTION:
        return False
    w = parse.words[root]
    if w.dep != "compound":
        return False
    head = parse.words[w.head]
    if head.pos != "PROPN" or not head.text[:1].isupper():
        return False
    if head.text.lower() in _PLACE_NOUNS | _UNIT_NOUNS | _DESCRIBED_PLACES | _DIRECTION:
        return False
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    return not any(k is not None and parse.words[k].ent_type in _NAME_ENTITIES for k in ks)


def _labelled_other(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """A name the recogniser reads as an event or a date ("Hurricane Maria", "Eid") is not a place. (Not
    titles of works: the small model calls some towns that.)"""
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    return all(k is not None and parse.words[k].ent_type in _OTHER_ENTITIES for k in ks)


def _proper(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """A capitalised word the parse reads as a verb or a function word ("Reading", "Over" in a title-case
    headline) is not a name, even when a town bears it. Unknown names are tagged nouns or adjectives and
    stay."""
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    return any(k is not None and parse.words[k].pos in ("PROPN", "NOUN", "ADJ", "X") for k in ks)


# Prepositions whose object is a party to an act, not a place: "killed by Israel", "fighting between X and
# Y", "the war against Z", "talks with Turkey".
_ACTOR_PREPOSITIONS = frozenset({"by", "between", "against", "with"})


def _actor(parse: linguistic.Analysis, k: int) -> bool:
    """A country named as the doer of an act or a side in a fight ("killed by Israel") is a party there."""
    seen = 0
    while parse.words[k].dep == "conj" and seen < 5:
        k = parse.words[k].head
        seen += 1
    w = parse.words[k]
    return w.dep == "pobj" and parse.words[w.head].text.lower() in _ACTOR_PREPOSITIONS


def _all_nationality(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """A name made of adjectives the recogniser calls nationalities ("the southern Greek coast") describes."""
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    return all(k is not None and parse.words[k].ent_type == "NORP" and parse.words[k].pos == "ADJ"
               for k in ks if k is not None and parse.words[k].text[0].isupper())


def _where_a_place_goes(parse: linguistic.Analysis, k: int) -> bool:
    """The word heads the object of a preposition of place ("in Kyaukse"), of a verb of leaving or reaching
    ("fled Kyaukse"), or a place noun ("Herat province"), or is coordinated with such a word. A name in
    other roles (the subject, an apposition to the people counted, a modifier of a thing: "a Herat health
    official") is not where the event happened, whatever label the recogniser gave it."""
    seen = 0
    while parse.words[k].dep in ("conj", "appos") and seen < 5:
        k = parse.words[k].head
        seen += 1
    w = parse.words[k]
    head = parse.words[w.head]
    if w.dep == "pobj":
        return head.text.lower() in _PREPOSITIONS
    if w.dep == "dobj":
        return head.lemma in _LEAVE_LEMMAS | _REACH_LEMMAS
    if w.dep in ("compound", "nmod"):
        return head.lemma in _PLACE_NOUNS
    if w.dep == "nsubj" and head.lemma == "be":  # "Sindh Province was the worst-hit region"
        return any(parse.words[c].dep == "attr" and parse.words[c].lemma in _DESCRIBED_PLACES
                   for c in parse.children(w.head))
    return False


def _root_word(parse: linguistic.Analysis, tokens: Sequence[Token], a: int, b: int) -> int | None:
    """The parse word that heads the tokens [a, b): the one whose head lies outside them."""
    if a >= b:
        return None
    lo, hi = tokens[a].start, tokens[b - 1].end
    inside = [k for k, w in enumerate(parse.words) if w.start >= lo and w.end <= hi]
    for k in inside:
        h = parse.words[k].head
        if h == k or not lo <= parse.words[h].start < hi:
            return k
    return inside[0] if inside else None


def _tokens_of(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """Our token span [a, b) covering the characters [first, last)."""
    a = next((k for k, t in enumerate(tokens) if t.end > first), len(tokens))
    b = next((k for k in range(a, len(tokens)) if tokens[k].start >= last), len(tokens))
    return a, b
