"""Settled figures on the report's SVG chart: a dashed line from the as-of day, labelled, labels never overlapping.

The same rules as the web chart (headcount/web/static/chart.js); the claims are written for this test.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st
from reconcile_helpers import claim

from headcount.reconcile.chart import LABEL_STEP, settled_label_rows, svg
from headcount.reconcile.series import build_series
from headcount.reconcile.track_record import Settled

NS = {"s": "http://www.w3.org/2000/svg"}
SENT = "The provincial office said {n} residents had left the lower valley by then."


def _series():  # type: ignore[no-untyped-def]
    claims = [claim(d, SENT.format(n=n), n, v, category="residents", source="the provincial office", start=day,
                    kind="cumulative")
              for d, n, v, day in (("a", "4,000", 4000, "2021-03-01"), ("b", "9,000", 9000, "2021-03-05"),
                                   ("c", "15,000", 15000, "2021-03-11"))]
    series = build_series(claims)
    assert len(series) == 1
    return series[0]


def _x_of_day(root: ET.Element, day: str) -> float:
    ticks = {t.text: float(t.get("x", "0")) for t in root.iterfind(".//s:text[@class='x-tick']", NS)}
    return ticks[day]


def test_settled_lines_start_at_their_day_and_their_labels_do_not_overlap() -> None:
    s = _series()
    key = str(s.key)
    settled = [Settled(key, 14000, 14000, "2021-03-05", "registry count"),
               Settled(key, 14500, 14500, None, ""), Settled(key, 13800, 15200, "2021-03-11", "")]
    root = ET.fromstring(svg(s, settled=settled))
    lines = root.findall(".//s:line[@class='settled-line']", NS)
    labels = root.findall(".//s:text[@class='settled-label']", NS)
    assert len(lines) == len(labels) == 4  # one line per value: a range draws its low and its high
    texts = [t.text or "" for t in labels]
    assert texts[0] == "settled 14,000 as of 2021-03-05 (registry count)" and texts[1] == "settled 14,500"
    first_day = _x_of_day(root, "2021-03-01")  # the plot's left edge
    assert float(lines[1].get("x1", "0")) == first_day  # undated: from the left edge
    assert float(lines[0].get("x1", "0")) > first_day  # from its as-of day, not from the start
    if "2021-03-11" in {t.text for t in root.iterfind(".//s:text[@class='x-tick']", NS)}:
        assert abs(float(lines[2].get("x1", "0")) - _x_of_day(root, "2021-03-11")) < 0.2
    ys = sorted(float(t.get("y", "0")) for t in labels)
    assert all(b - a >= LABEL_STEP - 0.1 for a, b in zip(ys, ys[1:], strict=False)), ys  # 0.1: printed rounded


def test_chart_without_settled_figures_draws_no_settled_line() -> None:
    assert "settled-line" not in svg(_series())


@given(st.lists(st.floats(0, 400, allow_nan=False), max_size=12))
def test_settled_label_rows_keep_every_two_labels_apart(wanted: list[float]) -> None:
    rows = settled_label_rows(wanted)
    assert len(rows) == len(wanted)
    assert all(r >= w for r, w in zip(rows, wanted, strict=True))  # a label only ever moves down
    ordered = sorted(rows)
    assert all(b - a >= LABEL_STEP - 1e-6 for a, b in zip(ordered, ordered[1:], strict=False))
