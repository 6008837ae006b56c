// Hover panel, table <-> evidence links, and the page's self-check. No external assets.
(function () {
  "use strict";
  var records = JSON.parse(document.getElementById("records").textContent);
  var detail = document.getElementById("detail");

  function segmentsOf(id) {
    return document.querySelectorAll('.s[data-ids~="' + id + '"]');
  }
  function setHot(ids, on) {
    ids.forEach(function (id) {
      segmentsOf(id).forEach(function (el) { el.classList.toggle("hot", on); });
      var row = document.getElementById("row-" + id);
      if (row) { row.classList.toggle("hot", on); }
    });
  }
  function card(id) {
    var r = records[id];
    var box = document.createElement("div");
    box.className = "rec";
    var head = document.createElement("b");
    head.textContent = r.kind + " " + r.label + (r.status !== "predicted" ? " \u2014 " + r.status : "");
    box.appendChild(head);
    if (r.note) {
      var note = document.createElement("div");
      note.className = "note";
      note.textContent = r.note;
      box.appendChild(note);
    }
    var dl = document.createElement("dl");
    var pairs = [["span", r.start + "\u2013" + r.end]];
    if (r.surface) { pairs.unshift(["surface", r.surface]); }
    Object.keys(r.values).forEach(function (k) {
      var v = r.values[k];
      pairs.push([k, typeof v === "object" ? JSON.stringify(v) : String(v)]);
    });
    pairs.forEach(function (p) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = p[0]; dd.textContent = p[1];
      dl.appendChild(dt); dl.appendChild(dd);
    });
    box.appendChild(dl);
    return box;
  }
  function show(ids) {
    detail.replaceChildren.apply(detail, ids.filter(function (id) { return records[id]; }).map(card));
  }
  function idsOf(el) { return (el.getAttribute("data-ids") || "").split(" ").filter(Boolean); }

  var current = [];
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest("[data-ids]");
    if (!el) { return; }
    setHot(current, false);
    current = idsOf(el);
    setHot(current, true);
    show(current);
  });
  document.querySelectorAll("table.ind tr[data-ids]").forEach(function (row) {
    row.addEventListener("click", function () {
      var first = segmentsOf(idsOf(row)[0])[0];
      if (first) { first.scrollIntoView({block: "center", behavior: "smooth"}); }
    });
  });

  // A link to a record (table row, tag, or a URL ending in #d0-i1) shows it in the panel.
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1)).replace(/^row-/, "");
    if (!records[id]) { return; }
    setHot(current, false);
    current = [id];
    setHot(current, true);
    show(current);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();

  // Self-check: every record must be highlighted at least once in the text.
  var seen = {};
  document.querySelectorAll(".text .s[data-ids]").forEach(function (el) {
    idsOf(el).forEach(function (id) { seen[id] = true; });
  });
  var highlighted = Object.keys(seen).length;
  var expected = Number(document.body.getAttribute("data-expected"));
  var total = Object.keys(records).length;
  var out = document.getElementById("selfcheck");
  var ok = highlighted === expected && total === expected && window.__errors.length === 0;
  out.setAttribute("data-status", ok ? "ok" : "fail");
  out.setAttribute("data-highlights", String(highlighted));
  out.setAttribute("data-records", String(total));
  out.setAttribute("data-errors", String(window.__errors.length));
  out.textContent = "self-check " + (ok ? "ok" : "FAILED") + ": " + highlighted +
    " records highlighted of " + expected + (window.__errors.length ? "; errors: " + window.__errors.join(" | ") : "");
})();
