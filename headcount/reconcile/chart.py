"""Pictures of a series: a Unicode sparkline per party, and a chart of every party's figures over time.

The chart is drawn as SVG by hand (no dependency, and the same drawing goes inline into the HTML report);
``png`` draws the same marks with matplotlib (the ``plot`` extra) for those who want a raster file.
Marks: a stock is a dot, a cumulative total a square joined to the party's previous total, an increment a
horizontal bar over its window of days; a range is a vertical bar from low to high; an open bound ("at
least", "up to") an arrow pointing the way the bound is open. Undated reports are counted, not drawn.
Pure: a series in, a string (or bytes) out; every text is escaped.
"""

from __future__ import annotations

import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from headcount.reconcile.findings import fmt, rng
from headcount.reconcile.series import Report, Series

SPARKS = "▁▂▃▄▅▆▇█"
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
           "#7f7f7f", "#bcbd22")
KIND_LABEL = {"stock": "stock (dot)", "cumulative": "cumulative (square, joined)", "increment": "increment (bar over its days)"}


def value_of(r: Report) -> float | None:
    """The one number that stands for a report in a sparkline: the middle of a range, else its only bound."""
    if r.low is not None and r.high is not None:
        return (r.low + r.high) / 2
    return r.low if r.low is not None else r.high


def sparkline(values: Sequence[float | None], lo: float | None = None, hi: float | None = None) -> str:
    """One block character per value, scaled between ``lo`` and ``hi`` (the values' own by default); None is a space."""
    nums = [v for v in values if v is not None]
    if not nums:
        return " " * len(values)
    lo = min(nums) if lo is None else lo
    hi = max(nums) if hi is None else hi
    span = hi - lo
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        elif span <= 0:
            out.append(SPARKS[len(SPARKS) // 2])
        else:
            out.append(SPARKS[min(len(SPARKS) - 1, max(0, round((v - lo) / span * (len(SPARKS) - 1))))])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Mark:
    """One report ready to draw: days as numbers, the range, and how its ends are open."""

    party: str
    colour: str
    kind: str
    x0: float  # first day (an increment's window start; else the day)
    x1: float  # last day
    low: float | None
    high: float | None
    label: str
    count: int = 1  # reports with this same figure from this party on these days, drawn as one mark


def marks(series: Series) -> tuple[list[Mark], list[tuple[str, str]], date | None, int]:
    """The drawable reports, the legend (party, colour), day zero, and how many were left out (undated)."""
    parties: dict[str, str] = {}
    dated = [r for r in series.reports if r.end is not None and (r.low is not None or r.high is not None)]
    undrawn = len(series.reports) - len(dated)
    if not dated:
        return [], [], None, undrawn
    origin = min((r.start or r.end) for r in dated if r.end is not None)
    assert origin is not None
    out: dict[tuple[object, ...], Mark] = {}
    for r in dated:
        assert r.end is not None
        name = r.party.name
        colour = parties.setdefault(name, PALETTE[len(parties) % len(PALETTE)])
        start = r.start if r.kind == "increment" and r.start is not None and r.start < r.end else r.end
        label = (f"{name}: {rng(r.low, r.high)} ({r.kind or 'kind unknown'}, "
                 f"{start.isoformat() + ' to ' if start != r.end else ''}{r.end.isoformat()})"
                 f"{' (expected)' if r.expected else ''}")
        mark = Mark(name, colour, r.kind or "stock", float((start - origin).days), float((r.end - origin).days),
                    r.low, r.high, label)
        same = (name, mark.kind, mark.x0, mark.x1, r.low, r.high)
        if same in out:  # the same figure from the same party for the same days: one mark, counted
            prev = out[same]
            out[same] = Mark(prev.party, prev.colour, prev.kind, prev.x0, prev.x1, prev.low, prev.high,
                             f"{prev.label.split(' [reported ')[0]} [reported {prev.count + 1} times]", prev.count + 1)
        else:
            out[same] = mark
    return list(out.values()), list(parties.items()), origin, undrawn


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    step = 10 ** (len(str(int(v))) - 1)
    return float((int(v / step) + 1) * step)


def date_ticks(days: float, plot_w: float, label_w: float = 74) -> list[int]:
    """Day numbers to label on the x axis: distinct days, spaced so no two labels (``label_w`` pixels each)
    collide, always the first and the last."""
    span = max(0, round(days))
    room = max(1, int(plot_w // label_w))
    if span == 0:
        return [0]
    step = max(1, -(-span // room))
    ticks = list(range(0, span + 1, step))
    if ticks[-1] != span:
        if span - ticks[-1] < step * 0.75 and len(ticks) > 1:
            ticks[-1] = span  # too close to the last tick: move it to the end instead of crowding it
        else:
            ticks.append(span)
    return ticks


def describe(series: Series) -> str:
    """One sentence for a screen reader: how many figures, from whom, over which days, the lowest and highest."""
    from headcount.reconcile.labels import key_label

    values = [v for r in series.reports for v in (r.low, r.high) if v is not None]
    dated = sorted(r.end for r in series.reports if r.end is not None)
    parties = sorted({r.party.name for r in series.reports})
    when = f" from {dated[0].isoformat()} to {dated[-1].isoformat()}" if dated else ""
    spread = f"; figures from {fmt(min(values))} to {fmt(max(values))}" if values else ""
    undated = len(series.reports) - len(dated)
    return (f"{key_label(series.key)}: {len(series.reports)} reported figure{'s' if len(series.reports) != 1 else ''}"
            f" from {len(parties)} part{'ies' if len(parties) != 1 else 'y'} ({', '.join(parties)}){when}{spread}"
            f"{f'; {undated} undated' if undated else ''}.")


def y_label(series: Series) -> str:
    """What the y axis counts: "civilians evacuated"."""
    return f"{series.key.group} {series.key.event}"


def svg(series: Series, width: int = 720, height: int = 300) -> str:
    """An SVG chart of the series (a complete ``<svg>`` element, for a file or inline in HTML)."""
    from headcount.reconcile.labels import key_label

    e = html.escape
    ms, legend, origin, undrawn = marks(series)
    left, right, top, bottom = 78, 40, 30, 74 + 16 * ((len(legend) + 1) // 2)
    h = height + bottom - 60
    plot_w, plot_h = width - left - right, height - top - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" viewBox="0 0 {width} {h}" '
             f'font-family="sans-serif" font-size="11" role="img" aria-labelledby="t d" data-key="{e(str(series.key))}">',
             f'<title id="t">{e(key_label(series.key))}</title><desc id="d">{e(describe(series))}</desc>',
             f'<text x="{left}" y="18" font-size="13" font-weight="bold">{e(key_label(series.key))}</text>']
    if not ms:
        parts.append(f'<text x="{left}" y="{top + 20}">no dated figures to draw'
                     f'{f" ({undrawn} undated)" if undrawn else ""}</text></svg>')
        return "\n".join(parts)
    assert origin is not None
    days = max(1.0, max(m.x1 for m in ms))
    top_value = _nice_max(max(v for m in ms for v in (m.low, m.high) if v is not None))

    def x(d: float) -> float:
        return left + plot_w * (d / days if days else 0.5)

    def y(v: float) -> float:
        return top + plot_h * (1 - v / top_value)

    base = top + plot_h
    parts.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" stroke="#444"/>')
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{base}" stroke="#444"/>')
    for i in range(5):
        v = top_value * i / 4
        parts.append(f'<line x1="{left - 4}" y1="{y(v):.1f}" x2="{left + plot_w}" y2="{y(v):.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{e(fmt(v))}</text>')
    parts.append(f'<text class="y-label" transform="translate(12 {top + plot_h / 2:.1f}) rotate(-90)" '
                 f'text-anchor="middle" fill="#555">{e(y_label(series))}</text>')
    ticks = date_ticks(days, plot_w)
    for d in ticks:
        label = (origin + timedelta(days=d)).isoformat()
        # centred: the margins (left 78, right 40) hold half a label, so neither end is clipped
        parts.append(f'<text class="x-tick" x="{x(d):.1f}" y="{base + 16}" text-anchor="middle">{e(label)}</text>')
    last_total: dict[str, tuple[float, float]] = {}
    for m in sorted(ms, key=lambda m: m.x1):
        at = m.low if m.low is not None else m.high
        assert at is not None
        cx, cy = x(m.x1), y(at)
        tip = f"<title>{e(m.label)}</title>"
        if m.low is not None and m.high is not None and m.high != m.low:  # a range
            parts.append(f'<line x1="{cx:.1f}" y1="{y(m.low):.1f}" x2="{cx:.1f}" y2="{y(m.high):.1f}" '
                         f'stroke="{m.colour}" stroke-width="4" opacity="0.6">{tip}</line>')
        elif m.low is None or m.high is None:  # an open bound: an arrow the way it is open
            tip_y = cy - 18 if m.high is None else min(base, cy + 18)
            parts.append(f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{cx:.1f}" y2="{tip_y:.1f}" stroke="{m.colour}" '
                         f'stroke-width="1.5"/>')
            wing = 5 if m.high is None else -5
            parts.append(f'<polygon points="{cx - 4:.1f},{tip_y + wing:.1f} {cx + 4:.1f},{tip_y + wing:.1f} '
                         f'{cx:.1f},{tip_y:.1f}" fill="{m.colour}" class="arrow">{tip}</polygon>')
        if m.kind == "increment":
            x0 = x(m.x0) if m.x0 < m.x1 else cx - 4
            parts.append(f'<rect x="{x0:.1f}" y="{cy - 3:.1f}" width="{max(cx - x0, 4):.1f}" height="6" '
                         f'fill="{m.colour}" fill-opacity="0.35" stroke="{m.colour}" class="increment">{tip}</rect>')
        elif m.kind == "cumulative":
            prev = last_total.get(m.party)
            if prev:
                parts.append(f'<line x1="{prev[0]:.1f}" y1="{prev[1]:.1f}" x2="{cx:.1f}" y2="{cy:.1f}" '
                             f'stroke="{m.colour}" stroke-dasharray="4 2"/>')
            last_total[m.party] = (cx, cy)
            parts.append(f'<rect x="{cx - 4:.1f}" y="{cy - 4:.1f}" width="8" height="8" fill="{m.colour}" '
                         f'class="cumulative">{tip}</rect>')
        else:
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4.5" fill="{m.colour}" class="stock">{tip}</circle>')
        if m.count > 1:
            parts.append(f'<text x="{cx + 7:.1f}" y="{cy - 6:.1f}" class="count" fill="{m.colour}">×{m.count}</text>')
    ly = base + 34
    for i, (name, colour) in enumerate(legend):
        lx = left + (i % 2) * (plot_w // 2)
        yy = ly + 16 * (i // 2)
        parts.append(f'<rect x="{lx}" y="{yy - 9}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{lx + 14}" y="{yy}">{e(name)}</text>')
    note = "dot: stock; square: cumulative; bar: increment over its days; vertical bar: range; arrow: open bound"
    ny = ly + 16 * ((len(legend) + 1) // 2) + 4
    parts.append(f'<text x="{left}" y="{ny}" fill="#555">{e(note)}</text>')
    if undrawn:  # on a line of its own, so the note is never cut at the edge
        parts.append(f'<text x="{left}" y="{ny + 14}" fill="#555">{undrawn} undated, not drawn</text>')
    parts.append("</svg>")
    return "\n".join(parts)


class PlotExtraMissing(RuntimeError):
    """matplotlib is not installed: PNG output needs the ``plot`` extra."""


def png(series: Series) -> bytes:
    """The same chart as a PNG, drawn with matplotlib (the ``plot`` extra)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise PlotExtraMissing("PNG plots need matplotlib: pip install 'headcount[plot]' (or write .svg)") from exc
    ms, legend, origin, undrawn = marks(series)
    fig, ax = plt.subplots(figsize=(8, 3.6), dpi=100)
    from headcount.reconcile.labels import key_label

    ax.set_title(key_label(series.key), loc="left", fontsize=11)
    ax.set_ylabel(y_label(series), fontsize=9)
    seen: set[str] = set()
    last_total: dict[str, tuple[float, float]] = {}
    for m in sorted(ms, key=lambda m: m.x1):
        at = m.low if m.low is not None else m.high
        assert at is not None
        label = m.party if m.party not in seen else None
        seen.add(m.party)
        if m.low is not None and m.high is not None and m.high != m.low:
            ax.vlines(m.x1, m.low, m.high, colors=m.colour, linewidth=4, alpha=0.6)
        elif m.low is None or m.high is None:
            ax.annotate("", xy=(m.x1, at * (1.15 if m.high is None else 0.85)), xytext=(m.x1, at),
                        arrowprops={"arrowstyle": "->", "color": m.colour})
        if m.kind == "increment":
            ax.hlines(at, min(m.x0, m.x1 - 0.5), m.x1, colors=m.colour, linewidth=5, alpha=0.5, label=label or "_nolegend_")
        elif m.kind == "cumulative":
            prev = last_total.get(m.party)
            if prev:
                ax.plot([prev[0], m.x1], [prev[1], at], color=m.colour, linestyle="--", linewidth=1)
            last_total[m.party] = (m.x1, at)
            ax.plot([m.x1], [at], marker="s", color=m.colour, linestyle="none", label=label)
        else:
            ax.plot([m.x1], [at], marker="o", color=m.colour, linestyle="none", label=label)
    if origin is not None:
        ticks = date_ticks(max(1.0, max(m.x1 for m in ms)), 560)  # whole days, never one date twice
        ax.set_xticks(ticks)
        ax.set_xticklabels([(origin + timedelta(days=t)).isoformat() for t in ticks], fontsize=8)
    ax.set_ylim(bottom=0)
    if legend:
        ax.legend(fontsize=8, loc="best")
    note = "dot: stock; square: cumulative; bar: increment; vertical bar: range; arrow: open bound"
    if undrawn:
        note += f"; {undrawn} undated not drawn"
    fig.text(0.01, 0.01, note, fontsize=7, color="#555")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()
