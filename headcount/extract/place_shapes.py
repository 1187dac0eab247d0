"""Places found by their shape in a sentence's tokens, before any parse: a capitalised name after a
preposition of place ("in eastern Aleppo", "from Jabal Badro", "out of the east of Aleppo"), a possessive
name ("Syria's Aleppo", "Mosul's Old City") with the direction words that belong to it, and names the
gazetteer lists wherever they stand.

Shapes work without the spaCy model and find names no list holds; place_parse.py then checks them against
the parse and adds what only the entity recogniser sees. Names of organisations, days and months are not
places.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.place_noun_of import named_after_noun
from headcount.extract.place_words import (
    DIRECTION,
    HYPHEN_ADJ,
    NAME_LINKS,
    NOT_BEFORE_TO,
    NOT_PLACE,
    ORG_WORDS,
    ORIGIN,
    PLACE_NOUNS,
    PREPOSITIONS,
    SPEECH_NOUNS,
    TITLE_FUNCTION_WORDS,
    UNIT_NOUNS,
    UNITS_NOT_OPENING,
    Place,
    gazetteer,
)
from headcount.extract.sentences import Token
from headcount.lexicons import load

# Nouns of an event, one word (lexicons/periods.toml wholes and incidents): "in a new X Sea shipwreck" says
# where the shipwreck was; "in a Black Sea port" is a site, kept as described (not widened to the sea).
_EVENT_NOUNS = frozenset(w for key in ("wholes", "incidents") for w in load("periods")[key] if " " not in w)


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
                if e < n and words[e] in ORG_WORDS and not _unit_after(tokens, words, e):
                    break  # "Syria Civil Defence", "Turkey Red Crescent"
                if any(w in ORG_WORDS for w in words[e : _capitalised_run(tokens, words, e)]):
                    break  # "X National Guard Forces": the name opens an organisation's capitalised name
                out.append(Place(text[tokens[i].start : tokens[e - 1].end], i, e, False))
                taken.update(range(i, e))
                break
    out.extend(_named_unit_opening(tokens, words, text, {k for p in out for k in range(p.start, p.end + 1)}))
    out.extend(_bracketed_list_items(out, tokens, words, text))
    out = [_with_unit(p, tokens, words, text) for p in out]
    out.sort(key=lambda p: p.start)
    out = named_after_noun(out, tokens, words, text)  # "the remote island of X": X
    return join_coordinated(out, words, text, tokens)


# how far after its opening a list item's bracket may close: a share and a count ("(4 percent, over 2,600
# individuals)") take eight words
BRACKET_REACH = 10


def _bracketed_list_items(found: Sequence[Place], tokens: Sequence[Token], words: Sequence[str],
                          text: str) -> list[Place]:
    """The other items of a list whose items each carry a bracket ("most of them in X (63 deaths), Y (26)
    and Z (23)"): the preposition before the first item governs them all, and the bracket after each one
    marks it an item of the same list, so a capitalised name between a closed bracket and its own opening
    bracket, after a comma or "and", is a place like the first."""
    out: list[Place] = []
    taken = {k for p in found for k in range(p.start, p.end)}
    n = len(words)
    for p in found:
        e = p.end
        while e < n and words[e] == "(":
            close = next((k for k in range(e + 1, min(n, e + BRACKET_REACH)) if words[k] == ")"), None)
            if close is None:
                break
            d = close + 1
            while d < n and words[d] in (",", "and"):
                d += 1
            if d == close + 1 or d >= n:
                break
            end = _name_end(tokens, words, d)
            if end == d or end >= n or words[end] != "(" or any(k in taken for k in range(d, end)):
                break
            out.append(Place(text[tokens[d].start : tokens[end - 1].end], d, end, p.origin))
            taken.update(range(d, end))
            e = end
    return out


# units a name before them makes a place as a sentence's opening ("X district counted the most burials"); not
# those that also follow the names of ministries and armies (places.toml [where] units_not_opening)
_UNITS_OPENING = UNIT_NOUNS - UNITS_NOT_OPENING


def _named_unit_opening(tokens: Sequence[Token], words: Sequence[str], text: str, taken: set[int]) -> list[Place]:
    """A capitalised name followed by the lower-case noun of an administrative unit ("X district", "Y
    province") opening the sentence, with no preposition before it: the unit noun says it is a place, as a
    preposition would. Only as the sentence's opening words, its subject: further in, an object ("troops
    retook X district") is a target or a goal that a later figure should not borrow."""
    n = len(words)
    if n == 0 or 0 in taken or not tokens[0].text[0].isupper() or words[0] in NOT_PLACE:
        return []
    e = _name_end(tokens, words, 0)
    if 0 < e < n and words[e] in _UNITS_OPENING and tokens[e].text.islower() and not any(
            k in taken for k in range(e)) and not any(w in ORG_WORDS for w in words[:e]):
        return [Place(text[tokens[0].start : tokens[e - 1].end], 0, e, False)]
    return []


def _with_unit(p: Place, tokens: Sequence[Token], words: Sequence[str], text: str) -> Place:
    """A name followed by the lower-case noun of its administrative unit is written with it ("Swat
    district", "Herat province"): that is the place as written."""
    e = p.end
    if e < len(words) and words[e] in UNIT_NOUNS and tokens[e].text.islower():
        return Place(text[tokens[p.start].start : tokens[e].end], p.start, e + 1, p.origin, p.of_people,
                     p.described)
    return p


def join_coordinated(places: list[Place], words: Sequence[str], text: str, tokens: Sequence[Token]) -> list[Place]:
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
        elif out and between and between[0] in ("(", "in") and all(w in DIRECTION for w in between[1:]):
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
        if w in PREPOSITIONS or w in ORIGIN or w.endswith("'s"):
            j = i + 1
            if w.endswith("'s"):
                nxt = i + 1
                while nxt < n and words[nxt] in DIRECTION:
                    nxt += 1
                if not (_is_name(tokens[i], w[:-2]) and nxt < n
                        and (tokens[nxt].text[0].isupper() or words[nxt] in PLACE_NOUNS)):
                    i += 1
                    continue
                j = i  # "Syria's Aleppo": the possessive is part of the place
            k = j
            while k < n and words[k] in ("the",):
                k += 1
            # "in a new Andaman Sea shipwreck": an indefinite article opens a phrase whose noun of an event
            # a name modifies; the name says where the event happened
            article = k < n and words[k] in ("a", "an") and k == j
            if article:
                k += 1
            # "in temporarily occupied Oleshky": an adverb of manner may come before that adjective
            if (k + 2 < n and words[k].endswith("ly") and words[k].isalpha() and not tokens[k].text[0].isupper()
                    and words[k + 1].isalpha() and not tokens[k + 1].text[0].isupper()
                    and tokens[k + 2].text[0].isupper() and words[k + 2] not in NOT_PLACE):
                k += 1
            # "from devastated eastern Aleppo", "to neighbouring Sudan": one adjective may come first
            # (not a preposition: "fleeing into Rwanda" goes to Rwanda, it does not leave it)
            if (k + 1 < n and words[k].isalpha() and not tokens[k].text[0].isupper() and words[k] not in NOT_PLACE
                    and words[k] not in DIRECTION and words[k] not in PREPOSITIONS
                    and (tokens[k + 1].text[0].isupper() or words[k + 1] in DIRECTION)):
                k += 1
            d = k
            while d < n and words[d] in DIRECTION:
                d += 1
            if d < n and words[d] in PLACE_NOUNS and d + 1 < n and words[d + 1] == "of":
                d += 2  # "the eastern part of Aleppo", "the east of Aleppo"
                while d < n and words[d] in ("the",):
                    d += 1
            elif d > k and d < n and words[d] == "of":
                d += 1  # "out of the east of Aleppo"
            e = _name_end(tokens, words, d)
            if article and not (e > d and e < n and tokens[e].text.isalpha() and tokens[e].text.islower()
                                and words[e] in _EVENT_NOUNS):
                i += 1
                continue
            if e > d and not _acceptable(tokens, words, i, d, e, w):
                i = e
                continue
            if e > d:
                start = k if k < d else d
                if w.endswith("'s") and _is_name(tokens[i], words[i].removesuffix("'s")):
                    start = i
                origin = w in ORIGIN or (w == "of" and i > 0 and words[i - 1] == "out")
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
    if any(x in ORG_WORDS for x in name) or (e < len(words) and words[e] in ORG_WORDS
                                             and not _unit_after(tokens, words, e)):
        return False
    if e < len(words) and words[e] in SPEECH_NOUNS and tokens[e].text.islower():
        return False  # "in the X report", "in an X interview": the name modifies a medium or speech, no place
    if e - d == 1 and len(tokens[d].text) <= 4 and tokens[d].text.isupper():
        return False  # "US", "UN", "IDPs": acronyms of parties or groups, not places
    if e - d == 1 and not tokens[d].text.isupper() and any(
            part[1:] != part[1:].lower() for part in tokens[d].text.split("-")):
        return False  # "IDPs", "McDonald"; but a hyphenated name capitalises each part ("Gilgit-Baltistan")
    if w == "to" and i > 0 and words[i - 1] in NOT_BEFORE_TO:
        return False
    if w == "of" and not (i > 0 and (words[i - 1] in PLACE_NOUNS or words[i - 1] in DIRECTION
                                     or words[i - 1] == "out")):
        return False
    if w.endswith("'s"):
        return True
    return True


def _unit_after(tokens: Sequence[Token], words: Sequence[str], e: int) -> bool:
    """A lower-case noun of an administrative unit after the name ("X division"): the unit's, not an
    organisation's name (an army's is capitalised: "the 4th Division")."""
    return words[e] in UNIT_NOUNS and tokens[e].text.islower()


def _capitalised_run(tokens: Sequence[Token], words: Sequence[str], e: int) -> int:
    """End of the run of capitalised words from ``e`` ("National Guard Forces"), words of a name's title
    included, which _name_end stops at. A preposition or conjunction written in title case ends it: in a
    title-case headline ("Fighting In X Between Army And RSF Kills 40") the words after the name are the
    headline's own, not the rest of an organisation's name."""
    while e < len(tokens) and tokens[e].text[0].isupper() and \
            tokens[e].text.replace("'s", "").replace("’s", "").replace("-", "").isalpha() and \
            words[e] not in PREPOSITIONS and words[e] not in TITLE_FUNCTION_WORDS:
        e += 1
    return e


def _is_name(token: Token, lower: str) -> bool:
    return token.text[0].isupper() and lower not in NOT_PLACE and lower.isalpha()


def _name_end(tokens: Sequence[Token], words: Sequence[str], d: int) -> int:
    """End of a capitalised name starting at d ('Jabal Badro', 'Eastern Ghouta', 'al-Ansari', 'Old City')."""
    n = len(words)
    e = d
    while e < n:
        t = tokens[e].text
        w = words[e]
        if t[0].isupper() and w.endswith(HYPHEN_ADJ):
            break  # "Russia-controlled territory" describes, it does not name
        if t[0].isupper() and w.rstrip("'s").replace("-", "").replace("'", "").isalpha():
            if e == d and w in NOT_PLACE:
                return d
            if w in NOT_PLACE and w not in ("eastern", "western") and not (e > d and w in PLACE_NOUNS):
                break  # ... but "Shan State", "Idlib Province" end in a place noun
            e += 1
            continue
        if w in NAME_LINKS and e > d and e + 1 < n and tokens[e + 1].text[0].isupper():
            e += 1
            continue
        if w.startswith("al-") or w.startswith("el-"):
            e += 1
            continue
        break
    if e > d and words[e - 1].endswith("'s"):
        return e  # "Mosul's" ends a name only when followed by its part: handled by the caller's loop
    return e
