"""Figures whose noun is left out: the object of an event verb, a list or breakdown that shares its head's
noun, successive values of one count, a figure that modifies a count noun.

News text drops the noun of a count wherever English grammar lets it be recovered (gold convention 4):
- an object with no head noun after a verb that only takes people as its object ("the quake killed 900
  people and injured 2,000", "would displace 40,000");
- the value of a count noun given by a copula or a verb of reaching ("the official tally is 3,100", "the
  total could exceed 500", "bringing the total to 41"), including a chain of successive values of that one
  count ("the toll climbed from 90 on Monday to 140 on Tuesday, to 215 on Friday");
- a figure used as a modifier of a count noun ("the 3,100 figure", "the 500 toll");
- a distributive list of "N in PLACE" items after a figure that counts people, or a gapped clause of a
  flow ("40 died in the north, 25 in the south"; "1,200 went to the camps, 300 to the town"; "the north
  (40 deaths), the south (25)").

The category is the noun the figure stands for: the people noun of the count phrase ("the number of
refugees", "the civilian death toll"), else the earlier figure's noun in the sentence, else `people`.
Every test here looks at the tokens of one sentence; the words come from lexicons/elided.toml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from headcount.extract import elided_more, elided_share, what_capacity
from headcount.extract.drafts import NounPhrase
from headcount.extract.rules import Rules

_COUNT_REACH = 20  # how far before its value a count noun may stand ("the total death toll in ..., is N")
_SKIP_BEFORE = 2  # words between a link and its figure ("is likely between", "from a precise")
_ARTICLES = frozenset({"a", "an", "the"})
_DETERMINERS = frozenset({"the", "that", "this", "a", "an", "its", "their", "his", "her"})
_LIST_OPENERS = frozenset({",", "and", "including", "(", "while"})
_SENTENCE_BREAKS = frozenset({".", ";", "?", "!", ":"})


def category_left_out(words: Sequence[str], raw: Sequence[str], spans: Sequence[tuple[int, int]], index: int,
                      r: Rules, earlier: Sequence[NounPhrase]) -> str | None:
    """The category of figure ``index`` (token span ``spans[index]``) whose noun is left out, or None when
    none of the constructions of this module shows that it counts people.

    ``earlier``: the noun phrases of the figures before it in the sentence that count people."""
    a, b = spans[index]
    n = len(words)
    column = table_column(words, a, r)
    if column is not None:
        # a cell of a table flattened into text ("Region Deaths Injured North 21 37 South 102 234"): it
        # counts its column's noun; a column of deaths or injuries counts people
        # a column of people takes its noun as the lexicon writes it ("Deaths" -> people), of an event
        # that is no people noun ("Injuries") counts people
        return r.normalise.get(column, column) if r.people.match([column], 0) is not None else "people"
    if b < n and (words[b] in r.elided.not_after or words[b] == "of"):
        return None  # "5 pm", "3 of the ...": a time, or a partitive read elsewhere
    if elided_more.added_to_count(words, a, b, r, lambda k: _may_be_noun(words[k], raw[k], r), bool(earlier)):
        return _stands_for(earlier, r, words)  # "plans to move 3,500 more", "a further 12,000 live in ..."
    if b < n and words[b] in r.elided.modified_count_nouns and a > 0 and words[a - 1] in _DETERMINERS:
        return _stands_for(earlier, r, words)  # "the 3,100 figure"
    wholes = [e for e in earlier if not is_part(words, e.start, r)]
    if wholes and _coordinated_subject(words, raw, a, b):
        return wholes[-1].category  # "400 went to the camps, and 250 moved further south"
    if _raised_subject(words, b, r):
        return _stands_for(earlier, r, words)  # "and a further 6,500 believed to have escaped"
    if b < n and _may_be_noun(words[b], raw[b], r):
        return None  # "killed 700 livestock": a noun the lexicon does not know may be what is counted
    if _existential(words, a, b):
        return _stands_for(earlier, r, words)  # "The agency estimates there are 68,000."
    if _object_of_verb(words, a, r):
        # "killed 900 people and injured 2,000": coordinated objects share their noun
        parallel = [e for e in wholes if _object_of_verb(words, e.start, r)]
        return parallel[-1].category if parallel else "people"
    count = _count_noun_before(words, spans, index, r)
    if count is not None:
        if b < n and words[b] in r.elided.differences:
            return None  # "may be 250,000 less than ...": a difference, not a count
        noun = _counted_by(words, count, a, r)
        if noun is not None:
            return noun
        before = [s for s in spans[:index] if s[1] <= count]
        if not before:
            return "people"
        last = next((e for e in wholes if e.start == before[-1][0]), None)
        if last is None:
            return None  # "12 more trucks, which takes the tally to 347": the total counts what was just counted
        if (count == 0 or words[count - 1] not in _DETERMINERS) and _count_noun_before(
                words, spans, spans.index(before[-1]), r) is not None:
            return "people"  # "the toll of civilians remains at 39, while army fatalities are at 89"
        return last.category  # "the count among residents climbed to 340 and the total may top 2,000"
    # a list's items are its wholes and its earlier "N in PLACE" items, not a part inside one of them
    items = [e for e in earlier if not is_part(words, e.start, r)
             or (e.end < n and words[e.end] in r.elided.list_places) or _after_name(raw, e.start)]
    if items and _list_item(words, raw, a, b, r):
        return items[-1].category
    if wholes and (what_capacity.built_for(words, a, r) or what_capacity.beyond_capacity(words, a, r)):
        return wholes[-1].category  # built for N; PLACE, built for N people, holds M
    if wholes and elided_share.place_share(words, raw, a, b, r.elided.share_links):
        return wholes[-1].category  # "..., followed by PLACE with N": one place's share
    if wholes and a > 0 and words[a - 1] in r.event_words.part_openers and (b >= n or not words[b].isalpha()
                                                                           or words[b] in r.head.stop):
        return wholes[-1].category  # "the toll rose to 59, including one on Tuesday": a part of that count
    return None


# Participles of raising verbs: "N believed to have fled" keeps N the subject of the event after "to"
_RAISING = frozenset({"believed", "thought", "feared", "estimated", "reported", "said", "known", "expected"})
_RAISED_REACH = 4  # words between "to" and the event it raises ("to have already fled")


def _raised_subject(words: Sequence[str], b: int, r: Rules) -> bool:
    """A bare figure followed by a raising participle and "to" whose clause names an event of people ("a further
    6,500 believed to have escaped", "some 200 thought to be trapped"): the figure counts people."""
    if b + 1 >= len(words) or words[b] not in _RAISING or words[b + 1] != "to":
        return False
    return any(r.triggers.match(words, k) is not None for k in range(b + 2, min(len(words), b + 2 + _RAISED_REACH)))


def _stands_for(earlier: Sequence[NounPhrase], r: Rules, words: Sequence[str]) -> str:
    """The noun left out is the one the figure stands for earlier in the sentence; with none, `people`."""
    wholes = [e for e in earlier if not is_part(words, e.start, r)]
    return wholes[-1].category if wholes else "people"


def is_part(words: Sequence[str], a: int, r: Rules) -> bool:
    """'(including 360 children)', 'among them 12 women': a part, whose noun is not the list's. "Among"
    after a copula names the whole the subject belongs to ("two officers were among the 30 soldiers
    killed"): that figure is the whole, not a part."""
    lo = max(0, a - 2)
    return any((w in r.event_words.part_openers and not (w == "among" and k > 0 and words[k - 1] in _BE))
               or w == "(" for k, w in enumerate(words[lo:a], lo))


def _may_be_noun(word: str, raw_word: str, r: Rules) -> bool:
    """A lower-case word after a bare figure that no rule reads may be a noun the lexicon lacks."""
    return (word.isalpha() and raw_word[:1].islower() and word not in r.head.stop
            and word not in r.head.subject_of and word not in r.head.adverbs and not word.endswith("ly")
            and word not in r.elided.differences and word not in r.elided.list_places
            and word not in r.elided.after_figure
            and word not in r.elided.modified_count_nouns and r.triggers.match([word], 0) is None)


def _object_of_verb(words: Sequence[str], a: int, r: Rules) -> bool:
    """The figure is the object of a verb that takes only people ("injured at least 2,000", "would
    displace 40,000", "the evacuation of 600"): the verb ends right where the figure begins."""
    for k in range(max(0, a - 3), a):
        hit = r.elided.object_verbs.match(words, k)
        if hit is not None and k + hit[0] == a:
            return True
    return False


def _link_before(words: Sequence[str], a: int, r: Rules) -> int | None:
    """The index of the copula, verb of reaching or preposition of value before the figure, past at most
    two words ("is likely between 300 and 400", "from a precise 1,481"); None without one."""
    for k in range(a - 1, max(-1, a - 2 - _SKIP_BEFORE), -1):
        w = words[k]
        if w in r.elided.value_links or w in r.elided.succession:
            return k
        if not w.isalpha() or (w in r.head.stop and w not in _ARTICLES):
            return None
    return None


def _count_noun_before(words: Sequence[str], spans: Sequence[tuple[int, int]], index: int,
                       r: Rules) -> int | None:
    """The index of the count noun whose value the figure gives ("the total could exceed 500", "the
    number ... climbed from 90 to 140, to 215"), or None.

    The figure follows a link word; before it, in the same sentence and within reach, stands a count noun
    that does not count things ("the number of houses is 500" is not people). Earlier figures may stand
    between them only as values of the same count, each after a link of its own."""
    a = spans[index][0]
    link = _link_before(words, a, r)
    if link is None:
        return None
    starts = {s: e for s, e in spans[:index]}
    k = link - 1
    while k >= 0 and link - k <= _COUNT_REACH and words[k] not in _SENTENCE_BREAKS:
        ends_figure = next((s for s, e in spans[:index] if e == k + 1), None)
        if ends_figure is not None:
            earlier_link = _link_before(words, ends_figure, r)
            if earlier_link is None:
                return None  # an earlier figure of its own: the count noun before it is its own
            link = k = earlier_link  # an earlier value of the same count: the reach runs from it
            k -= 1
            continue
        if words[k] in r.elided.count_nouns and k not in starts:
            return None if _counts_things(words, k, r) else k
        k -= 1
    return None


def _counts_things(words: Sequence[str], k: int, r: Rules) -> bool:
    """'the number of houses', 'a figure of 5 percent': the count noun counts something else."""
    if k + 1 < len(words) and words[k + 1] == "of":
        for j in range(k + 2, min(len(words), k + 6)):
            if words[j] in r.not_people:
                return True
            if r.people.match(words, j) is not None:
                return False
    return False


def _counted_by(words: Sequence[str], count: int, a: int, r: Rules) -> str | None:
    """Whom the count noun counts, when its phrase says: "the number of refugees", "the death toll among
    migrant workers", "the total Rohingya population" (after it), "the civilian death toll", "civilian
    deaths" (a singular people noun before it); None when it does not say."""
    for j in range(count + 1, a):
        hit = r.people.match(words, j)
        if hit is None:
            continue
        if hit[1] in r.singular and r.people.match(words, j + hit[0]) is not None:
            continue  # "migrant workers": the singular noun is a modifier of the next one
        if hit[1] in r.head.adjectival:
            continue  # "the number of those killed": a participle, not the noun
        return r.normalise.get(hit[1], _plural(hit[1], r))
    j = count - 1
    if j >= 0 and words[j] in ("death", "casualty"):
        j -= 1
    if j >= 0:
        hit = r.people.match(words, j)  # "the civilian death toll", "the total Rohingya population"
        if hit is not None and hit[0] == 1:
            return r.normalise.get(hit[1], _plural(hit[1], r))
    return None


def _plural(noun: str, r: Rules) -> str:
    if noun not in r.singular:
        return noun
    plural = r.plurals.get(noun, noun + "s")
    return r.normalise.get(plural, plural)


def _list_item(words: Sequence[str], raw: Sequence[str], a: int, b: int, r: Rules) -> bool:
    """A bare figure that is one item of a list after a figure that counts people: "N in PLACE" items of a
    distributive list or a gapped clause ("40 died in the north, 25 in the south, and 9 more in the
    capital"; "1,200 went to the camps, 300 to the town"), or a figure in brackets after a place name
    ("the north (40 deaths), the south (25)")."""
    n = len(words)
    if b < n and words[b] == ")":
        return _after_name(raw, a)
    if a == 0 or words[a - 1] not in _LIST_OPENERS:
        return False
    k = b
    if k < n and words[k] in ("more", "others", "other"):
        k += 1
    if k >= n or words[k] not in r.elided.list_places:
        return False
    k += 1
    if k < n and words[k] in _DETERMINERS:
        return k + 1 < n and words[k + 1].isalpha()
    return k < n and raw[k][:1].isupper()


def _after_name(raw: Sequence[str], a: int) -> bool:
    """The figure opens a bracket right after a name: "Kivu (55 deaths)"."""
    return a >= 2 and raw[a - 1] == "(" and raw[a - 2][:1].isupper()


_BE = frozenset({"is", "are", "was", "were", "be", "been"})
_CLOSERS = frozenset({".", ",", ";", ":", "!", "?", ")", '"', "”", "’", "-", "–", "—"})


def _existential(words: Sequence[str], a: int, b: int) -> bool:
    """'there are 68,000.': an existential with the noun left out altogether, the figure ending its clause."""
    return a >= 2 and words[a - 2] == "there" and words[a - 1] in _BE and (b >= len(words) or words[b] in _CLOSERS)


def _coordinated_subject(words: Sequence[str], raw: Sequence[str], a: int, b: int) -> bool:
    """A bare figure that opens a clause coordinated with an earlier count of people, as the subject of a
    verb in the past ("..., and 250 moved further south"): the noun is the earlier count's."""
    if a < 1 or words[a - 1] != "and" or b >= len(words):
        return False
    verb = words[b]
    return verb.isalpha() and raw[b][:1].islower() and len(verb) > 4 and verb.endswith("ed")



_CELL = re.compile(r"\d[\d,.]*")
_CELL_HEDGES = frozenset({"~"})  # a hedge written before a cell ("~339"): part of the cell
_LABEL_MAX = 4  # words in a row's label ("Khyber Pakhtunkhwa", "Gilgit - Baltistan")
_TABLE_REACH = 120  # how far back the header of a flattened table may stand


def table_column(words: Sequence[str], a: int, r: Rules) -> str | None:
    """The column noun of the figure at token ``a`` when it is a cell of a flattened table (``table_cell``)."""
    cell = table_cell(words, a, r)
    return cell[0] if cell is not None else None


def table_cell(words: Sequence[str], a: int, r: Rules) -> tuple[str, int, int] | None:
    """The column noun of the figure at token ``a`` and the token span of its row's label, when it is a
    cell of a table that a web page's text flattened into one run of words: a header of two or more
    column nouns that name an event or a group of people ("Injuries Deaths", "Dead Missing Displaced"),
    then rows of a short label and one number per column ("North 21 37 South 102 234"). Two rows of the
    header's width make a table (a header and one row could be any phrase); the figure's column is its
    place in its row. None when it is not a cell."""
    if words[a] in _CELL_HEDGES and a + 1 < len(words):
        a += 1
    if not _CELL.fullmatch(words[a]):
        return None
    e = next((k for k in range(a - 1, max(0, a - _TABLE_REACH), -1)
              if _is_column(words[k], r) and _is_column(words[k - 1], r)), None)
    if e is None:
        return None
    s = e - 1
    while s > 0 and _is_column(words[s - 1], r):
        s -= 1
    width = e - s + 1
    rows = _rows(words, e + 1)
    for seen, (label, start, cells) in enumerate(rows, start=1):
        if cells != width:
            return None
        col = sum(1 for k in range(start, a) if words[k] not in _CELL_HEDGES)
        if col < width and start <= a:
            end = next((k for k in range(start, len(words)) if not (_CELL.fullmatch(words[k])
                                                                   or words[k] in _CELL_HEDGES)), len(words))
            if a < end:
                return (words[s + col], label, start) if seen >= 2 or len(rows) > seen else None
    return None


def _rows(words: Sequence[str], j: int) -> list[tuple[int, int, int]]:
    """The rows of label-and-numbers from token ``j`` on, up to the first stretch that is not one: where
    each row's label and numbers start, and how many numbers there are."""
    out: list[tuple[int, int, int]] = []
    n = len(words)
    while j < n:
        label = j
        while j < n and not _CELL.fullmatch(words[j]) and words[j] not in _SENTENCE_BREAKS:
            j += 1
        if j == label or j - label > _LABEL_MAX or j >= n or not _CELL.fullmatch(words[j]):
            break
        start, cells = j, 0
        while j < n and (_CELL.fullmatch(words[j]) or (words[j] in _CELL_HEDGES and j + 1 < n
                                                         and _CELL.fullmatch(words[j + 1]))):
            cells += words[j] not in _CELL_HEDGES
            j += 1
        out.append((label, start, cells))
    return out


def _is_column(word: str, r: Rules) -> bool:
    """A word that can head a table column of people: a noun of an event ("deaths", "injuries") or a
    participle or adjective used as one ("injured", "missing", "displaced")."""
    if word in r.event_nouns or word in r.implied_event:
        return True
    hit = r.triggers.match([word], 0)
    return hit is not None and hit[0] == 1 and word not in r.governing_only and word.endswith(("ed", "ing", "s"))
