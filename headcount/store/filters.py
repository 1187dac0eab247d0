"""The claim filters every reader of the ledger shares (the CLI's `claims`/`export`, the web app's API).

One place builds them so that `--place Aleppo` on the command line and `?place=Aleppo` on the API select the
same claims. Every value is a bound parameter; LIKE patterns are escaped (``autoescape``).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, or_

from headcount.store.tables import claims, documents


def end_of(day: str) -> str:
    """The last value a date string of that precision can take: '2016' -> '2016-12-31…', '2016-12' -> …"""
    return day + ("-12-31\uffff" if len(day) == 4 else "-31\uffff" if len(day) == 7 else "\uffff")


def claim_conditions(
    *, event: str | None = None, kind: str | None = None, category: str | None = None, place: str | None = None,
    source: str | None = None, outlet: str | None = None, since: str | None = None, until: str | None = None,
    text: str | None = None, doc_id: str | None = None, originals_only: bool = False, language: str | None = None,
) -> list[ColumnElement[bool]]:
    """WHERE conditions over ``claims`` joined to ``documents``; a filter left as None selects everything.

    ``category`` matches the category or its group; ``place`` the normalised place key's start or the
    location as written; ``since``/``until`` the claim's period end, else its start, else the document's date.
    """
    conds: list[ColumnElement[bool]] = []
    if event:
        conds.append(claims.c.event == event.lower())
    if kind:
        conds.append(claims.c.period_kind == kind.lower())
    if category:
        conds.append(or_(func.lower(claims.c.category) == category.lower(),
                         func.lower(claims.c.group) == category.lower()))
    if place:
        conds.append(or_(claims.c.place.istartswith(place, autoescape=True),
                         claims.c.location.icontains(place, autoescape=True)))
    if source:
        conds.append(claims.c.source.icontains(source, autoescape=True))
    if outlet:
        conds.append(documents.c.outlet.icontains(outlet, autoescape=True))
    when = func.coalesce(claims.c.period_end, claims.c.period_start, documents.c.published)
    if since:
        conds.append(when >= since)
    if until:
        conds.append(when <= end_of(until))
    if text:
        conds.append(claims.c.sentence.icontains(text, autoescape=True))
    if doc_id:
        conds.append(claims.c.doc_id == doc_id)
    if originals_only:
        conds.append(claims.c.carried_from.is_(None))
    if language:  # the document's language (ISO 639-1)
        conds.append(func.lower(documents.c.language) == language.lower())
    return conds
