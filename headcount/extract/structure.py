"""Parts and wholes: which claim is part of which ("6,240 residents, including 1,870 children").

Only explicit inclusion links (gold convention 9): "including", "among them", "of whom", "of them",
"N of the M". A list after the opener shares its whole: "57 villagers including 8 nurses and 21 pupils".
Links stay within one sentence; a total and a breakdown in separate sentences are not linked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from headcount.extract import elided_more, who_open
from headcount.extract.elided import table_cell
from headcount.extract.place_words import POINTING
from headcount.extract.rules import Rules
from headcount.extract.rules import rules as load_rules
from headcount.extract.what import noun_event
from headcount.extract.who import points_back
from headcount.extract.who_open import fronted_partitive
from headcount.lexicons.groups import ROOT, group_of, unit_of

_QUOTES = frozenset({'"', "“", "'", "‘"})
_TABLE_TOTAL_REACH = 3  # sentences between a table and the totals it breaks down
# An aside right after a noun phrase, and the mark that closes it: brackets, or a pair of dashes (a spaced
# hyphen stands for a dash)
_BRACKETS = {"(": ")", "–": "–", "—": "—", "-": "-"}


def link_parents(drafts: Sequence[Any], infos: Sequence[Any]) -> None:
    """Set ``parent`` (an index into ``drafts``) on every draft that is an explicit part of another."""
    r = load_rules()
    open_whole: int | None = None
    bracket_whole: int | None = None  # a breakdown in brackets right after its total, until the bracket closes
    bracket_close = ")"
    sentence_whole: dict[int, int] = {}
    for i, d in enumerate(drafts):
        prev = drafts[i - 1] if i > 0 else None
        words: list[str] = infos[d.sentence_index].words
        if prev is None or prev.sentence_index != d.sentence_index:
            open_whole = bracket_whole = None
            if prev is not None and prev.sentence_index == d.sentence_index - 1:
                # "... at least 4,300 villagers drowned. At least 2,900 of those drownings ..." and
                # "... 318,000 have crossed. Of them, 171,000 ... while 128,000 ...": the whole is the
                # last figure of the sentence before
                whole = prev.parent if prev.parent is not None else i - 1
                fronted = fronted_partitive(words, d.tok_start, r)
                if fronted is not None and not fronted.people:
                    pass  # "Of the buildings inspected, 12 were unsafe": a group of things is no whole of people
                elif r.parts.sentence_partitives.match(words, 0) is not None or (
                        words[:1] == ["among"] and len(words) > 2) or fronted is not None:
                    # "Among the dead were 12 children", "Of the dead, 61 were women": the whole is the
                    # earlier count of the dead, found by the group's event within the last sentences;
                    # a group with an event and no earlier count of it has no whole here
                    event = noun_event(words[2], r) if words[1] == "the" else None
                    if fronted is not None and event is None:
                        event = next((e for w in reversed(fronted.words) if (e := noun_event(w, r))), None)
                    if event is None:
                        sentence_whole[d.sentence_index] = whole
                    else:
                        first = d.sentence_index - _GROUP_LOOKBACK
                        same = [k for k in range(i - 1, -1, -1) if first <= drafts[k].sentence_index < d.sentence_index
                                and drafts[k].event == event and drafts[k].parent is None]
                        if same:
                            sentence_whole[d.sentence_index] = same[0]
                elif _followed_by(words, d.tok_end, ("of", "those")) or _followed_by(words, d.tok_end, ("of", "them")):
                    d.parent = whole
                elif (getattr(d, "elided", False) and all(w in _QUOTES for w in words[: d.tok_start])
                      and d.figure.kind != "vague" and _smaller(d, drafts[whole])):
                    # a breakdown right after its total: "184 wounded patients have been admitted
                    # so far. 41 went home, 12 died" (gold convention 9)
                    sentence_whole[d.sentence_index] = whole
            if words[: d.tok_start] in (["of", "the"], ["of"]):
                # "Of the 316 people who drowned, 204 were migrants": the opening figure is the whole of the
                # figures after it
                sentence_whole[d.sentence_index] = i
                continue
            if (prev is not None and d.sentence_index - prev.sentence_index <= 2
                    and d.sentence_index not in sentence_whole
                    and (_includes_back(words, d.tok_start) or _of_these_before(words, d.tok_start))):
                # "The total includes 512 in X, 276 in Y", "The reports included 11 women": a definite
                # subject that points back to the total before (a sentence without figures may come
                # between), and its breakdown
                sentence_whole[d.sentence_index] = _largest_whole(drafts, i, prev.sentence_index)
            elif (prev is not None and d.sentence_index - prev.sentence_index <= 2
                    and d.sentence_index not in sentence_whole and _among_back(words, d.tok_end)):
                # "18 children were among those who died": the group is the first count of the same event
                # in that sentence, the one its main clause gives ("At least 37 were killed ..., as the
                # season's toll rose above 900" -> 37)
                same = [k for k in range(i - 1, -1, -1) if drafts[k].sentence_index == prev.sentence_index
                        and drafts[k].event == d.event and drafts[k].parent is None]
                sentence_whole[d.sentence_index] = same[-1] if same else _largest_whole(drafts, i,
                                                                                        prev.sentence_index)
            if d.sentence_index in sentence_whole and d.parent is None:
                d.parent = sentence_whole[d.sentence_index]
            continue
        between = words[prev.head_end : d.tok_start]
        if bracket_close in between:
            bracket_whole = None
        close = _BRACKETS.get(between[0]) if between else None
        if close is not None and (between[0] != "(" and len(between) > 1 or close in between[1:]):
            close = None  # a dash opens a breakdown only right before its first item ("- but a group of 12")
        if close is not None and _breakdown_of(d, prev):
            # "between 16,000 and 18,000 (8,000 in one shelter, and up to 10,000 in another)", "60 deaths
            # – 10 women and five children –": a breakdown that directly follows its total (gold convention
            # 9), item by item until the bracket or the dash closes
            bracket_whole, bracket_close = i - 1, close
        if bracket_whole is not None and d.parent is None and _breakdown_of(d, drafts[bracket_whole]):
            d.parent = bracket_whole
        elif _has_opener(between, r):
            whole = i - 1
            d.parent = whole
            open_whole = whole
        elif open_whole is not None and between and (all(w in r.parts.list_links for w in between)
                                                     or _bracketed_item(infos[d.sentence_index], prev.head_end,
                                                                        d.tok_start, r)):
            if _opens_clause(d, words):
                open_whole = None  # "27 deaths, including 12 children, and 49 people had been taken to ...":
            else:              # a count with a noun and a verb of its own after "and" is a new clause's subject
                d.parent = open_whole
        elif any(_followed_by(words, d.tok_end, ("of", w)) for w in ("them", "those", "whom", "which")):
            d.parent = i - 1  # "43 protesters, 12 of whom were later released"
            open_whole = None
        else:
            open_whole = None
        if d.parent is None and d.sentence_index in sentence_whole and _smaller(d, drafts[sentence_whole[d.sentence_index]]):
            d.parent = sentence_whole[d.sentence_index]
    _tables(drafts, infos, r)
    _partitives_back(drafts, infos, r)
    _shares(drafts, infos)
    _brought_to(drafts, infos, r)
    _sums(drafts)
    # "N of the M people": the part comes first
    for i, d in enumerate(drafts[:-1]):
        nxt = drafts[i + 1]
        if d.parent is None and nxt.sentence_index == d.sentence_index:
            words = infos[d.sentence_index].words
            if words[d.tok_end : nxt.tok_start] in (["of", "the"], ["of"], ["out", "of"], ["out", "of", "the"]):
                d.parent = i + 1


def _opens_clause(d: Any, words: Sequence[str]) -> bool:
    """The figure has a noun of its own and a finite auxiliary right after it ("and 49 people had been
    taken"): the subject of a new clause, not one more item of the list before ("including 12 children and
    3 women"). A figure with no noun ("and 5 were women") may still be an item's predicate."""
    return not getattr(d, "elided", False) and d.head_end > d.tok_end and d.head_end < len(words) and (
        words[d.head_end] in who_open.finite_auxiliaries())


# Sentences back in which a fronted group's whole is sought by its event ("Of the dead, ...": the last count of
# the dead in the two sentences before)
_GROUP_LOOKBACK = 2


def _tables(drafts: Sequence[Any], infos: Sequence[Any], r: Rules) -> None:
    """The cells of a table flattened into text ("Province Injuries Deaths North 21 37 ..."): each is in
    the place its row's label names, and is a part of the total of its column's event given just before
    the table ("~982 deaths nationwide ..."; gold convention 9), whose attribution it shares, the table
    being that report's breakdown (convention 8)."""
    for i, d in enumerate(drafts):
        info = infos[d.sentence_index]
        cell = table_cell(info.words, d.tok_start, r)
        if cell is None:
            continue
        _, label, end = cell
        while label < end and not info.tokens[label].text[:1].isalnum() or ")" in info.words[label:end]:
            label += 1  # "(unconfirmed) Total": a note on the row before is not its label
        if label < end and info.words[label] not in r.period_words.totals:  # a "Total" row has no place
            d.location = info.sentence.text[info.tokens[label].start - info.sentence.start
                                            : info.tokens[end - 1].end - info.sentence.start]
        if d.parent is not None:
            continue
        for k in range(i - 1, -1, -1):
            e = drafts[k]
            if d.sentence_index - e.sentence_index > _TABLE_TOTAL_REACH:
                break
            if e.event == d.event and not _smaller(e, d) and table_cell(infos[e.sentence_index].words,
                                                                         e.tok_start, r) is None:
                if _smaller(d, e):
                    d.parent = k  # a row's cell; the "Total" row restates the total itself
                if d.source is None and e.source is not None:
                    d.source, d.cue, d.via = e.source, e.cue, e.via
                break


_PARTITIVE_REACH = 4  # sentences between a count and a share of it taken with "N of the <noun>"


def _partitives_back(drafts: Sequence[Any], infos: Sequence[Any], r: Rules) -> None:
    """"N of the <noun>" with no figure after it takes a share of a group counted before (gold convention
    9): "Up to 16,000 people have fled ... Ten thousand of the refugees went west, while 6,000 went to
    the Kurdish-held north". The whole is the nearest earlier count that is no one's part, larger, and
    counts that noun (its category) or the event the noun names ("refugees" -> evacuated). Later counts of
    the same event in the sentence, smaller than the whole, share it (the rest of the breakdown)."""
    for i, d in enumerate(drafts):
        words = infos[d.sentence_index].words
        k = d.tok_end
        if d.parent is not None or words[k : k + 1] != ["of"] or k + 1 >= len(words) or words[k + 1] not in POINTING:
            continue
        if i + 1 < len(drafts) and drafts[i + 1].sentence_index == d.sentence_index \
                and drafts[i + 1].tok_start == k + 2:
            continue  # "12 of the 40 people": the figure after is the whole
        noun = words[k + 2] if k + 2 < len(words) else ""
        event = noun_event(noun, r)
        if event is None and group_of(noun) == ROOT:
            continue
        whole = next((j for j in range(i - 1, -1, -1)
                      if d.sentence_index - drafts[j].sentence_index <= _PARTITIVE_REACH
                      and drafts[j].parent is None and _smaller(d, drafts[j])
                      and (_folded(drafts[j].category) == _folded(noun) or event is not None and drafts[j].event == event)),
                     None)
        if whole is None:
            continue
        d.parent = whole
        for e in drafts[i + 1 :]:
            if e.sentence_index != d.sentence_index:
                break
            if e.parent is None and e.event == d.event and _smaller(e, drafts[whole]):
                e.parent = whole


def _folded(noun: str) -> str:
    return noun.removesuffix("s")


_SHARE_REACH = 3  # sentences between a total and a count given with its share of it
_SHARE_WINDOW = 4  # tokens between a count and the percentage beside it
_PERCENT = (("%",), ("percent",), ("per", "cent"))
_BELOW = frozenset({"less", "under", "below", "fewer"})


def _shares(drafts: Sequence[Any], infos: Sequence[Any]) -> None:
    """A count given beside its share of a total ("62 percent, about 37,400 people", "3,900 (7%)") is a part of
    the earlier count it is that share of (gold convention 9): the arithmetic picks the total, the nearest
    count no one's part whose value the share of gives the figure (to the percentage's rounding)."""
    for i, d in enumerate(drafts):
        if d.parent is not None:
            continue
        share = _share_beside(infos[d.sentence_index].words, d.tok_start, d.tok_end)
        value = d.figure.low if d.figure.low is not None else d.figure.high
        if share is None or not value:
            continue
        pct, below = share
        for k in range(i - 1, -1, -1):
            e = drafts[k]
            if d.sentence_index - e.sentence_index > _SHARE_REACH:
                break
            total = e.figure.low if e.figure.low is not None else e.figure.high
            if e.parent is not None or not total or total <= value:
                continue
            ratio = 100 * value / total
            if ratio < pct if below else abs(ratio - pct) <= max(1.0, 0.05 * pct):
                d.parent = k
                break


def _share_beside(words: Sequence[str], start: int, end: int) -> tuple[float, bool] | None:
    """The percentage written just before or just after a figure, in the same bracket or clause, and whether
    it is an upper bound ("less than 1 percent"); None if there is none."""
    lo, hi = max(0, start - _SHARE_WINDOW - 2), min(len(words), end + _SHARE_WINDOW + 2)
    for k in range(lo, hi):
        if start <= k < end or not _is_number(words[k]):
            continue
        n = next((len(p) for p in _PERCENT if tuple(words[k + 1 : k + 1 + len(p)]) == p), 0)
        if not n:
            continue
        gap = words[k + 1 + n : start] if k < start else words[end:k]
        if any(w in (".", ";", ")", "(") for w in gap) or len(gap) > _SHARE_WINDOW:
            continue
        if k < start and gap[:1] == ["of"] and "," not in gap:
            continue  # "40 percent of the 2,000 people": the figure is the base of the share, not the share;
            # after a comma the "of" phrase is closed and the figure stands beside it ("61 percent of them,
            # some 5,700 people", "30 percent of residents, or about 400,000"): the figure is the share
        return float(words[k].replace(",", "")), words[k - 1] in _BELOW or words[k - 2 : k - 1] == ["less"]
    return None


def _is_number(word: str) -> bool:
    return word.replace(",", "").replace(".", "", 1).isdigit()


_ADDING_REACH = 16  # tokens between a verb that adds to a total and the "to" before the total
_ADDING_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "–", "—", "while", "but", "and"})
_POINTING_SUBJECTS = frozenset({"this", "that", "which", "it"})


def _brought_to(drafts: Sequence[Any], infos: Sequence[Any], r: Rules) -> None:
    """A count followed by a verb that adds it to a running total ("lost three more crew, raising the total to
    57", "divers found 41 bodies, taking the number recovered to 305") is a part of that total (gold convention
    9: "this brings the total to"). The verb (periods.toml ``adding``) and a noun of a total (``totals``)
    stand in the total's own clause before "to"; the part is the nearest count before the verb in the
    sentence, or, when the sentence opens with a pronoun pointing back ("This brings the total ... to"), the
    last count of the sentence before. It must be smaller than the total."""
    grammar = r.period_words
    for w, whole in enumerate(drafts):
        words = infos[whole.sentence_index].words
        to = whole.tok_start - 1
        if to < 1 or words[to] != "to":
            continue
        verb = next((k for k in range(to - 1, max(-1, to - _ADDING_REACH - 1), -1)
                     if words[k] in grammar.adding or words[k] in _ADDING_BREAKS), None)
        if verb is None or words[verb] not in grammar.adding or not any(
                x in grammar.totals for x in words[verb + 1 : to]):
            continue
        before = next((j for j in range(w - 1, -1, -1) if drafts[j].sentence_index == whole.sentence_index
                       and drafts[j].tok_end <= verb), None)
        if before is not None:
            part = before
        elif words[:1] and words[0] in _POINTING_SUBJECTS and w > 0 \
                and drafts[w - 1].sentence_index == whole.sentence_index - 1:
            part = w - 1
        else:
            continue
        if drafts[part].parent is None and _smaller(drafts[part], whole):
            drafts[part].parent, drafts[part].added = w, True


_SUM_REACH = 6  # sentences between a total and a breakdown that adds up to it
_SUM_MIN_ITEMS = 2
_SUM_MIN_TOTAL = 10  # below this, two small counts add up to an unrelated one by chance too often


def _sums(drafts: Sequence[Any]) -> None:
    """A list of counts in one sentence that adds up exactly to a count given before is that count's breakdown
    (gold convention 9): "... leaving 171 villagers dead. The victims were: 52 in X, 38 in Y and 81 in Z".
    The arithmetic is the evidence, so it overrides a weaker link to another sentence. The items are the
    sentence's counts that are no other item's part, exactly stated and of one event; the total is the
    nearest earlier count of that event (or the sentence's first item, "171 dead: 52 in X ...")."""
    by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        by_sentence.setdefault(d.sentence_index, []).append(i)
    for sentence, members in by_sentence.items():
        items = [i for i in members if drafts[i].parent is None or drafts[drafts[i].parent].sentence_index != sentence]
        exact = next((n for n, i in enumerate(items) if _exact(drafts[i]) is None), len(items))
        # the whole list, the list after its first count (the total itself), or the exact counts that open
        # it ("31 deaths and 90 injuries on Monday; and ~700 deaths ... since June")
        for run in (items, items[1:], items[:exact]):
            whole = _total_of(drafts, run, sentence)
            if whole is not None:
                for i in run:
                    drafts[i].parent = whole
                break


def _total_of(drafts: Sequence[Any], run: Sequence[int], sentence: int) -> int | None:
    """The earlier count the items of ``run`` add up to, or None."""
    if len(run) < _SUM_MIN_ITEMS:
        return None
    values = [_exact(drafts[i]) for i in run]
    events = {drafts[i].event for i in run} - {"other"}
    units = {unit_of(group_of(drafts[i].category)) for i in run}
    wholes = set(events)
    if events == _CASUALTY_PARTS:
        # "31 deaths and 90 injuries" add up to the casualties counted before: the dead and the injured
        # are the two parts of the casualties (the event lexicon's "casualties")
        wholes = {"casualties"}
    elif len(events) > 1:
        return None
    if any(v is None for v in values) or len(units) > 1:
        return None
    total = sum(v for v in values if v is not None)
    if total < _SUM_MIN_TOTAL:
        return None
    for k in range(run[0] - 1, -1, -1):
        e = drafts[k]
        if sentence - e.sentence_index > _SUM_REACH:
            break
        if (_bound(e) == total and (not events or e.event in wholes)
                and unit_of(group_of(e.category)) in units):
            return k
    return None


def _exact(d: Any) -> float | None:
    """The value of a count stated exactly ("49", not "dozens" or "more than 40"), else None."""
    f = d.figure
    return f.low if f.low is not None and f.low == f.high and not f.approx else None


def _bound(d: Any) -> float | None:
    """The value a total states exactly or as its lower bound ("at least 27" dead of whom 19 here and eight
    there): a breakdown that adds up to the bound is the total's; an approximate total ("about 160") is not."""
    f = d.figure
    return f.low if f.low is not None and (f.high is None or f.low == f.high) and not f.approx else None


def _largest_whole(drafts: Sequence[Any], i: int, sentence: int) -> int:
    """The total a pointing subject refers back to: the largest figure of that sentence that is no one's
    part (a breakdown in it, "49 in X, 25 in Y and 84 in Z", is not the total); the last among equals."""
    best = i - 1
    for k in range(i - 1, -1, -1):
        if drafts[k].sentence_index != sentence:
            break
        low = drafts[k].figure.low if drafts[k].figure.low is not None else drafts[k].figure.high
        b = drafts[best].figure.low if drafts[best].figure.low is not None else drafts[best].figure.high
        if drafts[k].parent is None and low is not None and (b is None or low > b or drafts[best].parent is not None):
            best = k
    return best


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
_INCLUDE = frozenset({"include", "includes", "included"})
_INCLUDE_REACH = 4  # how far a form of "include" and its definite subject stand before the figure
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "–", "—"})


def _includes_back(words: Sequence[str], fig: int) -> bool:
    """The sentence opens with a definite noun phrase and a form of "include" before its first figure ("The
    figures included 7 nurses and 15 pupils", "This toll includes 40 children"): what is included is
    part of the total that phrase points back to, the one just before (gold convention 9)."""
    before = words[:fig]
    if bool(before) and before[0] in _DEFINITE and any(w in _INCLUDE for w in before):
        return True
    # "According to the monitors, this number includes 745 civilians": the subject need not open the
    # sentence; a definite determiner a few words before the verb, in the same clause, is enough
    verbs = [k for k in range(max(0, fig - _INCLUDE_REACH), fig) if words[k] in _INCLUDE]
    if not verbs:
        return False
    k = verbs[-1]
    subject = words[max(0, k - _INCLUDE_REACH) : k]
    cut = max((j for j, w in enumerate(subject) if w in _CLAUSE_BREAK), default=-1)
    return any(w in _DEFINITE for w in subject[cut + 1 :])


def _of_these_before(words: Sequence[str], fig: int) -> bool:
    """Before the sentence's first figure, a partitive with the demonstrative "these" points back to the count
    just given ("Most of these displaced families are in X, where 3,000 ..."): what follows breaks that
    count down (gold convention 9). "of those killed" is not one: "those" with a participle or a relative
    clause defines a group afresh ("the number of those evacuated has reached 13,000")."""
    return any(words[k] == "of" and words[k + 1] == "these" for k in range(fig - 2))


_BE = frozenset({"are", "were", "is", "was"})


def _among_back(words: Sequence[str], k: int) -> bool:
    """The figure's clause says its people are among a group named before ("no fewer than four pupils are
    among the victims", "14 pupils and 6 teachers were among those who drowned"): a form of "be" and "among"
    follow the figure, before any clause break."""
    for j in range(k, min(len(words) - 1, k + 8)):
        if words[j] in (",", ";", ":", ".", "while", "but"):
            return False
        if words[j] in _BE and words[j + 1] == "among":
            return True
    return False


def _breakdown_of(part: Any, whole: Any) -> bool:
    """A part of a bracketed breakdown: smaller than the whole and counted in the same unit ("3,000 people
    (1,000 families)" restates the whole in families; it is not a part of it)."""
    return _smaller(part, whole) and unit_of(group_of(part.category)) == unit_of(group_of(whole.category))


def _smaller(part: Any, whole: Any) -> bool:
    """A part is smaller than its whole (comparing the bounds each asserts)."""
    p = part.figure.high if part.figure.high is not None else part.figure.low
    w = whole.figure.low if whole.figure.low is not None else whole.figure.high
    return p is not None and w is not None and p < w


# Words that open a new clause: past one of them, an opener before it no longer governs the figure.
_CLAUSE_OPENERS = frozenset({";", ":", "(", ")", "–", "—", "while", "whereas", "but", "which", "where",
                             "when", "who", "whom", "whose", "that"})


def _has_opener(between: Sequence[str], r: Rules) -> bool:
    """An opener ("including", "among them", "where") stands between the whole and the part, in the part's
    own clause: a clause that opens after it ("among the deadliest quakes, in which 50,000 died"; "where the
    storm bit deepest, while 300 were hurt") is not what it introduces. A comma alone does not close it:
    it also separates the items of the list the opener introduces ("including two nurses, and 14 pupils")."""
    last: tuple[int, int] | None = None
    for k in range(len(between)):
        hit = r.parts.openers.match(between, k)
        if hit is not None:
            last = (k, hit[0])
    if last is None:
        return False
    rest = list(between[last[0] + last[1]:])
    if rest[-1:] == ["("]:
        rest.pop()  # "most of them in X (81 deaths)": a bracket that holds the part itself closes nothing
    return not any(w in _CLAUSE_OPENERS for w in rest)


def _bracketed_item(info: Any, start: int, end: int, r: Rules) -> bool:
    """The next item of a list of names each with its count in brackets, after an opener ("most of them in
    X (81 deaths), Y (40) and Z (37)"): between the counts stand only the closing bracket, list links, the
    capitalised words of a name and the bracket that opens on the count."""
    words = info.words[start:end]
    if len(words) < 3 or words[0] != ")" or words[-1] != "(":
        return False
    names = [info.tokens[k].text[:1].isupper() for k in range(start + 1, end - 1)
             if info.words[k] not in r.parts.list_links]
    return bool(names) and all(names)


def _followed_by(words: Sequence[str], k: int, seq: tuple[str, ...]) -> bool:
    return tuple(words[k : k + len(seq)]) == seq


_CASUALTY_PARTS = frozenset({"killed", "injured"})


def inherit_from_whole(drafts: Sequence[Any]) -> None:
    """A part shares its whole's event and period unless its own words give another (gold Periods rule 5):
    "265 militants surrendered, including 51 seriously wounded" -> the 51 surrendered too."""
    for d in drafts:
        if d.parent is None:
            continue
        whole = drafts[d.parent]
        if whole.sentence_index != d.sentence_index:
            # a whole named in an earlier sentence ("Of them, ...") says nothing of this event, unless the
            # part's clause gives none ("The toll includes 19 women"): then it is the whole's
            if d.event == "other":
                d.event, d.modality = whole.event, whole.modality
                if d.period.text is None:
                    d.period = whole.period  # its kind was only the default of a count with no event
            continue
        if whole.event == "casualties" and d.event_from_noun and d.event in _CASUALTY_PARTS:
            continue  # "120 casualties, including 35 dead": the noun names which part of the casualties
        if whole.event == "other" and d.event_from_noun and d.event != "other":
            continue  # "2,140 cholera cases, including 23 deaths": a whole with no event gives none to a part
        if d.event_from_noun or d.event == "other":
            d.event = whole.event
            d.modality = whole.modality
        if d.event == whole.event and not d.added and (d.period.text is None or d.period.text == whole.period.text):
            d.period = whole.period


def follow_pointers(drafts: Sequence[Any], infos: Sequence[Any]) -> None:
    """A figure that gives a value for "that number" or "the figure" counts what the number before it
    counted (gold convention 4): "9,800 refugees had arrived. Aid groups put that number higher, at
    11,300" -> 11,300 refugees, arrived. The antecedent is the figure just before, in this sentence or the
    one before it."""
    r = load_rules()
    for i, d in enumerate(drafts):
        if i == 0 or not getattr(d, "elided", False):
            continue
        if not points_back(infos[d.sentence_index].words, d.tok_start, r):
            continue
        ante = drafts[i - 1]
        if d.sentence_index - ante.sentence_index > 1:
            continue
        if ante.parent is not None and ante.parent != i:
            ante = drafts[ante.parent]  # "... including 730 children. The government put the figure at 400"
        if d.category == "people":
            d.category = ante.category
        if d.event == "other":
            d.event = ante.event
            d.modality = ante.modality
            if d.period.text is None:
                d.period = ante.period  # the stock of a count with no event was only a default
    elided_more.carry_across(drafts, infos)  # "... nine civilians. More than 20 others were wounded"
