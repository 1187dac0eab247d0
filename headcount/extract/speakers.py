"""Who says so, at the level of the document: which attribution covers a figure, pointers resolved to the
party named before them, and statements that carry over to the next sentences.

``attribution`` finds the attributions of one sentence; this module decides, for each figure, which of
them speaks for it, and what to do when none does: a pointer ("he said", "the statement") takes the last
party named before it, a quoted sentence keeps its speaker, and a figure-less sentence right after that
only attributes ("It is reported by X.") gives its party to the sentence before.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import attribution, linguistic
from headcount.extract.attribution_citation import paragraph_citation
from headcount.extract.attribution_object import token_party_stands
from headcount.extract.attribution_parse import source_for_figure
from headcount.extract.attribution_party import (
    ParsedSource,
    agrees,
    child,
    is_carrier,
    lexicon,
    of_by,
    party,
    subject_parties,
)
from headcount.extract.attribution_quote import colon_quote_source
from headcount.extract.attribution_relative import relative_report
from headcount.extract.attribution_subjects import reported_on
from headcount.extract.attribution_trim import trim_party
from headcount.extract.breakdown_ranking import ranked_subject, ranks_places
from headcount.extract.carried_party import believed_by_no_one, given_party, last_speaks_for, stated_party
from headcount.extract.drafts import Draft, SentenceInfo
from headcount.extract.linguistic import Analysis
from headcount.extract.numbers import parse_numbers
from headcount.extract.quotes import OPEN_QUOTES, first_person_in_quote, inside_quote, opens_quote
from headcount.extract.rules import Rules, rules
from headcount.extract.voice import document_voice

# Grammatical words only: the determiners and pronouns that open a sentence pointing back to the one before.
# The most text of one document the parse reads (characters of the sentences that count people). A news
# report is a few thousand characters (the longest dev excerpt is 2,000; long agency reports run to tens of
# thousands); past this the input is a dump or hostile, the parse would be most of a minute, and the token
# rules decide for the rest, so extraction time stays linear with a small slope (bench/hostile.py).
PARSE_BUDGET_CHARS = 100_000

_BACK_POINTERS = frozenset({"it", "this", "that", "these", "those", "such"})



def attributions(text: str, info: SentenceInfo, r: Rules) -> list[attribution.Attribution]:
    """The sentence's attributions, found once and kept on it."""
    if info.attributions is None:
        info.tokenized()
        info.attributions = attribution.find_attributions(info.sentence, info.tokens, info.words, r, text)
    return info.attributions


def analysis(text: str, info: SentenceInfo) -> Analysis | None:
    """The sentence's parse, made once and kept on it (every stage reads this one); None without a model
    or when the document is extracted without the parse."""
    if not info.analysed:
        info.analysed = True
        info.analysis = linguistic.analyse(text, info.sentence.start, info.sentence.end)
    return info.analysis


def prepare_parses(text: str, infos: Sequence[SentenceInfo], indices: Sequence[int], parse: bool = True,
                   budget: int = PARSE_BUDGET_CHARS, also: Sequence[int] = ()) -> None:
    """Parse the chosen sentences of a document (those that count people) in one batch; ``nlp.pipe`` over
    a batch is about twice as fast as sentence by sentence, and the parse is most of the extractor's time.

    ``also`` are sentences a stage will likely read too (``parse_choice``: the places stage looks back at
    earlier sentences and the headline for a place, which only the entity recogniser may find); they join
    the batch when the document is within the budget. Any other sentence is parsed alone when a stage
    first asks. ``parse=False`` gives no sentence a parse: the stages then run on the token rules alone,
    exactly as without a model. ``pipeline.extract_many`` runs the same two halves (``plan_parses``, then
    ``keep_parses``) with one batch for several documents."""
    chosen = plan_parses(text, infos, indices, parse, budget, also)
    if parse:
        keep_parses(infos, chosen, linguistic.analyse_sentences(text, [info.sentence for info in infos], chosen))


def plan_parses(text: str, infos: Sequence[SentenceInfo], indices: Sequence[int], parse: bool = True,
                budget: int = PARSE_BUDGET_CHARS, also: Sequence[int] = ()) -> list[int]:
    """The sentences of ``prepare_parses``'s batch, in batch order; past the budget (or with ``parse=False``)
    every sentence is marked as having no parse, so no stage asks for one later."""
    if not parse:
        for info in infos:
            info.analysed, info.analysis = True, None
        return []
    chosen, spent = [], 0
    for k in indices:  # in text order, while the document's parse budget lasts
        spent += len(infos[k].sentence.text)
        if spent > budget:
            break
        chosen.append(k)
    if len(chosen) < len(indices) or len(text) > budget:
        # not one news report but a dump (or hostile input): past the budget, and for the sentences other
        # stages look back to, the token rules decide, so the parse costs at most the budget per document
        for info in infos:
            info.analysed, info.analysis = True, None
    else:
        taken = set(chosen)
        chosen += [k for k in also if k not in taken]
    return chosen


def keep_parses(infos: Sequence[SentenceInfo], chosen: Sequence[int], found: dict[int, Analysis]) -> None:
    """Keep the batch's parses on their sentences (``found``: by sentence index; empty without a model,
    and then the sentences stay unmarked, as a stage's later ask finds no model either)."""
    if not found and not linguistic.available():
        return
    for k in chosen:
        infos[k].analysed, infos[k].analysis = True, found.get(k)


def source_here(text: str, infos: list[SentenceInfo], index: int, fig_tok: int,
                r: Rules) -> tuple[str | None, str | None, str | None]:
    """The party (or None), cue and relay ("via") that the figure's own sentence gives for the figure at
    token ``fig_tok``.

    The parse is read first (``attribution_parse``: the subject of the reporting verb the figure hangs
    from); when it finds no party, the token rules decide. On the dev set the two together beat either
    alone (docs/extraction.md).
    """
    an = analysis(text, infos[index].tokenized())
    if an is not None:
        hit = _parsed(text, infos, index, an, fig_tok, r)
        if hit is not None:
            return hit
    return (*_rules_source(text, infos, index, fig_tok, r, an), None)


def _rules_source(text: str, infos: list[SentenceInfo], index: int, fig_tok: int, r: Rules,
                  an: Analysis | None) -> tuple[str | None, str | None]:
    """The token rules' party and cue (attribution.py), each party checked against the parse if there is one."""
    info = infos[index]
    found = attributions(text, info, r)
    if not found:
        return None, None
    covering = [a for a in found if a.covers(fig_tok)]
    if not covering:
        return None, None
    ranked = sorted(covering, key=lambda a: (-a.strength, abs(a.position - fig_tok)))
    for att in ranked:
        if att.span[0] <= fig_tok < att.span[1] and att.span != (0, 0):
            return None, att.cue  # "Several residents said": the figure counts the speakers themselves
        if att.source is not None:
            if an is not None and not token_party_stands(info, an, att, fig_tok):
                continue  # a fragment of the sentence, not a party ("released a report"); "found N survivors"
            return att.source, att.cue
        if not att.pointer:
            return None, att.cue  # a carrier with no owner: the outlet's own voice
        if att.strength >= 3 and index > 0:
            # "the agency wrote, citing the release": the statement is an earlier party's, not Sputnik's
            resolved = last_source(text, infos, index - 1, r)
        else:
            resolved = last_source(text, infos, index, r, before_tok=att.position)
            pointer = " ".join(infos[index].words[att.span[0] : att.span[1]]) if att.span != (0, 0) else ""
            if pointer and an is not None:
                resolved = _taken_up(text, infos, index, infos[index].tokens[att.span[0]].start, pointer, r) or resolved
        if resolved or att.phrase:
            return resolved or att.phrase, att.cue
        # "We have registered ...", an ICRC delegate told Reuters": a pointer with nothing before it gives
        # way to the next attribution that covers the figure
    return None, ranked[0].cue


def _parsed(text: str, infos: list[SentenceInfo], index: int, an: Analysis, fig_tok: int,
            r: Rules) -> tuple[str | None, str | None, str | None] | None:
    """The parse attributor's party for the figure at ``fig_tok``, a pointer resolved to the party named
    before it; None when the parse finds no party (the rules then decide)."""
    tok = infos[index].tokens[fig_tok]
    found: ParsedSource | None = source_for_figure(an, tok.start, tok.end, lexicon()) or relative_report(
        an, tok.start, tok.end, lexicon())  # "the N it gave on Monday": the clause on the figure
    if found is None:
        return None
    if found.source is not None:
        return found.source, found.cue, found.via
    if found.how in ("speaks", "narrated"):
        return None, found.cue, None  # the figure counts the speakers: no one else speaks for it
    if not found.pointer:
        return None
    if found.how == "relay" and index > 0:
        # "the agency wrote, citing the release": the statement is an earlier party's
        resolved = last_source(text, infos, index - 1, r)
    elif first_person_in_quote(text, infos, index, found.start, found.end):
        # "“I saw 25 bodies. Some had no names,” a village elder told reporters": the "I" of a
        # quotation is the speaker its closing tag names, not the last party named before it
        before = next((k for k, t in enumerate(infos[index].tokens) if t.start >= found.start), fig_tok)
        resolved = (_quote_closer(text, infos, index, r) or _tag_after_close(text, infos, index, r)
                    or last_source(text, infos, index, r, before_tok=before))
    else:
        before = next((k for k, t in enumerate(infos[index].tokens) if t.start >= found.start), fig_tok)
        resolved = last_source(text, infos, index, r, before_tok=before, relays=found.phrase is None)
        resolved = _taken_up(text, infos, index, found.start, text[found.start : found.end], r) or resolved
    if resolved or found.phrase:
        return resolved or found.phrase, found.cue, found.via
    return None


def _tag_after_close(text: str, infos: list[SentenceInfo], index: int, r: Rules) -> str | None:
    """The party named after a quotation that closes in the figure's own sentence ("“I saw 40 bodies,” a
    witness said.")."""
    sent = infos[index].sentence
    close = max(sent.text.rfind("”"), sent.text.rfind('"'))
    if close <= 0:
        return None
    info = infos[index].tokenized()
    after = [a for a in attributions(text, info, r) if a.strength >= 1 and a.source
             and info.tokens[min(a.position, len(info.tokens) - 1)].start >= sent.start + close]
    return min(after, key=lambda a: a.position).source if after else None


def _taken_up(text: str, infos: list[SentenceInfo], index: int, at: int, pointer: str, r: Rules) -> str | None:
    """The named subject a pointer at document offset ``at`` takes up, when one stands between it and the
    last attribution before it: in its own sentence before it, or in the sentence before (see
    ``attribution_parse.subject_parties``). None when the last attribution is nearer."""
    last = _last_attribution_at(text, infos, index, at, r)
    for k in (index, index - 1):
        if k < 0 or infos[k].sentence.headline:
            break
        an = analysis(text, infos[k].tokenized())
        if an is None:
            return None
        place = _ranked_place(an)
        found = [(start, source) for start, source, number in subject_parties(an, lexicon())
                 if start < at and start > last and agrees(pointer, number) and not place[0] <= start < place[1]]
        if found:
            return max(found)[1]
    return None


def _ranked_place(an: Analysis) -> tuple[int, int]:
    """The document offsets of the subject of a ranking sentence (breakdown_ranking: "X is the first of the
    provinces by N, then Y"), or an empty range: that subject is a place ranked by a count, which no pointer
    ("the bulletin said", "it said") takes up as a party."""
    head = ranked_subject(an)
    if head is None:
        return (0, 0)
    lo, hi = an.subtree(head)
    return (an.words[lo].start, an.words[hi - 1].end)


def _last_attribution_at(text: str, infos: list[SentenceInfo], index: int, at: int, r: Rules) -> int:
    """The document offset of the last attribution with a party before offset ``at`` (-1 when none is near)."""
    for k in range(index, max(-1, index - 3), -1):
        info = infos[k].tokenized()
        offsets = [info.tokens[min(a.position, len(info.tokens) - 1)].start
                   for a in attributions(text, info, r) if a.source]
        offsets = [o for o in offsets if o < at]
        if offsets:
            return max(offsets)
    return -1


def last_source(text: str, infos: list[SentenceInfo], index: int, r: Rules,
                before_tok: int | None = None, limit: int = 12, relays: bool = True) -> str | None:
    """The last party named before a pointer ('he said', 'the statement') in this or earlier sentences;
    with ``relays`` False, not the originator a relay names ("citing local sources"): "the group said"
    takes up the one who spoke, not the ones it cited."""
    for k in range(index, max(-1, index - limit), -1):
        for a in sorted(attributions(text, infos[k], r), key=lambda x: -x.position):
            if k == index and before_tok is not None and a.position >= before_tok or a.strength >= 3 and not relays:
                continue
            if a.source:
                return a.source
    return None


def carry_sources(text: str, infos: list[SentenceInfo], drafts: list[Draft], r: Rules) -> None:
    """A figure in a sentence with no attribution takes the party of the statement it continues (a quote
    opened earlier, or the sentence before, see ``_continued``), or of a sentence right after it that only
    attributes ("This is stated by the regional centre ...")."""
    has_figures = {d.sentence_index for d in drafts}
    for d in drafts:
        if d.source is not None or d.cue is not None:
            continue
        quoted = colon_quote_source(text, infos, d.sentence_index, d.figure.start,
                                    lambda info: analysis(text, info.tokenized()))
        if quoted is not None:
            d.source, d.cue = quoted, "quote"
            continue
        after = _attribution_only(text, infos, d.sentence_index + 1, has_figures, r)
        if after is not None:
            d.source, d.cue = after.source, after.cue
            continue
        closing = _closing_attribution(text, infos, d.sentence_index, has_figures, r)
        if closing is not None:
            d.source, d.cue = closing, "closing"
            continue
        named = _carrier_after(text, infos, d.sentence_index + 1, has_figures)
        if named is not None:
            d.source, d.cue = named, "carrier"
            continue
        info = infos[d.sentence_index]
        if inside_quote(text, info.sentence) and (d.sentence_index > 0 or opens_quote(info.sentence)):
            d.source = _quote_closer(text, infos, d.sentence_index, r) or (
                last_source(text, infos, d.sentence_index - 1, r, limit=4) if d.sentence_index > 0 else None)
            d.cue = "quote" if d.source else None
            continue
        d.source = (_continued(text, infos, drafts, d.sentence_index, r)
                    or _quote_paragraph(text, infos, d.sentence_index, r)
                    or _introduced(text, infos, d.sentence_index, r)
                    or _part_of_before(text, infos, drafts, d, r))
        d.cue = "continued" if d.source else None
    for d in drafts:
        if d.source is None and d.cue is None:
            cited = paragraph_citation(infos, d.sentence_index)
            if cited:
                d.source, d.cue = cited, "citation"
    unvoiced = [d for d in drafts if d.source is None and d.cue in (None, "headline")]
    voice = document_voice(text, infos, lambda info: analysis(text, info.tokenized())) if unvoiced else None  # its parses only when a figure needs it
    if voice is not None:
        for d in unvoiced:
            if d.source is None and d.cue in (None, "headline"):
                d.source, d.cue = voice, "document"  # the headline included (gold convention 8)
    for d in drafts:
        if d.source is not None:
            d.source = trim_party(d.source, r.attribution_words)  # "X, on Saturday", "Geneva, 4 May - X"


def _continued(text: str, infos: list[SentenceInfo], drafts: list[Draft], index: int, r: Rules) -> str | None:
    """The party whose statement a figure's sentence continues with no cue of its own (gold convention 8:
    "a figure carries the attribution ... of the sentence that continues the same statement").

    The sentence right before, in the same paragraph (or ending in a colon that introduces this one), gave
    figures of that party ("X said some 2,000 people had got to Y. A further 500 came to Z."),
    or this sentence opens a quotation after it. A sentence before that only quoted a view, or named a
    party for something else, starts no statement this sentence could continue. Measured on dev: looking
    further back, or across paragraphs, carried more wrong parties than right ones.
    """
    here = infos[index].sentence
    if here.headline or index == 0 or believed_by_no_one(analysis(text, infos[index].tokenized()), lexicon()):
        return None
    prev = infos[index - 1].sentence
    # "The figures include 45 deaths ...": a definite count or document as subject takes up the statement
    # before it, across a paragraph break too; ", adding that ..." goes on with the sentence right before
    # only (``reported_on``), across a paragraph break too (wire copy gives each sentence a paragraph)
    back = (index - 1, index - 2) if _points_back(infos[index].tokenized().words) else (
        (index - 1,) if reported_on(infos[index].words) else ())
    for k in back:
        if k < 0 or infos[k].sentence.headline:
            break
        atts = [a for a in attributions(text, infos[k], r) if a.source and a.strength >= 1]
        if atts:
            return min(atts, key=lambda a: (a.strength != 1, a.position)).source  # the speaker first
    if prev.headline:
        return None
    across = not (prev.paragraph == here.paragraph or prev.text.rstrip().endswith(":"))
    if across and (here.text.lstrip()[:1] in OPEN_QUOTES or not _agentless_record(
            infos[index].tokenized().words, analysis(text, infos[index].tokenized()))):
        return None
    atts = [a for a in attributions(text, infos[index - 1], r) if a.source and a.strength >= 1]
    found = [a.source for a in atts if a.source]
    if not found:
        return stated_party([(d.source, d.cue) for d in drafts if d.sentence_index == index - 1], r)
    carried = given_party(found, [d.source for d in drafts if d.sentence_index == index - 1])
    if carried is not None and not last_speaks_for(atts, carried):
        return None  # "X put it at N, but monitors call that too low.": the sentence ends on another voice
    return carried or (found[0] if not across and here.text.lstrip()[:1] in OPEN_QUOTES else None)


def _ends_on_other_voice(text: str, infos: list[SentenceInfo], drafts: list[Draft], k: int, r: Rules) -> bool:
    """Sentence ``k`` gave figures of a party its token rules name but ends on another party's words ("X
    said N died, which aid groups say left M homeless"): it hands on no statement, neither X's nor the
    closing voice's, to a sentence that continues or adds to it."""
    atts = [a for a in attributions(text, infos[k], r) if a.source and a.strength >= 1]
    found = [a.source for a in atts if a.source]
    if not found:
        return False
    carried = given_party(found, [d.source for d in drafts if d.sentence_index == k])
    return carried is not None and not last_speaks_for(atts, carried)


def _agentless_record(words: Sequence[str], an: Analysis | None = None) -> bool:
    """A passive of recording with no agent ("12 deaths were recorded in the district"): the count is the
    record of whoever keeps it, the party whose figures the paragraph before gave; a new paragraph that so
    opens goes on with that statement. An agent ("recorded by the clinic") names its own party. With a
    parse, the passive is read from it (an auxpass and no agent on the participle: "were officially
    recorded" too); without one, from the words."""
    recording = rules().attribution_words.recording
    if an is not None:
        return any(w.text.lower() in recording and child(an, k, ("auxpass",)) is not None
                   and child(an, k, ("agent",)) is None for k, w in enumerate(an.words))
    return any(w in ("was", "were", "been") and k + 1 < len(words) and words[k + 1] in recording
               and "by" not in words[k + 2 : k + 4] for k, w in enumerate(words))


# Grammatical words that open a sentence whose count takes up the count before it: "Another 300 ...", "A
# further 40 ...", "Among them were ...", "Of these, 12 ...", "The remaining 50 ...".
_PART_OPENERS = frozenset({"another", "among", "of", "further", "remaining", "rest"})


def _part_of_before(text: str, infos: list[SentenceInfo], drafts: list[Draft], d: Draft, r: Rules) -> str | None:
    """The party of the count a figure takes up from the sentence before, across a paragraph break too: a
    partitive ("Ten thousand of the refugees went to ...", "N of them") or an opener that adds to or divides
    the count before ("Another N", "Among them", "Of these"). The nearest earlier sentence with figures
    (one or two back) decides: its last figure's party, or none when it was the outlet's own."""
    words = infos[d.sentence_index].tokenized().words
    first = words[:3]
    parts = [x for x in drafts if x.sentence_index == d.sentence_index and x.tok_end + 1 < len(words)
             and words[x.tok_end] == "of" and words[x.tok_end + 1] in ("the", "these", "those", "them")]
    partitive = bool(parts)  # "N of the refugees went to ..., while M went to ...": the sentence divides a count
    opened = bool(first) and (first[0] in _PART_OPENERS or (len(first) > 1 and first[0] in ("a", "the")
                                                             and first[1] in _PART_OPENERS))
    ranked = not (partitive or opened) and ranks_places(
        analysis(text, infos[d.sentence_index].tokenized()), d.figure.start, d.figure.end)
    if not (partitive or opened or ranked):
        return None
    whole = [x for x in drafts if x.sentence_index == d.sentence_index and x.tok_start < d.tok_start]
    if any(x is d for x in parts) and whole:
        # "have treated N people, M of them children": the figure itself is the part, of the whole right
        # before it (not "..., M of them children, and K more are waiting": K is no part of N)
        return whole[-1].source
    for k in (d.sentence_index - 1, d.sentence_index - 2):
        if k < 0 or infos[k].sentence.headline:
            return None
        before = [x for x in drafts if x.sentence_index == k]
        if before and _ends_on_other_voice(text, infos, drafts, k, r):
            return None  # "X said N died, which aid groups say left M homeless. Another ...": no one's statement
        if before:
            return before[-1].source if before[-1].cue != "document" else None
    return None


def _quote_paragraph(text: str, infos: list[SentenceInfo], index: int, r: Rules) -> str | None:
    """A paragraph that is only a quotation, with no speaker of its own, goes on quoting the speaker of the
    quotation that ends the paragraph before ("“...,” the envoy told reporters.¶“We have also received
    reports that ...”"): news copy names a speaker once and runs the quote on."""
    here = infos[index].sentence
    if here.headline or index == 0 or here.text.lstrip()[:1] not in OPEN_QUOTES:
        return None
    first = index
    while first > 0 and infos[first - 1].sentence.paragraph == here.paragraph:
        first -= 1
    if infos[first].sentence.text.lstrip()[:1] not in OPEN_QUOTES or first == 0:
        return None
    para = [k for k in range(first, len(infos)) if infos[k].sentence.paragraph == here.paragraph]
    if any(attributions(text, infos[k], r) for k in para):
        return None
    prev = infos[first - 1]
    if prev.sentence.headline or not any(q in prev.sentence.text for q in ("”", '"')):
        return None
    found = [a for a in attributions(text, prev, r) if a.strength >= 1]
    if not found:
        return None
    last = max(found, key=lambda a: a.position)
    if last.source is not None:
        return last.source
    return last_source(text, infos, first - 1, r) if last.pointer else None


_BREAKDOWN = frozenset({"include", "includes", "included", "comprise", "comprises", "comprised"})


_INTRODUCED_REACH = 5


def _introduced(text: str, infos: list[SentenceInfo], index: int, r: Rules) -> str | None:
    """A run of sentences introduced by an attribution that ends in a colon ("The spokeswoman listed
    the dead by district:" then a list, one item a paragraph) is that party's, up to the next
    attribution, over at most ``_INTRODUCED_REACH`` sentences."""
    for k in range(index - 1, max(-1, index - 1 - _INTRODUCED_REACH), -1):
        info = infos[k]
        if info.sentence.headline and len(info.sentence.text.split()) < 3:
            continue  # page furniture between the items ("ADVERTISEMENT")
        if info.sentence.headline:
            return None
        found = attributions(text, info, r)
        colon = info.sentence.text.rstrip().endswith(":")
        if not found and not colon:
            continue
        if not colon:
            return None
        named = [a for a in found if a.source and a.strength >= 1]
        if named:
            return named[0].source
        an = analysis(text, info.tokenized())  # "X listed the dead by district:": the main subject
        subjects = subject_parties(an, lexicon()) if an is not None else []
        return subjects[0][1] if subjects else None
    return None


def _points_back(words: Sequence[str]) -> bool:
    """Whether a sentence is the breakdown of a count just given: a definite count or document as subject
    and "include" as verb ("The figures include 45 deaths ...", "The reports included 11 women"). Other
    verbs after such a subject comment on the figure in the outlet's voice ("The figure is the highest
    yet", "The study supports other claims"), measured on dev as often wrong as right."""
    lex = lexicon()
    if len(words) < 3 or words[0] not in ("the", "these", "those", "this", "that"):
        return False
    k = 1
    while k < min(len(words), 4) and words[k].replace("-", "").isalpha():
        noun = words[k].removesuffix("s")
        if noun in lex.tallies or noun in lex.documents or words[k] in lex.carriers:
            return k + 1 < len(words) and words[k + 1] in _BREAKDOWN
        k += 1
    return False


def _attribution_only(text: str, infos: list[SentenceInfo], k: int, has_figures: set[int],
                      r: Rules) -> attribution.Attribution | None:
    """The party of a figure-less sentence that points back: 'It is reported by X.', 'This was announced by X.'"""
    if k >= len(infos) or k in has_figures:
        return None
    info = infos[k].tokenized()
    if not info.words or info.words[0] not in _BACK_POINTERS:
        return None
    found = [a for a in attributions(text, info, r) if a.source and a.strength >= 2]
    return found[0] if found else None


def _closing_attribution(text: str, infos: list[SentenceInfo], index: int, has_figures: set[int],
                         r: Rules) -> str | None:
    """The party of a statement closed by the next sentence: "In the north, 40 people were evacuated. In
    the south, 12 villages were left without water, the governor said." The next sentence, in the same
    paragraph and counting no one, ends in "..., X said" (an inverted or sentence-final attribution of a
    named party that covers the sentence from its start), and goes on with the same tally: it opens with a
    fronted adverbial set off by a comma (the next place or side of the list) and counts something itself
    (villages, settlements). A closing sentence about anything else ("Schools stay shut until Monday, the
    minister said.") says nothing of the figure before it. Rests on one dev text (half A unchanged)."""
    k = index + 1
    if k >= len(infos) or k in has_figures or infos[k].sentence.headline:
        return None
    if infos[k].sentence.paragraph != infos[index].sentence.paragraph:
        return None
    info = infos[k].tokenized()
    n = len(info.words)
    found = [a for a in attributions(text, info, r) if a.source and a.strength == 1 and a.scope[0] == 0
             and a.position >= n - 6 and a.span[0] > 0 and info.words[a.span[0] - 1] == ","]
    if not found or not _continues_tally(text, info, found[0].span[0] - 1):
        return None
    return found[0].source


_FRONTED_REACH = 5  # "In Marvel Province," "Inland,": words a fronted adverbial takes before its comma


def _continues_tally(text: str, info: SentenceInfo, body_end: int) -> bool:
    """The statement before the closing attribution goes on with a list of counts: it opens with a fronted
    adverbial ended by a comma within a few words, and it holds a number of its own."""
    words = info.words[:body_end]
    if "," not in words[1 : _FRONTED_REACH + 1]:
        return False
    if body_end <= 0:
        return False
    body = text[info.tokens[0].start : info.tokens[body_end - 1].end]
    return bool(parse_numbers(body))


_QUOTE_REACH = 3


def _quote_closer(text: str, infos: list[SentenceInfo], index: int, r: Rules) -> str | None:
    """The speaker named after a quotation that runs over several sentences: "“We lost four people. We are
    devastated,” said X." The quote is X's from its first sentence; the attribution comes where it closes, in
    the same paragraph, a few sentences on at most. A pointer there ("he said") takes the party before it."""
    para = infos[index].sentence.paragraph
    for k in range(index + 1, min(len(infos), index + 1 + _QUOTE_REACH)):
        sent = infos[k].sentence
        if sent.paragraph != para or sent.headline:
            return None
        close = max(sent.text.rfind("”"), sent.text.rfind('"') if sent.text.count('"') % 2 else -1)
        if close < 0:
            continue
        info = infos[k].tokenized()
        after = [a for a in attributions(text, info, r) if a.strength >= 1
                 and info.tokens[min(a.position, len(info.tokens) - 1)].start >= sent.start + close]
        if not after:
            return None
        first = min(after, key=lambda a: a.position)
        if first.source is not None:
            return first.source
        return last_source(text, infos, index - 1, r) if first.pointer and index > 0 else None
    return None


def _carrier_after(text: str, infos: list[SentenceInfo], k: int, has_figures: set[int]) -> str | None:
    """The author of the carrier a figure-less next sentence opens with, as its subject: "N people have fled
    the city.¶The UN announcement came amid heavy fighting": the definite carrier ("the announcement", "the
    ministry's statement") takes up what was just said, and its author said it."""
    if k >= len(infos) or k in has_figures or infos[k].sentence.headline:
        return None
    an = analysis(text, infos[k].tokenized())
    if an is None:
        return None
    lex = lexicon()
    for j, w in enumerate(an.words):
        if w.dep != "nsubj" or an.words[w.head].dep != "ROOT" or not is_carrier(w, lex):
            continue
        if not any(an.words[c].dep == "det" and an.words[c].lemma in ("the", "this", "that")
                   for c in an.children(j)) and not any(an.words[c].dep == "poss" for c in an.children(j)):
            return None
        author = of_by(an, j)
        if author is None or an.words[author].pos not in ("PROPN", "NOUN"):
            return None
        hit = party(an, author, an.words[w.head].lemma, w.head, lex)
        return hit.source if hit is not None else None
    return None
