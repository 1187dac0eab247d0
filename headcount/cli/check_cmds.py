"""`headcount check`: the findings, read from the ledger where the stored reconcile keeps them.

Split from ``reconcile_cmds`` (which holds the filters and the ledger reading it shares with ``series`` and
``report``): the check command, the claim records it prints and the scoring fields ``claims`` adds.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from headcount.cli.app import main
from headcount.cli.ledger_cmds import db_option, open_ledger
from headcount.cli.output import console, format_option, one_line_errors, write_records
from headcount.cli.reconcile_cmds import _figure, _filters, _when, run_analysis, series_filters
from headcount.cli.tables import short_id
from headcount.ingest.dates import date_label

if TYPE_CHECKING:
    from headcount.reconcile.analysis import Analysis, Filters
    from headcount.reconcile.series import Point


def findings_analysis(db: str, filters: Filters, tolerance: float, recompute: bool = False,
                      jobs: int | None = None) -> Analysis:
    """The stored findings (after reconciling what changed since they were stored) with the claims they rest
    on, read from the ledger for those claims' documents only: no series is built. The series the filters
    keep are known by their stored keys (``series`` holds them without reports), so a ``--source`` filter,
    which matches reports' parties, takes ``stored_analysis``."""
    from headcount.reconcile.analysis import Analysis, finding_matches, narrow, registry_with
    from headcount.reconcile.series import Series
    from headcount.store.findings_repo import claim_points, reconcile, series_keys, stored
    from headcount.store.reconcile_repo import ReconcileStore

    with open_ledger(db) as ledger:
        reconcile(ledger.engine, tolerance=tolerance, full=recompute, jobs=jobs)
        _, findings = stored(ledger.engine)
        shown = narrow([Series(k, ()) for k in series_keys(ledger.engine)], filters)
        kept = {str(s.key) for s in shown}
        findings = [x for x in findings if finding_matches(x, kept, filters, {})]
        registry = registry_with(ReconcileStore(ledger.engine).party_overlay())
        points, docs = claim_points(ledger.engine, {c for f in findings for c in f.claims}, registry)
    return Analysis(series=shown, all_series=[Series(p.key, ()) for p in points], findings=findings,
                    registry=registry, claims={p.id: p.claim for p in points}, docs=docs,
                    _points={p.id: p for p in points})


#: groups of findings whose claims are read, built and printed together by ``streamed_records``: memory
#: holds one batch of claim records at a time, not the ledger's (at 1M claims the whole list did not fit)
GROUP_BATCH = 2000


def streamed_records(db: str, filters: Filters, tolerance: float, recompute: bool = False, notes: bool = False,
                     batch: int = GROUP_BATCH, jobs: int | None = None) -> Iterator[dict[str, Any]]:
    """The JSON and JSONL records of ``check``, one per group of findings, built a batch of groups at a time.

    The same records, in the same order, as building them all at once (``findings_analysis`` then
    ``finding_groups.grouped``): groups come from the findings' claim ids alone (``group_findings``), so
    only a batch's claims are read back and turned into records before they are printed. What stays in
    memory is the stored findings themselves (ids and sentences), not a claim record per finding per claim.
    """
    from headcount.reconcile.analysis import Analysis, finding_matches, narrow, registry_with
    from headcount.reconcile.finding_groups import grouped
    from headcount.reconcile.findings import Severity
    from headcount.reconcile.pairing import group_findings
    from headcount.reconcile.series import Series
    from headcount.store.findings_repo import claim_points, reconcile, series_keys, stored
    from headcount.store.reconcile_repo import ReconcileStore

    with open_ledger(db) as ledger:
        reconcile(ledger.engine, tolerance=tolerance, full=recompute, jobs=jobs)
        _, findings = stored(ledger.engine)
        kept = {str(s.key) for s in narrow([Series(k, ()) for k in series_keys(ledger.engine)], filters)}
        findings = [x for x in findings if finding_matches(x, kept, filters, {})
                    and (notes or x.severity != Severity.INFO)]
        registry = registry_with(ReconcileStore(ledger.engine).party_overlay())
        groups = group_findings([f.claims for f in findings])
        members: dict[int, list[int]] = {}
        for i, g in enumerate(groups):
            members.setdefault(g, []).append(i)
        order = list(members.values())  # groups in order of first appearance, as the group numbers go
        for start in range(0, len(order), max(1, batch)):
            part = [i for m in order[start:start + max(1, batch)] for i in m]
            points, docs = claim_points(ledger.engine, {c for i in part for c in findings[i].claims}, registry)
            a = Analysis(series=[], all_series=[], findings=[], registry=registry,
                         claims={p.id: p.claim for p in points}, docs=docs, _points={p.id: p for p in points})
            records = []
            made: dict[str, dict[str, Any]] = {}  # a claim's record once a batch: a group's findings share claims
            for i in part:
                d = findings[i].as_dict()
                d["group"] = groups[i]
                d["claims"] = [made[cid] if cid in made else made.setdefault(cid, _claim_record(cid, a))
                               for cid in findings[i].claims]
                records.append(d)
            yield from grouped(records)


def stored_analysis(db: str, filters: Filters, tolerance: float, recompute: bool = False,
                    jobs: int | None = None) -> Analysis:
    """The ledger's series with its stored findings, after reconciling what changed since they were stored."""
    from headcount.reconcile.analysis import analyse, finding_matches
    from headcount.store.findings_repo import reconcile, stored
    from headcount.store.reconcile_repo import ReconcileStore

    with open_ledger(db) as ledger:
        reconcile(ledger.engine, tolerance=tolerance, full=recompute, jobs=jobs)
        _, findings = stored(ledger.engine)
        store = ReconcileStore(ledger.engine)
        inputs = store.inputs()
        overlay = store.party_overlay()
        settled = store.settled()
    a = analyse(inputs.claims, inputs.docs, overlay=overlay, settled=settled, filters=filters,
                tolerance=tolerance, checks=False)
    kept = {str(s.key) for s in a.series}
    parties = {r.party.key: r for s in a.all_series for r in s.reports}
    return dataclasses.replace(a, findings=[x for x in findings if finding_matches(x, kept, filters, parties)])


# -- check --------------------------------------------------------------------------------------------------
@main.command("check")
@series_filters
@click.option("--tolerance", type=click.FloatRange(min=0), default=0.10, show_default=True,
              help="How far apart two figures may be (fraction of the smaller) and still agree.")
@click.option("--recompute", is_flag=True, help="Reconcile the whole ledger again instead of what changed.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Processes for a whole-ledger reconcile (--recompute, a new tolerance, a fresh ledger); an "
                   "incremental one runs in one process. At most one per CPU. Default: one per CPU from 5,000 "
                   "documents. Not with --since/--until.")
@click.option("--notes", is_flag=True,
              help="Also list notes, where nothing disagrees (one report carried by several outlets).")
@format_option(("table", "json", "jsonl"))
@db_option
@one_line_errors
def check_command(db: str, tolerance: float, recompute: bool, notes: bool, fmt: str, jobs: int | None,
                  **kw: Any) -> None:
    """Findings: contradictions, revisions, parts larger than wholes, running totals, stock and flow, copies.

    Each finding has one sentence that says what does not add up and how it was computed, and the claims
    behind it (id, figure, party, outlet, sentence). Findings are read from the ledger, where ingest, load,
    settle and party edits store them; what changed since is reconciled first (all of it with --recompute).
    JSON and JSONL read only the findings' claims; the table also counts the claims left uncompared, which
    reads every claim.
    A date filter (--since, --until) computes afresh: the checks then see only the figures in the dates.
    Notes (severity info: a copy counted once) say nothing disagrees, so they are left out of every format
    unless --notes asks for them; the table says how many were left out.
    """
    from rich.markup import escape

    from headcount.reconcile.finding_groups import SUMMARY_FROM, grouped, summary
    from headcount.reconcile.labels import finding_words, key_label, outlet_name
    from headcount.reconcile.pairing import group_findings, not_compared

    filters = _filters(kw)
    if jobs is not None and filters.dated:
        raise click.UsageError("--jobs applies to a whole-ledger reconcile; a date filter (--since, --until) "
                               "computes afresh in one process")
    if jobs is not None:
        from headcount.store.reconcile_workers import cpus

        if jobs > cpus():
            click.echo(f"note: --jobs {jobs} capped at {cpus()}, the CPUs of this machine", err=True)
    if fmt != "table" and not filters.dated and not filters.source:  # stored findings, streamed by group
        write_records(streamed_records(db, filters, tolerance, recompute, notes, jobs=jobs), fmt, sys.stdout)
        return
    a = (run_analysis(db, filters, tolerance) if filters.dated
         else stored_analysis(db, filters, tolerance, recompute, jobs))
    from headcount.reconcile.findings import Severity

    held_back = 0 if notes else sum(f.severity == Severity.INFO for f in a.findings)
    if held_back:
        a = dataclasses.replace(a, findings=[f for f in a.findings if f.severity != Severity.INFO])
    groups = group_findings([f.claims for f in a.findings])
    records = []
    for f, g in zip(a.findings, groups, strict=True):
        d = f.as_dict()
        d["group"] = g
        d["claims"] = [_claim_record(cid, a) for cid in f.claims]
        records.append(d)
    if fmt != "table":  # one record per group, as the table numbers them
        write_records(grouped(records), fmt, sys.stdout)
        return
    con = console()
    left_out = not_compared([r for s in a.series for r in s.reports])
    if not records:
        con.print(f"no findings in {len(a.series)} series (tolerance {tolerance:g})")
    by_group: dict[int, list[dict[str, Any]]] = {}
    for d in records:
        by_group.setdefault(d["group"], []).append(d)
    by_series: dict[str, list[list[dict[str, Any]]]] = {}
    for members in by_group.values():  # most serious first: records are sorted, groups keep that order
        by_series.setdefault(_series_of(members[0], a), []).append(members)
    n = 0
    for key, groups_of_key in by_series.items():
        con.print(f"[bold]== {escape(key_label(key))}[/bold]", markup=True, highlight=False)
        parties = {p for members in groups_of_key for d in members for p in d["parties"]}
        for line in _running_lines(key, parties, a):
            _wrapped(con, line, "   ", "     ")
        for members in groups_of_key:
            n += 1
            d, also = members[0], members[1:]
            _wrapped(con, f"{n}. {d['severity'].upper()}: {finding_words(d['type'])} "
                          f"({' & '.join(key_label(k) for k in d['key'].split(' & '))})", "", "   ", style="bold")
            if len(members) >= SUMMARY_FROM:  # several figures: who said what, before each comparison
                _wrapped(con, summary({"claims": [c for e in members for c in e["claims"]],
                                       "comparisons": members}), "   ", "   ")
            _wrapped(con, d["explanation"], "   ", "   ")
            for e in also:  # findings resting on some of the same claims: one group, each sentence once
                _wrapped(con, e["explanation"], "   and: ", "        ")
            seen_claims: set[str] = set()
            for c in (c for e in members for c in e["claims"]):
                if c["id"] in seen_claims:
                    continue
                seen_claims.add(c["id"])
                _wrapped(con, f"{short_id(c['id'])}  {c['figure']}  ({c['party']}; "
                              f"{outlet_name(c['outlet'], None, c['document']) or 'unknown outlet'}, "
                              f"{date_label(c['published'], c.get('dated_by'), c.get('approx_date'))}):",
                         "   - ", "     ")
                _wrapped(con, f"\u201c{_short(c['sentence'])}\u201d", "     ", "     ")
            con.print("")
    if records:  # a finding is a group: counted by its most serious comparison, as it is numbered above
        firsts = [members[0] for members in by_group.values()]
        counts = {s: sum(1 for d in firsts if d["severity"] == s) for s in ("alert", "warning", "info")}
        _wrapped(con, f"{len(by_group)} finding(s) from {len(records)} comparison(s) over {len(by_series)} series "
                      f"of {len(a.series)}: {counts['alert']} alert, {counts['warning']} warning, {counts['info']} "
                      f"info (tolerance {tolerance:g})", "", "   ")
    if held_back:
        _wrapped(con, f"{held_back} note(s) where nothing disagrees left out (--notes lists them)", "", "   ")
    for why, count in sorted(left_out.items(), key=lambda kv: -kv[1]):
        _wrapped(con, f"{count} claim(s) {why}", "", "   ")


def _series_of(d: dict[str, Any], a: Analysis) -> str:
    """The series a finding group is shown under: its first claim's (a finding across keys names both)."""
    point = a.point(d["claims"][0]["id"]) if d["claims"] else None
    return str(point.key) if point else str(d["key"])


def _running_lines(key: str, parties: set[str], a: Analysis) -> list[str]:
    """Each party's dated totals in the series, in time order: the running series a finding sits in."""
    from headcount.reconcile.series import SeriesKey

    try:
        s = a.series_for(SeriesKey.parse(key))
    except ValueError:
        return []
    if s is None or s.key.place is None:
        return []  # without a place one party's totals may be two places' (or two crises')
    out = []
    for party, reports in s.timeline().items():
        totals = [r for r in reports if r.kind == "cumulative" and r.end is not None]
        if party in parties and len(totals) >= 2:
            steps = " -> ".join(f"{_figure(r)} ({_when(r)})" for r in totals)
            out.append(f"   running total, {totals[0].party.name}: {steps}")
    return out


def _wrapped(con: Any, text: str, first: str, rest: str, style: str | None = None) -> None:
    """``text`` wrapped at whole words to the console's width, continuation lines indented under the first
    line's text (so a finding, its "and:" sentences and its claims stay apart at 80 columns); a date, a
    hyphenated name or a figure is never broken (a word longer than a line stays whole and rich folds it)."""
    import textwrap

    for line in textwrap.wrap(" ".join(text.split()), width=max(20, con.width), initial_indent=first,
                              subsequent_indent=rest, break_long_words=False, break_on_hyphens=False):
        con.print(line, markup=False, highlight=False, style=style)


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _claim_record(cid: str, a: Analysis) -> dict[str, Any]:
    """A finding's claim as the scoring format wants it (../shared/eval/RECONCILE.md): the document as the input
    named it, the figure's offsets, and the party and series it was read into."""
    c = a.claims.get(cid)
    point = a.point(cid)
    party = point.party.name if point else None
    if c is None:
        return {"id": cid, "figure": None, "party": party, "sentence": "", "doc_id": None, "document": None,
                "start": None, "end": None, "outlet": None, "published": None}
    doc = a.docs.get(c.doc_id)
    return {"id": cid, "document": doc.document if doc else c.doc_id, "start": c.start, "end": c.end,
            "figure": c.figure, "low": c.low, "high": c.high, "party": party,
            "party_key": point.party.key if point else None, "series": str(point.key) if point else None,
            "when": _point_when(point), "source": c.source, "doc_id": c.doc_id,
            "outlet": doc.outlet if doc else None, "published": doc.published if doc else None,
            "dated_by": doc.dated_by if doc else None,
            "approx_date": doc.approx_date if doc and not doc.published else None, "sentence": c.sentence}


def _point_when(p: Point | None) -> str | None:
    if p is None or p.end is None:
        return None
    return f"{p.start.isoformat()}..{p.end.isoformat()}" if p.start and p.start != p.end else p.end.isoformat()


def scoring_fields(a: Analysis) -> dict[str, dict[str, Any]]:
    """Per claim id: ``document``, ``series`` and ``party`` as ``claims --format jsonl`` prints them."""
    out: dict[str, dict[str, Any]] = {}
    for s in a.all_series:
        for p in s.points:
            doc = a.docs.get(p.doc_id)
            out[p.id] = {"document": doc.document if doc else p.doc_id, "series": str(p.key),
                         "party": p.party.key, "party_name": p.party.name}
    return out


