"""Reading one number out of text: digits with separators and suffixes, number words, and their mixtures.

``read_chain(text, pos)`` reads the run of number tokens that starts at ``pos`` ("three hundred and two
dozens", "1,674.5 million", "4 thousand 3 hundred and 0") and cuts it into the numbers it holds, with
the grammar of English cardinals: a group below a thousand (units, teens, tens, "hundred"), closed by a
scale word smaller than the last one; "and" only after "hundred" or a scale; "dozen" multiplies the last
part; a fraction ("half", "two thirds", "a quarter") only counts next to a scale ("half a million",
"3 million and a half"), so "half of them" is not a number. Values are exact (``Fraction``) so that
"2.12 hundred" is 212, not 212.00000000000003. The word tables come from ``lexicons/numbers.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from headcount.extract.numbers_lexicon import NumberLexicon

HSPACE = r"[^\S\n]"

# Digits: 8,461 / 1,674.5 / 1,42,000 (lakh grouping, South Asian English press) / 275.000 (dotted
# thousands) / 1 234 567 (a space grouping: groups of exactly three digits, the first group without a
# leading zero, one kind of separator; the possessive ``++`` keeps "149 112 682,139" from being cut
# back to "149 112") / 192 / 2.5; then letters glued on (10k, 4th, 5km) or a spaced suffix (2.33 k).
# ``{spaces}`` is filled in from CLDR (see ``space_groupers``).
DIGITS = (
    r"(?<![\w.])(?<!(?<!\d)[A-Za-z]-)"
    r"(?P<d>\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d]|\.\d)"
    r"{spaced_groups}"
    r"|\d+(?:\.\d+)?)"
    r"(?:(?P<tail>[A-Za-z]+)|" + HSPACE + r"(?P<sp>{spaced})(?![\w'’]))?"
)
_SPACED_GROUPS = r"|(?:[1-9]\d{0,2}(?:[{spaces}]\d{3})++(?![\d]|[.,]\d))"
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_ZERO = Fraction(0)
_ONE = Fraction(1)
_KIND = {"units": "unit", "teens": "teen", "tens": "tens", "hundreds": "hundred", "scales": "scale",
         "dozens": "dozen", "fractions": "frac"}


@dataclass(slots=True)
class Tok:
    kind: str          # unit teen tens digit hundred scale dozen frac art of
    value: Fraction
    start: int
    end: int
    joiner: str        # "" (first), " ", "-", "and"
    closed: bool = False   # digits with a suffix, or zero: nothing may follow inside the number
    bare4: bool = False    # four plain digits (a year candidate)
    word: str = ""         # the lower-case word, for word tokens


@dataclass(slots=True)
class Num:
    """One number read from text, before hedges and ranges are applied."""

    start: int
    end: int
    value: Fraction
    kind: str                 # digits or words
    head: Fraction | None     # "30" in "30 million": the part the trailing scale multiplies
    scale: int | None         # the trailing scale ("30 million" -> 10**6), for "20 to 30 million"
    single: str = ""          # the lower-case word when the number is that one word ("one")
    bare4: bool = False       # four plain digits and nothing else


class Grammar:
    """Compiled token patterns for one lexicon."""

    def __init__(self, lex: NumberLexicon) -> None:
        self.lex = lex
        self.words = {w: (_KIND[cls], Fraction(v)) for w, (cls, v) in lex.words.items()}
        spaced = "|".join(sorted((re.escape(s) for s in lex.spaced_suffixes if len(s) == 1), key=len, reverse=True))
        base = DIGITS.replace("{spaced}", spaced or "(?!)")
        nbsp = "".join(sorted(lex.space_groupers))
        # Two token patterns: a no-break or thin space always groups digits ("16\u202f638"); a plain
        # space groups them only where the text allows it (``tokens(..., plain_space=True)``).
        self.digits_pattern = base.replace("{spaced_groups}", _SPACED_GROUPS.replace("{spaces}", nbsp + " "))
        self.token = re.compile(self.digits_pattern + r"|(?P<w>[A-Za-z]+)")
        strict = base.replace("{spaced_groups}", _SPACED_GROUPS.replace("{spaces}", nbsp) if nbsp else "")
        self.token_strict = re.compile(strict + r"|(?P<w>[A-Za-z]+)")
        self.space_groupers = frozenset(lex.space_groupers) | {" "}
        self.join = re.compile(
            HSPACE + r"*[-‐‑]" + HSPACE + r"*|" + HSPACE + r"+(?:and" + HSPACE + r"+)?", re.IGNORECASE
        )
        self.next_word = re.compile(HSPACE + r"+([A-Za-z]+)")

    # -- tokens -----------------------------------------------------------------------------------

    def _digit_tok(self, text: str, m: re.Match[str], joiner: str) -> Tok | None:
        """A digits token, or None when glued letters make it something else (4th, 5km, 3pm)."""
        raw = m.group("d")
        tail = m.group("tail")
        sp = m.group("sp")
        scale_word = None
        if tail is not None:
            if raw + tail in self.lex.not_numbers:
                return None
            if tail in self.lex.suffixes:
                if tail in self.lex.ambiguous_suffixes and "." not in raw and "," not in raw:
                    nw = self.next_word.match(text, m.end())
                    if nw is None or nw.group(1).lower() in self.lex.ambiguous_not_before or text[nw.end():nw.end() + 1] in ("'", "’"):
                        return None
                scale_word = tail
            else:
                entry = self.lex.words.get(tail.lower())
                if entry is None or entry[0] != "scales":
                    return None
                # "3million" glued: read as "3 million"
                value = self._digit_value(raw, followed_by_scale=True) * entry[1]
                return Tok("digit", value, m.start(), m.end(), joiner, closed=True)
        elif sp is not None:
            scale_word = sp
        if scale_word is not None:
            value = self._digit_value(raw, followed_by_scale=True) * self.lex.suffixes[scale_word]
            return Tok("digit", value, m.start(), m.end(), joiner, closed=True)
        nw = self.next_word.match(text, m.end())
        before_scale = nw is not None and self.lex.words.get(nw.group(1).lower(), ("", 0))[0] in ("scales", "hundreds")
        value = self._digit_value(raw, followed_by_scale=before_scale)
        bare4 = len(raw) == 4 and raw.isdigit()
        return Tok("digit", value, m.start(), m.end(), joiner, bare4=bare4)

    @staticmethod
    def _digit_value(raw: str, *, followed_by_scale: bool) -> Fraction:
        # 275.000 and 1.234.567 are thousands; a single group before a scale ("1.500 million") is decimal
        if _DOTTED.fullmatch(raw) and not raw.startswith("0") and (raw.count(".") > 1 or not followed_by_scale):
            return Fraction(int(raw.replace(".", "")))
        clean = "".join(c for c in raw if c.isdigit() or c == ".") if not raw.isdigit() else raw
        if clean.isdigit():
            return Fraction(int(clean))  # the common case; Fraction("...") parses with a regex
        return Fraction(clean)

    def tokens(self, text: str, pos: int, *, plain_space: bool = True) -> tuple[list[Tok], int]:
        """The run of number tokens from ``pos``; also the end of the first token (to skip a rejected one).

        ``plain_space=False`` reads "11 300" as two numbers: the caller has seen that the text uses a
        plain space between numbers (a table) or groups its thousands with commas.
        """
        token = self.token if plain_space else self.token_strict
        toks: list[Tok] = []
        p = pos
        first_end = pos + 1
        words = self.words
        while True:
            if toks:
                j = self.join.match(text, p)
                if j is None:
                    break
                js = j.group()
                joiner = "and" if "and" in js.lower() else ("-" if "-" in js or "‐" in js or "‑" in js else " ")
                q = j.end()
            else:
                joiner, q = "", p
            m = token.match(text, q)
            if m is None:
                break
            if m.group("w") is not None:
                w = m.group("w").lower()
                entry = words.get(w)
                if entry is not None:
                    tok = Tok(entry[0], entry[1], m.start(), m.end(), joiner, word=w)
                elif w in self.lex.articles:
                    tok = Tok("art", _ONE, m.start(), m.end(), joiner, word=w)
                elif w == "of" and toks and toks[-1].kind == "frac":
                    tok = Tok("of", _ZERO, m.start(), m.end(), joiner, word=w)
                else:
                    break
            else:
                dt = self._digit_tok(text, m, joiner)
                if dt is None:
                    if not toks:
                        first_end = m.end()
                    break
                tok = dt
            if not toks:
                first_end = tok.end
            toks.append(tok)
            if tok.closed:
                break
            p = tok.end
        return self._fold(toks), first_end

    @staticmethod
    def _fold(toks: list[Tok]) -> list[Tok]:
        """Fold articles and fractions: "two thirds" -> 2/3, "a half" -> 1/2, "half a million" -> 1/2 million."""
        out: list[Tok] = []
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < n else None
            if t.kind in ("unit", "art") and nxt is not None and nxt.kind == "frac" and nxt.joiner in (" ", "-") and t.value > 0:
                out.append(Tok("frac", t.value / nxt.value, t.start, nxt.end, t.joiner))
                i += 2
                continue
            if t.kind == "frac":
                f = Tok("frac", Fraction(1) / t.value, t.start, t.end, t.joiner) if t.word else t
                out.append(f)
                i += 1
                continue
            if t.kind == "of":
                # only "of a" between a fraction and a scale: "two thirds of a million"
                if out and out[-1].kind == "frac" and nxt is not None and nxt.kind == "art" and i + 2 < n and toks[i + 2].kind in ("scale", "dozen"):
                    i += 2
                    toks[i].joiner = " "
                    continue
                break
            if t.kind == "art":
                if out and out[-1].kind == "frac" and nxt is not None and nxt.kind in ("scale", "dozen"):
                    i += 1      # "half a million": the article only links
                    nxt.joiner = " "
                    continue
                if nxt is not None and nxt.kind in ("hundred", "scale", "dozen") and nxt.joiner == " ":
                    out.append(Tok("unit", Fraction(1), t.start, t.end, t.joiner, word=t.word))
                    i += 1
                    continue
                break
            out.append(t)
            i += 1
        return out

    # -- grammar ----------------------------------------------------------------------------------

    def read_chain(self, text: str, pos: int, *, plain_space: bool = True) -> tuple[list[Num], int]:
        """The numbers in the token run at ``pos`` and the offset where reading stopped."""
        toks, first_end = self.tokens(text, pos, plain_space=plain_space)
        nums: list[Num] = []
        i = 0
        while i < len(toks):
            num, nxt = _parse_one(toks, i)
            if num is not None:
                nums.append(num)
            i = max(nxt, i + 1)
        end = nums[-1].end if nums else first_end    # what the grammar left unread is scanned again
        return nums, max(end, first_end)


_PART = frozenset({"unit", "teen", "tens", "digit"})
_MULTIPLIED = frozenset({"unit", "teen", "tens", "digit", "frac"})   # what "hundred" and "dozen" may follow


@dataclass(slots=True)
class _Reading:
    """Where the reading of one number stands: closed groups in ``total``, the open group in ``cur``.

    English cardinals are a sum of groups, each a number below a thousand closed by a scale word that
    is smaller than the previous one ("two million | three hundred and five thousand | twelve"). The
    ``take_*`` steps below each try to add one token to that reading and say whether the grammar
    allows it; a refused token ends the number (it may start the next one).
    """

    total: Fraction = _ZERO
    cur: Fraction = _ZERO
    last_scale: int | None = None
    has_hundred: bool = False
    last_kind: str | None = None
    last_part: Fraction = _ZERO
    head: Fraction | None = None       # "30" in "30 million": what the trailing scale multiplies
    scale: int | None = None           # that trailing scale, for "20 to 30 million"
    any_digit: bool = False

    def copy(self) -> _Reading:
        return _Reading(self.total, self.cur, self.last_scale, self.has_hundred, self.last_kind, self.last_part,
                        self.head, self.scale, self.any_digit)

    def take_part(self, t: Tok, fresh: bool) -> tuple[bool, bool]:
        """A unit, teen, tens word or digits; returns (taken, taken after a multiplier).

        A part opens a number; after "hundred" or a scale it must be smaller than that multiplier when
        written in digits ("2 million 300 thousand", but "1 million 2 million" is two numbers); after
        a tens word only a unit may follow ("twenty-one", not "twenty ten"). Zero only stands alone,
        so "0 1" in a table stays two numbers. A part taken after a multiplier is remembered by the
        caller: if a multiplier follows it ("3 hundred and 2 hundred"), it starts the next number.
        """
        after_mult = False
        if t.value == 0:
            ok = fresh
        elif fresh:
            ok = True
        elif self.last_kind in ("hundred", "scale") and (
            t.kind != "digit" or t.value < (100 if self.last_kind == "hundred" else (self.last_scale or 0))
        ):
            ok = after_mult = True
        else:
            ok = t.kind == "unit" and self.last_kind == "tens" and t.joiner in (" ", "-")
        if ok:
            self.cur += t.value
            self.last_part = t.value
            self.last_kind = t.kind
            self.any_digit = self.any_digit or t.kind == "digit"
            self.head, self.scale = None, None
        return ok, after_mult

    def take_fraction(self, t: Tok, nxt: Tok | None, fresh: bool) -> tuple[bool, bool]:
        """A fraction, which is a number only next to a scale; returns (taken, taken after a multiplier).

        Before a scale or dozen it is that scale's multiplier ("half a million", "five and a half
        million"); after a scale, joined by "and", it adds that fraction of the scale ("3 million and a
        half") and closes the number. Anywhere else ("half of them") it is not part of a number.
        """
        before_mult = nxt is not None and nxt.kind in ("scale", "dozen") and nxt.joiner == " "
        if before_mult and (fresh or self.last_kind in ("hundred", "scale")
                            or (t.joiner == "and" and self.last_kind in _PART)):
            self.cur += t.value
            self.last_part = t.value
            self.last_kind = "frac"
            return True, True
        if before_mult or fresh or t.joiner != "and":
            return False, False
        if self.last_kind == "scale" and self.cur == 0 and self.last_scale:
            self.total += t.value * self.last_scale
        elif self.last_kind in _PART or self.last_kind == "hundred":
            self.cur += t.value
        else:
            return False, False
        self.last_kind = "closed"
        return True, False

    def take_hundred(self, t: Tok, fresh: bool) -> bool:
        """ "hundred" multiplies the open group once ("three hundred"), never after "and" or a scale."""
        if fresh or self.has_hundred or self.last_kind not in _MULTIPLIED or t.joiner == "and":
            return False
        self.cur *= 100
        self.has_hundred = True
        self.last_kind = "hundred"
        return True

    def take_scale(self, t: Tok, fresh: bool) -> bool:
        """A scale closes the open group; scales fall from left to right ("2 million 300 thousand").

        One exception: a scale straight after a scale multiplies the whole ("three lakh crore", "a
        thousand million"), which Indian and older British usage both write.
        """
        s = int(t.value)
        if fresh:
            return False
        if t.joiner != "and" and self.last_kind in ("unit", "teen", "tens", "digit", "hundred", "frac", "dozen") \
                and self.cur > 0 and (self.last_scale is None or s < self.last_scale):
            if self.total == 0:
                self.head, self.scale = self.cur, s
            else:
                self.head, self.scale = None, None
            self.total += self.cur * s
            self.cur = _ZERO
            self.last_scale = s
            self.has_hundred = False
            self.last_kind = "scale"
            return True
        if self.last_kind == "scale" and t.joiner == " " and self.last_scale is not None \
                and s >= self.last_scale and self.cur == 0:
            self.total *= s
            self.last_scale = s * self.last_scale
            self.head, self.scale = None, None
            return True
        return False

    def take_dozen(self, t: Tok, fresh: bool) -> bool:
        """ "dozen" multiplies the last part only: "three hundred and two dozens" is 300 + 2 x 12."""
        if fresh or t.joiner == "and" or self.last_kind not in _MULTIPLIED:
            return False
        self.cur += self.last_part * 11
        self.last_part *= 12
        self.last_kind = "dozen"
        self.head, self.scale = None, None
        return True


def _take(r: _Reading, toks: list[Tok], j: int, fresh: bool) -> tuple[bool, bool]:
    """Offer toks[j] to the reading; returns (taken, taken as a part after a multiplier)."""
    t = toks[j]
    k = t.kind
    if k in _PART:
        return r.take_part(t, fresh)
    if k == "frac":
        return r.take_fraction(t, toks[j + 1] if j + 1 < len(toks) else None, fresh)
    if k == "hundred":
        return r.take_hundred(t, fresh), False
    if k == "scale":
        return r.take_scale(t, fresh), False
    if k == "dozen":
        return r.take_dozen(t, fresh), False
    return False, False


def _year_then_vague(toks: list[Tok], i: int, j: int) -> bool:
    """ "in 2012 thousands fled": a plural multiplier after a number of 1000 or more is a vague quantity.

    Nobody writes "2012 thousands" for 2,012,000; the plural ("hundreds", "thousands") is the vague
    quantity that starts the next phrase, and the number before it is usually a year.
    """
    t = toks[j]
    return t.kind in ("hundred", "scale") and t.word.endswith("s") and j > i and toks[j - 1].kind == "digit" \
        and toks[j - 1].value >= 1000


def _parse_one(toks: list[Tok], i: int) -> tuple[Num | None, int]:
    """Read one number from toks[i:], returning it (or None) and the index of the first unread token.

    Tokens are offered to the reading one by one until one is refused. If the refused token is a
    multiplier and the token before it was a part taken after a multiplier ("3 hundred and 2
    hundred"), that part is given back: it starts the next number.
    """
    r = _Reading()
    snap: tuple[_Reading, int] | None = None   # the reading (and last_ok) before the last part after a multiplier
    snap_j = -1
    j = i
    n = len(toks)
    last_ok = -1
    while j < n:
        t = toks[j]
        before = r.copy()
        ok, after_mult = _take(r, toks, j, j == i)
        if ok and _year_then_vague(toks, i, j):
            ok, r = False, before
        if after_mult:
            snap, snap_j = (before, last_ok), j
        if not ok:
            if t.kind in ("hundred", "scale", "dozen") and snap is not None and snap_j == j - 1:
                r, last_ok = snap[0], snap[1]
                j = snap_j
            break
        last_ok = j
        j += 1
        if t.closed or (t.value == 0 and t.kind in _PART) or r.last_kind == "closed":
            break
    if last_ok < i:
        return None, i + 1
    first, last = toks[i], toks[last_ok]
    single = first.word if last_ok == i and first.word else ""
    return Num(first.start, last.end, r.total + r.cur, "digits" if r.any_digit else "words", r.head, r.scale,
               single, first.bare4 and last_ok == i), max(j, last_ok + 1)
