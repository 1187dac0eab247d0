"""Series, findings and parties as the pages and the API show them, read from the database per request.

Lists come from the stored summaries (``series_summaries``, ``party_summaries``) and stored findings
(``findings``, ``finding_claims``), filtered, ordered and paged in SQL with bound parameters. One series is
built from its own claims when asked for (``web_index.build_series``: the reports a chart draws), cached per
process by stored version (``Live.cached``). Nothing reads the whole ledger.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Text,
    and_,
    any_,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql import Select

from headcount.reconcile.findings import _plain
from headcount.reconcile.parties import Registry
from headcount.reconcile.series import Series, SeriesKey
from headcount.reconcile.track_record import Settled, TrackRecord, track_records
from headcount.store.findings_tables import claim_series, finding_claims, findings
from headcount.store.reconcile_repo import ReconcileStore
from headcount.store.tables import claims, documents
from headcount.store.web_index import build_series, counts_as_of, overlay_hash
from headcount.store.web_tables import claim_parties, party_summaries, series_summaries
from headcount.web.live import Live
from headcount.web.views import finding_id_of, key_label, settled_dict, track_dict

MAX_LISTED = 1000  # parties in the search form's list, series keys on a party page
SERIES_ALL = 100_000  # a series' findings listed with it (all of them, in practice)
SEP = "\x1f"  # the unit separator: never in an id


def among(engine: Engine, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN values``. On PostgreSQL one parameter: a findings page asks for the claims of 750
    comparisons, and an IN list of thousands of parameters, each rendered and sent apart, cost the web server
    more CPU than the database spent answering. Strings go as one text split by the server
    (``string_to_array``): psycopg dumps an array element by element in Python (1.7 ms of the web server's
    CPU for 1,300 claim ids, 0.3 ms joined), six times per findings page. A value holding the separator
    (none of our ids do) or an empty one sends the array as before: ``string_to_array('', sep)`` is the empty
    array, so a lone empty string would match nothing where ``IN ('')`` matches it."""
    cond: ColumnElement[bool]
    if engine.dialect.name != "postgresql":
        cond = column.in_(list(values))
    elif values and all(isinstance(v, str) and v and SEP not in v for v in values):
        joined = func.string_to_array(bindparam(None, SEP.join(values), type_=Text), literal(SEP, Text))
        cond = column == any_(joined)
    else:
        cond = column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return cond


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- context: party edits, registry, settled figures --------------------------------------------------------
def overlay(live: Live) -> dict[str, Any]:
    return ReconcileStore(live.engine).party_overlay()


def registry(live: Live) -> Registry:
    from headcount.reconcile.analysis import registry_with

    ov = overlay(live)
    reg: Registry = live.cached("registry", lambda: registry_with(ov), overlay_hash(ov))
    return reg


def settled(live: Live) -> list[Settled]:
    return ReconcileStore(live.engine).settled()


def _settled_version(items: Sequence[Settled]) -> str:
    return repr([(x.key, x.low, x.high, x.as_of, x.note) for x in items])


# -- series -------------------------------------------------------------------------------------------------
def summary_dict(r: Any) -> dict[str, Any]:
    key = SeriesKey(r.event, r.grp, r.place)
    return {"key": r.key, "claims": r.claims, "reports": r.reports, "parties": r.parties, "first": r.first,
            "last": r.last, "event": r.event, "group": r.grp, "place": r.place, "label": key_label(key)}


def series_page(engine: Engine, *, event: str | None = None, group: str | None = None, place: str | None = None,
                party: str | None = None, limit: int = 50, offset: int = 0,
                with_total: bool = True) -> tuple[list[dict[str, Any]], int]:
    """Series, most claims first (then by key), and how many match (-1 when ``with_total`` is False: the
    overview shows the top ones only, and counting every series cost it a read of the whole table)."""
    s = series_summaries.c
    conds: list[ColumnElement[bool]] = []
    if event:
        conds.append(s.event == event.lower())
    if group:
        conds.append(s.grp == group.lower())
    if place:
        conds.append(func.lower(s.place).like(like_escape(place.lower()) + "%", escape="\\"))
    if party:
        conds.append(s.key.in_(select(claim_parties.c.key).where(claim_parties.c.party == party).distinct()))
    where = and_(true_(), *conds)
    with engine.connect() as conn:
        rows = conn.execute(select(series_summaries).where(where).order_by(s.claims.desc(), s.key)
                            .limit(limit).offset(offset)).all()
        total = int(conn.scalar(select(func.count()).select_from(series_summaries).where(where)) or 0) \
            if with_total else -1
    return [summary_dict(r) for r in rows], total


def true_() -> ColumnElement[bool]:
    return literal(True) == literal(True)


def summary_counts(engine: Engine) -> tuple[dict[str, int], str | None]:
    """Parties, series and findings (comparisons), as the last refresh stored them, and when it counted them
    (``web_index.counts_as_of``)."""
    with engine.connect() as conn:
        got, at = counts_as_of(conn)
    return {k: got[k] for k in ("parties", "series", "findings")}, at


def built_series(live: Live, key: str) -> Series | None:
    """One series with its reports, built from its claims (cached per stored version and party edits)."""
    reg = registry(live)

    def make() -> Series | None:
        with live.engine.connect() as conn:
            return build_series(conn, [key], reg).get(key)

    got: Series | None = live.cached(("series", key), make, overlay_hash(overlay(live)))
    return got


def series_detail(live: Live, key: str) -> dict[str, Any] | None:
    """A series as the chart draws it: its summary, parties with colours and reports (stored by the refresh),
    the settled figures and its findings (read now)."""
    with live.engine.connect() as conn:
        r = conn.execute(select(series_summaries).where(series_summaries.c.key == key)).first()
    if r is None:
        return None
    items = settled(live)
    found, _ = findings_page(live.engine, series=key, limit=SERIES_ALL, with_total=False)
    return {**summary_dict(r), **json.loads(r.detail), "settled": [settled_dict(x) for x in items if x.key == key],
            "findings": [f["finding"] for f in found]}


# -- findings -----------------------------------------------------------------------------------------------
SEVERITY_RANK: ColumnElement[Any] = literal_column(
    "CASE severity WHEN 'alert' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END")
"""Most serious first: the expression of the ``web_order_findings`` index (migration 0007), written the same."""


def _key_has(series: str) -> ColumnElement[bool]:
    """The finding's key (``K`` or ``K1 & K2``) names this series."""
    e = like_escape(series)
    k = findings.c.key
    return or_(k == series, k.like(e + " & %", escape="\\"), k.like("% & " + e, escape="\\"),
               k.like("% & " + e + " & %", escape="\\"))


def _finding_conditions(type: str | None, severity: str | None, series: str | None, party: str | None,
                        claim: str | None, conn: Connection | None = None) -> ColumnElement[bool]:
    """The filters on a stored finding. Given ``conn`` on PostgreSQL, a series' candidates (the findings of its
    claims) are read first and given as ids (``_series_candidates``)."""
    conds: list[ColumnElement[bool]] = [true_()]
    if type:
        conds.append(findings.c.type == type)
    if severity:
        conds.append(findings.c.severity == severity)
    if series:  # candidates through the series' claims (indexed), then the key itself
        conds += [_series_candidates(series, conn), _key_has(series)]
    if party:  # the parties column is a JSON list of keys: match the quoted key
        conds.append(findings.c.parties.like("%" + like_escape(json.dumps(party)) + "%", escape="\\"))
    if claim:
        conds.append(findings.c.id.in_(select(finding_claims.c.finding_id).where(finding_claims.c.claim_id == claim)))
    return and_(*conds)


def _series_candidates(series: str, conn: Connection | None) -> ColumnElement[bool]:
    """The findings resting on a claim of the series. As a semi-join, PostgreSQL's planner guessed the key's
    conditions kept a handful of findings and walked every finding filtering by key (14,200 rows at 100k
    claims for a series without findings, 142,000 at 1M); the candidates read first through the series' claims
    (``claim_series.key``, ``finding_claims.claim_id``) are then looked up by id. SQLite keeps the semi-join
    (its planner starts from the subquery; a long id list would meet its bound-parameter limit)."""
    in_series = (select(finding_claims.c.finding_id)
                 .join(claim_series, claim_series.c.claim_id == finding_claims.c.claim_id)
                 .where(claim_series.c.key == series))
    if conn is None or conn.dialect.name != "postgresql":
        return findings.c.id.in_(in_series)
    return among(conn.engine, findings.c.id, sorted(set(conn.scalars(in_series))))


def _views(engine: Engine, rows: Sequence[Any]) -> list[dict[str, Any]]:
    """Stored finding rows as the API shows them (``FindingView.as_dict`` before): id, fields, claims, latest."""
    if not rows:
        return []
    ids = [r.id for r in rows]
    latest: dict[int, str | None] = {}
    with engine.connect() as conn:
        by_finding = finding_claim_ids(conn, ids)
        for fid, day in conn.execute(
                select(finding_claims.c.finding_id, func.max(documents.c.published))
                .join(claims, claims.c.id == finding_claims.c.claim_id).join(documents, documents.c.id == claims.c.doc_id)
                .where(among(engine, finding_claims.c.finding_id, ids)).group_by(finding_claims.c.finding_id)):
            latest[fid] = day
    return [finding_view(r, by_finding.get(r.id, ()), latest.get(r.id)) for r in rows]


def finding_claim_ids(conn: Connection, ids: Sequence[int]) -> dict[int, list[str]]:
    """Each finding's claim ids, in their stored order (``pos``)."""
    by_finding: dict[int, list[str]] = defaultdict(list)
    fc = finding_claims.c
    for fid, cid in conn.execute(select(fc.finding_id, fc.claim_id).where(among(conn.engine, fc.finding_id, ids))
                                 .order_by(fc.finding_id, fc.pos)).tuples().all():
        by_finding[fid].append(cid)
    return by_finding


def finding_view(r: Any, claim_ids: Sequence[str], latest: str | None) -> dict[str, Any]:
    """One stored finding row as the API shows it, with its claim ids and its newest claim's day: the dict
    ``Finding.as_dict`` gives (built here directly: a findings page builds 750 of them)."""
    claim_ids = tuple(claim_ids)
    d = {"id": finding_id_of(str(r.type), r.key, claim_ids), "type": str(r.type), "severity": str(r.severity),
         "key": r.key, "explanation": r.explanation, "computation": r.computation,
         "numbers": {name: _plain(v) for name, v in json.loads(r.numbers)}, "parties": json.loads(r.parties),
         "claims": list(claim_ids), "latest": latest}
    return {"finding": d, "claims": list(claim_ids)}


def findings_page(engine: Engine, *, type: str | None = None, severity: str | None = None,
                  series: str | None = None, party: str | None = None, claim: str | None = None,
                  limit: int = 50, offset: int = 0, with_total: bool = True) -> tuple[list[dict[str, Any]], int]:
    """Stored findings, most serious first (then key, type), one page and the number in all (-1 when
    ``with_total`` is False: a caller that reads them all counts the list)."""
    with engine.connect() as conn:
        where = _finding_conditions(type, severity, series, party, claim, conn)
        rows = conn.execute(select(findings).where(where).order_by(SEVERITY_RANK, findings.c.key, findings.c.type,
                                                                    findings.c.id).limit(limit).offset(offset)).all()
        total = int(conn.scalar(select(func.count()).select_from(findings).where(where)) or 0) if with_total else -1
    return _views(engine, rows), total


def latest_findings(live: Live, n: int) -> list[dict[str, Any]]:
    """The findings whose newest claim is newest (once per stored version: it reads every finding's claims)."""

    def make() -> list[int]:
        latest = func.max(documents.c.published)
        with live.engine.connect() as conn:
            return list(conn.scalars(
                select(finding_claims.c.finding_id).join(claims, claims.c.id == finding_claims.c.claim_id)
                .join(documents, documents.c.id == claims.c.doc_id).group_by(finding_claims.c.finding_id)
                .order_by(latest.desc(), finding_claims.c.finding_id.desc()).limit(200)))

    ids: list[int] = live.cached("latest", make)[:n]
    if not ids:
        return []
    with live.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(findings).where(findings.c.id.in_(ids)))}
    return _views(live.engine, [rows[i] for i in ids if i in rows])


def claim_briefs(engine: Engine, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Claims as a finding shows them: figure, sentence, party, outlet, date."""
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for part in [list(ids)[i:i + 500] for i in range(0, len(ids), 500)]:
            for r in conn.execute(brief_query(engine, part)):
                out[r.id] = brief_dict(r)
    return out


def brief_query(engine: Engine, ids: Sequence[str]) -> Select[Any]:
    """The briefs of these claims (``claim_briefs``): a claim the ledger no longer holds has none."""
    return (select(claims.c.id, claims.c.figure, claims.c.sentence, claim_parties.c.name, claim_parties.c.party,
                   documents.c.outlet, documents.c.published)
            .join(documents, documents.c.id == claims.c.doc_id)
            .outerjoin(claim_parties, claim_parties.c.claim_id == claims.c.id).where(among(engine, claims.c.id, ids)))


def brief_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "figure": r.figure, "sentence": r.sentence, "party": r.name, "party_key": r.party,
            "outlet": r.outlet, "published": r.published}


def finding_full(engine: Engine, views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings with their claims' sentences, for showing them side by side."""
    wanted = list(dict.fromkeys(c for v in views for c in v["claims"]))
    briefs = claim_briefs(engine, wanted)
    none = {"figure": None, "sentence": None, "party": None, "outlet": None, "published": None}
    out = []
    for v in views:
        d = dict(v["finding"])
        d["claim_details"] = [briefs.get(c) or {"id": c, **none} for c in dict.fromkeys(v["claims"])]
        out.append(d)
    return out


# -- parties ------------------------------------------------------------------------------------------------
def party_dict(r: Any, reg: Registry) -> dict[str, Any]:
    return {"key": r.key, "name": r.name, "kind": r.kind, "claims": r.claims, "series": r.series,
            "known": reg.get(r.key) is not None}


def parties_page(live: Live, *, kind: str | None = None, name: str | None = None, limit: int = 50,
                 offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    p = party_summaries.c
    conds: list[ColumnElement[bool]] = [true_()]
    if kind:
        conds.append(p.kind == kind)
    if name:
        pat = "%" + like_escape(name.casefold()) + "%"
        conds.append(or_(func.lower(p.name).like(pat, escape="\\"), func.lower(p.key).like(pat, escape="\\")))
    where = and_(*conds)
    reg = registry(live)
    with live.engine.connect() as conn:
        rows = conn.execute(select(party_summaries).where(where).order_by(p.claims.desc(), p.key)
                            .limit(limit).offset(offset)).all()
        total = int(conn.scalar(select(func.count()).select_from(party_summaries).where(where)) or 0)
    return [party_dict(r, reg) for r in rows], total


def parties_by_name(engine: Engine) -> list[dict[str, Any]]:
    """Parties for the search form's list, by name (at most MAX_LISTED, those with most claims)."""
    with engine.connect() as conn:
        rows = conn.execute(select(party_summaries.c.key, party_summaries.c.name)
                            .order_by(party_summaries.c.claims.desc()).limit(MAX_LISTED)).all()
    return sorted(({"key": r.key, "name": r.name} for r in rows), key=lambda p: p["name"].casefold())


def party_row(engine: Engine, key: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(select(party_summaries).where(party_summaries.c.key == key)).first()


def party_by_name(engine: Engine, name: str) -> str | None:
    with engine.connect() as conn:
        return conn.scalar(select(party_summaries.c.key).where(func.lower(party_summaries.c.name) == name.casefold())
                           .order_by(party_summaries.c.claims.desc()).limit(1))


def track(live: Live) -> dict[str, TrackRecord]:
    """Track records against the settled figures: only the settled series are built."""
    items = settled(live)
    if not items:
        return {}

    def make() -> dict[str, TrackRecord]:
        series = [s for k in dict.fromkeys(x.key for x in items) if (s := built_series(live, k)) is not None]
        return {t.party: t for t in track_records(series, items)}

    got: dict[str, TrackRecord] = live.cached("track", make, overlay_hash(overlay(live)), _settled_version(items))
    return got


def party_detail(live: Live, key: str) -> dict[str, Any] | None:
    reg = registry(live)
    row = party_row(live.engine, key)
    known = reg.get(key)
    if row is None and known is None:
        return None
    d: dict[str, Any] = party_dict(row, reg) if row is not None else {
        "key": key, "name": known.name if known else key, "kind": known.kind if known else "other", "claims": 0,
        "series": 0, "known": True}
    if known is not None:
        d.update(name=known.name, kind=known.kind, country=known.country, aliases=list(known.aliases),
                 members=list(known.members), part_of=known.part_of, speaks_for=known.speaks_for,
                 outlets=list(known.outlets))
    else:
        d.update(country=None, aliases=[], members=[], part_of=None, speaks_for=None, outlets=[])
    c = claim_parties.c
    with live.engine.connect() as conn:
        d["series_keys"] = list(conn.scalars(select(c.key).where(c.party == key).distinct().order_by(c.key)
                                             .limit(MAX_LISTED)))
        d["as_written"] = list(conn.scalars(select(c.as_written).where(c.party == key, c.as_written.is_not(None),
                                                                        c.as_written != "")
                                            .distinct().order_by(c.as_written).limit(50)))
    t = track(live).get(key)
    d["track_record"] = track_dict(t) if t else None
    d["edits"] = overlay(live).get("parties", {}).get(key)
    return d


# -- claims: what reconcile knows about a page of them ------------------------------------------------------
def decorate(engine: Engine, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claim rows with their party, series and number of findings (three indexed reads for the page)."""
    ids = [r["id"] for r in rows]
    if not ids:
        return rows
    with engine.connect() as conn:
        party = {r.claim_id: {"key": r.party, "name": r.name, "kind": r.kind}
                 for r in conn.execute(select(claim_parties).where(claim_parties.c.claim_id.in_(ids)))}
        series = {r.claim_id: r.key for r in conn.execute(
            select(claim_series.c.claim_id, claim_series.c.key).where(claim_series.c.claim_id.in_(ids)))}
        found = {r.claim_id: int(r.n) for r in conn.execute(
            select(finding_claims.c.claim_id, func.count(finding_claims.c.finding_id.distinct()).label("n"))
            .where(finding_claims.c.claim_id.in_(ids)).group_by(finding_claims.c.claim_id))}
    for r in rows:
        r["party"] = party.get(r["id"])
        r["series"] = series.get(r["id"])
        r["findings"] = int(found.get(r["id"], 0))
    return rows


def claim_extras(live: Live, claim: dict[str, Any]) -> None:
    """One claim's report (from its series) and its findings in full."""
    report = None
    if claim.get("series"):
        with live.engine.connect() as conn:
            detail = conn.scalar(select(series_summaries.c.detail).where(series_summaries.c.key == claim["series"]))
        if detail is not None:
            report = next((r for r in json.loads(detail)["reports"] if claim["id"] in r["claims"]), None)
    claim["report"] = report
    views, _ = findings_page(live.engine, claim=claim["id"], limit=1000)
    claim["finding_list"] = finding_full(live.engine, views)
