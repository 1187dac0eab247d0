/* headcount series chart: hand-written SVG, no library (see docs/decisions.md, "Web").
 *
 * Reads /api/series/KEY (the URL is in the container's data-api attribute) and draws one mark per report
 * (copies counted once), coloured by party:
 *   exact figure: circle, filled for a cumulative total, hollow for a figure over a period (increment,
 *   with a line across its window), diamond for a stock; a range: a bar from low to high; an open bound
 *   ("more than", "up to"): a triangle pointing the way the bound is open; expected figures dashed.
 *   Settled figures: a dashed horizontal reference line from the day they are settled as of. Undated reports
 *   sit in a lane on the right, in as many columns as keep them apart. The same figure from one party for the
 *   same days is one mark with a count ("×3").
 * Every mark is a link to its claim and shows its label when focused (keyboard) or hovered; a table of every
 * figure goes under the chart, with SVG, PNG and CSV downloads. All text goes in through textContent.
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

  function whenText(r) {
    if (!r.end) { return "undated"; }
    return r.start && r.start !== r.end ? r.start + " to " + r.end : r.end;
  }

  /* Reports that draw the same (one party, same days, same figure, same kind) become one mark with a count. */
  function grouped(reports) {
    var out = [], seen = {};
    reports.forEach(function (r) {
      var k = [r.party, r.start, r.end, r.low, r.high, r.kind, r.expected].join("|");
      if (seen[k]) { seen[k].count += 1; seen[k].all.push(r); return; }
      seen[k] = {r: r, count: 1, all: [r]};
      out.push(seen[k]);
    });
    return out;
  }

  /* Undated marks: each goes into the first column of the lane where no mark already sits within `gap`
   * pixels of its height, so none overlaps another. Returns the column of each and how many columns. */
  function lanes(items, yOf, gap) {
    var cols = [], at = [];
    items.forEach(function (g, i) {
      var yy = yOf(g), c = 0;
      while (cols[c] && cols[c].some(function (o) { return Math.abs(o - yy) < gap; })) { c += 1; }
      (cols[c] = cols[c] || []).push(yy);
      at[i] = c;
    });
    return {at: at, n: Math.max(1, cols.length)};
  }

  function draw(s) {
    var W = Math.max(box.clientWidth || 0, 320), H = W < 560 ? 320 : 380;
    var m = {top: 20, right: 16, bottom: 44, left: W < 560 ? 64 : 80};
    var reports = s.reports.filter(function (r) { return r.low !== null || r.high !== null; });
    var groups = grouped(reports);
    var dated = groups.filter(function (g) { return g.r.end; });
    var undated = groups.filter(function (g) { return !g.r.end; });
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
    function y(v) {
      var f = log ? (Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0)) : (v - y0) / (y1 - y0);
      return H - m.bottom - f * (H - m.top - m.bottom);
    }
    function anchorValue(r) { return r.low !== null ? r.low : r.high; }

    var SLOT = 18;
    var lane = lanes(undated, function (g) { return y(anchorValue(g.r)); }, 16);
    var laneW = undated.length ? Math.max(64, lane.n * SLOT + 24) : 0;

    var times = [];
    dated.forEach(function (g) { times.push(day(g.r.end)); if (g.r.start) { times.push(day(g.r.start)); } });
    s.settled.forEach(function (x) { if (x.as_of && times.length) { times.push(day(x.as_of)); } });
    var DAY = 86400000;
    var t0 = times.length ? Math.min.apply(null, times) : Date.now(), t1 = times.length ? Math.max.apply(null, times) : t0;
    t0 -= DAY; t1 += DAY;
    var plotRight = W - m.right - laneW;
    function x(t) { return m.left + (t - t0) / (t1 - t0) * (plotRight - m.left); }

    var svg = el("svg", {viewBox: "0 0 " + W + " " + H, width: W, height: H, "class": "series-chart",
                         "data-scale": log ? "log" : "linear", xmlns: NS, "font-family": "sans-serif",
                         "aria-labelledby": "chart-title chart-desc-svg"});
    var ttl = el("title", {id: "chart-title"}, svg);
    ttl.textContent = s.label || s.key;
    var dsc = el("desc", {id: "chart-desc-svg"}, svg);
    dsc.textContent = describe(s, reports, groups);
    el("rect", {x: 0, y: 0, width: W, height: H, fill: "#fff"}, svg);
    var grid = el("g", {"class": "grid"}, svg);
    yTicks(log, y0, y1).forEach(function (v) {
      el("line", {x1: m.left, x2: plotRight, y1: y(v), y2: y(v), stroke: "#e3e7ee"}, grid);
      var t = el("text", {x: m.left - 6, y: y(v) + 4, "text-anchor": "end", fill: "#667", "font-size": 11, "class": "y-tick"}, grid);
      t.textContent = fmt(v);
    });
    var axis = el("text", {"class": "axis-label", "text-anchor": "middle", fill: "#445", "font-size": 12,
                           transform: "translate(14 " + ((m.top + H - m.bottom) / 2) + ") rotate(-90)"}, grid);
    axis.textContent = (s.group || "people") + " " + (s.event || "") + (log ? " (log scale)" : "");
    xTicks(t0, t1, plotRight - m.left).forEach(function (t) {
      el("line", {x1: x(t), x2: x(t), y1: m.top, y2: H - m.bottom, stroke: "#e3e7ee"}, grid);
      var lab = el("text", {x: x(t), y: H - m.bottom + 16, "text-anchor": "middle", fill: "#667", "font-size": 11,
                            "class": "x-tick"}, grid);
      lab.textContent = new Date(t).toISOString().slice(0, 10);
    });
    if (undated.length) {
      var sep = plotRight + 8;
      el("line", {x1: sep, x2: sep, y1: m.top, y2: H - m.bottom, "class": "undated-sep", stroke: "#bbb",
                  "stroke-dasharray": "2 3"}, grid);
      var ul = el("text", {x: sep + (W - m.right - sep) / 2, y: H - m.bottom + 16, "text-anchor": "middle", fill: "#667",
                           "font-size": 11, "class": "x-tick undated-label"}, grid);
      ul.textContent = "undated";
    }

    var settled = el("g", {"class": "settled"}, svg);
    var labelsAt = [];
    s.settled.forEach(function (st) {
      [st.low, st.high].filter(function (v, i, a) { return v !== null && a.indexOf(v) === i; }).forEach(function (v) {
        var from = st.as_of ? Math.max(m.left, Math.min(plotRight, x(day(st.as_of)))) : m.left;  // from its as-of day
        el("line", {x1: from, x2: plotRight, y1: y(v), y2: y(v), "class": "settled-line", stroke: "#111",
                    "stroke-width": 1.5, "stroke-dasharray": "6 4"}, settled);
        var ly = y(v) - 4;
        labelsAt.forEach(function (o) { if (Math.abs(o - ly) < 13) { ly = o + 13; } });  // never on another label
        labelsAt.push(ly);
        var t = el("text", {x: plotRight - 4, y: ly, "text-anchor": "end", "class": "settled-label", fill: "#111",
                            "font-size": 11}, settled);
        t.textContent = "settled " + fmt(v) + (st.as_of ? " as of " + st.as_of : "") + (st.note ? " (" + st.note + ")" : "");
      });
    });

    var marks = el("g", {"class": "marks"}, svg);
    var laneX0 = plotRight + 8 + 12;
    groups.forEach(function (g) {
      var r = g.r, c = colour[r.party] || "#555", cx;
      if (r.end) { cx = x(day(r.end)); }
      else { cx = laneX0 + lane.at[undated.indexOf(g)] * SLOT + 4; }
      var a = el("a", {href: "/claims/" + encodeURIComponent(r.claims[0]), "class": "mark", "data-party": r.party,
                       "data-claim": r.claims[0], "data-kind": r.kind || "unknown", "data-count": g.count,
                       "data-undated": r.end ? "false" : "true", "data-shape": shapeOf(r)}, marks);
      var title = el("title", {}, a);
      var text = r.party_name + ": " + r.figure + " (" + rangeText(r) + "), " + (KIND_WORDS[r.kind] || "kind unknown") +
        ", " + whenText(r) + (g.count > 1 ? ", reported " + g.count + " times" : "") +
        (r.copies > 1 ? ", carried by " + r.carriers.length + " outlets" : "");
      title.textContent = text;
      a.setAttribute("aria-label", text);
      var dash = r.expected ? {"stroke-dasharray": "3 2"} : {};
      var base = Object.assign({stroke: c, "stroke-width": 2}, dash);
      if (r.kind === "increment" && r.start && r.end && r.start !== r.end) {
        var v0 = anchorValue(r);
        el("line", Object.assign({x1: x(day(r.start)), x2: cx, y1: y(v0), y2: y(v0), "class": "window"}, base), a);
      }
      var shape = shapeOf(r), ly;
      if (shape === "range") {
        var top = y(r.high), bot = y(r.low);
        el("rect", Object.assign({x: cx - 4, y: top, width: 8, height: Math.max(2, bot - top), fill: c, "fill-opacity": 0.35}, base), a);
        ly = top;
      } else if (shape === "open-up") {
        var yl = y(r.low);
        el("line", Object.assign({x1: cx, x2: cx, y1: yl, y2: yl - 18}, base), a);
        el("path", Object.assign({d: "M" + (cx - 6) + " " + (yl - 16) + " L" + cx + " " + (yl - 26) + " L" + (cx + 6) + " " + (yl - 16) + " Z", fill: c}, base), a);
        dot(a, cx, yl, r, c, base);
        ly = yl - 26;
      } else if (shape === "open-down") {
        var yh = y(r.high);
        el("line", Object.assign({x1: cx, x2: cx, y1: yh, y2: yh + 18}, base), a);
        el("path", Object.assign({d: "M" + (cx - 6) + " " + (yh + 16) + " L" + cx + " " + (yh + 26) + " L" + (cx + 6) + " " + (yh + 16) + " Z", fill: c}, base), a);
        dot(a, cx, yh, r, c, base);
        ly = yh - 8;
      } else {
        dot(a, cx, y(r.low), r, c, base);
        ly = y(r.low) - 8;
      }
      if (g.count > 1) {
        var n = el("text", {x: cx + 8, y: ly + 4, "class": "count", fill: c, "font-size": 10, "font-weight": 700}, a);
        n.textContent = "×" + g.count;
      }
      var side = cx < 150 ? "start" : (cx > W - 150 ? "end" : "middle");  // the label stays inside the chart
      var lab = el("text", {x: side === "start" ? Math.max(4, cx - 6) : (side === "end" ? Math.min(W - 4, cx + 6) : cx),
                            y: Math.max(12, ly - 4), "class": "mark-label", "text-anchor": side}, a);
      lab.textContent = r.party_name + ": " + r.figure + " · " + whenText(r);
    });
    box.textContent = "";
    box.appendChild(svg);
    box.setAttribute("data-state", "drawn");
    box.setAttribute("data-marks", String(groups.length));
    var desc = document.getElementById("chart-desc");
    if (desc) { desc.textContent = describe(s, reports, groups); }
    tools(s, svg, reports);
    dataTable(s, reports);
  }

  var KIND_WORDS = {stock: "how many at that time", cumulative: "total so far", increment: "new in that period"};

  function describe(s, reports, groups) {
    var dates = reports.filter(function (r) { return r.end; }).map(function (r) { return r.end; }).sort();
    var vals = [];
    reports.forEach(function (r) { [r.low, r.high].forEach(function (v) { if (v !== null) { vals.push(v); } }); });
    var names = {};
    reports.forEach(function (r) { names[r.party_name] = true; });
    var undated = reports.length - dates.length;
    return "Chart of " + (s.label || s.key) + ": " + reports.length + " figure" + (reports.length === 1 ? "" : "s") +
      " (" + groups.length + " mark" + (groups.length === 1 ? "" : "s") + ") from " + Object.keys(names).length +
      " part" + (Object.keys(names).length === 1 ? "y" : "ies") +
      (dates.length ? ", " + dates[0] + " to " + dates[dates.length - 1] : "") +
      (vals.length ? "; lowest " + fmt(Math.min.apply(null, vals)) + ", highest " + fmt(Math.max.apply(null, vals)) : "") +
      (undated ? "; " + undated + " undated, drawn in the lane on the right" : "") +
      ". The table below the chart lists every figure.";
  }

  function csvCell(v) {
    var t = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(t)) { t = "'" + t; }  // a spreadsheet must not run a cell as a formula
    return /[",\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }

  function tools(s, svg, reports) {
    var bar = document.getElementById("chart-tools");
    if (!bar) { return; }
    bar.textContent = "";
    var name = (s.key || "series").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
    function svgText() {
      var copy = svg.cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll(".mark-label"), function (n) { n.parentNode.removeChild(n); });
      return new XMLSerializer().serializeToString(copy);
    }
    function link(text, id, file, make) {
      var a = document.createElement("a");
      a.textContent = text; a.id = id; a.href = "#"; a.setAttribute("download", file);
      a.addEventListener("click", function (ev) {
        if (a.getAttribute("data-ready") === "1") { return; }
        ev.preventDefault();
        make(function (href) { a.href = href; a.setAttribute("data-ready", "1"); a.click(); });
      });
      bar.appendChild(a);
      return a;
    }
    var svgLink = link("Download SVG", "download-svg", name + ".svg", function (done) {
      done("data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgText()));
    });
    svgLink.href = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgText());
    svgLink.setAttribute("data-ready", "1");
    link("Download PNG", "download-png", name + ".png", function (done) {
      var img = new Image();
      img.onload = function () {
        var c = document.createElement("canvas");
        c.width = svg.viewBox.baseVal.width * 2; c.height = svg.viewBox.baseVal.height * 2;
        var ctx = c.getContext("2d");
        ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, c.width, c.height);
        ctx.drawImage(img, 0, 0, c.width, c.height);
        done(c.toDataURL("image/png"));
      };
      img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgText());
    });
    var rows = [["when", "start", "end", "party", "figure", "low", "high", "kind", "expected", "outlets", "claim"]];
    reports.forEach(function (r) {
      rows.push([whenText(r), r.start, r.end, r.party_name, r.figure, r.low, r.high, r.kind, r.expected,
                 r.carriers.length, r.claims[0]]);
    });
    var csv = rows.map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
    var c = document.createElement("a");
    c.textContent = "Download the chart's data (CSV)"; c.id = "download-csv"; c.setAttribute("download", name + ".csv");
    c.href = "data:text/csv;charset=utf-8," + encodeURIComponent(csv);
    bar.appendChild(c);
  }

  function dataTable(s, reports) {
    var holder = document.getElementById("chart-data");
    if (!holder) { return; }
    holder.textContent = "";
    var table = document.createElement("table");
    table.className = "chart-data sortable-static";
    var cap = document.createElement("caption");
    cap.textContent = "The figures in the chart, one row per report (copies counted once)";
    table.appendChild(cap);
    var head = table.createTHead().insertRow();
    [["When", ""], ["Party", ""], ["Figure", ""], ["Value", "num"], ["What it counts", ""], ["Outlets", "num"]].forEach(function (h) {
      var th = document.createElement("th"); th.textContent = h[0]; if (h[1]) { th.className = h[1]; } head.appendChild(th);
    });
    var body = table.createTBody();
    reports.slice().sort(function (a, b) { return (a.end || "9999") < (b.end || "9999") ? -1 : 1; }).forEach(function (r) {
      var tr = body.insertRow();
      [[whenText(r), ""], [r.party_name, ""], [null, ""], [rangeText(r), "num"],
       [(KIND_WORDS[r.kind] || "kind unknown") + (r.expected ? " (expected)" : ""), ""], [String(r.carriers.length), "num"]].forEach(function (cell, i) {
        var td = tr.insertCell();
        if (cell[1]) { td.className = cell[1]; }
        if (i === 2) {
          var a = document.createElement("a"); a.href = "/claims/" + encodeURIComponent(r.claims[0]); a.textContent = r.figure;
          td.appendChild(a);
        } else { td.textContent = cell[0]; }
      });
    });
    holder.appendChild(table);
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

  /* Whole days, at most one label per 84 pixels (a date is about 62 wide), none closer than 34 pixels to
   * either end of the plot: no two labels collide and none is cut at the edge. */
  function xTicks(t0, t1, plotW) {
    var DAY = 86400000, span = Math.max(1, Math.round((t1 - t0) / DAY));
    var room = Math.max(1, Math.floor(plotW / 84));
    var every = Math.max(1, Math.ceil(span / room));
    var out = [], start = Math.ceil(t0 / DAY) * DAY, pad = 34 / plotW * (t1 - t0);
    for (var t = start; t <= t1; t += every * DAY) {
      if (t - t0 >= pad && t1 - t >= pad) { out.push(t); }
    }
    return out;
  }
})();
