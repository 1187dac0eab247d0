"""Run the pipeline at the edge: sources -> documents (ingest) -> claims (extract) -> ledger (store).

The stages do not know each other: ``headcount.ingest`` turns sources into documents, ``headcount.extract``
turns a document into claims, ``headcount.store`` keeps both. This module is the one place that chains them,
shared by ``headcount ingest`` / ``reextract`` (CLI), the web's ingest jobs and the Spark tasks, so that a
document gets the same claims, the same extractor version and the same failure reasons whichever way it came in.

``ingest`` stores each document in its own transaction; a failure is recorded in the ledger and the batch goes
on. ``reextract`` re-runs extraction over stored documents made by another extractor version.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from headcount.errors import HeadcountError
from headcount.ingest.batch import Failure, IngestOptions, Work, iter_work
from headcount.models import Claim, Document

if TYPE_CHECKING:
    from headcount.extract.pipeline import Outcome
    from headcount.store.ledger import ClaimDiff, Ledger, Stored

log = logging.getLogger(__name__)

Extractor = Callable[[Document], list[Claim]]


@dataclass(slots=True)
class Summary:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    copies: int = 0
    claims: int = 0
    failures: list[Failure] = field(default_factory=list)
    extract_s: float = 0.0
    store_s: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def stored(self) -> int:
        return self.new + self.unchanged + self.updated


def extract_failure(exc: BaseException, source: str) -> Failure:
    """Why extraction failed on one document, worded the same by the ledger and the Spark job: a
    ``HeadcountError`` says its own reason; anything else is a bug, named by its type, and must not cost the
    batch."""
    if isinstance(exc, HeadcountError):
        return Failure.of(exc, source, "extract")
    log.debug("extractor failed on %s", source, exc_info=exc)
    return Failure(source, f"extractor error: {type(exc).__name__}: {exc}", "extract")


def comment_claims(claims: list[Claim], commenter: str | None) -> list[Claim]:
    """In a reader comment the commenter is the source; a party the commenter quotes keeps the commenter as via."""
    if not commenter:
        return claims
    return [dataclasses.replace(c, source=commenter) if c.source is None
            else (dataclasses.replace(c, via=commenter) if c.via is None else c) for c in claims]


def default_extractor() -> tuple[Extractor, str]:
    from headcount.extract.pipeline import extract, extractor_version

    def run(doc: Document) -> list[Claim]:
        return extract(doc)

    return run, extractor_version()


def ingest(sources: Sequence[str], ledger: Ledger, opts: IngestOptions | None = None, *,
           extractor: tuple[Extractor, str] | None = None, stdin: Any = None,
           on_item: Callable[[str, str], None] | None = None) -> Summary:
    """Ingest every source into ``ledger``; returns the counts and every failure (also kept in the ledger)."""
    from headcount.extract.pipeline import extract_in_batches

    opts = opts or IngestOptions()
    extract, version = extractor or default_extractor()
    summary = Summary()
    works = (item if isinstance(item, Failure) or not opts.language  # --language: the user knows better
             else dataclasses.replace(item, document=dataclasses.replace(item.document, language=opts.language))
             for item in iter_work(sources, opts, stdin=stdin))
    # the default extractor takes a few dozen new documents to one call of the parse; another, one at a time
    found = (extract_in_batches(works, lambda w: _new_document(ledger, w), extract_batch=_timed(summary))
             if extractor is None else ((w, None, None) for w in works))
    for item, _, outcome in found:
        if isinstance(item, Failure):
            _fail(ledger, summary, item)
            status, label = "failed", item.source
        else:
            stored = store_one(ledger, item, extract if outcome is None else _given(outcome), version, summary)
            status, label = (stored.status if stored else "failed"), item.source
        if on_item:
            on_item(status, label)
    reconcile_changed(ledger)
    return summary


def _new_document(ledger: Ledger, work: Work | Failure) -> Document | None:
    """The document of ``work`` when the ledger does not hold its text yet (an unchanged document is not
    extracted again, as ``Ledger.put`` decides); None for a failure or an unchanged document."""
    from headcount.store.ledger import text_hash

    if not isinstance(work, Work):
        return None
    try:
        stored = ledger.fingerprint(work.document.id)
    except Exception:  # noqa: BLE001 - extracted anyway; storing it will say what is wrong with the store
        stored = None
    return work.document if stored != text_hash(work.document.text) else None


def _timed(summary: Summary) -> Callable[[list[Document]], list[Outcome]]:
    """``extract_each``, its time counted as extraction time."""
    from headcount.extract.pipeline import extract_each

    def run(docs: list[Document]) -> list[Outcome]:
        t = time.perf_counter()
        found = extract_each(docs)
        summary.extract_s += time.perf_counter() - t
        return found

    return run


def _given(found: Outcome) -> Extractor:
    """An extractor that gives the outcome already found (raising its exception, as the extractor did)."""
    def run(doc: Document) -> list[Claim]:
        if isinstance(found, Exception):
            raise found
        return found

    return run


def reconcile_changed(ledger: Ledger) -> None:
    """End of a run that changed the ledger: reconcile the series it touched and store their findings
    (``headcount check`` reads them)."""
    from headcount.store.findings_repo import reconcile

    reconcile(ledger.engine)


def store_one(ledger: Ledger, work: Work, extract: Extractor, version: str, summary: Summary) -> Stored | None:
    from sqlalchemy.exc import SQLAlchemyError

    from headcount.store.ledger import Entry

    doc = work.document
    spent = [0.0]

    def claims() -> list[Claim]:
        t = time.perf_counter()
        try:
            found = extract(doc)
            return comment_claims(found, work.commenter) if work.kind == "comment" else found
        finally:
            spent[0] += time.perf_counter() - t

    t0 = time.perf_counter()
    try:
        stored = ledger.put(Entry(doc, claims, version, work.source, work.kind, work.comment_of, work.commenter))
    except SQLAlchemyError as exc:
        msg = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        _fail(ledger, summary, Failure(work.source, f"could not store: {msg}", "store"))
        return None
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not cost the batch
        _fail(ledger, summary, extract_failure(exc, work.source))
        return None
    total = time.perf_counter() - t0
    summary.extract_s += spent[0]
    summary.store_s += total - spent[0]
    if stored.status == "new":
        summary.new += 1
    elif stored.status == "updated":
        summary.updated += 1
    else:
        summary.unchanged += 1
    if stored.copy_of and stored.status != "unchanged":
        summary.copies += 1
    summary.claims += stored.claims
    return stored


def _fail(ledger: Ledger, summary: Summary, failure: Failure) -> None:
    log.info("failed %s: %s", failure.source, failure.reason)
    summary.failures.append(failure)
    ledger.record_failure(failure.source, failure.reason, failure.stage)


def reextract(ledger: Ledger, *, extractor: tuple[Extractor, str] | None = None,
              on_item: Callable[[str, str], None] | None = None) -> list[ClaimDiff]:
    """Re-run extraction over every stored document made by another extractor version."""
    from headcount.extract.pipeline import extract_in_batches

    extract, version = extractor or default_extractor()
    diffs = []
    stale = ledger.stale(version)
    found = (extract_in_batches(stale, lambda item: item[0]) if extractor is None  # as in ingest
             else ((item, item[0], _outcome(extract, item[0])) for item in stale))
    for (doc, meta), _, outcome in found:
        assert outcome is not None  # every stale item is a document to extract
        if isinstance(outcome, Exception):  # one document's failure is recorded, the rest go on
            ledger.record_failure(meta.get("source") or doc.id, f"re-extraction failed: {outcome}", "extract")
            continue
        claims = comment_claims(outcome, meta.get("commenter")) if meta.get("kind") == "comment" else outcome
        diffs.append(ledger.replace_claims(doc.id, claims, version))
        if on_item:
            on_item("changed" if diffs[-1].any else "same", doc.id)
    reconcile_changed(ledger)
    return diffs


def _outcome(extract: Extractor, doc: Document) -> Outcome:
    try:
        return extract(doc)
    except Exception as exc:  # noqa: BLE001 - one document's failure is its own outcome
        return exc


__all__ = ["Extractor", "Summary", "comment_claims", "default_extractor", "extract_failure", "ingest",
           "reconcile_changed", "reextract", "store_one"]
