"""extract(): text in, claims out. (Being written.)"""

from __future__ import annotations

from headcount.models import Claim, Document


def extract(text: str | Document, published: str | None = None) -> list[Claim]:
    raise NotImplementedError
