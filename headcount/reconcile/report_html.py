"""One self-contained HTML page for sharing a reconcile run: a summary, the findings, each series, the parties.

No script, no font, no image, no stylesheet is fetched: the CSS is inline and every chart an inline SVG, so
the page opens offline and can be mailed as one file. Every text from a document, a party or a user goes
through ``html.escape``. Pure: an ``Analysis`` in, a string out.

Written for a reader, not for the program: series and findings are named in words (``key_label``,
``finding_words``), each claim links to its article and names its outlet (never a content hash), and a
figure is shown as the text gave it with its bounds beside it. A series of one or two reports is a small
table; a chart starts at three. Comparisons that share a claim are one finding, as ``check`` shows them
(``finding_groups``): its most serious comparison first, who gave which figures, its other comparisons under
it, and its claims once each; the counts say "N findings from M comparisons".
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from headcount.models import Claim
from headcount.reconcile.analysis import Analysis
from headcount.reconcile.chart import svg
from headcount.reconcile.finding_groups import SUMMARY_FROM, summary
from headcount.reconcile.findings import Finding, rng
from headcount.reconcile.labels import bounds, finding_words, key_label, outlet_name, period_label
from headcount.reconcile.pairing import group_findings
from headcount.reconcile.series import Report, Series

CHART_FROM = 3
"""Reports a series needs before it is drawn; fewer are clearer as a table."""

CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.4}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.9em;width:100%}
th,td{border-bottom:1px solid #e4e4e4;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}.num{text-align:right;white-space:nowrap}.muted{color:#666}.nowrap{white-space:nowrap}
.finding{border-left:4px solid #999;padding:.3em .8em;margin:.8em 0;background:#fafafa}
.alert{border-color:#c62828}.warning{border-color:#ef6c00}.info{border-color:#1565c0}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8em}code{font-size:.9em}
.also{margin:.3em 0;padding-left:1.2em}.also li{margin:.2em 0}.group-summary{background:#f0f0f0;padding:.2em .4em}
blockquote{margin:.2em 0;color:#333}.chart svg{max-width:100%;height:auto}
.summary{display:flex;flex-wrap:wrap;gap:.5em 2em;padding:0;list-style:none}.summary b{font-size:1.3em}
nav ol{columns:2;font-size:.9em}.table-wrap{overflow-x:auto}table.small{width:auto}
@media (max-width:600px){nav ol{columns:1}
table.claims,table.claims tbody,table.claims tr,table.claims td{display:block;width:auto}
table.claims tr:first-child{display:none}table.claims tr{border-bottom:1px solid #ccc;padding:.4em 0}
table.claims td{border:0;padding:.1em .3em}table.claims td.num{text-align:left}}
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _anchor(key: object) -> str:
    return "series-" + "".join(ch if ch.isalnum() else "-" for ch in str(key)).strip("-").lower()


def figure_html(c: Claim) -> str:
    """The figure as written, and its bounds beside it when they say more ("almost 40,000 · at most 40,000")."""
    said = bounds(c.low, c.high)
    if " ".join(c.figure.split()).casefold() == said.casefold():
        return f"<b>{_e(c.figure)}</b>"
    return f'<b>{_e(c.figure)}</b><br><span class="muted nowrap">{_e(said)}</span>'


def _claim_rows(ids: Iterable[str], analysis: Analysis, parties: dict[str, str]) -> str:
    rows = []
    for cid in ids:
        c: Claim | None = analysis.claims.get(cid)
        if c is None:
            continue
        doc = analysis.docs.get(c.doc_id)
        outlet = outlet_name(doc.outlet, doc.url, doc.name) if doc else ""
        published = (doc.published if doc else None) or "undated"
        url = doc.url if doc and doc.url and doc.url.startswith(("http://", "https://")) else None
        where = f'<a href="{_e(url)}" rel="noopener">{_e(outlet or "the article")}</a>' if url else _e(outlet or "—")
        title = f'<br><span class="muted">{_e(doc.title)}</span>' if doc and doc.title else ""
        rows.append(
            f'<tr id="claim-{_e(cid)}" class="claim"><td class="num">{figure_html(c)}</td>'
            f"<td>{_e(parties.get(cid, c.source or 'the outlet'))}</td><td class=\"outlet\">{where}<br>"
            f'<span class="muted nowrap">{_e(published)}</span>{title}</td>'
            f"<td><blockquote>{_e(c.sentence)}</blockquote></td></tr>")
    if not rows:
        return ""
    return ('<div class="table-wrap"><table class="claims"><tr><th>figure</th><th>party</th><th>outlet, date</th>'
            "<th>sentence</th></tr>" + "".join(rows) + "</table></div>")


KIND_WORDS = {"stock": "how many at that time", "cumulative": "total so far", "increment": "new in that period"}


def _timeline(series: Series, css: str = "") -> str:
    rows = []
    for r in series.reports:
        rows.append(f"<tr><td class='nowrap'>{_e(_when(r))}</td><td>{_e(r.party.name)}</td>"
                    f"<td class='num'><b>{_e(r.first.claim.figure)}</b>"
                    f"{'' if r.first.claim.figure == rng(r.low, r.high) else '<br><span class=muted>' + _e(bounds(r.low, r.high)) + '</span>'}"
                    f"</td><td>{_e(KIND_WORDS.get(r.kind or '', 'kind unknown'))}"
                    f"{' (expected)' if r.expected else ''}</td>"
                    f"<td>{len(r.carriers)} outlet{'s' if len(r.carriers) != 1 else ''}</td></tr>")
    return (f'<div class="table-wrap"><table class="timeline {css}"><tr><th>when</th><th>party</th><th>figure</th>'
            "<th>what it counts</th><th>carried by</th></tr>" + "".join(rows) + "</table></div>")


def _when(r: Report) -> str:
    return period_label(r.start, r.end, " to ")


def _summary(analysis: Analysis, counts: dict[str, int]) -> str:
    n_claims = sum(len(s.points) for s in analysis.series)
    docs = {analysis.claims[p.id].doc_id for s in analysis.series for p in s.points if p.id in analysis.claims}
    parties = {p.party.key for s in analysis.series for p in s.points}
    items = [(len(docs), "documents"), (n_claims, "claims"), (len(parties), "parties"),
             (len(analysis.series), "series"), (counts["alert"], "alert findings"),
             (counts["warning"], "warning findings"), (counts["info"], "notes"),
             (len(analysis.findings), "comparisons")]
    return ('<ul class="summary" id="summary">'
            + "".join(f"<li><b>{n}</b> {_e(word if n != 1 else word.rstrip('s'))}</li>" for n, word in items)
            + "</ul>")


def _contents(analysis: Analysis) -> str:
    items = ['<li><a href="#findings">Findings</a></li>', '<li><a href="#parties">Parties</a></li>',
             '<li><a href="#series">Series</a></li>']
    items += [f'<li><a href="#{_anchor(s.key)}">{_e(key_label(s.key))}</a></li>' for s in analysis.series]
    return '<nav id="contents"><h2>Contents</h2><ol>' + "".join(items) + "</ol></nav>"


def _parties(analysis: Analysis, parties: dict[str, str]) -> str:
    by_party: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for s in analysis.series:
        for p in s.points:
            by_party.setdefault(p.party.key, []).append(p.id)
            names[p.party.key] = p.party.name
    records = {t.party: t for t in analysis.records()}
    out = ['<h2 id="parties">Parties</h2>']
    if analysis.settled:
        out.append("<h3>Settled figures</h3><table class='small'><tr><th>series</th><th>figure</th><th>as of</th>"
                   "<th>note</th></tr>")
        for st in analysis.settled:
            out.append(f"<tr><td>{_e(key_label(st.key))}</td><td class='num'>{_e(bounds(st.low, st.high))}</td>"
                       f"<td class='nowrap'>{_e(st.as_of or '')}</td><td>{_e(st.note)}</td></tr>")
        out.append("</table>")
    for key in sorted(by_party, key=lambda k: (-len(by_party[k]), names[k])):
        ids = by_party[key]
        t = records.get(key)
        record = ""
        if t is not None and t.scored:
            record = (f"<p>Track record: {t.scored} figure{'s' if t.scored != 1 else ''} compared with settled ones; "
                      f"typically off by a factor of {t.typical_factor:.2f}, "
                      f"{'over' if t.bias > 0 else 'under'}-counting on the whole (bias {t.bias:+.2f}).</p>")
        out.append(f'<section class="party" id="party-{_e(key)}"><h3>{_e(names[key])}</h3>'
                   f"<p class='muted'>{len(ids)} claim{'s' if len(ids) != 1 else ''}</p>{record}"
                   f"<details><summary>its claims</summary>{_claim_rows(ids, analysis, parties)}</details></section>")
    return "\n".join(out)


def finding_groups(found: Sequence[Finding]) -> list[list[Finding]]:
    """The findings as a reader meets them: comparisons sharing a claim together (``pairing.group_findings``,
    as ``check`` groups them), groups in the order of their first comparison, so the most serious comes first
    when ``found`` is sorted (``sort_findings``)."""
    by_group: dict[int, list[Finding]] = {}
    for f, g in zip(found, group_findings([f.claims for f in found]), strict=True):
        by_group.setdefault(g, []).append(f)
    return list(by_group.values())


def _claim_brief(cid: str, analysis: Analysis) -> dict[str, object]:
    """What ``finding_groups.summary`` reads of a claim: its figure, party and day."""
    c = analysis.claims.get(cid)
    p = analysis.point(cid)
    doc = analysis.docs.get(c.doc_id) if c is not None else None
    when = None
    if p is not None and p.end is not None:
        when = f"{p.start.isoformat()}..{p.end.isoformat()}" if p.start and p.start != p.end else p.end.isoformat()
    return {"id": cid, "figure": c.figure if c is not None else None, "party": p.party.name if p else None,
            "party_key": p.party.key if p else None, "when": when, "published": doc.published if doc else None}


def _about(f: Finding) -> str:
    return " &amp; ".join(_e(key_label(k)) for k in f.key.split(" & "))


def _findings(analysis: Analysis, parties: dict[str, str]) -> str:
    """Each finding once: its most serious comparison (what and how it was computed), who gave which figures
    when it has several comparisons, its other comparisons under it, then its claims once each."""
    groups = finding_groups(analysis.findings)
    out = ['<h2 id="findings">Findings</h2>']
    if not groups:
        out.append("<p>No comparisons that disagree: the figures agree within the tolerance.</p>")
        return "\n".join(out)
    n, m = len(groups), len(analysis.findings)
    out.append(f'<p class="muted" id="comparisons-note">{n} finding{"s" if n != 1 else ""} from {m} comparison'
               f'{"s" if m != 1 else ""} of figures: comparisons that share a claim are one finding, as '
               "<code>headcount check</code> shows them.</p>")
    for i, members in enumerate(groups, 1):
        f, also = members[0], members[1:]
        ids = list(dict.fromkeys(c for g in members for c in g.claims))
        said = ""
        if len(members) >= SUMMARY_FROM:
            said = summary({"claims": [_claim_brief(c, analysis) for c in ids], "comparisons": members})
            said = f'<p class="group-summary">{_e(said)}</p>'
        more = "".join(
            f'<li class="comparison {_e(g.severity)}"><span class="sev">{_e(g.severity)}</span> '
            f'<b class="kind" data-type="{_e(g.type)}">{_e(finding_words(g.type))}</b> '
            f'<span class="muted">({_about(g)})</span> {_e(g.explanation)}'
            f' <span class="muted">computed: {_e(g.computation)}</span></li>' for g in also)
        more = f'<ul class="also">{more}</ul>' if more else ""
        out.append(f'<div class="finding {_e(f.severity)}" id="finding-{i}" data-comparisons="{len(members)}">'
                   f'<span class="sev">{_e(f.severity)}</span> '
                   f'<b class="kind" data-type="{_e(f.type)}">{_e(finding_words(f.type))}</b> '
                   f'<span class="muted">({_about(f)})</span>{said}<p>{_e(f.explanation)}</p>'
                   f'<p class="muted">computed: {_e(f.computation)}</p>{more}'
                   f"{_claim_rows(ids, analysis, parties)}</div>")
    return "\n".join(out)


def render(analysis: Analysis, title: str = "headcount report", subtitle: str = "") -> str:
    """The whole page."""
    parties = {p.id: p.party.name for s in analysis.all_series for p in s.points}
    groups = finding_groups(analysis.findings)
    counts = {"alert": 0, "warning": 0, "info": 0}
    for members in groups:  # a finding counts under its most serious comparison, as ``check`` counts it
        counts[members[0].severity] = counts.get(members[0].severity, 0) + 1
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\">",
           f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
           f"<h1>{_e(title)}</h1>"]
    if subtitle:
        out.append(f'<p class="muted">{_e(subtitle)}</p>')
    out.append(_summary(analysis, counts))
    out.append(_contents(analysis))
    out.append(_findings(analysis, parties))
    out.append(_parties(analysis, parties))
    out.append('<h2 id="series">Series</h2>')
    for s in analysis.series:
        out.append(f'<section class="series" id="{_anchor(s.key)}"><h3>{_e(key_label(s.key))}</h3>')
        if len(s.reports) >= CHART_FROM:
            settled = [st for st in analysis.settled if st.key == str(s.key)]
            out.append(f'<div class="chart">{svg(s, settled=settled)}</div>')
            out.append(_timeline(s))
        else:
            out.append(_timeline(s, "small"))
        out.append("<details><summary>claims and their sentences</summary>"
                   f"{_claim_rows((p.id for p in s.points), analysis, parties)}</details></section>")
    out.append("</body></html>")
    return "\n".join(out)
