"""extract(): a document's text in, its claims out, each traceable to the character.

The stages are small pure functions over one sentence's tokens (``who``, ``what``, ``where``, ``when``,
``attribution``) plus two document-level passes: sources that carry over from an earlier sentence, and
``parent`` links ("including 2,934 children"). Sentences without a digit or a number word are skipped by a
regex prefilter before any tokenising, which is what keeps extraction fast on long articles.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from headcount.errors import ExtractionError
from headcount.extract import attribution, what, when, where, who
from headcount.extract.numbers import has_number_candidate, parse_numbers
from headcount.extract.rules import Rules, rules
from headcount.extract.sentences import Sentence, Token, clause_end, clause_start, split_sentences, tokenize
from headcount.extract.structure import link_parents
from headcount.lexicons import rules_digest
from headcount.lexicons.groups import group_of
from headcount.models import Claim, Document, Figure

log = logging.getLogger(__name__)

RULES_VERSION = "1"
MAX_TEXT_CHARS = 20_000_000  # one document; larger inputs are almost surely not one news report
_VAGUE_WORDS = ("dozen", "dozens", "hundreds", "thousands", "millions", "tens", "several", "scores", "few")
_SHARES = frozenset({"half", "third", "quarter", "percent", "%", "fifth", "tenth", "most", "majority",
                     "thirds", "quarters", "fraction", "share", "proportion"})
_PEOPLE_SIZED = frozenset({"dozens", "hundreds", "thousands", "millions", "scores"})
_ELLIPTICAL = frozenset({"wounded", "injured", "dead", "killed"})
_TOTAL_LOOKBACK = 20  # "the total number of those evacuated from the besieged enclave has reached 13,000"
# A figure whose sentence names no place takes the nearest place in the sentences before it (gold convention
# 7 says "same paragraph"; extracted pages often have one sentence per line, so the three sentences before
# stand in for a paragraph), then the headline's. Without the gazetteer, looking back 1, 2, 3, 5 and 9
# sentences gave dev location accuracy 0.68, 0.73, 0.74, 0.74, 0.73; with it, 1, 3 and 5 gave 0.80, 0.80, 0.80.
_PLACE_LOOKBACK = 4
_HEADLINE_LINES = 4
_BACK_POINTERS = frozenset({"it", "this", "that", "these", "those", "such"})
_OPEN_QUOTES = frozenset({'"', "“"})
_CLOSE_QUOTES = frozenset({'"', "”"})


def extractor_version() -> str:
    """Rules version plus a digest of the rule files, so stored claims say which rules made them."""
    return f"{RULES_VERSION}+{rules_digest()}"


@dataclass
class _SentenceInfo:
    sentence: Sentence
    tokens: list[Token] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    attributions: list[attribution.Attribution] | None = None
    places: list[where.Place] | None = None
    cues: when.Cues | None = None
    speaker_spans: list[tuple[int, int]] | None = None


@dataclass
class _Draft:
    """A claim being built; frozen into a Claim once parents and sources are settled."""

    figure: Figure
    sentence_index: int
    tok_start: int
    tok_end: int
    head_end: int
    category: str
    event: str
    modality: str
    location: str | None
    period: when.Period
    source: str | None
    cue: str | None
    via: str | None = None
    parent: int | None = None
    event_from_noun: bool = False  # the event came from the noun ("51 wounded"), not from a verb
    elided: bool = False  # the figure has no noun of its own ("33 were discharged")


def extract(text: str | Document, published: str | None = None) -> list[Claim]:
    """Every count of people in ``text``, with who, what, where, when and who says so.

    ``text`` is a string or a Document (whose ``published`` is used unless ``published`` is given).
    ``published`` (YYYY-MM-DD) anchors relative times ("yesterday", "over the past 24 hours").
    """
    doc_id = ""
    if isinstance(text, Document):
        doc_id = text.id
        published = published or text.published
        text = text.text
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionError(f"document is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit",
                              where=doc_id or None)
    pub = parse_date(published)
    r = rules()
    sentences = split_sentences(text)
    infos = [_SentenceInfo(s) for s in sentences]
    drafts: list[_Draft] = []
    for index, info in enumerate(infos):
        if not has_number_candidate(info.sentence.text):
            continue
        figures = [_shift(f, info.sentence.start) for f in parse_numbers(info.sentence.text)]
        if not figures:
            continue
        _tokenize(info)
        drafts.extend(_claims_in_sentence(text, infos, index, figures, r, pub, len(drafts)))
    _carry_sources(text, infos, drafts, r)
    link_parents(drafts, infos)
    _inherit_from_whole(drafts)
    _headlines_follow_body(drafts, infos)
    _same_statement_windows(drafts, r)
    version = extractor_version()
    claims = [
        Claim(
            doc_id=doc_id, start=d.figure.start, end=d.figure.end, figure=d.figure.figure, low=d.figure.low,
            high=d.figure.high, approx=d.figure.approx, qualifier=d.figure.qualifier, category=d.category,
            group=group_of(d.category), event=d.event, modality=d.modality, location=d.location, place=None,
            period_kind=d.period.kind, period=d.period.text, period_offset=d.period.offset,
            period_start=d.period.start, period_end=d.period.end, source=d.source, cue=d.cue, via=d.via,
            parent=d.parent, sentence=infos[d.sentence_index].sentence.text,
            sentence_start=infos[d.sentence_index].sentence.start, extractor_version=version,
        )
        for d in drafts
    ]
    log.debug("extracted %d claims from %s", len(claims), doc_id or "text")
    return claims


def _same_statement_windows(drafts: list[_Draft], r: Rules) -> None:
    """Figures of one statement share its stated window (gold Periods rule 5): "More than 13,000 civilians
    were evacuated in 24 hours, the centre said. According to the statement, 728 militants have
    surrendered" -> the 728 are of the same 24 hours, not a running total."""
    for i, d in enumerate(drafts):
        if d.period.text is not None or d.event in r.stock_events or d.source is None:
            continue
        for e in reversed(drafts[max(0, i - 4) : i]):
            if d.sentence_index - e.sentence_index > 1:
                break
            if e.source == d.source and e.period.text is not None and e.period.kind == "increment":
                d.period = e.period
                break


def _headlines_follow_body(drafts: list[_Draft], infos: list[_SentenceInfo]) -> None:
    """A headline figure takes the period of the body figure it repeats (gold Periods rule 5)."""
    body: dict[tuple[float | None, float | None, str], when.Period] = {}
    for d in drafts:
        if not infos[d.sentence_index].sentence.headline:
            body.setdefault((d.figure.low, d.figure.high, d.event), d.period)
    for d in drafts:
        if infos[d.sentence_index].sentence.headline and d.period.text is None:
            found = body.get((d.figure.low, d.figure.high, d.event))
            if found is not None:
                d.period = found


def _inherit_from_whole(drafts: list[_Draft]) -> None:
    """A part shares its whole's event and period unless its own words give another (gold Periods rule 5):
    "265 militants surrendered, including 51 seriously wounded" -> the 51 surrendered too."""
    for d in drafts:
        if d.parent is None:
            continue
        whole = drafts[d.parent]
        if whole.sentence_index != d.sentence_index:
            continue  # a whole named in an earlier sentence ("Of them, ...") says nothing of this event
        if d.event_from_noun or d.event == "other":
            d.event = whole.event
            d.modality = whole.modality
        if d.event == whole.event and (d.period.text is None or d.period.text == whole.period.text):
            d.period = whole.period


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (or the date part of an ISO timestamp); None when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _shift(f: Figure, offset: int) -> Figure:
    return Figure(f.start + offset, f.end + offset, f.figure, f.low, f.high, f.approx, f.qualifier, f.kind)


def _tokenize(info: _SentenceInfo) -> None:
    if not info.tokens:
        info.tokens = tokenize(info.sentence)
        info.words = [t.lower for t in info.tokens]


def _span(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    a = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    b = next((k for k in range(a, len(tokens)) if tokens[k].start >= end), len(tokens))
    return a, b


def _claims_in_sentence(text: str, infos: list[_SentenceInfo], index: int, figures: list[Figure], r: Rules,
                        pub: dt.date | None, base: int) -> list[_Draft]:
    info = infos[index]
    tokens, words = info.tokens, info.words
    raw = [t.text for t in tokens]
    spans = [_span(tokens, f.start, f.end) for f in figures]
    # first pass: each figure's noun phrase, so that the event search can step over the others'
    heads: list[tuple[Figure, int, int, str, int, str | None, bool] | None] = []
    out: list[_Draft] = []
    for f, (a, b) in zip(figures, spans, strict=True):
        if a >= b:
            heads.append(None)
            continue
        vague = words[b - 1] in _VAGUE_WORDS or f.kind == "vague"
        head = who.find_head(words, raw, b, vague, r, one=f.low == 1 and f.high == 1)
        if head.people is False:
            heads.append(None)
            continue
        category = head.category
        earlier = [h for h in heads if h is not None]
        if category == "others" or (head.noun in _ELLIPTICAL and earlier and _verb_between(
                words, earlier[-1][4], a, r) and not _part_opener(words, earlier[-1][4], a)):
            # "two others were wounded", "500 people have been killed and more than 1,000 wounded":
            # the noun left out is the earlier figure's
            category = earlier[-1][3] if earlier else "people"
        head_end = head.end
        inner: str | None = None
        if category is None:
            category = _implied_category(words, raw, a, b, r, [h[3] for h in heads if h is not None])
            if category is None and words[b - 1] in _PEOPLE_SIZED and (b >= len(words) or words[b] != "of"):
                category = "people"  # "millions in urgent need", "the hundreds at the mosque"
            if category is None:
                heads.append(None)
                continue
            head_end = b
        else:
            inner = r.implied_event.get(head.noun or "") or next(
                (r.implied_event[w] for w in words[b:head_end] if w in r.implied_event), None)
        total_noun = _noun_after_number_of(_clause_before(words, a, _TOTAL_LOOKBACK), r)
        if total_noun is not None and total_noun in r.implied_event:
            inner = r.implied_event[total_noun]  # "the cumulative number of IDPs reached 4,182 families"
        heads.append((f, a, b, category, head_end, inner, head.category is None))
    if sum(h is not None for h in heads) == 1:
        heads = [h for h in heads if h is None or not _lone_singular(h[0], words, h[1], r)]
    noun_phrases = [(h[1], h[4]) for h in heads if h is not None]
    for h in heads:
        if h is None:
            continue
        f, a, b, category, head_end, inner, elided = h
        blocked = [(s, e) for (s, e) in noun_phrases if s != a]
        if "toll" in _clause_before(words, a, _TOTAL_LOOKBACK) and inner in (None, "killed"):
            # "the death toll from the quake rose to 2,946 on Tuesday, with 5,674 people injured"
            hit = what.EventHit("killed", -1, -1)
        elif _share_of(words, a):
            # "half of the country's 22 million people have fled": the figure is the population the share
            # is taken of (gold aleppo convention), a stock
            hit = what.EventHit("population", -1, -1)
        else:
            hit = what.find_event(words, a, head_end, category, r, blocked, inner)
        event = hit.event
        modality = what.find_modality(words, a, hit, r, head_end)
        if info.cues is None:  # the cues of a sentence are found once and shared by its figures
            info.cues = when.find_cues(words, r)
        clause = (clause_start(words, a), clause_end(words, a))
        # "are internally displaced" or "230,000 internally displaced persons": displacement as a state
        stative = event == "displaced" and (inner == "displaced" or hit.start < 0 or b <= hit.start < head_end
                                            or _stative(words, hit.start))
        period = when.find_period(info.cues, words, tokens, text, "population" if stative else event, r, pub, a,
                                  clause, expected=modality == "expected")
        source, cue = _source_here(text, infos, index, a, r)
        location = _location(text, infos, index, a, event, r)
        out.append(_Draft(f, index, a, b, head_end, category, event, modality, location, period, source, cue,
                          event_from_noun=hit.start < 0 or b <= hit.start < head_end, elided=elided))
    return out


def _implied_category(words: Sequence[str], raw: Sequence[str], a: int, b: int, r: Rules,
                      earlier: Sequence[str]) -> str | None:
    """The category of a figure with no noun of its own, or None when it does not count people."""
    n = len(words)
    if b + 1 < n and words[b] == "of" and words[b + 1] in ("them", "whom", "those"):
        k = b + 2
        if k < n and words[k] in ("were", "are", "was", "is"):
            k += 1  # "Two of them were children"
        head = who.find_head(words, raw, k, False, r) if k < n else None
        if head is not None and head.category:
            return head.category
        return earlier[-1] if earlier else "people"
    before = _clause_before(words, a, _TOTAL_LOOKBACK)
    if "toll" in before or (("number" in before or "numbers" in before or "figure" in before) and "of" in before):
        noun = _noun_after_number_of(before, r)
        return noun or "people"
    after = words[b : b + 4]
    if after[:2] in (["the", "toll"], ["the", "death"]):
        return "people"  # "brought to 59 the death toll"
    if after[:2] == [",", "including"]:
        return earlier[-1] if earlier else "people"  # "9, including 6 children"
    if who.starts_people_clause(words, b, r):
        # the noun left out is the one the figure stands for earlier in the sentence ("six thousands fled"),
        # unless a new clause has begun ("45 survivors were pulled out, but hundreds remain trapped")
        return earlier[-1] if earlier and "but" not in words[:a] else "people"
    return None


def _lone_singular(f: Figure, words: Sequence[str], a: int, r: Rules) -> bool:
    """'one young girl', 'one of those who fled': a singular reference, not a count (gold rule 11), unless
    a verb governs it ('killed one of the militants')."""
    if not (f.low == 1 and f.high == 1):
        return False
    k = a - 1
    while k >= 0 and words[k] in ("the", "a", "an", "only", "just", "at", "least"):
        k -= 1
    return not (k >= 0 and r.triggers.match(words, k) is not None)


def _stative(words: Sequence[str], trigger: int) -> bool:
    """'are internally displaced', 'remain displaced': displacement as a state, a stock (gold Periods rule 4)."""
    k = trigger - 1
    while k >= 0 and words[k] in ("internally", "still", "currently", "now", "newly"):
        k -= 1
    if trigger > 0 and k >= 0 and words[trigger].endswith("ing") and words[k] in ("were", "was"):
        return True  # "were sheltering in its facilities": a state at the time
    return trigger > 0 and k >= 0 and words[k] in ("are", "is", "remain", "remains", "remained", "being", "live")


def _share_of(words: Sequence[str], a: int) -> bool:
    """'half of the country's 22 million', 'a third of its 300,000 residents'."""
    before = words[max(0, a - 5) : a]
    if "of" not in before:
        return False
    k = len(before) - 1 - before[::-1].index("of")
    head = before[k - 1] if k >= 1 else ""
    return head in _SHARES and all(w in ("the", "its", "their", "his", "her") or w.endswith("'s")
                                   for w in before[k + 1 :])


def _part_opener(words: Sequence[str], a: int, b: int) -> bool:
    return any(w in ("including", "among", "of") for w in words[a:b])


def _verb_between(words: Sequence[str], a: int, b: int, r: Rules) -> bool:
    return any(r.triggers.match(words, k) is not None for k in range(a, b))


def _clause_before(words: Sequence[str], a: int, limit: int) -> list[str]:
    """The words of the figure's clause before it, back to a comma, colon or the sentence start."""
    k = a
    while k > 0 and a - k < limit and words[k - 1] not in (",", ";", ":", "(", "“", '"'):
        k -= 1
    return list(words[k:a])


def _noun_after_number_of(before: Sequence[str], r: Rules) -> str | None:
    for k in range(len(before) - 1):
        if before[k] in ("number", "numbers") and before[k + 1] == "of":
            for j in range(k + 2, len(before)):
                hit = r.people.match(before, j)
                if hit is not None:
                    return r.normalise.get(hit[1], hit[1])
    return None


def _attributions(text: str, info: _SentenceInfo, r: Rules) -> list[attribution.Attribution]:
    if info.attributions is None:
        _tokenize(info)
        info.attributions = attribution.find_attributions(info.sentence, info.tokens, info.words, r, text)
    return info.attributions


def _source_here(text: str, infos: list[_SentenceInfo], index: int, fig_tok: int,
                 r: Rules) -> tuple[str | None, str | None]:
    found = _attributions(text, infos[index], r)
    if not found:
        return None, None
    covering = [a for a in found if a.covers(fig_tok)]
    if not covering:
        return None, None
    ranked = sorted(covering, key=lambda a: (-a.strength, abs(a.position - fig_tok)))
    for att in ranked:
        if att.source is not None:
            return att.source, att.cue
        if not att.pointer:
            return None, att.cue  # a carrier with no owner: the outlet's own voice
        if att.strength >= 3 and index > 0:
            # "Sputnik reported, quoting the statement": the statement is an earlier party's, not Sputnik's
            resolved = _last_source(text, infos, index - 1, r)
        else:
            resolved = _last_source(text, infos, index, r, before_tok=att.position)
        if resolved or att.phrase:
            return resolved or att.phrase, att.cue
        # "We have registered ...", an ICRC delegate told Reuters": a pointer with nothing before it gives
        # way to the next attribution that covers the figure
    return None, ranked[0].cue


def _last_source(text: str, infos: list[_SentenceInfo], index: int, r: Rules,
                 before_tok: int | None = None, limit: int = 12) -> str | None:
    """The last party named before a pointer ('he said', 'the statement') in this or earlier sentences."""
    for k in range(index, max(-1, index - limit), -1):
        for a in sorted(_attributions(text, infos[k], r), key=lambda x: -x.position):
            if k == index and before_tok is not None and a.position >= before_tok:
                continue
            if a.source:
                return a.source
    return None


def _carry_sources(text: str, infos: list[_SentenceInfo], drafts: list[_Draft], r: Rules) -> None:
    """A figure in a sentence with no attribution takes the party of the statement it continues, or of a
    sentence right after it that only attributes ("It is reported by the Russian centre ...")."""
    has_figures = {d.sentence_index for d in drafts}
    for d in drafts:
        if d.source is not None or d.cue is not None:
            continue
        after = _attribution_only(text, infos, d.sentence_index + 1, has_figures, r)
        if after is not None:
            d.source, d.cue = after.source, after.cue
            continue
        info = infos[d.sentence_index]
        if _inside_quote(text, info.sentence) and d.sentence_index > 0:
            d.source = _last_source(text, infos, d.sentence_index - 1, r, limit=4)
            d.cue = "quote" if d.source else None


def _attribution_only(text: str, infos: list[_SentenceInfo], k: int, has_figures: set[int],
                      r: Rules) -> attribution.Attribution | None:
    """The party of a figure-less sentence that points back: 'It is reported by X.', 'This was announced by X.'"""
    if k >= len(infos) or k in has_figures:
        return None
    info = infos[k]
    _tokenize(info)
    if not info.words or info.words[0] not in _BACK_POINTERS:
        return None
    found = [a for a in _attributions(text, info, r) if a.source and a.strength >= 2]
    return found[0] if found else None


def _inside_quote(text: str, sentence: Sentence) -> bool:
    """True when the sentence is quoted speech opened in an earlier sentence of the same paragraph."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    before = text[line_start : sentence.start]
    opened = before.count("“") - before.count("”") + (before.count('"') % 2)
    if opened > 0:
        return True
    body = sentence.text.lstrip()
    return bool(body) and body[0] in _OPEN_QUOTES and not any(q in body[1:] for q in _CLOSE_QUOTES)


def _location(text: str, infos: list[_SentenceInfo], index: int, fig_tok: int, event: str, r: Rules) -> str | None:
    info = infos[index]
    flow = event in ("evacuated", "displaced")
    place = where.choose_place(_places(text, info), fig_tok, flow, _speaker_spans(text, info, r))
    if place is not None:
        return place.text
    for k in range(index - 1, max(-1, index - _PLACE_LOOKBACK), -1):
        other = infos[k]
        p = where.choose_place(_places(text, other), len(other.tokens), flow, _speaker_spans(text, other, r))
        if p is not None:
            return p.text
    for other in infos[: min(len(infos), _HEADLINE_LINES)]:
        if not other.sentence.headline:
            continue
        p = where.choose_place(_places(text, other), 0, flow)
        if p is not None:
            return p.text
    return None


def _speaker_spans(text: str, info: _SentenceInfo, r: Rules) -> list[tuple[int, int]]:
    """Token spans that belong to who is speaking: the party's name ("the head of the ICRC in Syria") and
    where it said it ("Colville told a briefing in Geneva that ..."); places there are not the figures'.
    Worked out once per sentence and kept on it."""
    if info.speaker_spans is not None:
        return info.speaker_spans
    spans: list[tuple[int, int]] = []
    for a in _attributions(text, info, r):
        if a.span == (0, 0):
            continue
        spans.append(a.span)
        if a.span[0] < a.position:
            window = info.words[a.position : a.position + 10]
            for mark in ("that", ":", "."):
                if mark in window:
                    spans.append((a.span[0], a.position + window.index(mark)))
                    break
    info.speaker_spans = spans
    return spans


def _places(text: str, info: _SentenceInfo) -> list[where.Place]:
    if info.places is None:
        _tokenize(info)
        info.places = where.find_places(info.tokens, info.words, text)
    return info.places
