"""Who says so, from a bracketed citation: analysis digests and situation reports cite each item's source in
brackets after the sentences it covers, a name then the item's date ("(NDMA 14/03/2024; Reuters 14/03/2024)",
"(WFP, 19 Mar 2025)"). Kept apart from speakers.py, which carries parties between sentences.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract import calendar_words
from headcount.extract.drafts import SentenceInfo


# "... affected 2,140 (NDMA 14/03/2024; Reuters 14/03/2024).": an analysis report cites its source in brackets,
# a name then the date of the item (numeric, or a day, a month's name and a year: "(WFP, 19 Mar 2025)"), at
# the end of the sentence. The month is a name or short form CLDR gives (calendar_words), not any capitalised
# word: "(Team Alpha, 3 Rangers 2024)" is no citation.
@cache
def _citation() -> re.Pattern[str]:
    names = sorted(calendar_words.months(), key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(n[:1].upper() + n[1:]) for n in names) + ")"  # capitalised, as before
    return re.compile(r"\((\w[\w&.’'-]*(?: \w[\w&.’'-]*){0,5}),? (?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2} "
                      + month + r"\.? \d{4})[^()]*\)\W*\Z")


def paragraph_citation(infos: list[SentenceInfo], index: int) -> str | None:
    """The party a bracketed citation names for a figure's sentence: its own citation, else the one that
    closes the next cited sentence of its paragraph. Digests write one citation after the sentences it
    covers ("N died ... M were injured. (WFP, 19 Mar 2025)"), so an uncited sentence is covered by the
    citation that follows it in its paragraph, never by one before it or in another paragraph."""
    here = infos[index].sentence
    for k in range(index, len(infos)):
        s = infos[k].sentence
        if s.paragraph != here.paragraph:
            return None
        cited = _citation().search(s.text)
        if cited and (s.headline == here.headline or cited.start() == 0):
            return cited.group(1)  # a citation alone has no final stop: the splitter took it for a headline
        if s.headline != here.headline:
            return None
    return None
