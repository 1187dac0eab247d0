"""The number layer: every number expression in a text, with the range it asserts.

``parse_numbers(text)`` returns, in order and without overlaps, one ``Figure`` per number expression:
"some 8,461" (8461/8461, approx), "more than 20 thousand" (20000/open), "250,000 – 300,000", "between
16,000 and 18,000", "half a million", "two dozen", "dozens" (24/open, approx) ... whatever it counts.
It leaves out what is not a count: years, dates, times, ages, percentages, money, ordinals, phone
numbers, unit names ("Brigade 82"), durations and distances ("24 hours", "5 km"), and "one" used as a
pronoun ("the one you mentioned"). Which expressions are which is data in ``lexicons/numbers.toml``.

The work is done by named, ordered strategies (STYLE.md item 9) over one scan of the text:

- ``vague``: vague quantities from the table ("tens of thousands", "several hundred", "a dozen");
- ``digits`` and ``words``: the number grammar of ``numbers_grammar`` (both read by one chain reader,
  so "3 million and a half" and "4 thousand 3 hundred and 21" come out whole);
- then the resolvers: exclusions, hedges and bounds before the number ("nearly", "at least", "tops"),
  bounds after it ("500 or more"), ``ranges`` ("20 to 30", "between 20 and 30", "20~100") and pairs of
  opposite bounds ("at most 100 and at least 20").

Speed: a text without a digit or a number word is rejected by one regular expression (``CANDIDATE``,
also used by the claim layer as a sentence prefilter); otherwise one ``finditer`` finds the starts of
numbers and everything else is an anchored match or a dictionary look-up near them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from headcount.extract.hedge_effects import apply_hedge_effect
from headcount.extract.numbers_as_many import as_many
from headcount.extract.numbers_dateline import closes_dateline
from headcount.extract.numbers_grammar import HSPACE, Grammar, Num
from headcount.extract.numbers_lexicon import Hedge, NumberLexicon, load_lexicon, norm_phrase, phrase_pattern
from headcount.extract.numbers_locale_lexicon import LANGUAGES as LOCALE_LANGUAGES
from headcount.models import Figure

STRATEGIES: tuple[str, ...] = ("vague", "digits", "words", "ranges")
"""The strategies in the order they are tried; pass a subset to ``parse_numbers(strategies=...)``."""

_LEX: NumberLexicon = load_lexicon()
_G = Grammar(_LEX)


def _cs_or_ci(items: Iterable[str]) -> str:
    """Alternation where short tokens (m, g, am, h) keep their case and longer words ignore it."""
    parts = sorted(set(items), key=len, reverse=True)
    out = []
    for p in parts:
        pat = HSPACE.join(re.escape(w) for w in p.split()) if " " in p else re.escape(p)
        out.append(pat if len(p) <= 2 else f"(?i:{pat})")
    return "|".join(out)


def _first_char_trie(start_words: list[str], vague: list[str], mult_words: list[str]) -> str:
    """The atom pattern as one alternation whose every branch opens with a literal character.

    The regular expression engine then skips ahead with a character-set scan instead of trying every
    branch at every offset (about 4x faster than ``\\b(?:one|two|...)\\b`` with IGNORECASE). Case variants
    (lower, Capitalised, Title, UPPER) are listed; the left word boundary is checked by the caller.
    """
    groups: dict[str, set[str]] = {}
    for phrase in [*start_words, *vague]:
        for form in {phrase, phrase.capitalize(), phrase.title(), phrase.upper()}:
            pat = (HSPACE + "+").join(re.escape(w) for w in form.split())
            groups.setdefault(form[0], set()).add(pat[1:] + r"\b")
    art = r"n?(?=" + HSPACE + r"+(?i:" + "|".join(mult_words) + r")\b)"
    arts = {"a": art, "A": art.replace("n?", "[nN]?", 1)}     # tried after "a dozen", "a few thousand"
    branches = [f"{d}\\d*" for d in "0123456789"]
    for first in sorted(set(groups) | set(arts)):
        rests = sorted(groups.get(first, ()), key=len, reverse=True) + ([arts[first]] if first in arts else [])
        branches.append(re.escape(first) + "(?:" + "|".join(rests) + ")")
    return "|".join(branches)


def _build() -> dict[str, re.Pattern[str]]:
    lex = _LEX
    ex = lex.exclude
    words = lex.words
    start_words = [w for w, (cls, _) in words.items() if cls in ("units", "teens", "tens")] + ["half", "quarter"]
    mult_words = [w for w, (cls, _) in words.items() if cls in ("hundreds", "scales", "dozens", "fractions")]
    hedges = phrase_pattern(lex.hedges)
    suffixes = phrase_pattern(lex.bound_suffixes)
    units = _cs_or_ci(ex["time_units"] + ex["distance_units"] + ex["measure_units"] + ex["age_words"])
    percent = "|".join(re.escape(p) for p in ex["percent_words"] if not p[0].isalpha())
    percent_words = phrase_pattern(p for p in ex["percent_words"] if p[0].isalpha())
    cur_words = phrase_pattern(ex["currency_words"])
    cur_syms = "|".join(re.escape(s) for s in sorted(ex["currency_symbols"], key=len, reverse=True))
    months = "|".join(re.escape(m) for m in sorted(ex["months"], key=len, reverse=True))
    names_after = "|".join(re.escape(m) for m in ex["unit_names_after"])
    time_nouns = {u.lower() for u in ex["time_units"]}
    label_names = sorted(ex["unit_names_before"], key=len, reverse=True)
    names_before = "|".join(re.escape(m) for m in label_names if m.lower() not in time_nouns)
    # a time noun as a label ("week 38") unless a determiner makes it an adverbial ("last week 38 people")
    undetermined = "".join(rf"(?<!\b{re.escape(d)}{HSPACE})(?<!\b{re.escape(d.capitalize())}{HSPACE})"
                           for d in ex["time_label_determiners"])
    time_labels = "|".join(re.escape(m) for m in label_names if m.lower() in time_nouns)
    conns = [c for c in lex.range_connectors if not c.isalpha()]
    conn_words = [c for c in lex.range_connectors if c.isalpha()]
    h = HSPACE
    return {
        # where a number may start; the chain reader re-reads digits with the exact (case-sensitive) rules
        "atom": re.compile(_first_char_trie(start_words, list(lex.vague), mult_words)),
        # a hyphen before a hedge only after an upper-case dateline ("ISLAMABAD-At least 54")
        "hedge": re.compile(r"(?i:(?:(?<![\w-])|(?<=[A-Z]-))(?P<h>" + hedges + r")(?P<the>" + h + r"+the)?)" + h + r"+$"),
        "suffix": re.compile(
            r"(?:" + h + r"+|" + h + r"*-" + h + r"*)(?i:(?P<s>" + suffixes + r"))(?![\w])"
            r"(?:" + h + r"+(?i:than|to)(?!\w))?"
        ),
        "number_next": re.compile(h + r"*(?:\d|(?i:(?:" + "|".join(start_words) + r"|an?" + h + r"+(?:"
                                  + "|".join(mult_words) + r"))\b))"),
        "range_gap": re.compile(
            h + r"*(?:" + "|".join(re.escape(c) for c in conns) + r")" + h + r"*|" + h + r"+(?i:"
            + "|".join(conn_words) + r")" + h + r"+"
        ),
        "and_gap": re.compile(h + r"+(?i:and|to)" + h + r"+"),
        "pair_gap": re.compile(h + r"*,?" + h + r"*(?i:and" + h + r"+)?"),
        "excl_after": re.compile(
            h + r"*(?:" + percent + r")"
            r"|(?:" + h + r"+|" + h + r"*[-‐‑]" + h + r"*)(?:(?i:of)" + h + r"+)?(?:(?i:" + percent_words + r")|(?:US"
            + h + r"+)?(?i:" + cur_words + r")|" + units + r")(?![\w])"
            r"|" + h + r"+(?:" + names_after + r")\b"
        ),
        "excl_before": re.compile(
            r"(?:(?:" + cur_syms + r")" + h + r"?"
            r"|(?<![\w.])(?:" + names_before + r")" + h + r"*"
            r"|(?<![\w.])" + undetermined + r"(?:" + time_labels + r")" + h + r"*"
            r"|(?i:\b(?:aged?|ages)(?:" + h + r"+(?:of|between|from|" + hedges + r"))?)" + h + r"+"
            r"|(?i:\b(?:" + phrase_pattern(ex["age_before"]) + r"))" + h + r"+)$"
        ),
        # "Fatima Salam, 26," - two capitalised words before the number, the first not a function word
        "apposed_age": re.compile(
            r"(?<!\w)(?!(?:" + "|".join(re.escape(w) for w in ex["not_name_words"]) + r")\b)[A-Z][a-z]+"
            + h + r"[A-Z][a-z]+(?P<c>," + h + r"*|" + h + r"*\()$"
        ),
        "year_list": re.compile(r"(?<!\d)(?:19|20)\d{2}(?:" + h + r"*,|" + h + r"+(?i:and|or|to|through|until|till))" + h + r"+$"),
        "month_before": re.compile(r"(?<!\w)(?:" + months + r")\.?" + h + r"+$"),
        "month_after": re.compile(h + r"+(?:of" + h + r"+)?(?:" + months + r")\b"),
        "digit": re.compile(r"\d"),
        "word": re.compile(r"[A-Za-z]+"),
        "clause_end": re.compile(r"[\n;!?]|\.\s+(?=[A-Z])"),
        "list_to_before": re.compile(r"," + h + r"*(?i:to)" + h + r"+$"),
        "list_to_after": re.compile(h + r"*," + h + r"*(?i:to)\b"),
        "ratio_gap": re.compile(h + r"+in" + h + r"+"),
        "or_gap": re.compile(h + r"+(?i:or)" + h + r"+"),
        "possessive": re.compile(r"['’]s\b"),
        "approx_sign": re.compile(r"(?<![\w~∼≈≃])(?:" + "|".join(re.escape(c) for c in lex.approx_signs) + r")" + h + r"?$"),
        "of_next": re.compile(h + r"+(?i:of)\b"),
        # "..., and scores more were hurt", "... and that scores more have been injured": "more" makes a
        # quantity only after a clause link and before a finite verb of which it is the subject (not "the
        # striker scores more often", "a striker that scores more goals"; round 9, evidence: one probe text,
        # see docs/extraction.md)
        "more_next": re.compile(h + r"+(?i:more)" + h + r"+(?i:were|are|was|have|has|had|remain|remained|died|fled)\b"),
        "link_before": re.compile(r"(?:^|[,;:]|\b(?i:and|but|while|that|with|as))" + h + r"*$"),
        "digit_run": re.compile(r"(?<![\w.,])\d+(?: \d+)+(?![\w]|[.,]\d)"),
        "plain_grouped": re.compile(r"[1-9]\d{0,2}(?: \d{3})+"),
        "prev_word": re.compile(r"([A-Za-z]+)\W{0,2}$"),
        "next_lower": re.compile(h + r"+[a-z]"),
        "one_before": re.compile(r"(?i:(?<![\w])(?:" + phrase_pattern(ex["one_pronoun_before"]) + r"))" + h + r"+$"),
        "one_after": re.compile(
            r"(?i:" + h + r"*(?:'s|’s)|" + h + r"+(?:" + phrase_pattern(ex["one_pronoun_after"]) + r")(?![\w])|[-‐][a-z])"
        ),
        # every branch opens with a digit, "+" or "(": the leading look-ahead lets the engine skip to those
        # characters instead of trying each branch at every offset (about 10x faster on news text)
        "block": re.compile(
            r"(?=[\d+(])(?:(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"                                  # 10:30, 2:00:38
            r"|(?<![\d/])\d{1,4}/\d{1,2}(?:/\d{2,4})?(?![\d/])"                            # 12/04/2016, 04/11
            r"|(?<![\d.])\d{1,2}[.-]\d{1,2}[.-](?:19|20)?\d{2}(?![\d.])"                   # 12.04.2016
            r"|(?<!\d)(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?(?![\d])"                          # 2020-02-27
            r"|(?<!\d)(?:19|20)\d{2}" + h + r"*[-–/]" + h + r"*(?:(?:19|20)\d{2}|\d{2})(?!\d)"  # 2011-2016, 2016/17
            r"|\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){1,2}[ .-]?\d{3,4}[ .-]?\d{3,4}"                # +963 11 234 5678
            r"|(?<!\d)\(\d{2,4}\)" + h + r"?\d{3,4}[ .-]?\d{3,4}(?!\d)"                      # (011) 234 5678
            r"|(?<![\d-])\d{3}[.-]\d{3}[.-]\d{4}(?!\d)"                                     # 555-123-4567
            r"|(?<![\d.,])\d{1,2}" + h + r"+[A-Z]\w+\.?" + h + r"+(?:19|20)\d{2}(?!\d)"       # 26 Aralık 2016
            r")"
        ),
    }


_P = _build()
CANDIDATE: re.Pattern[str] = _P["atom"]
"""Matches wherever a number might start (a digit, a number word, a vague quantity, "a hundred"); the
claim layer's prefilter. It may also match inside a word ("often"), which only costs a closer look."""


def has_number_candidate(text: str, language: str = "en") -> bool:
    """Cheap test: could ``text`` hold a number expression? (False means parse_numbers returns [].)

    Only English has a one-pattern prefilter; in another language the answer is whether the locale
    parser finds a figure (it reads a sentence in well under a millisecond).
    """
    if language.lower()[:2] in LOCALE_LANGUAGES:
        return bool(parse_numbers(text, language=language))
    return CANDIDATE.search(text) is not None


@dataclass(slots=True)
class _Base:
    """A number found by a finder, before hedges and ranges."""

    start: int
    end: int
    low: Fraction
    high: Fraction | None
    kind: str
    head: Fraction | None = None
    scale: int | None = None
    single: str = ""
    bare4: bool = False
    excluded: str = ""     # why it is not a count ("" when it is one)


def _value(v: Fraction | None) -> float | None:
    if v is None:
        return None
    if v.denominator == 1:
        return int(v)
    return float(v)


# -- finders ---------------------------------------------------------------------------------------


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """Dates, times and phone numbers ("2020-02-21", "10:30", "+41 79 642 80 56"): none of them is a count."""
    if not _P["digit"].search(text):
        return []
    return [m.span() for m in _P["block"].finditer(text)]


def _plain_space_groups(text: str) -> bool:
    """May a plain space group digits in this text ("16 638")?

    Not when the text sets numbers side by side with a plain space in a way no digit grouping allows
    ("AJK 21 37 ... KP 250 195", a table flattened into prose): there the space separates columns,
    and "250 195" is two numbers as surely as "21 37" is.
    """
    if _TABLE_ROWS.search(text):
        return False  # "North 370 251 Lake 800 149": rows of a table, a label and its columns' numbers
    return all(_P["plain_grouped"].fullmatch(m.group()) for m in _P["digit_run"].finditer(text))


# Two rows in a row of a flattened table: a label of a few capitalised words (or a note in brackets), then
# two or more numbers set apart by spaces.
_TABLE_ROWS = re.compile(r"(?:(?:[A-Z][\w’'-]*[ \t]+|\([^)]*\)[ \t]+){1,4}(?:~?\d[\d,.]*(?:[ \t]+|$)){2,}){2,}")


def _find(text: str, strategies: tuple[str, ...], blocked: list[tuple[int, int]]) -> list[_Base]:
    out: list[_Base] = []
    pos = 0
    want_vague = "vague" in strategies
    want_digits = "digits" in strategies
    want_words = "words" in strategies
    vague = _LEX.vague
    plain = _plain_space_groups(text) if " " in text else True
    for m in _P["atom"].finditer(text):
        s = m.start()
        if s < pos:
            continue
        first = text[s]
        if not first.isdigit():
            if s and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue            # inside a word ("someone", "often")
            v = vague.get(norm_phrase(m.group()))
            if v is not None:
                if want_vague and (not v.before_of or _P["of_next"].match(text, m.end()) or (
                        _P["more_next"].match(text, m.end()) and _P["link_before"].search(text, max(0, s - 8), s))):
                    out.append(_Base(s, m.end(), Fraction(v.low), None if v.high is None else Fraction(v.high), "vague"))
                    pos = m.end()
                continue
        else:
            inside = next((be for bs, be in blocked if bs <= s < be), None)
            if inside is not None:
                pos = inside        # a date or a time is read whole: "2020-02-21 Dozens" is not 21 dozen
                continue
        # after a month name the first group is a day: "March 11 300 people" is a date and 300
        day = first.isdigit() and _P["month_before"].search(text, max(0, s - 24), s) is not None
        nums, end = _G.read_chain(text, s, plain_space=plain and not day)
        pos = end
        for n in nums:
            if (n.kind == "digits" and want_digits) or (n.kind == "words" and want_words):
                out.append(_from_num(n))
    return out


def _from_num(n: Num) -> _Base:
    return _Base(n.start, n.end, n.value, n.value, n.kind, n.head, n.scale, n.single, n.bare4)


# -- exclusions ------------------------------------------------------------------------------------


_TABLE_NEXT = re.compile(r"[ \t]+\d+(?:[ \t]+\d|$)")  # a bare number and another after it


def _exclusion(text: str, b: _Base, blocked: list[tuple[int, int]]) -> str:
    """Why ``b`` is not a count ("" when it is one)."""
    s, e = b.start, b.end
    for bs, be in blocked:
        if bs < e and s < be:
            return "date, time or phone number"
    lo = max(0, s - 24)
    if _P["excl_before"].search(text, lo, s):
        return "money, age or unit name"
    unit = _P["excl_after"].match(text, e)
    if unit is not None and not _TABLE_NEXT.match(text, unit.end()):
        # "... 102 234 GB 4 9": a unit is never followed by another bare number; there the word is the
        # label of a table's next row ("GB" a region, not gigabytes)
        return "percentage, money, unit or measurement"
    if b.kind == "vague":
        return ""
    small_int = b.low.denominator == 1 and 1 <= b.low <= 31
    if b.kind == "digits" and b.low.denominator == 1 and b.low <= 120:
        ap = _P["apposed_age"].search(text, lo, s)
        if ap is not None and text[e:e + 1] == ("," if "," in ap.group("c") else ")"):
            return "age"        # "Fatima Salam, 26, ...", "Kindu Fenta (17)"
    if small_int and (_P["month_before"].search(text, lo, s) or _P["month_after"].match(text, e)):
        return "date"
    if b.bare4 and 1900 <= b.low <= 2099 and _is_year(text, s, e):
        return "year"
    if b.single == "one" and (_P["one_before"].search(text, lo, s) or _P["one_after"].match(text, e)):
        return "pronoun"
    return ""


def _is_year(text: str, s: int, e: int) -> bool:
    """A bare 1900-2099 is a year unless a hedge of quantity precedes it or a lower-case word follows.

    "from" and "between" open ranges of numbers but are also prepositions of time ("from 2010"), so
    they do not make a count; nor does a following word when the number takes the genitive ("2005's
    hurricane": a count of people is not a possessor).
    """
    lo = max(0, s - 40)
    hit = _hedge(text, s, lo)
    if hit is not None and hit[0].effect not in ("between", "from"):
        return False
    if _P["possessive"].match(text, e):
        return True
    if _P["month_before"].search(text, lo, s) or _P["year_list"].search(text, lo, s):
        return True
    pw = _P["prev_word"].search(text, lo, s)
    if pw and pw.group(1).lower() in _YEAR_BEFORE:
        return True
    return _P["next_lower"].match(text, e) is None


_YEAR_BEFORE = frozenset(w.lower() for w in _LEX.exclude["year_before"])


def _apply_exclusions(text: str, bases: list[_Base], spans: list[tuple[int, int]]) -> list[_Base]:
    for b in bases:
        blocked = [sp for sp in spans if sp[0] < b.end + 30 and b.start - 30 < sp[1]] if b.kind == "digits" else []
        b.excluded = _exclusion(text, b, blocked)
    for a, c in zip(bases, bases[1:], strict=False):
        if _P["ratio_gap"].fullmatch(text, a.end, c.start) and _is_ratio(a, c):
            a.excluded = c.excluded = "ratio"     # "one in four people" (gold rule 11: ratios are not counts)
        _share_fate(text, a, c)
    return [b for b in bases if not b.excluded]


def _is_ratio(a: _Base, c: _Base) -> bool:
    """ "one in four", "3 in 10", "one in 100": a single-digit share of a small or round whole.

    "killed 40 in 12 villages" and "arrested 12 in 2020" are counts, so the share must be below ten
    and the whole at most ten or a power of ten.
    """
    if "vague" in (a.kind, c.kind) or a.low.denominator != 1 or c.low.denominator != 1:
        return False
    whole = int(c.low)
    round_whole = whole <= 10 or (whole <= 1000 and str(whole).rstrip("0") == "1")
    return 1 <= a.low < 10 and a.low < whole and round_whole


_CALENDAR = frozenset({"date", "year", "date, time or phone number"})


def _share_fate(text: str, a: _Base, c: _Base) -> None:
    """The two ends of "5-10%", "$5-10 million", "10-12 years old" share their fate.

    A unit, sign or age word written once covers both ends. A calendar reason does not travel so far:
    it reaches the other end only when that end could be a day, an hour or a year itself ("November
    26-28"), so in "January 23 to 150,000" the count stays a count.
    """
    if not (a.excluded or c.excluded) or "pronoun" in (a.excluded, c.excluded) or "vague" in (a.kind, c.kind):
        return
    if not (_P["range_gap"].fullmatch(text, a.end, c.start) or _P["and_gap"].fullmatch(text, a.end, c.start)):
        return
    if closes_dateline(text, a.start, c.start):
        return  # "PEMBA, Sept 4 - Fourteen people died": the day is the dateline's, the count stands alone
    reason = a.excluded or c.excluded
    other = c if a.excluded else a
    if reason in _CALENDAR and not (other.bare4 or (other.low.denominator == 1 and other.low <= 31)):
        return
    a.excluded = c.excluded = reason


# -- resolvers: hedges, bounds, ranges -------------------------------------------------------------


_APPROX_SIGN = Hedge("~", "approx", "approximately", True)
_NOT_A_BOUND = frozenset({"not", "the"})  # before a bare "least" (a bound whose "at" was dropped in the copy)


def _hedge(text: str, s: int, floor: int) -> tuple[Hedge, int] | None:
    """The hedge in front of the number at ``s``: a word ("nearly 500") or an approximately sign ("~982")."""
    sign = _P["approx_sign"].search(text, max(floor, s - 3), s)
    if sign is not None:
        return _APPROX_SIGN, sign.start()
    m = _P["hedge"].search(text, max(floor, s - 40), s)
    if m is None:
        return None
    phrase = norm_phrase(m.group("h"))
    hedge = _LEX.hedges[phrase]
    if phrase == "least" and _prev_word(text, m.start()) in _NOT_A_BOUND:
        return None                 # "not least 40 children", "the least 3": an emphasis, no copy slip
    if m.group("the") and hedge.in_span:
        return None                 # "the" only after a bound verb ("passed the 500 mark"), not "over the 5"
    return hedge, m.start()


def _prev_word(text: str, s: int) -> str:
    m = _P["prev_word"].search(text, max(0, s - 30), s)
    return m.group(1).lower() if m else ""


def _figure(text: str, start: int, end: int, low: Fraction | None, high: Fraction | None, approx: bool,
            qualifier: str | None, kind: str) -> Figure:
    return Figure(start, end, text[start:end], _value(low), _value(high), approx, qualifier, kind)


def _resolve(text: str, bases: list[_Base], strategies: tuple[str, ...]) -> list[Figure]:
    out: list[Figure] = []
    ranges = "ranges" in strategies
    prev_end = 0
    i = 0
    n = len(bases)
    while i < n:
        b = bases[i]
        hit = _hedge(text, b.start, prev_end)
        hedge, hstart = hit if hit else (None, b.start)
        if ranges and i + 1 < n and b.kind != "vague" and bases[i + 1].kind != "vague":
            fig = _range(text, b, bases[i + 1], hedge, hstart)
            if fig is not None:
                out.append(fig)
                prev_end = fig.end
                i += 2
                continue
        out.append(_single(text, b, hedge, hstart))
        prev_end = out[-1].end
        i += 1
    out = _merge_bound_pairs(text, out) if ranges else out
    return as_many(text, out)


def _range(text: str, b: _Base, c: _Base, hedge: Hedge | None, hstart: int) -> Figure | None:
    between = hedge is not None and hedge.effect == "between"
    if not (_P["range_gap"].fullmatch(text, b.end, c.start) or (between and _P["and_gap"].fullmatch(text, b.end, c.start))):
        return None
    if closes_dateline(text, b.start, c.start):
        return None
    gap = text[b.end:c.start]
    if (b.kind == "words" or c.kind == "words") and gap in ("-", "‐", "~"):
        return None                 # "three-nought-four" is three numbers
    lo, hi = b.low, c.low
    if c.scale is not None and b.scale is None and c.head is not None and lo <= c.head:
        lo = lo * c.scale           # "20 to 30 million", "between 1.2 and 1.5 million"
    if not lo < hi or (b.bare4 and c.bare4 and 1900 <= b.low <= 2099 and 1900 <= c.low <= 2099):
        return None
    if _P["or_gap"].fullmatch(gap) and hi > 2 * lo:
        return None                 # "two or three" is a range of neighbours; "10 bln or 10 tln" are alternatives
    before = _prev_word(text, hstart)
    if before in _LEX.change_words:
        return None                 # "rose from 20 to 30" is a change, not a range
    if hedge is not None and hedge.effect == "from" and _changed_in_clause(text, hstart):
        return None                 # "lifted the flood's count from 57 to 1,840"
    if _P["list_to_before"].search(text, max(0, hstart - 12), hstart) or _P["list_to_after"].match(text, c.end):
        return None                 # "from 41,000, to 38,000 to 43,150, to 45,000": a list of values reached
    approx = False
    qualifier: str | None = None
    start = b.start
    if hedge is not None and hedge.in_span:
        if hedge.effect in ("between", "from"):
            start, qualifier = hstart, "between"
        elif hedge.effect in ("approx", "nearly"):
            start, qualifier, approx = hstart, hedge.qualifier, True
    return _figure(text, start, c.end, lo, hi, approx, qualifier, "range")


def _changed_in_clause(text: str, s: int) -> bool:
    """Does a verb of change ("raised", "rose", "revised") come earlier in the clause that ends at ``s``?

    "from N to M" after such a verb gives the old and the new value, however many words lie between
    the verb and "from" (an object, a "from"-phrase naming the cause). The particles "up" and "down"
    count only right before "from" (the check before this one), since elsewhere in the clause they
    belong to other verbs ("set up", "broke down").
    The clause stops at a line
    break, ";", "!", "?" or a full stop before a capital ("U.S. territory" goes on), so a verb in an
    earlier sentence does not count.
    """
    lo = max(0, s - 120)
    for m in _P["clause_end"].finditer(text, lo, min(len(text), s + 1)):   # +1: the capital after "."
        lo = m.end()
    words = _P["word"].findall(text, lo, s)
    return any(w.lower() in _LEX.change_words and w.lower() not in ("up", "down") for w in words)


def _single(text: str, b: _Base, hedge: Hedge | None, hstart: int) -> Figure:
    low: Fraction | None = b.low
    high = b.high
    approx = b.kind == "vague"
    qualifier: str | None = None
    start, end = b.start, b.end
    if hedge is not None and hedge.effect not in ("between", "from"):
        qualifier = hedge.qualifier
        if hedge.in_span:
            start = hstart
        low, high, approx = apply_hedge_effect(hedge.effect, b.low, low, high, approx)
    sm = _P["suffix"].match(text, end)
    if sm is not None and not _P["number_next"].match(text, sm.end()):
        eff = _LEX.bound_suffixes[norm_phrase(sm.group("s"))]
        if eff == "low":
            low, high = b.low, None
        elif eff == "high":
            low, high = None, b.low
        end = sm.end()
        if qualifier is None and eff != "same":
            qualifier = norm_phrase(sm.group("s"))
    return _figure(text, start, end, low, high, approx, qualifier, b.kind)


def _merge_bound_pairs(text: str, figs: list[Figure]) -> list[Figure]:
    """ "at most 100 and at least 20" -> one figure 20..100 (only when the two bounds make a real range)."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        if i + 1 < len(figs) and f.qualifier is not None:
            g = figs[i + 1]
            lo_f, hi_g = f.low is not None and f.high is None, g.low is None and g.high is not None
            hi_f, lo_g = f.low is None and f.high is not None, g.low is not None and g.high is None
            gap = text[f.end:g.start]
            if g.qualifier is not None and ("," in gap or "and" in gap.lower()) and _P["pair_gap"].fullmatch(gap):
                lo = f.low if lo_f and hi_g else g.low if hi_f and lo_g else None
                hi = g.high if lo_f and hi_g else f.high if hi_f and lo_g else None
                if lo is not None and hi is not None and lo < hi and not f.approx and not g.approx:
                    out.append(Figure(f.start, g.end, text[f.start:g.end], lo, hi, False, "between", "range"))
                    i += 2
                    continue
        out.append(f)
        i += 1
    return out


_NATIVE_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# -- public ----------------------------------------------------------------------------------------


def parse_numbers(text: str, *, language: str = "en", strategies: tuple[str, ...] = STRATEGIES) -> list[Figure]:
    """Every number expression in ``text`` that could count something, in order, without overlaps.

    Each ``Figure`` has ``text[start:end] == figure`` (hedge words included, "of" after a vague
    quantity left out), ``low``/``high`` per the annotation rules (None for an open end), ``approx``,
    the normalised ``qualifier`` and the ``kind`` (digits, words, vague, range).

    ``language`` is an ISO 639-1 code (a region tag such as "pt-BR" is ignored). Russian, Ukrainian,
    Arabic, Spanish, Portuguese and French are read by their own conventions (``numbers_locale``);
    English and any language without a rule file by the English rules above.
    """
    lang = language.lower().replace("_", "-").split("-")[0]  # "pt-BR" reads as Portuguese
    if lang in LOCALE_LANGUAGES:
        from headcount.extract.numbers_locale import parse_locale  # imports text2num only when needed

        return parse_locale(text, lang, _blocked_spans(text.translate(_NATIVE_DIGITS)), strategies) if text else []
    if not text or CANDIDATE.search(text) is None:
        return []
    blocked = _blocked_spans(text)
    bases = _apply_exclusions(text, _find(text, strategies, blocked), blocked)
    return _resolve(text, bases, strategies)
