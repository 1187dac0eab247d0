"""A title-case dateline opening a story ("Quelimane, Mar 3:", "Maputo, 3 March 2025 –"): where the copy
was filed, like the capitals dateline where.dateline_end reads ("KABUL, Afghanistan –").

Gold convention 8 treats a dateline as page furniture for sources; the same holds for places: the city a
story was filed from is not where the counted people are. Only the unmistakable shape is read: a
capitalised name of one to three words, a comma, a date (day number, month name, year) and then a dash
or a colon; a sentence that opens with a place and a date without that punctuation is body text. Without
the date ("Lusaka – Floodwater has cut off ..."), the name must be one the gazetteer knows and the dash must
be followed by a capitalised word opening the sentence proper.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import calendar_words
from headcount.extract.place_words import gazetteer
from headcount.extract.sentences import Token

_ENDS = frozenset({"-", "–", "—", ":"})
_NAME_WORDS = 3


def titled_dateline_end(tokens: Sequence[Token]) -> int:
    """The token after a title-case dateline's closing dash or colon; 0 when the sentence opens with none."""
    months = calendar_words.months()
    k = 0
    while k < min(len(tokens), _NAME_WORDS) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
        k += 1
    if 0 < k < len(tokens) - 1 and tokens[k].text in _ENDS and tokens[k + 1].text[:1].isupper():
        name = tuple(t.text for t in tokens[:k])
        return k + 1 if name in gazetteer().get(name[0], ()) else 0  # "Lusaka – Floodwater has ..."
    if k == 0 or k >= len(tokens) or tokens[k].text != ",":
        return 0
    k += 1
    date = 0
    while k < len(tokens) and (tokens[k].text.lower().rstrip(".") in months or tokens[k].text.isdigit()
                               or tokens[k].text in (",", ".")):
        date += tokens[k].text.lower().rstrip(".") in months
        k += 1
    if date != 1 or k >= len(tokens) or tokens[k].text not in _ENDS:
        return 0
    return k + 1
