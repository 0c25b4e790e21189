// Similar instruments on the add-equipment form: refresh the list when category, maker or model change.
// Progressive enhancement: without JavaScript the form shows the same list after submitting.
(function () {
  "use strict";
  var box = document.getElementById("similar-instruments");
  if (!box || !box.dataset.url) { return; }
  var form = box.closest("form") || document;
  var fields = ["category", "maker", "model"].map(function (name) {
    return form.querySelector("[name='" + name + "']");
  });
  if (!fields.some(Boolean)) { return; }
  var timer = null;
  var latest = 0;

  function refresh() {
    var params = new URLSearchParams();
    fields.forEach(function (field) { if (field && field.value) { params.set(field.name, field.value); } });
    if (!params.has("category") && !params.has("model") && !params.has("maker")) { box.innerHTML = ""; return; }
    if (box.dataset.lab) { params.set("lab", box.dataset.lab); }
    if (box.dataset.exclude) { params.set("exclude", box.dataset.exclude); }
    var ticket = ++latest;
    fetch(box.dataset.url + "?" + params.toString(), {credentials: "same-origin", headers: {"Accept": "text/html"}})
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html !== null && ticket === latest) { box.innerHTML = html; } })
      .catch(function () { /* keep the list shown; the server checks again on submit */ });
  }

  function soon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 350);
  }

  fields.forEach(function (field) {
    if (!field) { return; }
    field.addEventListener("change", refresh);
    field.addEventListener("input", soon);
  });
}());
