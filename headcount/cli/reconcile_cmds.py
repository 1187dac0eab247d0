"""Reconcile commands: series, settle, report, and what the other reconcile commands share (filters, reading
the ledger into an analysis). ``check`` is in ``check_cmds``, ``parties`` in ``party_cmds``.

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
    from headcount.reconcile.series import Report, Series
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


def _figure(r: Report) -> str:
    from headcount.reconcile.findings import rng

    mark, text = KIND_MARK.get(r.kind or "", "?"), rng(r.low, r.high)
    gap = " " if mark and not text[:1].isdigit() else ""  # "Δ5,629" but "Δ at least 2,000"
    return f"{mark}{gap}{text}{' (expected)' if r.expected else ''}"


def _when(r: Report) -> str:
    from headcount.reconcile.labels import period_label

    return period_label(r.start, r.end, "..")


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
    from headcount.reconcile.report_html import finding_groups, render
    from headcount.store.engine import display

    f = _filters(kw)
    a = run_analysis(db, f, tolerance)
    shown = ", ".join(f"{k}={v}" for k, v in kw.items() if v)
    page = render(a, title=title, subtitle=f"ledger {display(db)}{'; ' + shown if shown else ''}; "
                                           f"tolerance {tolerance:g}")
    Path(out).write_text(page, encoding="utf-8")
    click.echo(f"report written to {out}: {len(a.series)} series, {len(finding_groups(a.findings))} finding(s) "
               f"from {len(a.findings)} comparison(s)")
