"""The claim filters every reader of the ledger shares (the CLI's `claims`/`export`, the web app's API).

One place builds them so that `--place Aleppo` on the command line and `?place=Aleppo` on the API select the
same claims. Every value is a bound parameter; LIKE patterns are escaped (``autoescape``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, func, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from headcount.store.tables import claims, documents


class place_whole(FunctionElement[str]):  # noqa: N801 - SQL function style, like func.lower
    """The whole place of a stored key: "Aleppo/east" -> "Aleppo" (the text before the first "/"), in SQL.

    SQLite has instr/substr, PostgreSQL split_part; this one construct renders either, so the filter stays
    one expression with bound parameters on both.
    """

    type = String()
    inherit_cache = True
    name = "place_whole"


@compiles(place_whole)
def _place_whole_sqlite(element: place_whole, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(list(element.clauses)[0], **kw)
    return f"(CASE WHEN instr({arg}, '/') > 0 THEN substr({arg}, 1, instr({arg}, '/') - 1) ELSE {arg} END)"


@compiles(place_whole, "postgresql")
def _place_whole_pg(element: place_whole, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(list(element.clauses)[0], **kw)
    return f"split_part({arg}, '/', 1)"


def place_condition(place: str) -> ColumnElement[bool]:
    """Claims in ``place`` and everything inside it, whatever the case of the key.

    The place asked for is read like a location ("eastern Aleppo" -> "Aleppo/east", "Gaza Strip" ->
    "Gaza"); a claim matches when its stored key is that place or a part of it ("Aleppo/east" under
    "Aleppo"), when its whole is a place the gazetteer puts inside it (a city of the region or country
    asked for: ``places.descendants``), or when its location as written contains the words asked for
    (claims stored before keys were, and places the gazetteer does not know).
    """
    from headcount.reconcile.places import canonical, descendants, place_key

    asked = place_key(place) or place
    key = canonical(asked)
    stored = func.lower(claims.c.place)
    conds: list[ColumnElement[bool]] = [
        stored == key, stored.startswith(key + "/", autoescape=True),
        claims.c.location.icontains(place, autoescape=True),
    ]
    if "/" not in key:
        inside = sorted(descendants(asked))
        if inside:
            conds.append(func.lower(place_whole(claims.c.place)).in_(inside))
    return or_(*conds)


def end_of(day: str) -> str:
    """The last value a date string of that precision can take: '2016' -> '2016-12-31…', '2016-12' -> …"""
    return day + ("-12-31\uffff" if len(day) == 4 else "-31\uffff" if len(day) == 7 else "\uffff")


def estimated_on_or_after(since: str) -> ColumnElement[bool]:
    """A document with no publication day whose estimated date (``approx_date``) is on or after ``since``.

    Why only "on or after": the estimate is a lower bound (the text names nothing later than that day, or the
    URL's month is the earliest it can be), so a document estimated on or after a day was published on or after
    it too, while no lower bound can place a document before a day (``--until`` leaves estimates out). A
    month (``2016-12``, from a URL) stands for its first day.
    """
    approx = documents.c.approx_date
    day = case((func.length(approx) == 7, approx.concat("-01")), else_=approx)
    return and_(documents.c.published.is_(None), approx.is_not(None), day >= since)


def claim_conditions(
    *, event: str | None = None, kind: str | None = None, category: str | None = None, place: str | None = None,
    source: str | None = None, outlet: str | None = None, since: str | None = None, until: str | None = None,
    text: str | None = None, doc_id: str | None = None, originals_only: bool = False, language: str | None = None,
) -> list[ColumnElement[bool]]:
    """WHERE conditions over ``claims`` joined to ``documents``; a filter left as None selects everything.

    ``category`` matches the category or its group; ``place`` the place, its parts and the places inside
    it (:func:`place_condition`), or the location as written; ``since``/``until`` the claim's period end, else its start, else the document's date.
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
        conds.append(place_condition(place))
    if source:
        conds.append(claims.c.source.icontains(source, autoescape=True))
    if outlet:
        conds.append(documents.c.outlet.icontains(outlet, autoescape=True))
    when = func.coalesce(claims.c.period_end, claims.c.period_start, documents.c.published)
    if since:
        conds.append(or_(when >= since, and_(when.is_(None), estimated_on_or_after(since))))
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
