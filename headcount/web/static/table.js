/* headcount: sortable tables. A header with data-sort="number" or "text" becomes a button; pressing it sorts
 * the rows on this page by that column (numbers by the cell's data-value, else its text), again to reverse.
 * No library, no inline script (the Content-Security-Policy allows none). aria-sort says the order. */
(function () {
  "use strict";
  function key(cell, kind) {
    if (!cell) { return kind === "number" ? -Infinity : ""; }
    if (kind === "number") {
      var v = cell.getAttribute("data-value");
      var n = v === null || v === "" ? NaN : Number(v);
      return isNaN(n) ? -Infinity : n;
    }
    return (cell.textContent || "").trim().toLowerCase();
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var body = table.tBodies[0];
    if (!body || body.rows.length < 2) { return; }
    Array.prototype.forEach.call(table.querySelectorAll("thead th[data-sort]"), function (th, _i) {
      var col = Array.prototype.indexOf.call(th.parentNode.children, th);
      var kind = th.getAttribute("data-sort");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col], kind), y = key(b.cells[col], kind);
          return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
        Array.prototype.forEach.call(table.querySelectorAll("thead th[aria-sort]"), function (o) {
          o.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      });
    });
  });
})();
