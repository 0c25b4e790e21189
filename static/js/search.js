// Header search box autocomplete and auto-applying facets. Works without JavaScript too:
// the box is a plain GET form and the facets have an "Apply filters" button.
(function () {
  "use strict";

  function debounce(fn, ms) {
    var timer;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  function setupAutocomplete(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var endpoint = input.getAttribute("data-suggest");
    var active = -1;
    var lastQuery = "";

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      input.setAttribute("aria-expanded", "false");
      active = -1;
    }

    function render(items) {
      list.innerHTML = "";
      items.forEach(function (item, index) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.id = list.id + "-" + index;
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.label;
        li.appendChild(link);
        if (item.kind_label) {
          var kind = document.createElement("span");
          kind.className = "suggest-kind";
          kind.textContent = item.kind_label;
          li.appendChild(kind);
        }
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
      active = -1;
    }

    var fetchSuggestions = debounce(function (query) {
      if (query !== input.value.trim()) { return; }
      fetch(endpoint + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { items: [] }; })
        .then(function (data) { if (query === input.value.trim()) { render(data.items || []); } })
        .catch(function () { close(); });
    }, 120);

    input.addEventListener("input", function () {
      var query = input.value.trim();
      if (query === lastQuery) { return; }
      lastQuery = query;
      if (!query) { close(); return; }
      fetchSuggestions(query);
    });

    input.addEventListener("keydown", function (event) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) { return; }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        active = (active + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
        options.forEach(function (option, i) { option.classList.toggle("active", i === active); });
        input.setAttribute("aria-activedescendant", options[active].id);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = options[active].querySelector("a").href;
      } else if (event.key === "Escape") {
        close();
      }
    });

    document.addEventListener("click", function (event) {
      if (!list.contains(event.target) && event.target !== input) { close(); }
    });
  }

  function setupFacets(form) {
    form.querySelectorAll(".facets input[type=checkbox], #search-sort").forEach(function (control) {
      control.addEventListener("change", function () {
        var page = form.querySelector("input[name=page]");
        if (page) { page.remove(); }
        form.submit();
      });
    });
  }

  document.querySelectorAll("input[data-suggest]").forEach(setupAutocomplete);
  var form = document.getElementById("search-form");
  if (form) { setupFacets(form); }
})();
