"""One self-contained HTML page for sharing a reconcile run: charts, findings, and the claims with their sentences.

No script, no font, no image, no stylesheet is fetched: the CSS is inline and every chart an inline SVG, so
the page opens offline and can be mailed as one file. Every text from a document, a party or a user goes
through ``html.escape``. Pure: an ``Analysis`` in, a string out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from headcount.models import Claim
from headcount.reconcile.analysis import Analysis
from headcount.reconcile.chart import svg
from headcount.reconcile.findings import rng
from headcount.reconcile.series import Report, Series

CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.4}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.9em;width:100%}
th,td{border-bottom:1px solid #e4e4e4;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}.num{text-align:right;white-space:nowrap}.muted{color:#666}
.finding{border-left:4px solid #999;padding:.3em .8em;margin:.8em 0;background:#fafafa}
.alert{border-color:#c62828}.warning{border-color:#ef6c00}.info{border-color:#1565c0}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8em}code{font-size:.9em}
blockquote{margin:.2em 0;color:#333}
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _claim_rows(ids: Iterable[str], analysis: Analysis, parties: dict[str, str]) -> str:
    rows = []
    for cid in ids:
        c: Claim | None = analysis.claims.get(cid)
        if c is None:
            continue
        doc = analysis.docs.get(c.doc_id)
        outlet = (doc.outlet if doc else None) or c.doc_id
        published = (doc.published if doc else None) or "undated"
        rows.append(
            f'<tr id="claim-{_e(cid)}"><td><code>{_e(cid)}</code></td><td class="num">{_e(c.figure)}</td>'
            f"<td>{_e(parties.get(cid, c.source or 'the outlet'))}</td><td>{_e(outlet)}<br>"
            f'<span class="muted">{_e(published)}</span></td><td><blockquote>{_e(c.sentence)}</blockquote></td></tr>')
    if not rows:
        return ""
    return ("<table><tr><th>claim</th><th>figure</th><th>party</th><th>outlet</th><th>sentence</th></tr>"
            + "".join(rows) + "</table>")


def _timeline(series: Series) -> str:
    rows = []
    for r in series.reports:
        rows.append(f"<tr><td>{_e(_when(r))}</td><td>{_e(r.party.name)}</td><td class='num'>{_e(rng(r.low, r.high))}"
                    f"</td><td>{_e(r.kind or '?')}{' (expected)' if r.expected else ''}</td>"
                    f"<td>{_e(', '.join(r.carriers))}</td><td>{len(r.points)}</td></tr>")
    return ("<table><tr><th>when</th><th>party</th><th>figure</th><th>kind</th><th>carried by</th><th>claims</th></tr>"
            + "".join(rows) + "</table>")


def _when(r: Report) -> str:
    if r.end is None:
        return "undated"
    if r.start and r.start != r.end:
        return f"{r.start.isoformat()} to {r.end.isoformat()}"
    return r.end.isoformat()


def render(analysis: Analysis, title: str = "headcount report", subtitle: str = "") -> str:
    """The whole page."""
    parties = {p.id: p.party.name for s in analysis.all_series for p in s.points}
    counts = {"alert": 0, "warning": 0, "info": 0}
    for f in analysis.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\">",
           f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
           f"<h1>{_e(title)}</h1>"]
    if subtitle:
        out.append(f'<p class="muted">{_e(subtitle)}</p>')
    n_claims = sum(len(s.points) for s in analysis.series)
    out.append(f"<p>{len(analysis.series)} series, {n_claims} claims; findings: {counts['alert']} alert, "
               f"{counts['warning']} warning, {counts['info']} info.</p>")
    out.append('<h2 id="findings">Findings</h2>')
    if not analysis.findings:
        out.append("<p>No findings: the figures agree within the tolerance.</p>")
    for i, f in enumerate(analysis.findings, 1):
        out.append(f'<div class="finding {_e(f.severity)}" id="finding-{i}"><span class="sev">{_e(f.severity)}</span> '
                   f"<b>{_e(f.type)}</b> <code>{_e(f.key)}</code><p>{_e(f.explanation)}</p>"
                   f"<p class=\"muted\">computed: {_e(f.computation)}</p>"
                   f"{_claim_rows(f.claims, analysis, parties)}</div>")
    out.append('<h2 id="series">Series</h2>')
    for s in analysis.series:
        out.append(f'<section class="series" id="series-{_e(s.key)}"><h3>{_e(s.key)}</h3>')
        out.append(f'<div class="chart">{svg(s)}</div>')
        out.append(_timeline(s))
        out.append("<details><summary>claims and their sentences</summary>"
                   f"{_claim_rows((p.id for p in s.points), analysis, parties)}</details></section>")
    out.append("</body></html>")
    return "\n".join(out)
