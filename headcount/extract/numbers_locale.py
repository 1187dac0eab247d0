"""The number layer for Russian, Ukrainian, Arabic, Spanish, Portuguese and French.

``parse_locale(text, language)`` returns the same ``Figure`` records as the English parser: "более 41 тыс."
(41000/open), "4,5 тисячі" (4500), "ألفاً و263" after a number (N thousand and 263), "Decenas de miles"
(20000/open, approx), "entre 1 500 et 5 000", "plusieurs dizaines de milliers" (30000/open, approx).

How it reads, in one pass over the tokens (``numbers_locale_lexicon.tokens``):

- digits: grouping and decimal marks from CLDR (Babel) for all six languages, read the one way the
  gold conventions allow: a mark before exactly three digits groups thousands ("38.044", "2,380",
  "21 000", "21'000", "٣٨٬٠٤٤"), any other is a decimal mark ("43,2", "5ر1", "56.4");
- number words: text2num for Spanish, Portuguese and French (``find_numbers`` over our tokens, so the
  spans are ours); for Russian, Ukrainian and Arabic a table in the language's rule file, looked up by
  simplemma lemma in Russian and Ukrainian (the numerals decline: "двух", "восьми", "тысяче");
- a scale word after either multiplies it ("3,4 тысячи", "dos millones"), and a smaller number straight
  after a scale adds to it ("41 mil 988", "62 ألفاً و263");
- then vague quantities, hedges before the number, bounds after it, ranges ("от двух до пяти тысяч",
  "بين 500 و700 ألف") and the exclusions (dates, years, percentages, money, units, ordinals).

A hedge belongs to the number right after it only, so it is never carried to a second coordinated number
("au moins 14 morts et 250 blessés" gives 250/250).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Any

from headcount.extract.hedge_effects import apply_hedge_effect
from headcount.extract.numbers_locale_lexicon import LocaleLexicon, load_locale, norm_word, tokens
from headcount.extract.numbers_slavic import half_number
from headcount.models import Figure

_RANK = ((range(1, 20), 1), (range(20, 100), 2), (range(100, 1000), 3))   # units and teens, tens, hundreds


@dataclass(slots=True)
class _Tok:
    kind: str        # num, word, punct
    start: int
    end: int
    norm: str


@dataclass(slots=True)
class _Base:
    """A number before hedges and ranges: token span, value and how it was written."""

    i: int           # first token
    j: int           # one past the last token
    low: Fraction
    high: Fraction | None
    kind: str        # digits, words, vague
    head: Fraction | None = None     # the value before a scale word ("5" in "пяти тысяч")
    scale: int | None = None
    plain4: bool = False             # four digits without a mark: maybe a year


@dataclass(slots=True)
class _Ctx:
    text: str
    toks: list[_Tok]
    norms: list[str]
    lex: LocaleLexicon


# -- reading ---------------------------------------------------------------------------------------


def _digits_value(raw: str) -> Fraction:
    """ "38.044" -> 38044, "4,5" -> 4.5, "٣٨٬٠٤٤" -> 38044: a mark before exactly three digits groups."""
    raw = raw.translate(_ASCII)
    marks = [k for k, c in enumerate(raw) if not c.isdigit()]
    if not marks:
        return Fraction(int(raw))
    last = marks[-1]
    whole, frac = raw[:last], raw[last + 1:]
    if len(frac) == 3 and raw[last] not in "ر٫":
        return Fraction(int("".join(c for c in raw if c.isdecimal())))
    return Fraction(int("".join(c for c in whole if c.isdecimal()) or "0")) + Fraction(int(frac), 10 ** len(frac))


_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _arabic_r_value(raw: str) -> Fraction:
    """ "5ر1" is 1.5: the digits are typed in visual order, so the fraction comes first."""
    a, b = raw.translate(_ASCII).split("ر", 1)
    return Fraction(int(b)) + Fraction(int(a), 10 ** len(a))


_FIRSTS: dict[int, frozenset[str]] = {}


def _firsts(table: dict[tuple[str, ...], Any] | frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words that open a phrase of ``table`` (cached per table: the tables live as long as the lexicon)."""
    got = _FIRSTS.get(id(table))
    if got is None:
        got = _FIRSTS[id(table)] = frozenset(p[0] for p in table)
    return got


def _phrase_at(ctx: _Ctx, i: int, table: dict[tuple[str, ...], Any] | frozenset[tuple[str, ...]]) -> int:
    """Length (in tokens) of the longest phrase of ``table`` starting at token ``i``; 0 if none."""
    if i >= len(ctx.norms) or ctx.norms[i] not in _firsts(table):
        return 0
    for k in range(min(ctx.lex.max_phrase, len(ctx.toks) - i), 0, -1):
        if tuple(ctx.norms[i:i + k]) in table:
            return k
    return 0


def _phrase_before(ctx: _Ctx, i: int, table: dict[tuple[str, ...], Any] | frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``table`` ending just before token ``i``; 0 if none."""
    for k in range(min(ctx.lex.max_phrase, i), 0, -1):
        if tuple(ctx.norms[i - k:i]) in table:
            return k
    return 0


@cache
def _lemma(word: str, language: str) -> str:
    from headcount.extract.analyser_simple import lemmatiser

    lib = lemmatiser()  # the stored dictionaries (``lemma_store``), one copy per process
    if lib is None:
        return word.lower().replace("ё", "е")
    return str(lib.lemmatize(word, lang=language)).lower().replace("ё", "е")  # type: ignore[attr-defined]


def _word_value(ctx: _Ctx, w: str) -> tuple[int | None, int | None]:
    """(number value, scale value) of one word of a table language, by form then by lemma."""
    lex = ctx.lex
    v, s = lex.words.get(w), lex.scales.get((w,))
    if v is None and s is None and lex.lemmatize:
        lem = _lemma(w, lex.language)
        v, s = lex.words.get(lem), lex.scales.get((lem,))
    return v, s


# Arabic "ألفا", "مليونا" are the accusative singular after a tens word ("عشرون ألفا") but, with no number word
# before them, the nominative dual in the construct state: "ألفا لاجئ" is two thousand refugees
_CONSTRUCT_DUALS = {"ar": frozenset({"ألفا", "الفا", "مليونا"})}


def _construct_dual(w: str, language: str) -> bool:
    return w.rstrip("\u064b") in _CONSTRUCT_DUALS.get(language, ())


def _rank(v: int) -> int:
    return next((k for r, k in _RANK if v in r), 4)


def _read_table_words(ctx: _Ctx, i: int) -> tuple[int, Fraction, Fraction | None, int | None] | None:
    """Number words from token ``i`` (Russian, Ukrainian, Arabic): (end token, value, head, last scale)."""
    toks, lex = ctx.toks, ctx.lex
    total, cur, used, floor = 0, 0, set(), 5
    last_scale: int | None = None
    head: int | None = None
    j, end = i, i
    conj = lex.conjunction_prefix
    while j < len(toks) and toks[j].kind == "word":
        w = toks[j].norm
        if conj and j > i and w == conj:
            j += 1
            continue
        v, s = _word_value(ctx, w)
        if v == 10 and conj and 0 < cur < 10 and floor == 1:
            cur += 10                   # "ستة عشر": a unit then ten is a teen
        elif v == 100 and conj and 0 < cur < 10 and floor == 1:
            cur, floor = cur * 100, 3   # "ثلاث مائة": hundreds may be written as two words
        elif v is not None and _rank(v) not in used and (conj or _rank(v) < floor):
            used.add(_rank(v))          # Russian and Ukrainian go down (сто двадцать пять); Arabic either way
            cur, floor = cur + v, _rank(v)
        elif s is not None and (last_scale is None or s < last_scale):
            head = cur or (2 if j == i and _construct_dual(w, lex.language) else 1)
            total += head * s
            cur, used, last_scale, floor = 0, set(), s, 5
        else:
            break
        j += 1
        end = j
    if end == i:
        return None
    value = total + cur
    return end, Fraction(value), (Fraction(head) if head is not None and cur == 0 else None), last_scale


def _text2num_spans(ctx: _Ctx) -> dict[int, tuple[int, Fraction]]:
    """Spelled numbers found by text2num over our word tokens: first token -> (end token, value)."""
    from text_to_num import find_numbers, text2num

    class _T:
        __slots__ = ("t", "digit")

        def __init__(self, t: str, digit: bool) -> None:
            self.t, self.digit = t, digit

        def text(self) -> str:
            return self.t

        def nt_separated(self, previous: object) -> bool:
            return False

        def not_a_number_part(self) -> bool:
            return self.digit

    stream = [_T(n, t.kind == "num") for t, n in zip(ctx.toks, ctx.norms, strict=True)]   # spelling applied
    out: dict[int, tuple[int, Fraction]] = {}
    for occ in find_numbers(stream, ctx.lex.language, _THRESHOLD):
        if occ.is_ordinal or occ.value != int(occ.value):
            continue
        cut = _fraction_cut(ctx, occ.start, occ.end)
        if cut is not None:                 # "cinq milliards et trois quarts": text2num took "et trois"
            try:
                value = text2num(" ".join(ctx.norms[occ.start:cut]), ctx.lex.language)
            except ValueError:
                continue
            out[occ.start] = (cut, Fraction(int(value)))
            continue
        if occ.end - occ.start == 1 and (ctx.norms[occ.start],) in ctx.lex.hedges:
            continue                      # "unos", "unas" are hedges ("unos 9.000"), not the number one
        out[occ.start] = (occ.end, Fraction(int(occ.value)))
    return out


def _fraction_cut(ctx: _Ctx, start: int, end: int) -> int | None:
    """Where a spelled number must stop because a fraction of its scale begins inside it ("et trois quarts")."""
    lex = ctx.lex
    for p in range(start + 1, end):
        if ctx.norms[p] in lex.fraction_joins and (lex.scales.get((ctx.norms[p - 1],))):
            f = _phrase_at(ctx, p + 1, lex.fractions)
            if f and p + 1 + f > end:
                return p
    return None


_MONTH_YEAR_LINKS = frozenset({"de", "del", "do", "da"})   # "enero de 2017", "março de 2020"
_THRESHOLD = 1.5   # "un", "uno", "um" alone are articles; "deux", "dos", "dois" are counts


def _read_number(ctx: _Ctx, i: int, spelled: dict[int, tuple[int, Fraction]]) -> _Base | None:
    t = ctx.toks[i]
    lex = ctx.lex
    head: Fraction | None = None
    scale: int | None = None
    plain4 = False
    if t.kind == "num":
        raw = ctx.text[t.start:t.end]
        value = _arabic_r_value(raw) if "ر" in raw else _digits_value(raw)
        plain4 = raw.isdigit() and len(raw) == 4
        j, kind = i + 1, "digits"
    elif t.norm in lex.zero_words:
        return _Base(i, i + 1, Fraction(0), Fraction(0), "words")
    elif lex.engine == "table":
        if (half := half_number(ctx.norms, i, lex.language, lambda w: _word_value(ctx, w)[1])) is not None:
            return _Base(i, half[0], half[1], half[1], "words")   # "полутора тысяч", "полсотни"
        got = _read_table_words(ctx, i)
        if got is None:
            return None
        j, value, head, scale = got
        kind = "words"
        if value == 1 and j == i + 1 and not _phrase_at(ctx, j, lex.scales) and not _in_number_list(ctx, i):
            return None              # a lone "one" ("أي واحد", "один из"): a pronoun, as text2num leaves "un"
    elif i in spelled:
        j, value = spelled[i]
        kind = "words"
        scale = lex.scales.get((ctx.norms[j - 1],))
        head = value / scale if scale is not None and j - i > 1 else None
    elif t.norm in lex.one_words and i + 1 in spelled and lex.scales.get((ctx.norms[i + 1],)):
        j, value, kind = spelled[i + 1][0], spelled[i + 1][1], "words"   # "um" + "milhão quatrocentos..."
    elif t.norm in lex.one_words and _phrase_at(ctx, i + 1, lex.scales):
        value, j, kind = Fraction(1), i + 1, "words"                # "un billón", "um trilhão"
    elif t.norm in lex.one_words and (f := _fraction_scale(ctx, i + 1)) is not None:
        return _Base(i, f[0], f[1], f[1], "words")                  # "un demi-million"
    elif (f := _fraction_scale(ctx, i)) is not None:
        return _Base(i, f[0], f[1], f[1], "words")                  # "meio milhão": no article before it
    else:
        return None
    k = _phrase_at(ctx, j, lex.scales) if kind == "digits" or lex.engine == "text2num" else 0
    if k:
        head, scale = value, lex.scales[tuple(ctx.norms[j:j + k])]
        value, j, plain4 = value * scale, j + k, False
    elif kind == "digits" and lex.lemmatize and j < len(ctx.toks) and ctx.toks[j].kind == "word":
        s = lex.scales.get((_lemma(ctx.norms[j], lex.language),))
        if s is not None:                 # "3,4 тысячи", "125 тысяч": the scale word declines
            head, scale, value, j, plain4 = value, s, value * s, j + 1, False
    if scale is not None:
        value, j = _add_after_scale(ctx, j, value, scale, spelled)
    return _Base(i, j, value, value, kind, head, scale, plain4)


def _in_number_list(ctx: _Ctx, i: int) -> bool:
    """Is the word at ``i`` one of a list of numbers ("один, два, три"), where "one" is a number too?"""
    for step in (-1, 1):
        k = i + step
        if 0 <= k < len(ctx.toks) and ctx.norms[k] == ",":
            k += step
        if 0 <= k < len(ctx.toks):
            t = ctx.toks[k]
            if t.kind == "num" or (t.kind == "word" and _word_value(ctx, t.norm)[0] is not None):
                return True
    return False


def _fraction_scale(ctx: _Ctx, i: int) -> tuple[int, Fraction] | None:
    """ "demi-million", "medio millón" at token ``i``: (end token, value)."""
    f = _phrase_at(ctx, i, ctx.lex.fractions)
    if not f:
        return None
    k = i + f + (1 if i + f < len(ctx.toks) and ctx.norms[i + f] == "-" else 0)
    sc = _phrase_at(ctx, k, ctx.lex.scales)
    if not sc:
        return None
    return k + sc, ctx.lex.fractions[tuple(ctx.norms[i:i + f])] * ctx.lex.scales[tuple(ctx.norms[k:k + sc])]


def _add_after_scale(ctx: _Ctx, j: int, value: Fraction, scale: int,
                     spelled: dict[int, tuple[int, Fraction]]) -> tuple[Fraction, int]:
    """ "41 mil 988", "62 ألفاً و263": a smaller number right after a scale word adds to it."""
    toks = ctx.toks
    if j < len(toks) and ctx.norms[j] in ctx.lex.fraction_joins and (f := _phrase_at(ctx, j + 1, ctx.lex.fractions)):
        part = ctx.lex.fractions[tuple(ctx.norms[j + 1:j + 1 + f])]
        after = _phrase_at(ctx, j + 1 + f, ctx.lex.scales)       # "un billón y medio millón"
        if after:
            return value + part * ctx.lex.scales[tuple(ctx.norms[j + 1 + f:j + 1 + f + after])], j + 1 + f + after
        return value + part * scale, j + 1 + f                     # "2 millones y medio", "et trois quarts"
    half = _phrase_at(ctx, j, ctx.lex.half_after_scale)
    if half:
        return value + Fraction(scale, 2), j + half                 # "2 миллиона с половиной"
    k = j
    if k < len(toks) and ctx.lex.conjunction_prefix and toks[k].norm == ctx.lex.conjunction_prefix:
        k += 1
    if k in spelled and spelled[k][1] < scale:
        return value + spelled[k][1], spelled[k][0]    # "tres billones cuatrocientos ... millones"
    if k < len(toks) and toks[k].kind == "num" and toks[k].start - toks[k - 1].end <= 1:
        raw = ctx.text[toks[k].start:toks[k].end]
        if raw.isdecimal() and int(raw) < scale and _phrase_at(ctx, k + 1, ctx.lex.scales) == 0:
            return value + int(raw), k + 1
    return value, j


# -- exclusions ------------------------------------------------------------------------------------


def _excluded(ctx: _Ctx, b: _Base, hedged: bool, blocked: Sequence[tuple[int, int]]) -> bool:
    toks, text, lex = ctx.toks, ctx.text, ctx.lex
    first, last = toks[b.i], toks[b.j - 1]
    if any(s < last.end and first.start < e for s, e in blocked):
        return True
    if b.kind == "vague":
        return False
    if _phrase_at(ctx, b.j, lex.exclude_after) or _phrase_before(ctx, b.i, lex.exclude_before):
        return True
    if b.kind == "digits":
        after = text[last.end:last.end + 4]
        if any(after.startswith(s) and not after[len(s):len(s) + 1].isalpha() for s in lex.ordinal_suffixes):
            return True
        before = text[max(0, first.start - 2):first.start]
        if before[-1:].isalpha() and before[-1:] != lex.conjunction_prefix or after[:1].isalpha():
            return True       # glued to letters: "F16", "5km", "COVID19"
        if len(before) == 2 and before[1] == "-" and before[0].isalpha():
            return True       # a name with a number: "COVID-19", "Су-25", "F-16"
    small = b.low.denominator == 1 and 1 <= b.low <= 31
    prev = ctx.norms[b.i - 1].rstrip(".") if b.i else ""
    nxt = ctx.norms[b.j].rstrip(".") if b.j < len(toks) else ""
    nxt2 = ctx.norms[b.j + 1].rstrip(".") if b.j + 1 < len(toks) else ""
    if small and b.kind == "digits" and (nxt in lex.months or (nxt in ("de", "du") and nxt2 in lex.months)):
        return True
    if b.plain4 and 1900 <= b.low <= 2099 and not hedged:
        if prev in lex.months or prev in lex.year_words or nxt in lex.year_words:
            return True
        if prev in _MONTH_YEAR_LINKS and b.i > 1 and ctx.norms[b.i - 2].rstrip(".") in lex.months:
            return True       # "enero de 2017", "março de 2020": a month's year
        nt = toks[b.j] if b.j < len(toks) else None
        return nt is None or nt.kind != "word" or text[nt.start].isupper()
    return False


# -- resolving -------------------------------------------------------------------------------------


def _hedge(ctx: _Ctx, i: int, floor: int) -> tuple[str, str, int] | None:
    """(effect, qualifier, first token) of the hedge right before token ``i`` (a comma may sit between)."""
    arts = ctx.lex.articles
    for at in (i, i - 1, i - 2):
        skipped = ctx.norms[at:i]
        if at < i and not (at > floor and all(w == "," or w in arts for w in skipped) and len(set(skipped)) == len(skipped)):
            continue                 # "pelo menos, 50 mil", "entre el diez": a comma or an article in between
        k = _phrase_before(ctx, at, ctx.lex.hedges)
        if k and at - k >= floor:
            effect, qualifier = ctx.lex.hedges[tuple(ctx.norms[at - k:at])]
            return effect, qualifier, at - k
    return None


def _value(v: Fraction | None) -> float | None:
    if v is None:
        return None
    return int(v) if v.denominator == 1 else float(v)


def _figure(ctx: _Ctx, i: int, j: int, low: Fraction | None, high: Fraction | None, approx: bool,
            qualifier: str | None, kind: str) -> Figure:
    s, e = ctx.toks[i].start, ctx.toks[j - 1].end
    return Figure(s, e, ctx.text[s:e], _value(low), _value(high), approx, qualifier, kind)


def _single(ctx: _Ctx, b: _Base, hedge: tuple[str, str, int] | None) -> Figure:
    low: Fraction | None = b.low
    high = b.high
    approx = b.kind == "vague"
    qualifier: str | None = None
    i, j = b.i, b.j
    if hedge is not None and hedge[0] == "high" and hedge[2] and ctx.norms[hedge[2] - 1] in ctx.lex.change_words:
        hedge = None                 # "зросла до 12 905": the value reached, not an upper bound
    if hedge is not None and hedge[0] not in ("between", "from"):
        effect, qualifier, i = hedge
        low, high, approx = apply_hedge_effect(effect, b.low, low, high, approx)
        if effect == "low":
            approx = approx and b.high is None  # "au moins une centaine": the vague word's own top is gone
    k = _phrase_at(ctx, j, ctx.lex.bound_suffixes)
    if k and (tuple(ctx.norms[j + k - 1:j + k + 1]) in ctx.lex.hedge_pairs
              or j + k < len(ctx.toks) and ctx.toks[j + k].kind == "num"):
        k = 0                        # "5000 o menos de 6000", "12 e mais 194": the bound opens the next number
    if k:
        eff = ctx.lex.bound_suffixes[tuple(ctx.norms[j:j + k])]
        if qualifier is None and eff != "same":
            qualifier = " ".join(ctx.norms[j:j + k])
        if eff == "low":
            low, high = b.low, None
        elif eff == "high":
            low, high = None, b.low
        j += k
    return _figure(ctx, i, j, low, high, approx, qualifier, b.kind)


def _range(ctx: _Ctx, b: _Base, c: _Base, hedge: tuple[str, str, int] | None) -> Figure | None:
    gap = tuple(ctx.norms[b.j:c.i])
    if len(gap) == 2 and gap[1] in ctx.lex.articles:
        gap = gap[:1]                # "entre el diez y el quince"
    effect = hedge[0] if hedge else None
    symbol = len(gap) == 1 and (not gap[0].isalpha() or len(gap[0]) > 2)   # "-", "إلى"; not "a", "до"
    if not (gap in ctx.lex.range_to and (symbol or effect in ("from", "between", "approx", "nearly"))
            or gap in ctx.lex.range_and and effect in ("from", "between")
            or gap in ctx.lex.neighbours):
        return None
    lo, hi = b.low, c.low
    if c.scale is not None and b.scale is None and c.head is not None and lo <= c.head:
        lo = lo * c.scale            # "от двух до пяти тысяч", "200-300 mil", "بين 500 و700 ألف"
    if not lo < hi or (b.plain4 and c.plain4 and 1900 <= b.low <= 2099 and 1900 <= c.low <= 2099):
        return None
    if gap in ctx.lex.neighbours and hi > 2 * lo:
        return None                  # "dos o tres" is a range of neighbours; "10 o 100" are alternatives
    i, approx, qualifier = b.i, False, None
    if hedge is not None:
        before = ctx.norms[hedge[2] - 1] if hedge[2] else ""
        if effect in ("from", "between"):
            if effect == "from" and before in ctx.lex.change_words:
                return None          # "pasó de 20 a 30" is a change, not a range
            i, qualifier = hedge[2], "between"
        elif effect in ("approx", "nearly"):
            i, qualifier, approx = hedge[2], hedge[1], True
    return _figure(ctx, i, c.j, lo, hi, approx, qualifier, "range")


def _linked(ctx: _Ctx, a: _Base, b: _Base) -> bool:
    """Are ``a`` and ``b`` the two ends of one range ("20 e 100", "5-10")?"""
    gap = tuple(ctx.norms[a.j:b.i])
    return gap in ctx.lex.range_to or gap in ctx.lex.range_and


def _scan(ctx: _Ctx, blocked: Sequence[tuple[int, int]]) -> list[tuple[_Base, tuple[str, str, int] | None]]:
    lex, toks = ctx.lex, ctx.toks
    spelled = _text2num_spans(ctx) if lex.engine == "text2num" else {}
    out: list[tuple[_Base, tuple[str, str, int] | None]] = []
    i, floor = 0, 0
    while i < len(toks):
        if toks[i].kind == "punct":
            i += 1
            continue
        b: _Base | None = None
        k = _phrase_at(ctx, i, lex.one_after_hedge) if lex.one_after_hedge else 0
        if k and _hedge(ctx, i, floor) is not None:
            v = Fraction(lex.one_after_hedge[tuple(ctx.norms[i:i + k])])
            b = _Base(i, i + k, v, v, "words")
        if b is None and (k := _phrase_at(ctx, i, lex.vague)):
            vg = lex.vague[tuple(ctx.norms[i:i + k])]
            b = _Base(i, i + k, Fraction(vg.low), None if vg.high is None else Fraction(vg.high), "vague")
        if b is None:
            b = _read_number(ctx, i, spelled)
        if b is None:
            i += 1
            continue
        hedge = _hedge(ctx, i, floor)
        # "de 2024." is a date: the opening of a range ("de", "от") is no hedge until a second end follows
        if not _excluded(ctx, b, hedge is not None and hedge[0] != "from", blocked):
            out.append((b, hedge))
        elif out and _phrase_at(ctx, b.j, lex.exclude_after) and _linked(ctx, out[-1][0], b):
            out.pop()                # "entre 20 e 100 dias": a unit after the second end covers the first
        i = floor = b.j
    return out


def _resolve(ctx: _Ctx, found: list[tuple[_Base, tuple[str, str, int] | None]], ranges: bool) -> list[Figure]:
    out: list[Figure] = []
    n = 0
    while n < len(found):
        b, hedge = found[n]
        if ranges and n + 1 < len(found) and "vague" not in (b.kind, found[n + 1][0].kind):
            fig = _range(ctx, b, found[n + 1][0], hedge)
            if fig is not None:
                out.append(fig)
                n += 2
                continue
        out.append(_single(ctx, b, hedge))
        n += 1
    return _merge_bound_pairs(ctx, out) if ranges else out


def _merge_bound_pairs(ctx: _Ctx, figs: list[Figure]) -> list[Figure]:
    """ "mayor que 20 y menor que 35", "como máximo 100 y como mínimo 20": two opposite bounds are one range."""
    out: list[Figure] = []
    n = 0
    while n < len(figs):
        f = figs[n]
        if n + 1 < len(figs) and f.qualifier is not None and figs[n + 1].qualifier is not None:
            g = figs[n + 1]
            gap = tuple(norm_word(w) for w in ctx.text[f.end:g.start].replace(",", " , ").split())
            lo = f.low if f.high is None else g.low if g.high is None else None
            hi = g.high if g.low is None else f.high if f.low is None else None
            if (gap in ctx.lex.contrast or gap == (",",)) and lo is not None and hi is not None and lo < hi \
                    and not f.approx and not g.approx:
                out.append(Figure(f.start, g.end, ctx.text[f.start:g.end], lo, hi, False, "between", "range"))
                n += 2
                continue
        out.append(f)
        n += 1
    return out


def _split_proclitics(toks: list[_Tok], lex: LocaleLexicon) -> list[_Tok]:
    """Arabic writes "and", "for", "with" onto the next word ("لآلاف", "وعشرون"): split them off a number word."""
    if not lex.proclitics:
        return toks
    out: list[_Tok] = []
    for t in toks:
        if t.kind == "word" and len(t.norm) > 2 and t.norm[0] in lex.proclitics and t.norm[1:] in lex.number_words \
                and t.norm not in lex.number_words:
            out.append(_Tok("word", t.start, t.start + 1, t.norm[0]))
            out.append(_Tok("word", t.start + 1, t.end, t.norm[1:]))
        else:
            out.append(t)
    return out


def parse_locale(text: str, language: str, blocked: Sequence[tuple[int, int]] = (),
                 strategies: Sequence[str] = ("vague", "digits", "words", "ranges")) -> list[Figure]:
    """Every number expression in ``text`` written in ``language`` (ru, uk, ar, es, pt, fr), in order.

    ``blocked`` are spans already known to be dates, times or phone numbers (the English layer's reader
    of them is shared: "21.11.2016", "10:30" are written alike in these languages).
    """
    lex = load_locale(language)
    raw = tokens(text, elision=language == "fr")
    spell = lex.spelling               # "milhoes" is looked up as "milhões", everywhere
    norms = [norm_word(text[s:e]) for _, s, e in raw]
    toks = _split_proclitics([_Tok(k, s, e, spell.get(n, n)) for (k, s, e), n in zip(raw, norms, strict=True)], lex)
    ctx = _Ctx(text, toks, [t.norm for t in toks], lex)
    found = [(b, h) for b, h in _scan(ctx, blocked) if b.kind in strategies]
    return _resolve(ctx, found, "ranges" in strategies)
