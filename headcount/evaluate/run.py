"""Run an extractor over gold documents and score it: the glue between ``extract`` and the scorer.

The extractor is a parameter (default ``headcount.extract``) so the bench and the tests can score any
callable with the same signature; nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from headcount.evaluate.gold import GoldDocument
from headcount.evaluate.scorer import ErrorRow, Scores, score
from headcount.extract.pipeline import extract
from headcount.ingest.language import language_of
from headcount.models import Claim, Document

Extractor = Callable[[Document], list[Claim]]


def _default_extractor(doc: Document) -> list[Claim]:
    return extract(doc)


def gold_to_document(doc: GoldDocument) -> Document:
    """The input the extractor sees: the gold text and the page's metadata, never the annotations.

    The language is the one the line declares (as a JSONL input's would be), else detected."""
    return Document(id=doc.id, text=doc.text, url=doc.url, outlet=doc.outlet, published=doc.published,
                    title=doc.title, language=language_of(doc.text, doc.meta.get("language")))


def predict(gold_docs: Mapping[str, GoldDocument], extractor: Extractor | None = None) -> dict[str, list[dict[str, Any]]]:
    """Claims (as JSON objects) for every gold document, keyed by document id."""
    run: Extractor = extractor or _default_extractor
    return {doc_id: [c.as_dict() for c in run(gold_to_document(doc))] for doc_id, doc in gold_docs.items()}


def evaluate(
    gold_docs: Mapping[str, GoldDocument], extractor: Extractor | None = None
) -> tuple[Scores, list[ErrorRow], dict[str, list[dict[str, Any]]]]:
    """Extract from every gold document and score: (scores, errors, the predictions that were scored)."""
    preds = predict(gold_docs, extractor)
    scores, errors = score(gold_docs, preds)
    return scores, errors, preds
