/* headcount series chart: hand-written SVG, no library (see docs/decisions.md, "Web").
 *
 * Reads /api/series/KEY (the URL is in the container's data-api attribute) and draws one mark per report
 * (copies counted once), coloured by party:
 *   exact figure: circle, filled for a cumulative total, hollow for a figure over a period (increment,
 *   with a line across its window), diamond for a stock; a range: a bar from low to high; an open bound
 *   ("more than", "up to"): a triangle pointing the way the bound is open; expected figures dashed.
 *   Settled figures: a dashed horizontal reference line. Undated reports sit in a column on the right.
 * Every mark is a link to its claim. All text goes in through textContent, never as HTML.
 */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var box = document.getElementById("chart");
  if (!box) { return; }

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function day(s) { return s ? Date.parse(s + "T00:00:00Z") : null; }
  function fmt(n) { return Number(n).toLocaleString("en-US", {maximumFractionDigits: 2}); }
  function rangeText(r) {
    if (r.low !== null && r.high !== null) { return r.low === r.high ? fmt(r.low) : fmt(r.low) + " to " + fmt(r.high); }
    if (r.low !== null) { return "at least " + fmt(r.low); }
    if (r.high !== null) { return "at most " + fmt(r.high); }
    return "no number";
  }

  fetch(box.getAttribute("data-api"), {credentials: "same-origin", headers: {"Accept": "application/json"}})
    .then(function (resp) {
      return resp.json().then(function (body) {
        if (!resp.ok) { throw new Error(body && body.error ? body.error.message : resp.statusText); }
        return body;
      });
    })
    .then(draw)
    .catch(function (err) {
      box.textContent = "The chart could not be drawn: " + err.message;
      box.setAttribute("data-state", "error");
    });

  function draw(s) {
    var W = Math.max(box.clientWidth || 0, 480), H = 380;
    var m = {top: 16, right: 24, bottom: 40, left: 72};
    var reports = s.reports.filter(function (r) { return r.low !== null || r.high !== null; });
    var dated = reports.filter(function (r) { return r.end; });
    var undated = reports.filter(function (r) { return !r.end; });
    var colour = {};
    s.parties.forEach(function (p) { colour[p.key] = p.colour; });

    var values = [];
    reports.forEach(function (r) { [r.low, r.high].forEach(function (v) { if (v !== null && v > 0) { values.push(v); } }); });
    s.settled.forEach(function (x) { [x.low, x.high].forEach(function (v) { if (v !== null && v > 0) { values.push(v); } }); });
    var vmin = values.length ? Math.min.apply(null, values) : 1, vmax = values.length ? Math.max.apply(null, values) : 10;
    var log = vmin > 0 && vmax / vmin > 30;
    var y0, y1;
    if (log) { y0 = Math.pow(10, Math.floor(Math.log10(vmin))); y1 = Math.pow(10, Math.ceil(Math.log10(vmax * 1.05))); }
    else { y0 = 0; y1 = vmax * 1.15 || 1; }

    var times = [];
    dated.forEach(function (r) { times.push(day(r.end)); if (r.start) { times.push(day(r.start)); } });
    var t0 = times.length ? Math.min.apply(null, times) : Date.now(), t1 = times.length ? Math.max.apply(null, times) : t0;
    var DAY = 86400000;
    t0 -= DAY; t1 += DAY;
    var plotRight = W - m.right - (undated.length ? 70 : 0);

    function x(t) { return m.left + (t - t0) / (t1 - t0) * (plotRight - m.left); }
    function y(v) {
      var f = log ? (Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0)) : (v - y0) / (y1 - y0);
      return H - m.bottom - f * (H - m.top - m.bottom);
    }

    var svg = el("svg", {viewBox: "0 0 " + W + " " + H, width: W, height: H, "class": "series-chart",
                         "data-scale": log ? "log" : "linear"});
    var grid = el("g", {"class": "grid"}, svg);
    yTicks(log, y0, y1).forEach(function (v) {
      el("line", {x1: m.left, x2: plotRight, y1: y(v), y2: y(v)}, grid);
      var t = el("text", {x: m.left - 6, y: y(v) + 4, "text-anchor": "end"}, grid);
      t.textContent = fmt(v);
    });
    xTicks(t0, t1).forEach(function (t) {
      el("line", {x1: x(t), x2: x(t), y1: m.top, y2: H - m.bottom}, grid);
      var lab = el("text", {x: x(t), y: H - m.bottom + 16, "text-anchor": "middle"}, grid);
      lab.textContent = new Date(t).toISOString().slice(0, 10);
    });
    if (log) {
      var note = el("text", {x: m.left, y: m.top - 4, "class": "scale-note"}, grid);
      note.textContent = "log scale";
    }
    if (undated.length) {
      var ux = W - m.right - 35;
      el("line", {x1: plotRight + 10, x2: plotRight + 10, y1: m.top, y2: H - m.bottom, "class": "undated-sep"}, grid);
      var ul = el("text", {x: ux, y: H - m.bottom + 16, "text-anchor": "middle"}, grid);
      ul.textContent = "undated";
    }

    var settled = el("g", {"class": "settled"}, svg);
    s.settled.forEach(function (st) {
      [st.low, st.high].filter(function (v, i, a) { return v !== null && a.indexOf(v) === i; }).forEach(function (v) {
        el("line", {x1: m.left, x2: plotRight, y1: y(v), y2: y(v), "class": "settled-line"}, settled);
        var t = el("text", {x: plotRight - 4, y: y(v) - 4, "text-anchor": "end", "class": "settled-label"}, settled);
        t.textContent = "settled " + fmt(v) + (st.as_of ? " as of " + st.as_of : "") + (st.note ? " (" + st.note + ")" : "");
      });
    });

    var marks = el("g", {"class": "marks"}, svg);
    var undatedSeen = {};
    reports.forEach(function (r, i) {
      var c = colour[r.party] || "#555";
      var cx;
      if (r.end) { cx = x(day(r.end)); }
      else {
        undatedSeen[r.party] = (undatedSeen[r.party] || 0) + 1;
        cx = W - m.right - 35 + ((i % 5) - 2) * 7;
      }
      var a = el("a", {href: "/claims/" + encodeURIComponent(r.claims[0]), "class": "mark", "data-party": r.party,
                       "data-claim": r.claims[0], "data-kind": r.kind || "unknown",
                       "data-shape": shapeOf(r)}, marks);
      var title = el("title", {}, a);
      title.textContent = r.party_name + ": " + r.figure + " (" + rangeText(r) + ") " + (r.kind || "period unknown") +
        (r.start && r.start !== r.end ? " " + r.start + " to " + r.end : (r.end ? " " + r.end : " undated")) +
        (r.copies > 1 ? " · carried by " + r.carriers.length + " outlets" : "");
      var dash = r.expected ? {"stroke-dasharray": "3 2"} : {};
      var base = Object.assign({stroke: c, "stroke-width": 2}, dash);
      if (r.kind === "increment" && r.start && r.end && r.start !== r.end) {
        var v0 = r.low !== null ? r.low : r.high;
        el("line", Object.assign({x1: x(day(r.start)), x2: cx, y1: y(v0), y2: y(v0), "class": "window"}, base), a);
      }
      var shape = shapeOf(r);
      if (shape === "range") {
        var top = y(r.high), bot = y(r.low);
        el("rect", Object.assign({x: cx - 4, y: top, width: 8, height: Math.max(2, bot - top), fill: c, "fill-opacity": 0.35}, base), a);
      } else if (shape === "open-up") {
        var yl = y(r.low);
        el("line", Object.assign({x1: cx, x2: cx, y1: yl, y2: yl - 18}, base), a);
        el("path", Object.assign({d: "M" + (cx - 6) + " " + (yl - 16) + " L" + cx + " " + (yl - 26) + " L" + (cx + 6) + " " + (yl - 16) + " Z", fill: c}, base), a);
        dot(a, cx, yl, r, c, base);
      } else if (shape === "open-down") {
        var yh = y(r.high);
        el("line", Object.assign({x1: cx, x2: cx, y1: yh, y2: yh + 18}, base), a);
        el("path", Object.assign({d: "M" + (cx - 6) + " " + (yh + 16) + " L" + cx + " " + (yh + 26) + " L" + (cx + 6) + " " + (yh + 16) + " Z", fill: c}, base), a);
        dot(a, cx, yh, r, c, base);
      } else {
        dot(a, cx, y(r.low), r, c, base);
      }
    });
    box.textContent = "";
    box.appendChild(svg);
    box.setAttribute("data-state", "drawn");
    box.setAttribute("data-marks", String(reports.length));
  }

  function shapeOf(r) {
    if (r.low !== null && r.high !== null) { return r.low === r.high ? "point" : "range"; }
    return r.low !== null ? "open-up" : "open-down";
  }

  function dot(parent, cx, cy, r, c, base) {
    if (r.kind === "stock") {
      el("path", Object.assign({d: "M" + cx + " " + (cy - 7) + " L" + (cx + 7) + " " + cy + " L" + cx + " " + (cy + 7) + " L" + (cx - 7) + " " + cy + " Z", fill: c}, base), parent);
    } else {
      var filled = r.kind === "cumulative";
      el("circle", Object.assign({cx: cx, cy: cy, r: 6, fill: filled ? c : "#fff"}, base), parent);
    }
  }

  function yTicks(log, y0, y1) {
    var out = [];
    if (log) {
      for (var p = y0; p <= y1 * 1.0001; p *= 10) { out.push(p); }
      return out;
    }
    var step = Math.pow(10, Math.floor(Math.log10(y1 / 5)));
    [1, 2, 5, 10].some(function (k) { if (y1 / (step * k) <= 6) { step *= k; return true; } return false; });
    for (var v = 0; v <= y1; v += step) { out.push(v); }
    return out;
  }

  function xTicks(t0, t1) {
    var DAY = 86400000, span = Math.max(1, Math.round((t1 - t0) / DAY));
    var every = Math.max(1, Math.ceil(span / 7));
    var out = [], start = Math.ceil(t0 / DAY) * DAY;
    for (var t = start; t <= t1; t += every * DAY) { out.push(t); }
    return out;
  }
})();
