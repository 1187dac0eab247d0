"""The JSON API under /api/: everything the pages show, with paging and filters, described by OpenAPI.

Lists come as ``{"items": [...], "total": N, "limit": L, "offset": O}``. Errors come as one shape,
``{"error": {"status": 404, "message": "..."}}`` (see ``app.py``). Reads are open unless the app runs
``--private``; writes (ingest, settle, party edits) need ``Authorization: Bearer TOKEN``.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.responses import Response

from headcount.errors import HeadcountError
from headcount.ingest.uploads import PASTED, Upload, refusal
from headcount.reconcile.parties import KINDS
from headcount.reconcile.series import SeriesKey
from headcount.reconcile.track_record import Settled
from headcount.spreadsheet import safe_row
from headcount.store.findings_repo import mark_dirty
from headcount.web import cursor, group_reads, queries, reads, views
from headcount.web.state import Web, api_reader, api_writer, same_origin, web

F = TypeVar("F", bound=Callable[..., Any])
_KNOWN: dict[int, frozenset[str]] = {}


def known_params(request: Request) -> None:
    """Refuse a query parameter the endpoint does not take (``page=-1``, ``sinse=``), naming it and the ones
    it takes: a silently ignored filter returns everything and looks like an answer."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    names = _KNOWN.get(id(route))
    if names is None:
        names = _KNOWN[id(route)] = frozenset(_query_names(dependant))
    unknown = sorted(set(request.query_params) - names)
    if unknown:
        takes = ", ".join(sorted(names)) or "no query parameters"
        raise HTTPException(422, f"query.{unknown[0]}: not a parameter of {request.url.path} (it takes {takes})")


def _query_names(dependant: Any) -> Iterator[str]:
    """The query parameters a route takes, its dependencies' included (FastAPI's ``Dependant`` tree)."""
    for p in getattr(dependant, "query_params", ()):
        yield str(p.alias)
    for sub in getattr(dependant, "dependencies", ()):
        yield from _query_names(sub)


def valid_day(field: str, value: str | None) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD that is a real month or day (2020-13-45 and 2021-02-30 are not)."""
    if not value or not value.strip():
        return value
    try:
        parts = [int(x) for x in value.split("-")]
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        raise HTTPException(422, f"query.{field}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


router = APIRouter(prefix="/api", dependencies=[Depends(same_origin), Depends(api_reader), Depends(known_params)])

Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
DAY = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # empty allowed: a blank form field means "any"
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

CSV_FIELDS = ("id", "doc_id", "figure", "low", "high", "approx", "qualifier", "category", "group", "event",
              "modality", "location", "place", "period_kind", "period", "period_start", "period_end", "source",
              "party", "series", "cue", "via", "sentence", "outlet", "published", "url", "title", "carried_from",
              "start", "end", "extractor_version")


class Fast(JSONResponse):
    """JSON straight from ``json.dumps``: FastAPI's ``jsonable_encoder`` walk costs more than the query on big
    answers (a series of thousands of reports), and these dicts hold only JSON types already."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")


def get(path: str, **kw: Any) -> Callable[[F], F]:
    """``router.get`` for a function that returns a dict: the route answers with ``Fast``, and the function
    itself stays as it is, so the pages call it for the same dict."""

    def register(fn: F) -> F:
        @functools.wraps(fn)
        def route(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            return out if isinstance(out, Response) else Fast(out)

        from headcount.web.schemas import responses

        router.get(path, **{"responses": responses(path), **kw})(route)  # the OpenAPI document says what it returns
        return fn

    return register


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


# -- reading ------------------------------------------------------------------------------------------------
@get("/overview", summary="Counts, the series with the most claims, the latest comparisons (stored findings)")
def overview(request: Request, series: Limit = 10, findings: Limit = 10) -> dict[str, Any]:
    w = web(request)
    eng = w.ledger.engine
    counts = dict(w.live.counts())  # documents and claims, at most a few seconds old
    stored, counted_at = reads.summary_counts(eng)  # stored by the last refresh: one row, not three counts
    counts.update(stored)
    top, _ = reads.series_page(eng, limit=series, with_total=False)
    return {"counts": counts, "counted_at": counted_at, "top_series": top,
            "latest_findings": [v["finding"] for v in reads.latest_findings(w.live, findings)],
            "refresh_error": w.live.error}


@get("/series", summary="Series (event/group/place), most claims first")
def series_list(request: Request, event: str | None = None, group: str | None = None, place: str | None = None,
                party: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    items, total = reads.series_page(web(request).ledger.engine, event=event, group=group, place=place, party=party,
                                     limit=limit, offset=offset)
    return page(items, total, limit, offset)


def _series_key(key: str) -> str:
    """A key as the URL gives it, in its canonical written form ("evacuated/civilians/east Aleppo" works)."""
    try:
        return str(SeriesKey.parse(key))
    except ValueError as exc:
        raise HTTPException(404, str(exc)) from None


@get("/series/{key:path}", summary="One series: its reports per party, settled figures, comparisons (stored findings)")
def series_one(request: Request, key: str) -> dict[str, Any]:
    live = web(request).live
    d = reads.series_detail(live, key)
    if d is None:
        canonical = _series_key(key)
        d = reads.series_detail(live, canonical) if canonical != key else None
    if d is None:
        raise HTTPException(404, f"no series {key!r}")
    return d


def claim_query(text: str | None = None, place: str | None = None, party: str | None = None,
                series: str | None = None, event: str | None = None, category: str | None = None,
                source: str | None = None, outlet: str | None = None,
                kind: Annotated[str | None, Query(pattern=r"^(increment|cumulative|stock)?$",
                                                  description="increment, cumulative or stock")] = None,
                since: Annotated[str | None, Query(pattern=DAY, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
                until: Annotated[str | None, Query(pattern=DAY, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
                doc_id: str | None = None, limit: Limit = 50, offset: Offset = 0,
                after: Annotated[str | None, Query(max_length=cursor.MAX_TOKEN, description=(
                    "the `next` value of the page before: the page after it, read from where that one ended "
                    "(any depth costs what the first page does; `offset` is then ignored)"))] = None,
                ) -> queries.ClaimQuery:
    """The claim filters, shared by the API and the pages' tables (a blank value means any)."""
    since, until = valid_day("since", since), valid_day("until", until)
    if after:
        try:
            cursor.decode(after)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
    return queries.ClaimQuery(text=text, place=place, party=party, series=series, event=event, category=category,
                              source=source, outlet=outlet, kind=kind, since=since, until=until, doc_id=doc_id,
                              limit=limit, offset=offset, after=after or None).cleaned()


def csv_rows(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        r = dict(r)
        r["party"] = (r.get("party") or {}).get("key")
        writer.writerow(safe_row(r))
        if buf.tell() > 64 * 1024:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


@get("/claims", summary="Search claims: text, place, party, series, event, dates ...; JSON pages or CSV",
            response_model=None)
def claims_list(request: Request, q: Annotated[queries.ClaimQuery, Depends(claim_query)],
                format: Literal["json", "csv"] = "json") -> dict[str, Any] | StreamingResponse:
    w = web(request)
    if format == "csv":
        return StreamingResponse(csv_rows(queries.iter_all(w.ledger.engine, q)), media_type="text/csv",
                                 headers={"content-disposition": 'attachment; filename="claims.csv"'})
    found = queries.search(w.ledger.engine, q, all_claims=w.live.counts()["claims"])
    return {**page(found.rows, found.total, q.limit, found.start), "total_exact": found.exact,
            "next": found.next, "filters": q.filters()}


@get("/claims/{claim_id}", summary="One claim: fields, document, copies, report, comparisons (stored findings)")
def claim_one(request: Request, claim_id: str) -> dict[str, Any]:
    return claim_payload(web(request), claim_id)


def claim_payload(w: Web, claim_id: str) -> dict[str, Any]:
    try:
        claim, doc = queries.claim_detail(w.ledger.engine, claim_id)
    except HeadcountError:
        raise HTTPException(404, f"no claim {claim_id!r}") from None
    reads.decorate(w.ledger.engine, [claim])
    reads.claim_extras(w.live, claim)
    return {"claim": claim, "document": doc}


@get("/documents/{doc_id}", summary="One document with its text")
def document_one(request: Request, doc_id: str) -> dict[str, Any]:
    d = queries.document_row(web(request).ledger.engine, doc_id)
    if d is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return d


@get("/parties", summary="Parties that claims resolve to, most claims first")
def parties_list(request: Request, kind: str | None = None, name: str | None = None, limit: Limit = 50,
                 offset: Offset = 0) -> dict[str, Any]:
    items, total = reads.parties_page(web(request).live, kind=kind, name=name, limit=limit, offset=offset)
    return page(items, total, limit, offset)


@get("/parties/{key:path}", summary="One party: kind, aliases, members, track record")
def party_one(request: Request, key: str) -> dict[str, Any]:
    d = reads.party_detail(web(request).live, key)
    if d is None:
        raise HTTPException(404, f"no party {key!r}")
    return d


@get("/findings", summary="Findings: comparisons (stored findings) that share a claim, grouped as `headcount check` "
                            "shows them, most serious first; filter by type, severity, series, party, claim")
def findings_list(request: Request,
                  type: Literal["contradiction", "revision", "part_whole", "running_total", "stock_flow",
                                "syndication"] | None = None,
                  severity: Literal["info", "warning", "alert"] | None = None, series: str | None = None,
                  party: str | None = None, claim: str | None = None, limit: Limit = 50,
                  offset: Offset = 0) -> dict[str, Any]:
    """One page of findings (``group_reads``): ``total`` counts findings, ``comparisons`` their comparisons."""
    eng = web(request).ledger.engine
    items, total, comparisons, at = group_reads.group_page(eng, type=type, severity=severity, series=series,
                                                           party=party, claim=claim, limit=limit, offset=offset)
    return {**page(items, total, limit, offset), "comparisons": comparisons, "counted_at": at}


@get("/settled", summary="Settled figures")
def settled_list(request: Request) -> dict[str, Any]:
    items = [views.settled_dict(s) for s in web(request).store.settled()]
    return page(items, len(items), len(items), 0)


@get("/ingest/jobs", summary="Ingest jobs asked for through the web, newest first")
def jobs_list(request: Request) -> dict[str, Any]:
    items = [j.as_dict() for j in web(request).jobs.jobs()]
    return page(items, len(items), len(items), 0)


@get("/ingest/jobs/{job_id}", summary="One ingest job and its progress")
def job_one(request: Request, job_id: int) -> dict[str, Any]:
    job = web(request).jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no ingest job {job_id}")
    return job.as_dict()


# -- writing (token) ----------------------------------------------------------------------------------------
class IngestRequest(BaseModel):
    url: str = Field(pattern=r"^https?://\S+$", max_length=2000, description="a page or feed URL (http or https)")


class SettleRequest(BaseModel):
    key: str = Field(max_length=255, description="series key, event/group/place")
    value: float | None = Field(default=None, gt=0, description="a single settled figure (or give low/high)")
    low: float | None = Field(default=None, gt=0)
    high: float | None = Field(default=None, gt=0)
    as_of: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    note: str = Field(default="", max_length=500)


class PartyEdit(BaseModel):
    kind: str | None = Field(default=None, description=f"one of {', '.join(sorted(KINDS))}")
    name: str | None = Field(default=None, max_length=200)
    aliases: list[str] = Field(default_factory=list, max_length=50)
    members: list[str] = Field(default_factory=list, max_length=50)


def start_ingest_url(w: Web, url: str, by: str) -> dict[str, Any]:
    return w.jobs.submit(url, by).as_dict()


def make_upload(w: Web, name: str, data: bytes, *, url: str = "", outlet: str = "", published: str = "") -> Upload:
    """An upload as the job will read it: its own name, its bytes (refused here when binary, by their
    content, or too large), and the URL, outlet and date the user gave (each checked, the field named)."""
    base = Path(name or "upload.txt").name
    if base != PASTED and Path(base).suffix.lower() not in UPLOAD_SUFFIXES:
        raise HTTPException(415, f"{base}: upload a {', '.join(UPLOAD_SUFFIXES)} file")
    if len(data) > w.max_upload:
        raise HTTPException(413, f"{base}: larger than {w.max_upload // (1024 * 1024)} MB")
    why = refusal(base, data)
    if why:
        raise HTTPException(415, why)
    url, outlet, published = url.strip(), " ".join(outlet.split()), published.strip()
    if url and not re.fullmatch(r"https?://[^\s/]+\S*", url):
        raise HTTPException(422, f"url: {url[:100]!r} is not an http:// or https:// address")
    if len(url) > 2000 or len(outlet) > 200:
        raise HTTPException(422, "url: at most 2000 characters" if len(url) > 2000 else "outlet: at most 200 characters")
    if published:
        try:
            published = date.fromisoformat(published).isoformat()
        except ValueError:
            raise HTTPException(422, f"published: {published[:40]!r} is not a date (YYYY-MM-DD)") from None
    return Upload(base, data, url or None, outlet or None, published or None)


def pasted(text: str) -> bytes:
    """Text pasted into the form, as bytes to read (browsers send CR LF line ends; the text keeps LF)."""
    return text.replace("\r\n", "\n").encode("utf-8")


def settle(w: Web, body: SettleRequest) -> dict[str, Any]:
    key = _series_key(body.key)
    low, high = (body.value, body.value) if body.value is not None else (body.low, body.high)
    try:
        item = Settled(key=key, low=low, high=high, as_of=body.as_of, note=body.note)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    replaced = w.store.settle(item)
    w.live.poke()
    return {"settled": views.settled_dict(item), "replaced": replaced}


def edit_party(w: Web, key: str, body: PartyEdit) -> dict[str, Any]:
    if body.kind is not None and body.kind not in KINDS:
        raise HTTPException(422, f"kind {body.kind!r} is not one of {', '.join(sorted(KINDS))}")
    known = reads.registry(w.live).get(key) is not None
    name = body.name
    if not known and name is None:  # a party met only in the text: the overlay needs its name
        info = reads.party_row(w.ledger.engine, key)
        if info is None:
            raise HTTPException(404, f"no party {key!r}")
        name = info.name
    w.store.edit_party(key, name=name, kind=body.kind, aliases=body.aliases, members=body.members)
    mark_dirty(w.ledger.engine)  # an alias can change who any source is: every series is read again
    w.live.poke()
    return {"party": key, "edits": w.store.party_overlay().get("parties", {}).get(key)}


@router.post("/ingest", status_code=202, summary="Fetch and ingest a URL in the background (token)")
def ingest_url(request: Request, body: IngestRequest, by: Annotated[str, Depends(api_writer)]) -> dict[str, Any]:
    return start_ingest_url(web(request), body.url, by)


@router.post("/ingest/file", status_code=202,
             summary="Ingest an uploaded file or pasted text, with its URL, outlet and date, in the background (token)")
async def ingest_file(request: Request, by: Annotated[str, Depends(api_writer)],
                      file: Annotated[UploadFile | None, File(description="a .txt, .md, .html or .jsonl file")] = None,
                      text: Annotated[str, Form(description="or the article's text")] = "",
                      url: Annotated[str, Form(description="the article's URL")] = "",
                      outlet: Annotated[str, Form(description="the outlet that published it")] = "",
                      published: Annotated[str, Form(description="its publication date, YYYY-MM-DD")] = "") -> dict[str, Any]:
    w = web(request)
    up = await upload_from_form(w, file, text, url, outlet, published)
    return w.jobs.submit(up.name, by, upload=up).as_dict()


async def upload_from_form(w: Web, file: UploadFile | None, text: str, url: str, outlet: str,
                           published: str) -> Upload:
    """The upload a form describes: a file, or pasted text (one of them)."""
    has_file = file is not None and bool(file.filename)
    if has_file == bool(text.strip()):
        raise HTTPException(422, "file: give a file or paste the text (one of them)")
    if file is not None and has_file:
        data = await file.read(w.max_upload + 1)
        return make_upload(w, file.filename or "upload.txt", data, url=url, outlet=outlet, published=published)
    return make_upload(w, PASTED, pasted(text), url=url, outlet=outlet, published=published)


@router.post("/settled", status_code=201, summary="Settle a figure for a series (token)")
def settle_api(request: Request, body: SettleRequest, by: Annotated[str, Depends(api_writer)]) -> dict[str, Any]:
    return settle(web(request), body)


@router.patch("/parties/{key:path}", summary="Change a party's kind or name, add aliases or members (token)")
def party_edit_api(request: Request, key: str, body: PartyEdit,
                   by: Annotated[str, Depends(api_writer)]) -> dict[str, Any]:
    return edit_party(web(request), key, body)
