"""Reconcile commands: series, check, settle, parties (and parties set), report.

Each reads the ledger through ``headcount.store.reconcile_repo`` (claims, documents, settled figures, party
edits), runs the pure ``headcount.reconcile.analysis`` and prints. Filters narrow what is shown; the checks
always see every series, because stock and flow needs the outflows beside the stock.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from headcount.cli.app import main
from headcount.cli.ledger_cmds import _day, db_option, open_ledger
from headcount.cli.output import console, format_option, one_line_errors, wide_option, write_records
from headcount.cli.tables import Column, Excerpt, print_table, short_id
from headcount.errors import InputError

if TYPE_CHECKING:
    from headcount.reconcile.analysis import Analysis, Filters
    from headcount.reconcile.series import Point, Report, Series
    from headcount.reconcile.track_record import Settled

F = TypeVar("F", bound=Callable[..., Any])

KIND_MARK = {"stock": "", "cumulative": "Σ", "increment": "Δ"}
KIND_LEGEND = "Δ new in that period (an increment), Σ total so far (cumulative), plain: how many at that time (a stock), " \
              "? kind unknown; ≥ at least, ≤ at most, a–b between a and b"


def series_filters(fn: F) -> F:
    for opt in reversed([
        click.option("--event", help="Event of the series (evacuated, killed, besieged ...)."),
        click.option("--group", help="Group of the series (people, civilians, children, combatants ...)."),
        click.option("--place", help="Place key or name (\"Aleppo\" takes in Aleppo/east, \"Syria\" Aleppo)."),
        click.option("--source", help="Words of a party's name, or of the source as written."),
        click.option("--since", callback=_day("--since"), metavar="DATE", help="Figures whose last day is on or after DATE."),
        click.option("--until", callback=_day("--until"), metavar="DATE", help="Figures that begin on or before DATE."),
    ]):
        fn = opt(fn)
    return fn


def _filters(kw: dict[str, Any]) -> Filters:
    from headcount.reconcile.analysis import Filters

    return Filters(**{k: kw.get(k) for k in ("event", "group", "place", "source", "since", "until")})


def run_analysis(db: str, filters: Filters | None = None, tolerance: float = 0.10, checks: bool = True) -> Analysis:
    """Read the ledger (I/O) and analyse (pure)."""
    from headcount.reconcile.analysis import analyse
    from headcount.store.reconcile_repo import ReconcileStore

    with open_ledger(db) as ledger:
        store = ReconcileStore(ledger.engine)
        inputs = store.inputs()
        overlay = store.party_overlay()
        settled = store.settled()
    return analyse(inputs.claims, inputs.docs, overlay=overlay, settled=settled, filters=filters,
                   tolerance=tolerance, checks=checks)


def stored_analysis(db: str, filters: Filters, tolerance: float, recompute: bool = False) -> Analysis:
    """The ledger's series with its stored findings, after reconciling what changed since they were stored."""
    import dataclasses

    from headcount.reconcile.analysis import analyse, finding_matches
    from headcount.store.findings_repo import reconcile, stored
    from headcount.store.reconcile_repo import ReconcileStore

    with open_ledger(db) as ledger:
        reconcile(ledger.engine, tolerance=tolerance, full=recompute)
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


def _figure(r: Report) -> str:
    from headcount.reconcile.findings import rng

    mark, text = KIND_MARK.get(r.kind or "", "?"), rng(r.low, r.high)
    gap = " " if mark and not text[:1].isdigit() else ""  # "Δ5,629" but "Δ at least 2,000"
    return f"{mark}{gap}{text}{' (expected)' if r.expected else ''}"


def _when(r: Report) -> str:
    if r.end is None:
        return "undated"
    if r.start and r.start != r.end:
        return f"{r.start.isoformat()}..{r.end.isoformat()}"
    return r.end.isoformat()


def _parse_key(text: str) -> Any:
    """A key as typed: a key or a label (``evacuated · civilians · Aleppo (east)``), in any case."""
    from headcount.reconcile.labels import label_to_key
    from headcount.reconcile.series import SeriesKey

    try:
        return SeriesKey.parse(label_to_key(text))
    except ValueError as exc:
        raise InputError(str(exc), where="KEY") from None


def _known_key(wanted: Any, keys: Any) -> Any:
    """``wanted`` spelled as the ledger spells it when the two differ only in case ("aleppo/EAST")."""
    folded = str(wanted).casefold()
    for k in keys:
        if str(k).casefold() == folded:
            return k
    return wanted


# -- series -------------------------------------------------------------------------------------------------
@main.command("series")
@click.argument("key", required=False)
@series_filters
@click.option("--plot", "plot", type=click.Path(dir_okay=False, writable=True), metavar="FILE.svg|FILE.png",
              help="With KEY: draw the parties' figures over time (.svg always; .png needs the 'plot' extra).")
@format_option(("table", "json", "jsonl", "csv"))
@wide_option
@db_option
@one_line_errors
def series_command(key: str | None, plot: str | None, db: str, fmt: str, wide: bool = False, **kw: Any) -> None:
    """The quantities in the ledger, or (with KEY, e.g. evacuated/civilians/Aleppo/east) one quantity's timeline.

    Without KEY: each series by its label (what, who, where) and key, with its claims, reports (copies counted
    once), parties and date range. KEY is matched without regard to case, and a label is taken too.
    With KEY: one row per report, one column per party (or, when the parties' columns would not fit the
    terminal, one row per report naming its party); Δ marks an increment, Σ a cumulative total, a plain
    figure a stock; a sparkline per party below.
    """
    if key is None:
        if plot:
            raise click.UsageError("--plot needs a KEY (see `headcount series` for the keys)")
        a = run_analysis(db, _filters(kw), checks=False)
        rows = [s.summary() for s in a.series]
        if fmt != "table":
            write_records(rows, fmt, sys.stdout, ["key", "claims", "reports", "parties", "first", "last"])
            return
        from headcount.reconcile.labels import key_label

        columns = [Column("series", 100, most=48), Column("claims", 90, right=True),
                   Column("reports", 60, right=True), Column("parties", 80, right=True), Column("first", 70),
                   Column("last", 75), Column("key", 50, most=44)]
        cells: list[list[str | Excerpt]] = [
            [key_label(r["key"]), str(r["claims"]), str(r["reports"]), str(r["parties"]), r["first"] or "",
             r["last"] or "", r["key"]] for r in rows]
        print_table(console(), f"{len(rows)} series", columns, cells, wide=wide,
                    caption="reports: claims with copies counted once; `headcount series KEY` (or the label, "
                            "in quotes) shows one")
        return
    wanted = _parse_key(key)
    from headcount.reconcile.series import merge, select

    a = run_analysis(db, _filters(kw), checks=False)
    wanted = _known_key(wanted, [s.key for s in a.all_series])
    found = select(a.all_series, key=wanted)
    if not found:
        raise click.ClickException(f"no series {wanted} in {db}: `headcount series` lists them")
    s = merge(found, wanted) if len(found) > 1 or found[0].key != wanted else found[0]
    if plot:
        _write_plot(s, Path(plot), [st for st in a.settled if st.key == str(s.key)])
    if fmt != "table":
        write_records(({"key": str(s.key), "party": r.party.name, "party_key": r.party.key, "kind": r.kind,
                        "start": r.start.isoformat() if r.start else None, "end": r.end.isoformat() if r.end else None,
                        "low": r.low, "high": r.high, "expected": r.expected, "carriers": list(r.carriers),
                        "claims": list(r.claim_ids)} for r in s.reports), fmt, sys.stdout)
        return
    _print_timeline(s, wide)
    if plot:
        click.echo(f"plot written to {plot}", err=True)


def _print_timeline(s: Series, wide: bool = False) -> None:
    """One column per party when they fit the terminal; else one row per report, naming its party."""
    from headcount.reconcile.chart import sparkline, value_of
    from headcount.reconcile.labels import key_label

    timeline = s.timeline()
    names = {k: rs[0].party.name for k, rs in timeline.items()}
    con = console()
    title = f"{key_label(s.key)}: {len(s.reports)} reports, {len(s.points)} claims, {len(timeline)} parties"
    wide_cols = [Column("when", 100), *(Column(n, 90, right=True) for n in names.values()),
                 Column("outlets", 95, right=True)]
    wide_rows: list[list[str | Excerpt]] = [
        [_when(r), *(_figure(r) if r.party.key == k else "" for k in timeline), str(len(r.carriers))]
        for r in s.reports]
    from headcount.cli.tables import layout, table_width

    shown, widths = layout(wide_cols, wide_rows, con.width, wide=True)
    if wide or table_width(wide_cols, widths, shown) <= con.width:
        print_table(con, title, wide_cols, wide_rows, wide=wide, caption=KIND_LEGEND)
    else:
        cols = [Column("when", 100), Column("party", 90, most=30), Column("figure", 95, right=True),
                Column("outlets", 80, right=True), Column("claims", 50, most=40)]
        rows: list[list[str | Excerpt]] = [
            [_when(r), r.party.name, _figure(r), str(len(r.carriers)),
             " ".join(short_id(c) for c in r.claim_ids)] for r in s.reports]
        print_table(con, title, cols, rows, caption=KIND_LEGEND)
    values = [v for r in s.reports if (v := value_of(r)) is not None]
    lo, hi = (min(values), max(values)) if values else (None, None)
    width = min(24, max((len(n) for n in names.values()), default=0))
    for k, rs in timeline.items():
        vals = [value_of(r) for r in rs if r.end is not None]
        undated = sum(1 for r in rs if r.end is None)
        extra = f"  (+{undated} undated)" if undated else ""
        name = names[k] if len(names[k]) <= width else names[k][: width - 1] + "…"
        line = f"{name:<{width}}  {sparkline(vals, lo, hi)}{extra}"
        con.print(line if len(line) <= con.width else line[: con.width - 1] + "…", markup=False)


def _write_plot(s: Series, path: Path, settled: Sequence[Settled] = ()) -> None:
    """The series chart as a file; an SVG shows the settled figures as the report does (the PNG has none yet)."""
    from headcount.reconcile.chart import PlotExtraMissing, png, svg

    suffix = path.suffix.lower()
    if suffix == ".svg":
        path.write_text(svg(s, settled=settled), encoding="utf-8")
    elif suffix == ".png":
        try:
            path.write_bytes(png(s))
        except PlotExtraMissing as exc:
            raise click.ClickException(str(exc)) from None
    else:
        raise click.BadParameter(f"{path.name}: write .svg or .png", param_hint="--plot")


# -- check --------------------------------------------------------------------------------------------------
@main.command("check")
@series_filters
@click.option("--tolerance", type=click.FloatRange(min=0), default=0.10, show_default=True,
              help="How far apart two figures may be (fraction of the smaller) and still agree.")
@click.option("--recompute", is_flag=True, help="Reconcile the whole ledger again instead of what changed.")
@format_option(("table", "json", "jsonl"))
@db_option
@one_line_errors
def check_command(db: str, tolerance: float, recompute: bool, fmt: str, **kw: Any) -> None:
    """Findings: contradictions, revisions, parts larger than wholes, running totals, stock and flow, copies.

    Each finding has one sentence that says what does not add up and how it was computed, and the claims
    behind it (id, figure, party, outlet, sentence). Findings are read from the ledger, where ingest, load,
    settle and party edits store them; what changed since is reconciled first (all of it with --recompute).
    A date filter (--since, --until) computes afresh: the checks then see only the figures in the dates.
    """
    from rich.markup import escape

    from headcount.reconcile.labels import finding_words, key_label, outlet_name
    from headcount.reconcile.pairing import group_findings, not_compared

    filters = _filters(kw)
    a = run_analysis(db, filters, tolerance) if filters.dated else stored_analysis(db, filters, tolerance, recompute)
    groups = group_findings([f.claims for f in a.findings])
    records = []
    for f, g in zip(a.findings, groups, strict=True):
        d = f.as_dict()
        d["group"] = g
        d["claims"] = [_claim_record(cid, a) for cid in f.claims]
        records.append(d)
    if fmt != "table":
        write_records(records, fmt, sys.stdout)
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
                              f"{c['published'] or 'undated'}):", "   - ", "     ")
                _wrapped(con, f"\u201c{_short(c['sentence'])}\u201d", "     ", "     ")
            con.print("")
    if records:
        counts = {s: sum(1 for d in records if d["severity"] == s) for s in ("alert", "warning", "info")}
        _wrapped(con, f"{len(records)} finding(s) in {len(by_group)} group(s) over {len(by_series)} series of "
                      f"{len(a.series)}: {counts['alert']} alert, {counts['warning']} warning, {counts['info']} info "
                      f"(tolerance {tolerance:g})", "", "   ")
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
            "sentence": c.sentence}


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


# -- settle -------------------------------------------------------------------------------------------------
@main.command("settle")
@click.argument("key")
@click.option("--value", type=click.FloatRange(min=0, min_open=True), help="The settled figure.")
@click.option("--low", type=click.FloatRange(min=0, min_open=True), help="Low end of a settled range.")
@click.option("--high", type=click.FloatRange(min=0, min_open=True), help="High end of a settled range.")
@click.option("--as-of", "as_of", required=True, callback=_day("--as-of"), metavar="DATE",
              help="The day the settled count runs to.")
@click.option("--note", default="", help="Who settled it, on what authority.")
@click.option("--new", "new", is_flag=True, help="KEY matches no series yet: settle it anyway (it scores the "
              "claims that arrive later).")
@db_option
@one_line_errors
def settle_command(key: str, value: float | None, low: float | None, high: float | None, as_of: str, note: str,
                   new: bool, db: str) -> None:
    """Record a settled figure for a series (a final count, an audited total); `headcount parties` scores against it."""
    from headcount.reconcile.track_record import Settled
    from headcount.store.reconcile_repo import ReconcileStore

    if value is not None and (low is not None or high is not None):
        raise click.UsageError("give --value, or --low/--high, not both")
    if value is None and low is None and high is None:
        raise click.UsageError("give --value N, or --low N --high N")
    k = str(_parse_key(key))
    if not new:
        _need_series(db, _parse_key(key))
    try:
        item = Settled(key=k, low=value if value is not None else low, high=value if value is not None else high,
                       as_of=as_of, note=note)
    except ValueError as exc:
        raise InputError(str(exc), where="settle") from None
    from headcount.store.findings_repo import reconcile

    with open_ledger(db) as ledger:
        replaced = ReconcileStore(ledger.engine).settle(item)
        reconcile(ledger.engine)  # a settled figure changes no finding; what changed before it is caught up
    from headcount.reconcile.findings import rng

    click.echo(f"{'replaced' if replaced else 'settled'}: {k} = {rng(item.low, item.high)} as of {as_of}")


def _need_series(db: str, key: Any) -> None:
    """A settled figure for a key no series has is a typo far more often than a plan: refuse it (``--new``)."""
    from headcount.reconcile.series import select
    from headcount.store.engine import display

    if not select(run_analysis(db, checks=False).all_series, key=key):
        raise click.ClickException(f"no series {key} in {display(db)} (`headcount series` lists them); "
                                   "give --new to settle a series that has no claims yet")


# -- parties ------------------------------------------------------------------------------------------------
@main.group("parties", invoke_without_command=True)
@format_option(("table", "json", "jsonl", "csv"))
@db_option
@wide_option
@click.pass_context
@one_line_errors
def parties_group(ctx: click.Context, fmt: str, db: str, wide: bool = False) -> None:
    """Each party in the ledger: kind, aliases, claims, and its track record on settled quantities."""
    if ctx.invoked_subcommand is not None:
        return
    a = run_analysis(db, checks=False)
    records = _party_records(a)
    if fmt != "table":
        write_records(records, fmt, sys.stdout, list(records[0]) if records else None)
        return
    rows: list[list[str | Excerpt]] = [
        [r["name"], r["kind"], str(r["claims"]), str(r["scored"] or ""),
         "" if r["median_abs_log_error"] is None else f"{r['median_abs_log_error']:.2f}",
         "" if r["bias"] is None else f"{r['bias']:+.2f}", Excerpt("; ".join(a for a in r["aliases"] if a != r["name"]), 0, 0)]
        for r in records]
    columns = [Column("party", 100, most=32), Column("kind", 80, most=12), Column("claims", 90, right=True),
               Column("scored", 60, right=True), Column("error", 50, right=True), Column("bias", 55, right=True),
               Column("also called", 40, flex=True)]
    print_table(console(), f"{len(records)} parties", columns, rows, wide=wide,
                caption="scored: claims compared with a settled figure; error: median distance from it (log "
                        "ratio, 0 is exact); bias above 0: counts high, below 0: counts low")


def _party_records(a: Analysis) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    written: dict[str, set[str]] = {}
    first: dict[str, Any] = {}
    for s in a.all_series:
        for p in s.points:
            counts[p.party.key] = counts.get(p.party.key, 0) + 1
            first.setdefault(p.party.key, p.party)
            if p.party.as_written:
                written.setdefault(p.party.key, set()).add(" ".join(p.party.as_written.split()))
    records = {t.party: t for t in a.records()}
    out = []
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        party = a.registry.get(key)
        res = first[key]
        t = records.get(key)
        aliases = list(party.aliases) if party else []
        aliases += sorted(w for w in written.get(key, ()) if w not in aliases)
        out.append({"key": key, "name": party.name if party else res.name, "kind": party.kind if party else res.kind,
                    "known": party is not None, "claims": counts[key], "aliases": aliases,
                    "scored": t.scored if t else 0,
                    "median_abs_log_error": round(t.median_abs_error, 4) if t else None,
                    "bias": round(t.bias, 4) if t else None,
                    "scored_claims": [c for sc in t.scores for c in sc.claims] if t else []})
    return out


@parties_group.command("set")
@click.argument("name")
@click.option("--kind", help="government, military, un, ngo, monitor, media, armed_group, witness, unnamed, other.")
@click.option("--alias", "aliases", multiple=True, help="Another name that always means this party (repeatable).")
@click.option("--member", "members", multiple=True, help="A person who speaks for this party (repeatable).")
@db_option
@one_line_errors
def parties_set(name: str, kind: str | None, aliases: tuple[str, ...], members: tuple[str, ...], db: str) -> None:
    """Edit a party (by registry key or any of its names): its kind, more aliases, more members.

    A name the registry does not know becomes a new party (give --kind). Stored in the ledger, laid over the
    packaged registry on every later command.
    """
    from headcount.reconcile.parties import KINDS
    from headcount.store.reconcile_repo import ReconcileStore

    if kind is not None and kind not in KINDS:
        raise click.BadParameter(f"{kind!r} is not one of {', '.join(sorted(KINDS))}", param_hint="--kind")
    if kind is None and not aliases and not members:
        raise click.UsageError("nothing to change: give --kind, --alias or --member")
    with open_ledger(db) as ledger:
        store = ReconcileStore(ledger.engine)
        from headcount.reconcile.analysis import registry_with

        registry = registry_with(store.party_overlay())
        key, new_name = _party_key(name, registry)
        if new_name is not None and kind is None:
            raise click.UsageError(f"{name!r} is not a known party: give --kind to add it")
        store.edit_party(key, name=new_name, kind=kind, aliases=aliases + ((name,) if new_name else ()),
                         members=members)
        updated = registry_with(store.party_overlay()).get(key)
        from headcount.store.findings_repo import reconcile

        reconcile(ledger.engine)  # edit_party marked every series dirty (who a source is may change)
    assert updated is not None
    click.echo(f"{updated.name} [{key}]: kind {updated.kind}; {len(updated.aliases)} aliases, "
               f"{len(updated.members)} members")


@parties_group.command("merge")
@click.argument("party")
@click.argument("into")
@db_option
@one_line_errors
def parties_merge(party: str, into: str, db: str) -> None:
    """Make PARTY one with INTO: its figures count as INTO's from now on (kept in the ledger).

    Each is a party key as `headcount parties --format jsonl` lists it, or a name: the party's name, a name
    it is written as in the claims, or any name the registry resolves. `parties unmerge PARTY` undoes it.
    """
    from headcount.store.reconcile_repo import ReconcileStore

    a = run_analysis(db, checks=False)
    records = _party_records(a)
    src, dst = _ledger_party(party, records, a.registry), _ledger_party(into, records, a.registry)
    if a.registry.merge_target(dst) == src or src == dst:
        raise click.UsageError(f"{party!r} and {into!r} are one party already ({src})")
    with open_ledger(db) as ledger:
        ReconcileStore(ledger.engine).merge_parties(src, dst)
        _reparty(ledger.engine)
    names = {r["key"]: r["name"] for r in records}
    click.echo(f"merged: {names.get(src, src)} [{src}] is now counted as {names.get(dst, dst)} [{dst}]")


@parties_group.command("unmerge")
@click.argument("party")
@db_option
@one_line_errors
def parties_unmerge(party: str, db: str) -> None:
    """Undo `parties merge PARTY ...`: PARTY (its key) counts as itself again."""
    from headcount.store.reconcile_repo import ReconcileStore

    with open_ledger(db) as ledger:
        undone = ReconcileStore(ledger.engine).unmerge_party(party)
        if undone:
            _reparty(ledger.engine)
    if not undone:
        raise click.ClickException(f"{party!r} is not merged into another party (give its key)")
    click.echo(f"unmerged: {party}")


def _reparty(engine: Any) -> None:
    """After a party merge or unmerge (which mark every series dirty): the series are read again and their
    stored findings replaced now, so `check` answers at once."""
    from headcount.store.findings_repo import reconcile

    reconcile(engine)


def _ledger_party(name: str, records: list[dict[str, Any]], registry: Any) -> str:
    """The key of the party NAME means: a key of the ledger's parties or the registry, a party's name or a
    name its claims write it as (any case), else what the registry resolves the name to."""
    folded = name.casefold().strip()
    for r in records:
        if name == r["key"] or folded == r["name"].casefold() or folded in (x.casefold() for x in r["aliases"]):
            return str(r["key"])
    if registry.get(name) is not None:
        return name
    return str(registry.resolve(name).key)


def _party_key(name: str, registry: Any) -> tuple[str, str | None]:
    """The registry key NAME means, or a new key (and the name to give it) for a party the registry lacks."""
    import re

    if registry.get(name) is not None:
        return name, None
    res = registry.resolve(name)
    if res.how not in ("unknown", "outlet", "fragment"):
        return res.key, None
    slug = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_") or "party"
    return f"user_{slug}", " ".join(name.split())


# -- report -------------------------------------------------------------------------------------------------
@main.command("report")
@series_filters
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True), metavar="FILE.html",
              help="Where to write the page.")
@click.option("--tolerance", type=click.FloatRange(min=0), default=0.10, show_default=True)
@click.option("--title", default="headcount report", show_default=True)
@db_option
@one_line_errors
def report_command(out: str, tolerance: float, title: str, db: str, **kw: Any) -> None:
    """One self-contained HTML page (no network needed): series charts, findings, claims with their sentences."""
    from headcount.reconcile.report_html import render
    from headcount.store.engine import display

    f = _filters(kw)
    a = run_analysis(db, f, tolerance)
    shown = ", ".join(f"{k}={v}" for k, v in kw.items() if v)
    page = render(a, title=title, subtitle=f"ledger {display(db)}{'; ' + shown if shown else ''}; "
                                           f"tolerance {tolerance:g}")
    Path(out).write_text(page, encoding="utf-8")
    click.echo(f"report written to {out}: {len(a.series)} series, {len(a.findings)} finding(s)")
