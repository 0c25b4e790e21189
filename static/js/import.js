// Import progress: poll the job's progress (kept in the database, so any web worker can answer)
// and reload the page when the job has finished, to show its report.
(function () {
  "use strict";
  var box = document.querySelector(".import-progress[data-progress-url]");
  if (!box) { return; }
  var url = box.getAttribute("data-progress-url");
  var bar = box.querySelector("progress");
  var count = box.querySelector(".import-count");

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { window.setTimeout(poll, 5000); return; }
        if (data.finished || data.stalled) { window.location.reload(); return; }
        if (bar && data.total) { bar.max = data.total; bar.value = data.processed; }
        if (count) { count.textContent = data.processed + (data.total ? " / " + data.total : ""); }
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
