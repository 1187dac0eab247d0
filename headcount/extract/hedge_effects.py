"""What a hedge word in front of a figure does to its bounds, shared by the English and locale readers.

Both number readers (``numbers.py`` for English, ``numbers_locale.py`` for the six other languages) find a
hedge ("about", "at least", "nearly", "up to", or their translations) and then apply the same four
effects to the figure's value. Keeping the effects in one pure function means a change to what "nearly"
means is made once. The locale reader adds one rule of its own after it (a "low" hedge on a vague word
drops the vague word's approximation).
"""

from __future__ import annotations

from fractions import Fraction


def apply_hedge_effect(effect: str, base: Fraction | None, low: Fraction | None, high: Fraction | None,
                       approx: bool) -> tuple[Fraction | None, Fraction | None, bool]:
    """The (low, high, approx) of a figure whose base value is ``base`` after a hedge of ``effect``.

    ``approx``: "about 40" keeps the bounds and marks the figure approximate. ``nearly``: "nearly 40" is
    below 40, so only the upper bound is known, and approximate. ``low``: "at least 40" opens the top.
    ``high``: "up to 40" knows only the top. Any other effect ("between", "from", "same") leaves the
    bounds as they are; the caller handles ranges.
    """
    if effect == "approx":
        return low, high, True
    if effect == "nearly":
        return None, base, True
    if effect == "low":
        return low, None, approx
    if effect == "high":
        return None, base, approx
    return low, high, approx
