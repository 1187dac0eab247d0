/* Ingest job progress: polls /api/ingest/jobs/ID until the job is done or failed; text via textContent. */
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var api = box.getAttribute("data-api");
  function set(id, text) { var e = document.getElementById(id); if (e) { e.textContent = text; } }
  function show(job) {
    var c = job.counts;
    set("job-status", job.status);
    set("job-counts", c.new + " new, " + c.updated + " updated, " + c.unchanged + " unchanged, " + c.failed +
        " failed; " + job.claims + " claims written");
    set("job-current", job.current || "");
    set("job-error", job.error || "");
    var ul = document.getElementById("job-failures");
    if (ul) {
      ul.textContent = "";
      job.failures.forEach(function (f) {
        var li = document.createElement("li");
        li.textContent = f.source + ": " + f.reason;
        ul.appendChild(li);
      });
    }
    box.setAttribute("data-status", job.status);
    var done = job.status === "done" || job.status === "failed";
    var bar = document.getElementById("job-progress");
    if (bar && done) { bar.setAttribute("value", "1"); bar.setAttribute("max", "1"); }
    var next = document.getElementById("job-next");
    if (next && job.status === "done") { next.hidden = false; }
    return done;
  }
  function poll() {
    fetch(api, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (job) { if (!show(job)) { setTimeout(poll, 700); } })
      .catch(function () { setTimeout(poll, 2000); });
  }
  if (box.getAttribute("data-status") !== "done" && box.getAttribute("data-status") !== "failed") { poll(); }
})();
