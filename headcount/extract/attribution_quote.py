"""Who speaks a quotation opened after a colon: the subject of the clause that introduces it.

News copy introduces a quotation with a clause and a colon ("The mayor interrupted him, giving a lower
figure: “No, the real number is N.”", "X, a guide who left the camp, told a radio station: “... N people
...”"). The introducing clause need not have a verb of saying (the colon and the quotation mark do its
work), so the reporting-verb rules find no speaker, and the figure is left in the outlet's voice, or given
to a party named sentences before when the quotation runs on past its first sentence. The speaker is the
subject of the clause the colon closes (by the dependency parse: the colon's head, or the topmost word of the
words before it), with its compounds and appositions: a party by the same test as any speaker's phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from headcount.extract.attribution_parse import Lexicon, ParsedSource, lexicon, speaker_of
from headcount.extract.drafts import SentenceInfo
from headcount.extract.linguistic import Analysis

_OPEN = "“"
_CLOSE = "”"
_STRAIGHT = '"'
# a whole word of letters of any script ("Núñez", "Ødegaard"); a hyphen ends it, as it ends a token in the
# parse, so "Lloyd-Šimić" gives "Lloyd" and "Šimić", and "al-Amin" gives "Amin"
_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+")


def enclosing_quote(text: str, at: int) -> int | None:
    """The document offset of the quotation mark that opens the quotation holding offset ``at``, within
    its paragraph (a line), or None when ``at`` is not inside a quotation. Curly marks pair by kind; a
    straight mark opens when an even number of them come before it on the line."""
    line = text.rfind("\n", 0, at) + 1
    straight: list[int] = []
    opened: list[int] = []
    for k in range(line, at):
        ch = text[k]
        if ch == _OPEN:
            opened.append(k)
        elif ch == _CLOSE and opened:
            opened.pop()
        elif ch == _STRAIGHT:
            if straight:
                straight.pop()
            else:
                straight.append(k)
    candidates = opened[-1:] + straight[-1:]
    return max(candidates) if candidates else None


def colon_before(text: str, quote: int) -> int | None:
    """The offset of a colon that stands right before the quotation mark at ``quote`` (spaces between), or
    None: the quotation is introduced by the clause the colon closes."""
    k = quote - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k if k >= 0 and text[k] == ":" else None


def colon_speaker(an: Analysis, colon: int, lex: Lexicon, names: frozenset[str] = frozenset()) -> ParsedSource | None:
    """The party that is the subject of the clause the colon at document offset ``colon`` closes, or None
    (no clause before it, no subject, or a subject that is not a party: "The scene was grim: “...”")."""
    k = next((j for j, w in enumerate(an.words) if w.start == colon and w.text == ":"), None)
    if k is None or k == 0:
        return None
    verb = an.words[k].head
    if verb >= k:
        # the colon hangs from the quotation's clause: the topmost word before the colon instead
        verb = k - 1
        while an.words[verb].head < k and an.words[verb].head != verb:
            verb = an.words[verb].head
    if an.words[verb].pos not in ("VERB", "AUX"):
        return None  # "Sources: “...”": a label, not a clause (the headline rules read labels)
    hit = speaker_of(an, verb, lex)
    if (hit is None or hit.source is None or hit.pointer) and names:
        # the colon may hang from a clause inside the introducing one ("Mensah broke in, revising his own
        # estimate upward: ..."): the surname of the topmost clause before the colon then speaks
        hit = _surname_subject(an, verb, names) or _surname_subject(an, _top_before(an, k), names)
    if hit is None or hit.source is None or hit.pointer:
        return None
    return hit


def _top_before(an: Analysis, k: int) -> int:
    """The topmost word of the words before word ``k`` (climbing heads while they stay before it)."""
    top = k - 1
    while an.words[top].head < k and an.words[top].head != top:
        top = an.words[top].head
    return top


def _surname_subject(an: Analysis, verb: int, names: frozenset[str]) -> ParsedSource | None:
    """The clause's subject when it is one capitalised word that the document writes as a name elsewhere
    (``names``: capitalised words that stand inside a sentence, not at its start). A surname taken up after
    the full name ("Okafor interrupted him: ...") opens its sentence, where the small model often tags it a
    common noun (or, as the subject, a verb); its capital mid-sentence elsewhere is what marks it a name."""
    subj = next((c for c in an.children(verb) if an.words[c].dep == "nsubj" and c < verb), None)
    if subj is None or any(an.words[c].dep not in ("punct",) for c in an.children(subj)):
        return None
    w = an.words[subj]
    if w.pos not in ("NOUN", "PROPN", "VERB") or not w.text[:1].isupper() or w.text not in names:
        return None
    return ParsedSource(w.text, an.words[verb].lemma, an.words[verb].start, w.start, w.end)


def mid_sentence_names(text: str, infos: Sequence[SentenceInfo]) -> frozenset[str]:
    """Capitalised words the document writes inside a sentence (after its first word): names, as opposed
    to words capitalised only because a sentence opens with them. A word in capitals only ("UNHCR") is an
    acronym, not a surname, so it needs a lower-case letter after its capital."""
    found: set[str] = set()
    for info in infos:
        sent = info.sentence.text
        for m in _WORD.finditer(sent):
            word = m.group(0)
            if not word[0].isupper() or not any(ch.islower() for ch in word):
                continue
            if m.start() > 0 and sent[: m.start()].strip() and sent[m.start() - 1] in " -(\u00a0":
                found.add(word)
    return frozenset(found)


def colon_quote_source(text: str, infos: Sequence[SentenceInfo], index: int, at: int,
                       analyse: Callable[[SentenceInfo], Analysis | None]) -> str | None:
    """The speaker of the quotation holding document offset ``at`` (a figure in sentence ``index``) when a
    clause and a colon introduce it, in this sentence or earlier in the paragraph: the clause's subject.
    ``analyse`` gives a sentence's parse (made once and kept on it by the caller)."""
    quote = enclosing_quote(text, at)
    colon = colon_before(text, quote) if quote is not None else None
    if colon is None:
        return None
    k = index
    while k > 0 and infos[k].sentence.start > colon:
        k -= 1
    an = analyse(infos[k])
    hit = colon_speaker(an, colon, lexicon(), mid_sentence_names(text, infos)) if an is not None else None
    return hit.source if hit is not None else None
