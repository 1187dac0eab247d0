"""extract(): a document's text in, its claims out, each traceable to the character.

This module only runs the stages in order; each rule lives in the stage module that owns it:
``who`` (the noun phrase and its category), ``what`` (event and modality), ``when`` (period),
``where`` (location), ``attribution`` and ``speakers`` (who says so), ``structure`` (parts and wholes).
Sentences without a digit or a number word are skipped by a regex prefilter before any tokenising, which
is what keeps extraction fast on long articles.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from headcount.errors import ExtractionError
from headcount.extract import (
    linguistic,
    parse_choice,
    place_follow,
    speakers,
    what,
    what_reread,
    when,
    where,
    who,
)
from headcount.extract.drafts import Draft, NounPhrase, SentenceInfo, token_span
from headcount.extract.languages import reads
from headcount.extract.numbers import has_number_candidate, parse_numbers
from headcount.extract.rules import Rules, rules
from headcount.extract.sentences import clause_end, clause_start, split_sentences
from headcount.extract.stages_local import extract_local
from headcount.extract.structure import follow_pointers, inherit_from_whole, link_parents
from headcount.extract.version import extractor_version
from headcount.lexicons.groups import group_of
from headcount.models import Claim, Document, Figure

log = logging.getLogger(__name__)
_T = TypeVar("_T")
Outcome = list[Claim] | Exception  # a document's claims, or the exception extracting it raised

MAX_TEXT_CHARS = 20_000_000  # one document; larger inputs are almost surely not one news report
# How many documents the callers that read many (ingest, extract and eval over JSONL, the Spark job) give
# extract_many at a time: enough that the pipeline's fixed cost per call is spread thin (docs/extraction.md,
# Speed), few enough that the documents' sentences and parses held at once stay a few megabytes.
BATCH_DOCUMENTS = 32

__all__ = ["BATCH_DOCUMENTS", "MAX_TEXT_CHARS", "Outcome", "extract", "extract_each", "extract_in_batches",
           "extract_many", "extractor_version", "parse_date"]


def extract(text: str | Document, published: str | None = None, *, parse: bool = True,
            language: str | None = None) -> list[Claim]:
    """Every count of people in ``text``, with who, what, where, when and who says so.

    ``text`` is a string or a Document (whose ``published`` is used unless ``published`` is given).
    ``published`` (YYYY-MM-DD) anchors relative times ("yesterday", "over the past 24 hours").
    ``parse=False`` runs the token rules alone, as when no spaCy model is installed (linguistic.py).
    ``language`` (ISO 639-1) overrides the Document's; a Document without one is detected; a plain string
    is English unless told. Russian, Ukrainian, Arabic, Spanish, Portuguese and French are read by their
    lexicons (stages_local.py), everything else by the English stages below. One document is a batch of
    one: there is a single path through the stages, ``extract_many``'s.
    """
    return extract_many([text], published, parse=parse, language=language)[0]


def extract_many(texts: Iterable[str | Document], published: str | None = None, *, parse: bool = True,
                 language: str | None = None) -> list[list[Claim]]:
    """``[extract(t, published, parse=parse, language=language) for t in texts]``, the same claims, faster:
    the sentences every document needs parsed go to the pipeline in one call, not one call per document
    (each call has a fixed cost of a few milliseconds, as much as parsing a sentence). Raises the first
    document's error as ``extract`` would; ``extract_each`` gives each document its own outcome instead.
    Callers with many documents pass them a few dozen at a time (``BATCH_DOCUMENTS``) to bound memory."""
    out: list[list[Claim]] = []
    for result in extract_each(texts, published, parse=parse, language=language):
        if isinstance(result, BaseException):
            raise result
        out.append(result)
    return out


def extract_each(texts: Iterable[str | Document], published: str | None = None, *, parse: bool = True,
                 language: str | None = None) -> list[Outcome]:
    """``extract_many`` for callers that go on past a failed document (ingest, the Spark job, ``eval``):
    each document's claims, or the exception ``extract`` would have raised on it, in input order."""
    prepared: list[_Work | list[Claim] | Exception] = []
    for t in texts:
        try:
            prepared.append(_prepare(t, published, parse, language))
        except Exception as exc:  # noqa: BLE001 - one document's failure is its own outcome
            prepared.append(exc)
    todo = [w for w in prepared if isinstance(w, _Work)]
    if parse and todo:
        batch = [(w.text, [info.sentence for info in w.infos], w.parsed) for w in todo]
        for w, found in zip(todo, linguistic.analyse_documents(batch), strict=True):
            speakers.keep_parses(w.infos, w.parsed, found)
    out: list[Outcome] = []
    for item in prepared:
        if isinstance(item, _Work):
            try:
                out.append(_finish(item))
            except Exception as exc:  # noqa: BLE001 - as above
                out.append(exc)
        else:
            out.append(item)
    return out


def extract_in_batches(items: Iterable[_T], document_of: Callable[[_T], Document | None], *,
                       extract_batch: Callable[[list[Document]], list[Outcome]] = extract_each,
                       size: int = BATCH_DOCUMENTS) -> Iterator[tuple[_T, Document | None, Outcome | None]]:
    """Each item of a stream with its document and that document's outcome (None for an item that is not a
    document to extract: a failure, a skipped file, a text the ledger holds already), in input order, the
    documents extracted ``size`` at a time by ``extract_batch``.

    The one batching loop of every caller that reads many documents (``headcount extract`` and ``eval``,
    ``ingest`` and ``reextract``, the Spark job): one call to the parse for a batch's sentences instead of one
    per document (the same claims, less time), with no more than a batch held at once. ``document_of`` is
    called on every item of a batch before the first of them is given back, so it sees the state from before
    the batch (ingest asks the ledger there whether a text is new)."""
    pending: list[tuple[_T, Document | None]] = []
    docs = 0

    def flush() -> Iterator[tuple[_T, Document | None, Outcome | None]]:
        found = iter(extract_batch([d for _, d in pending if d is not None]))
        for item, doc in pending:
            yield item, doc, (next(found) if doc is not None else None)

    for item in items:
        doc = document_of(item)
        pending.append((item, doc))
        docs += doc is not None
        if docs >= size:
            yield from flush()
            pending, docs = [], 0
    yield from flush()


@dataclass(slots=True)
class _Work:
    """An English document between the token pass and the parse: what ``_finish`` needs once the chosen
    sentences (``parsed``) have their parses."""

    doc_id: str
    text: str
    pub: dt.date | None
    rules: Rules
    infos: list[SentenceInfo]
    counting: list[tuple[int, list[NounPhrase]]]
    parsed: list[int]


def _prepare(text: str | Document, published: str | None, parse: bool, language: str | None) -> _Work | list[Claim]:
    """Everything before the parse: the sentences, their figures and noun phrases, and which sentences to
    parse; a document in another language is read whole here (its claims are returned)."""
    doc_id = ""
    if isinstance(text, Document):
        doc_id = text.id
        published = published or text.published
        language = language or text.language or _detected(text.text)
        text = text.text
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionError(f"document is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit",
                              where=doc_id or None)
    if reads(language):
        return extract_local(text, str(language), doc_id)
    pub = parse_date(published)
    r = rules()
    infos = [SentenceInfo(s) for s in split_sentences(text)]
    counting: list[tuple[int, list[NounPhrase]]] = []  # the sentences with a figure that counts people
    for index, info in enumerate(infos):
        if not has_number_candidate(info.sentence.text):
            continue
        figures = [_shift(f, info.sentence.start) for f in parse_numbers(info.sentence.text)]
        if not figures:
            continue
        info.tokenized()
        spans = [token_span(info.tokens, f.start, f.end) for f in figures]
        phrases = [np for np in who.noun_phrases(info.words, [t.text for t in info.tokens], figures, spans, r)
                   if np is not None]
        if phrases:
            counting.append((index, phrases))
    # only sentences that count people are parsed, in one batch with those the places stage will likely look
    # back to (the parse is most of the extractor's time, and each call to it has a fixed cost)
    chosen = [index for index, _ in counting]
    also = parse_choice.likely_lookbacks(text, infos, chosen) if parse and chosen else []
    parsed = speakers.plan_parses(text, infos, chosen, parse, also=also)
    return _Work(doc_id, text, pub, r, infos, counting, parsed)


def _finish(work: _Work) -> list[Claim]:
    """Everything after the batch's parse: the claims of each counting sentence, then the document-level
    passes (sources carried on, parents, events from the parse, pointers, periods)."""
    text, infos, r = work.text, work.infos, work.rules
    drafts: list[Draft] = []
    for index, phrases in work.counting:
        drafts.extend(_claims_in_sentence(text, infos, index, phrases, r, work.pub))
    speakers.carry_sources(text, infos, drafts, r)
    link_parents(drafts, infos)
    inherit_from_whole(drafts)
    what_reread.events_from_parse(text, infos, drafts)
    follow_pointers(drafts, infos)
    when.headlines_follow_body(drafts, infos)
    place_follow.headlines_follow_body(text, drafts, infos)
    when.same_statement_windows(drafts, r)
    when.tolls_follow_document(drafts, infos, r)
    version = extractor_version()
    doc_id = work.doc_id
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


def _detected(text: str) -> str:
    from headcount.ingest.language import detect_language  # ingest owns detection; imported only when needed

    return detect_language(text)


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


def _claims_in_sentence(text: str, infos: list[SentenceInfo], index: int, found: list[NounPhrase], r: Rules,
                        pub: dt.date | None) -> list[Draft]:
    """One draft per figure of the sentence that counts people (``found``: their noun phrases)."""
    info = infos[index]
    tokens, words = info.tokens, info.words
    out: list[Draft] = []
    for np in found:
        a, b = np.start, np.end
        blocked = [(o.start, o.head_end) for o in found if o.start != a]
        hit = what.event_of(words, np, r, blocked)
        event = hit.event
        modality = what.find_modality(words, a, hit, r, np.head_end)
        if info.cues is None:  # the cues of a sentence are found once and shared by its figures
            info.cues = when.find_cues(words, r)
        clause = (clause_start(words, a), clause_end(words, a))
        from_noun = hit.start < 0 or b <= hit.start < np.head_end
        # "are internally displaced", "230,000 internally displaced persons", "are receiving care": a state
        stative = (event == "displaced" and (np.implied_event == "displaced" or from_noun
                                             or when.stative(words, hit.start))) or (
            event in r.progressive_states and when.progressive(words, hit.start))
        period = when.find_period(info.cues, words, tokens, text, "population" if stative else event, r, pub, a,
                                  clause, expected=modality == "expected")
        source, cue, via = speakers.source_here(text, infos, index, a, r)
        location = where.locate(text, infos, index, a, event, r, [o.start for o in found if o.start != a])
        out.append(Draft(np.figure, index, a, b, np.head_end, np.category, event, modality, location, period,
                         source, cue, via=via, event_from_noun=from_noun, elided=np.elided))
    return out
