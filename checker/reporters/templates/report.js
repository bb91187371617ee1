(function () {
  "use strict";
  var PAGE_SIZE = 100;

  function claimsOf(element, attribute) {
    return (element.getAttribute(attribute) || "").split(" ").filter(Boolean);
  }

  function announce(text) {
    var live = document.getElementById("cc-live");
    if (live) { live.textContent = text; }
  }

  // Article page: a finding's link scrolls to its claims and highlights them.
  function focusClaims(link) {
    var wanted = claimsOf(link, "data-focus-claims");
    var first = null;
    var count = 0;
    document.querySelectorAll("mark.is-focused").forEach(function (m) {
      m.classList.remove("is-focused");
    });
    document.querySelectorAll(".finding.is-current").forEach(function (f) {
      f.classList.remove("is-current");
    });
    document.querySelectorAll("mark[data-claims]").forEach(function (mark) {
      if (claimsOf(mark, "data-claims").some(function (id) { return wanted.indexOf(id) >= 0; })) {
        mark.classList.add("is-focused");
        count += 1;
        if (!first) { first = mark; }
      }
    });
    var card = link.closest(".finding");
    if (card) { card.classList.add("is-current"); }
    if (first) {
      first.scrollIntoView({ block: "center", behavior: "smooth" });
      announce(count + " passage(s) highlighted in the text");
    } else {
      announce("these claims have no place in the text; see the claims list");
    }
  }

  // Clicking a passage in the text points out the findings about its claims.
  function showFindingsOf(mark) {
    var ids = claimsOf(mark, "data-claims");
    var first = null;
    document.querySelectorAll(".finding.is-current").forEach(function (f) {
      f.classList.remove("is-current");
    });
    document.querySelectorAll(".finding[data-claims]").forEach(function (card) {
      if (claimsOf(card, "data-claims").some(function (id) { return ids.indexOf(id) >= 0; })) {
        card.classList.add("is-current");
        if (!first) { first = card; }
      }
    });
    if (first) { first.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
    announce(first ? "findings about this passage are outlined" : "no finding names this passage");
  }

  function initArticle() {
    document.querySelectorAll("[data-focus-claims]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        focusClaims(link);
      });
    });
    document.querySelectorAll("mark[data-claims]").forEach(function (mark) {
      mark.addEventListener("click", function () { showFindingsOf(mark); });
    });
  }

  // Index: rows come from a JSON data block; sorting, filtering and paging happen here.
  function initIndex(rows) {
    var state = { query: "", status: "", sort: "status", dir: -1, page: 0 };
    var body = document.getElementById("cc-rows");
    var query = document.getElementById("cc-query");
    var status = document.getElementById("cc-status");
    var info = document.getElementById("cc-page-info");
    var prev = document.getElementById("cc-prev");
    var next = document.getElementById("cc-next");
    var statusRank = { error: 4, invalid: 3, failed: 2, passed: 1 };

    function key(row, name) {
      if (name === "status") { return statusRank[row.status] * 1e6 + row.error * 1e3 + row.warning; }
      return row[name];
    }
    function compare(a, b) {
      var x = key(a, state.sort), y = key(b, state.sort);
      if (x < y) { return -state.dir; }
      if (x > y) { return state.dir; }
      return a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    }
    function visible() {
      var q = state.query.toLowerCase();
      return rows.filter(function (row) {
        if (state.status && row.status !== state.status &&
            !(state.status === "findings" && row.error + row.warning + row.info > 0)) { return false; }
        return !q || (row.id + " " + row.title + " " + row.file).toLowerCase().indexOf(q) >= 0;
      }).sort(compare);
    }
    function cell(tr, text, className) {
      var td = document.createElement("td");
      td.textContent = String(text);
      if (className) { td.className = className; }
      tr.appendChild(td);
      return td;
    }
    function render() {
      var shown = visible();
      var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
      state.page = Math.min(state.page, pages - 1);
      var slice = shown.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE);
      var fragment = document.createDocumentFragment();
      slice.forEach(function (row) {
        var tr = document.createElement("tr");
        var badge = document.createElement("span");
        badge.className = "badge " + row.status;
        badge.textContent = row.status;
        cell(tr, "").appendChild(badge);
        var link = document.createElement("a");
        link.href = row.href;
        link.textContent = row.title || row.id;
        var main = cell(tr, "");
        main.appendChild(link);
        var id = document.createElement("div");
        id.className = "muted mono";
        id.textContent = row.id;
        main.appendChild(id);
        cell(tr, row.error, "num");
        cell(tr, row.warning, "num");
        cell(tr, row.info, "num hide-narrow");
        cell(tr, row.waived, "num hide-narrow");
        cell(tr, row.file, "mono hide-narrow");
        fragment.appendChild(tr);
      });
      body.replaceChildren(fragment);
      info.textContent = shown.length === 0 ? "No article matches." :
        "Articles " + (state.page * PAGE_SIZE + 1) + "\u2013" +
        (state.page * PAGE_SIZE + slice.length) + " of " + shown.length +
        " (page " + (state.page + 1) + " of " + pages + ")";
      prev.disabled = state.page === 0;
      next.disabled = state.page >= pages - 1;
      document.querySelectorAll("th[data-sort]").forEach(function (th) {
        th.setAttribute("aria-sort", th.getAttribute("data-sort") !== state.sort ? "none" :
          (state.dir > 0 ? "ascending" : "descending"));
      });
    }
    query.addEventListener("input", function () { state.query = query.value; state.page = 0; render(); });
    status.addEventListener("change", function () { state.status = status.value; state.page = 0; render(); });
    prev.addEventListener("click", function () { state.page -= 1; render(); });
    next.addEventListener("click", function () { state.page += 1; render(); });
    document.querySelectorAll("th[data-sort] button").forEach(function (button) {
      button.addEventListener("click", function () {
        var name = button.parentElement.getAttribute("data-sort");
        state.dir = state.sort === name ? -state.dir : (name === "id" || name === "title" || name === "file" ? 1 : -1);
        state.sort = name;
        render();
      });
    });
    render();
  }

  // A printed page shows every rule's documentation and traceback, folded or not.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.setAttribute("open", "");
      d.setAttribute("data-print-opened", "");
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-print-opened]").forEach(function (d) {
      d.removeAttribute("open");
      d.removeAttribute("data-print-opened");
    });
  });

  var data = document.getElementById("cc-index-data");
  if (data) { initIndex(JSON.parse(data.textContent)); }
  initArticle();
  document.documentElement.setAttribute("data-ready", "1");
})();
