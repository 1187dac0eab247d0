"""Claims built by hand from sentences written for these tests (no gold text, no mocks)."""

from __future__ import annotations

from headcount.models import Claim
from headcount.reconcile.series import DocMeta


def claim(doc: str, sentence: str, figure: str, low: float | None, high: float | None = ..., *,  # type: ignore[assignment]
          event: str = "evacuated", category: str = "people", source: str | None = None,
          location: str | None = "eastern Aleppo", kind: str | None = "increment", start: str | None = None,
          end: str | None = None, parent: int | None = None, modality: str = "actual") -> Claim:
    """A claim for ``figure`` in ``sentence`` (which must contain it); high defaults to low."""
    at = sentence.index(figure)
    return Claim(
        doc_id=doc, start=at, end=at + len(figure), figure=figure, low=low,
        high=low if high is ... else high, category=category, event=event, modality=modality,
        location=location, period_kind=kind, period_start=start, period_end=end or start, source=source,
        parent=parent, sentence=sentence, sentence_start=0,
    )


def docs(*metas: DocMeta) -> dict[str, DocMeta]:
    return {m.id: m for m in metas}
