"""The HTML pages: server-rendered Jinja2 over the same dicts the API returns; the charts read the API.

Forms that write (settle, edit a party, ingest, sign in and out) post here with a CSRF value; writing also
needs a signed-in session, i.e. a valid API token given once on the sign-in page. Each write answers with
a redirect (303) back to the page that shows its result.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from starlette.exceptions import HTTPException
from starlette.responses import RedirectResponse, Response

from headcount.reconcile.findings import FindingType
from headcount.reconcile.parties import KINDS
from headcount.store.findings_repo import mark_dirty
from headcount.web import api, highlight, queries, reads, tokens
from headcount.web.security import CSRF_FIELD, session_cookie_name
from headcount.web.state import https, page_reader, same_origin, session_id, session_user, web

router = APIRouter(include_in_schema=False, dependencies=[Depends(same_origin)])
Reader = Annotated[str | None, Depends(page_reader)]
SERIES_FINDINGS = 20  # findings shown on a series page; the findings page lists them all
EVENTS = ("evacuated", "killed", "injured", "casualties", "displaced", "detained", "released", "surrendered",
          "returned", "rescued", "missing", "besieged", "population", "affected", "aided", "other")


def set_session_cookie(request: Request, resp: Response, sid: str) -> None:
    """The session cookie: HttpOnly, SameSite=Strict, for the whole site; over HTTPS ``__Host-`` and Secure."""
    resp.set_cookie(session_cookie_name(https(request)), sid, httponly=True, samesite="strict", path="/",
                    secure=https(request))


def render(request: Request, name: str, ctx: dict[str, Any], user: str | None, status: int = 200) -> Response:
    """A page; a first visit gets a session id (not signed in) so its forms carry a CSRF value bound to it."""
    w = web(request)
    sid = session_id(request)
    fresh = not sid
    sid = sid or w.sessions.new_id()
    resp = w.templates.TemplateResponse(request, name, {"user": user, "private": w.private,
                                                        "csrf": w.sessions.csrf(sid), **ctx}, status_code=status)
    if fresh:
        set_session_cookie(request, resp, sid)
    return resp


def pager(path: str, q: dict[str, str], total: int, limit: int, offset: int, exact: bool = True,
          shown: int | None = None, after: str | None = None) -> dict[str, Any]:
    """Paging links; when the count stopped at a cap (``exact`` False) the page says "more than" and offers
    the next page while pages come full. ``after``: the next page's cursor (claim lists), which the next link
    carries instead of an offset so that a deep page costs what the first does; the previous link stays an
    offset (one step back, rarely deep)."""

    def link(o: int) -> str:
        return f"{path}?{urlencode({**q, 'offset': o, 'limit': limit})}"

    last = min(offset + limit, total) if shown is None else offset + shown
    more = offset + limit < total or (not exact and shown == limit)
    nxt = None
    if after is not None:
        nxt = f"{path}?{urlencode({**q, 'after': after, 'limit': limit})}"
    elif more and shown is None:
        nxt = link(offset + limit)
    return {"total": total, "exact": exact, "first": offset + 1 if last > offset else 0, "last": last,
            "prev": link(max(0, offset - limit)) if offset > 0 else None, "next": nxt}


def claims_block(request: Request, q: queries.ClaimQuery, path: str, keep: dict[str, str] | None = None) -> dict[str, Any]:
    """A claims table: one page of rows, paging links that keep the filters (next by cursor), and the CSV link."""
    w = web(request)
    found = queries.search(w.ledger.engine, q, all_claims=w.live.counts()["claims"])
    filters = q.filters()
    shown = {k: v for k, v in filters.items() if k not in (keep or {})}
    return {"rows": found.rows, "pager": pager(path, shown, found.total, q.limit, found.start, found.exact,
                                               len(found.rows), found.next),
            "csv": "/api/claims?" + urlencode({**filters, "format": "csv"}), "filters": filters}


def check_csrf(request: Request, csrf: str) -> None:
    if not web(request).sessions.csrf_ok(session_id(request), csrf):
        raise HTTPException(403, "the form expired or came from another site (CSRF check failed); reload the page")


def check_write(request: Request, csrf: str) -> str:
    """A form write: the CSRF value must be the session's, and the session must be signed in."""
    check_csrf(request, csrf)
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "writing needs an API token: sign in with one first "
                                 "(`headcount token create NAME` makes one)")
    return user


# -- reading ------------------------------------------------------------------------------------------------
@router.get("/")
def overview_page(request: Request, user: Reader) -> Response:
    data = api.overview(request, 10, 10)
    w = web(request)
    data["latest_findings"] = reads.finding_full(w.ledger.engine, reads.latest_findings(w.live, 10))
    return render(request, "overview.html", data, user)


@router.get("/series")
def series_list_page(request: Request, user: Reader, event: str | None = None, group: str | None = None,
                     place: str | None = None, limit: int = Query(50, ge=1, le=500),
                     offset: int = Query(0, ge=0)) -> Response:
    data = api.series_list(request, event, group, place, None, limit, offset)
    q = {k: v for k, v in {"event": event, "group": group, "place": place}.items() if v}
    return render(request, "series_list.html", {"data": data, "q": q,
                                                "pg": pager("/series", q, data["total"], limit, offset)}, user)


@router.get("/series/{key:path}")
def series_page(request: Request, key: str, user: Reader,
                q: Annotated[queries.ClaimQuery, Depends(api.claim_query)]) -> Response:
    s = dict(api.series_one(request, key))  # a copy: the API's dict is shared by every request
    eng = web(request).ledger.engine
    # the first of the series' findings, which ``series_one`` read (all of them, in the same order)
    listed = s["findings"]
    total = len(listed) if len(listed) < reads.SERIES_ALL else reads.findings_page(eng, series=s["key"], limit=1)[1]
    s["findings"] = reads.finding_full(eng, [{"finding": f, "claims": f["claims"]} for f in listed[:SERIES_FINDINGS]])
    s["findings_total"] = total
    from dataclasses import replace

    q = replace(q, series=s["key"])
    block = claims_block(request, q, f"/series/{quote(s['key'])}", keep={"series": s["key"]})
    return render(request, "series.html", {"s": s, "claims": block, "q": q}, user)


@router.get("/claims/{claim_id}")
def claim_page(request: Request, claim_id: str, user: Reader) -> Response:
    data = api.claim_payload(web(request), claim_id)
    c, doc = data["claim"], data["document"]
    sentence = (c["sentence_start"], c["sentence_start"] + len(c["sentence"]))
    segs = highlight.segments(doc["text"], sentence, (c["start"], c["end"]))
    return render(request, "claim.html", {"c": c, "doc": doc, "segments": segs}, user)


@router.get("/parties")
def parties_page(request: Request, user: Reader, kind: str | None = None, name: str | None = None,
                 limit: int = Query(100, ge=1, le=500), offset: int = Query(0, ge=0)) -> Response:
    data = api.parties_list(request, kind, name, limit, offset)
    q = {k: v for k, v in {"kind": kind, "name": name}.items() if v}
    return render(request, "parties.html", {"data": data, "q": q, "kinds": sorted(KINDS),
                                            "pg": pager("/parties", q, data["total"], limit, offset)}, user)


@router.get("/parties/{key:path}")
def party_page(request: Request, key: str, user: Reader,
               q: Annotated[queries.ClaimQuery, Depends(api.claim_query)]) -> Response:
    p = api.party_one(request, key)
    from dataclasses import replace

    q = replace(q, party=key)
    block = claims_block(request, q, f"/parties/{quote(key)}", keep={"party": key})
    return render(request, "party.html", {"p": p, "claims": block, "kinds": sorted(KINDS)}, user)


#: findings (groups) a findings page shows unless ``limit=`` asks for more: a group is shown whole (every
#: comparison and the sentences of its claims side by side), about 15 comparisons each on a long-running
#: crisis, so 50 groups made a page of 750 comparisons and 1.2 MB of HTML (docs/scale.md, "Web app at 1M,
#: seventh session"): more than a reader goes through before refining the filters, and most of the page's
#: cost. The API keeps 50 by default, as every list does.
FINDINGS_PER_PAGE = 20


@router.get("/findings")
def findings_page(request: Request, user: Reader, type: str | None = None, severity: str | None = None,
                  series: str | None = None, limit: int = Query(FINDINGS_PER_PAGE, ge=1, le=500),
                  offset: int = Query(0, ge=0)) -> Response:
    types = [t.value for t in FindingType]
    if type is not None and type not in types:
        raise HTTPException(404, f"no finding type {type!r}; the types are {', '.join(types)}")
    if severity is not None and severity not in ("info", "warning", "alert"):
        raise HTTPException(404, f"no severity {severity!r}")
    data = api.findings_list(request, type, severity, series, None, None, limit, offset)  # type: ignore[arg-type]
    q = {k: v for k, v in {"type": type, "severity": severity, "series": series}.items() if v}
    return render(request, "findings.html", {"data": data, "q": q, "types": types,
                                             "pg": pager("/findings", q, listed_total(data, limit, offset), limit,
                                                         offset)}, user)


def listed_total(data: dict[str, Any], limit: int, offset: int) -> int:
    """The total the pager offers pages for, held to the rows read: unfiltered, ``total`` is the last
    refresh's count while the rows are read now, so it may promise pages that no longer exist (a short page
    is the last one) or end before rows that do (a full page has at least these rows before it; a full page
    where the stored count ends offers no next one until the next refresh)."""
    shown = len(data["items"])
    return offset + shown if shown < limit else max(int(data["total"]), offset + shown)


@router.get("/search")
def search_page(request: Request, user: Reader, q: Annotated[queries.ClaimQuery, Depends(api.claim_query)]) -> Response:
    block = claims_block(request, q, "/search")
    parties = reads.parties_by_name(web(request).ledger.engine)
    return render(request, "search.html", {"claims": block, "q": q, "events": EVENTS, "parties": parties}, user)


@router.get("/ingest")
def ingest_page(request: Request, user: Reader) -> Response:
    return render(request, "ingest.html", {"jobs": [j.as_dict() for j in web(request).jobs.jobs()]}, user)


@router.get("/ingest/jobs/{job_id}")
def job_page(request: Request, job_id: int, user: Reader) -> Response:
    job = web(request).jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no ingest job {job_id}")
    return render(request, "job.html", {"job": job.as_dict()}, user)


@router.get("/signin")
def signin_page(request: Request, next: str = "/") -> Response:
    return render(request, "signin.html", {"next": _local(next)}, session_user(request))


# -- writing (forms) ----------------------------------------------------------------------------------------
def _local(path: str) -> str:
    """Only redirect to a path on this site (no //host, no scheme)."""
    return path if path.startswith("/") and not path.startswith("//") and "\\" not in path else "/"


@router.post("/signin")
def signin(request: Request, token: Annotated[str, Form(max_length=200)], csrf: Annotated[str, Form(alias=CSRF_FIELD)],
           next: Annotated[str, Form()] = "/") -> Response:
    check_csrf(request, csrf)
    w = web(request)
    found = tokens.check(w.ledger.engine, token)
    if found is None:
        raise HTTPException(403, "that token is not valid")
    w.sessions.close(session_id(request))  # a new id on signing in: no id known before it can be signed in
    resp = RedirectResponse(_local(next), status_code=303)
    set_session_cookie(request, resp, w.sessions.open(found[0]))
    return resp


@router.post("/signout")
def signout(request: Request, csrf: Annotated[str, Form(alias=CSRF_FIELD)]) -> Response:
    check_csrf(request, csrf)
    w = web(request)
    w.sessions.close(session_id(request))
    resp = RedirectResponse("/", status_code=303)
    set_session_cookie(request, resp, w.sessions.new_id())
    return resp


@router.post("/settle")
def settle_form(request: Request, key: Annotated[str, Form()], csrf: Annotated[str, Form(alias=CSRF_FIELD)],
                value: Annotated[str, Form()] = "", low: Annotated[str, Form()] = "",
                high: Annotated[str, Form()] = "", as_of: Annotated[str, Form()] = "",
                note: Annotated[str, Form()] = "") -> Response:
    check_write(request, csrf)
    try:
        body = api.SettleRequest(key=key, value=_num(value), low=_num(low), high=_num(high), as_of=as_of or None,
                                 note=note)
    except ValueError as exc:
        raise HTTPException(422, f"the settled figure is not valid: {str(exc).splitlines()[0]}") from None
    out = api.settle(web(request), body)
    web(request).live.wait_fresh(120)
    return RedirectResponse(f"/series/{quote(out['settled']['key'])}#settled", status_code=303)


def _num(text: str) -> float | None:
    text = text.replace(",", "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise HTTPException(422, f"{text!r} is not a number") from None


@router.post("/party-edit")
def party_form(request: Request, key: Annotated[str, Form()], csrf: Annotated[str, Form(alias=CSRF_FIELD)],
               kind: Annotated[str, Form()] = "", aliases: Annotated[str, Form()] = "",
               members: Annotated[str, Form()] = "") -> Response:
    check_write(request, csrf)
    body = api.PartyEdit(kind=kind or None, aliases=_lines(aliases), members=_lines(members))
    api.edit_party(web(request), key, body)
    web(request).live.wait_fresh(120)
    return RedirectResponse(f"/parties/{quote(key)}", status_code=303)


@router.post("/party-merge")
def party_merge_form(request: Request, key: Annotated[str, Form(max_length=300)],
                     into: Annotated[str, Form(max_length=300)],
                     csrf: Annotated[str, Form(alias=CSRF_FIELD)]) -> Response:
    """Make party KEY one with INTO (a key or a name, as `headcount parties merge` takes them)."""
    check_write(request, csrf)
    w = web(request)
    eng = w.ledger.engine
    registry = reads.registry(w.live)
    if reads.party_row(eng, key) is None:
        raise HTTPException(404, f"no party {key!r}")
    target = into if reads.party_row(eng, into) is not None else reads.party_by_name(eng, into.strip())
    if target is None:
        target = into if registry.get(into) is not None else registry.resolve(into).key
    if reads.party_row(eng, target) is None and registry.get(target) is None:
        raise HTTPException(422, f"no party {into!r} to merge into")
    if target == key or registry.merge_target(target) == key:
        raise HTTPException(422, f"{key!r} and {into!r} are one party already")
    w.store.merge_parties(key, target)
    mark_dirty(eng)
    w.live.wait_fresh(120)
    return RedirectResponse(f"/parties/{quote(target, safe='')}", status_code=303)


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.replace(",", "\n").splitlines() if x.strip()][:50]


@router.post("/ingest")
def ingest_form(request: Request, csrf: Annotated[str, Form(alias=CSRF_FIELD)],
                url: Annotated[str, Form(max_length=2000)]) -> Response:
    user = check_write(request, csrf)
    try:
        body = api.IngestRequest(url=url.strip())
    except ValueError:
        raise HTTPException(422, "give a page or feed URL starting with http:// or https://") from None
    job = api.start_ingest_url(web(request), body.url, user)
    return RedirectResponse(f"/ingest/jobs/{job['id']}", status_code=303)


@router.post("/ingest/file")
async def ingest_file_form(request: Request, csrf: Annotated[str, Form(alias=CSRF_FIELD)],
                           file: Annotated[UploadFile | None, File()] = None, text: Annotated[str, Form()] = "",
                           url: Annotated[str, Form()] = "", outlet: Annotated[str, Form()] = "",
                           published: Annotated[str, Form()] = "") -> Response:
    user = check_write(request, csrf)
    w = web(request)
    up = await api.upload_from_form(w, file, text, url, outlet, published)
    job = w.jobs.submit(up.name, user, upload=up)
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)
