"""Half quantities in Russian and Ukrainian: "полторы тысячи" (1500), "полусотне" (50), "півмільйона".

Slavic news write "one and a half" and "half" as their own words before a scale or count noun, and CLDR and the
number-word tables have no such words: "полтора/полторы/полутора" and "півтора/півтори" (lemma "полтора",
"півтора") multiply the scale after them by 3/2, and "пол-/полу-" or "пів-" written onto a scale word ("полсотни",
"полусотне", "полтысячи", "півсотні", "півмільйона"), joined by a hyphen or written apart ("пів тисячі") halve it. The scale is found by the
caller (form, then simplemma lemma), so every case form works. Without the fraction word, the scale word alone
was read as the whole unit or a vague plural ("более полутора тысяч" was 2000, "thousands").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

# lemma (and the forms simplemma leaves alone) of "one and a half", by language
_ONE_AND_HALF: dict[str, frozenset[str]] = {
    "ru": frozenset({"полтора", "полторы", "полутора"}),
    "uk": frozenset({"півтора", "півтори"}),
}
# "half" written onto a scale word, longest first
_HALF_PREFIXES: dict[str, tuple[str, ...]] = {"ru": ("полу", "пол"), "uk": ("пів",)}


def half_number(norms: Sequence[str], i: int, language: str,
                scale_of: Callable[[str], int | None]) -> tuple[int, Fraction] | None:
    """(end token, value) of a half quantity opening at token ``i``, or None.

    ``scale_of`` gives the value of a scale or count noun in any case form ("тысяч" -> 1000, "сотне" -> 100).
    A larger scale right after the half quantity multiplies it: "полтора десятка тысяч" is 15 000, "полсотни
    тысяч" 50 000 (without that the first scale ended the number and the second was read on its own).
    """
    found = _half_number(norms, i, language, scale_of)
    if found is None:
        return None
    end, value = found
    while end < len(norms) and (s := scale_of(norms[end])) and s > value:
        end, value = end + 1, value * s
    return end, value


def _half_number(norms: Sequence[str], i: int, language: str,
                 scale_of: Callable[[str], int | None]) -> tuple[int, Fraction] | None:
    ones = _ONE_AND_HALF.get(language)
    if ones is None:
        return None
    w = norms[i]
    if w in ones and i + 1 < len(norms) and (s := scale_of(norms[i + 1])):
        return i + 2, Fraction(3, 2) * s                       # "полутора тысяч", "півтори сотні"
    for p in _HALF_PREFIXES[language]:
        if not w.startswith(p):
            continue
        rest = w[len(p):]
        if not rest and i + 2 < len(norms) and norms[i + 1] == "-" and (s := scale_of(norms[i + 2])):
            return i + 3, Fraction(s, 2)                       # "пол-миллиона"
        if not rest and i + 1 < len(norms) and (s := scale_of(norms[i + 1])):
            return i + 2, Fraction(s, 2)                       # "пів сотні", "пів тисячі" written apart
        if len(rest) > 2 and (s := scale_of(rest.lstrip("-"))):
            return i + 1, Fraction(s, 2)                       # "полсотни", "полусотне", "півмільйона"
    return None
