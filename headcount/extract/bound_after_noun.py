"""A bound written after the counted noun rather than after the number: "قُتل 45 مدنياً على الأقل", "tuant
45 personnes au moins", "murieron 45 personas por lo menos".

The number layer reads a bound suffix only right after the number ("45 au moins"); Arabic puts the counted
noun (the tamyiz) between as a rule, and the Romance languages often do. The suffixes are the number
lexicon's own ([bound_suffixes] of ``lexicons/numbers_<code>.toml``), read after the figure's noun phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.linguistic import Word
from headcount.extract.numbers_locale_lexicon import load_locale, norm_word

_QUALIFIERS = {"low": "at least", "high": "at most"}


def bound_after_noun(words: Sequence[Word], noun_end: int, language: str) -> tuple[str, str] | None:
    """(effect, qualifier) of a bound suffix that starts right after the figure's noun phrase ending at
    ``noun_end``, "low" or "high"; None when none does or when a number follows it (the bound would open the
    next figure: "45 morts et au moins 120 blessés"); the bound is this one's only when no number follows it)."""
    table = load_locale(language).bound_suffixes
    longest = max((len(k) for k in table), default=0)
    for n in range(longest, 0, -1):
        if noun_end + n > len(words):
            continue
        key = tuple(norm_word(w.text) for w in words[noun_end : noun_end + n])
        effect = table.get(key)
        if effect in _QUALIFIERS:
            if noun_end + n < len(words) and words[noun_end + n].pos == "NUM":
                return None
            return effect, _QUALIFIERS[effect]
    return None
