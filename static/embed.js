/* Accord Explorer embed loader: turns each <div data-accord-explorer> into a sized, lazy iframe.
   Plain JavaScript, no dependencies. Accepts only height messages from its own frames. */
(function () {
  "use strict";
  var me = document.currentScript;
  var base = new URL(".", me && me.src ? me.src : location.href);
  var frames = [];
  var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var FACETS = /^(country|region|sector|joined|founding|status|confidence):[^,]{1,80}$/;

  function src(el) {
    var a = function (n) { return el.getAttribute("data-" + n) || ""; };
    var p = new URLSearchParams();
    var view = a("view") || "search";
    var id = a("id");
    if (view === "search") {
      if (a("q")) p.set("q", a("q").slice(0, 256));
      a("filters").split(",").forEach(function (f) {
        f = f.trim();
        if (FACETS.test(f)) p.append("f", f);
      });
    } else if (view === "signatory" && SLUG.test(id)) {
      p.set("view", "signatory/" + id);
    } else if (view === "principles" || view === "charts") {
      p.set("view", view);
    } else if (view === "compare") {
      p.set("view", "compare");
      p.set("cmp", a("ids").split(",").map(function (s) { return s.trim(); }).filter(function (s) { return SLUG.test(s); }).slice(0, 4).join(","));
    }
    if (/^(light|dark)$/.test(a("theme"))) p.set("theme", a("theme"));
    p.set("embed", "1");
    return base.href + "?" + p.toString();
  }

  function mount(el) {
    if (el.getAttribute("data-accord-mounted")) return;
    el.setAttribute("data-accord-mounted", "1");
    var f = document.createElement("iframe");
    f.src = src(el);
    f.title = (el.getAttribute("data-title") || "Cybersecurity Tech Accord explorer").slice(0, 200);
    f.loading = "lazy";
    var strict = el.getAttribute("data-sandbox") === "strict";
    f.setAttribute("sandbox", "allow-scripts allow-popups allow-popups-to-escape-sandbox" + (strict ? "" : " allow-same-origin"));
    f.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    f.style.width = "100%";
    f.style.border = "0";
    f.style.height = "480px";
    f.style.display = "block";
    el.appendChild(f);
    frames.push({ frame: f, origin: strict ? "null" : base.origin });
  }

  addEventListener("message", function (e) {
    for (var i = 0; i < frames.length; i++) {
      var it = frames[i];
      if (e.source !== it.frame.contentWindow || e.origin !== it.origin) continue;
      var d = e.data;
      if (!d || d.type !== "accord-explorer:height" || typeof d.height !== "number") return;
      if (!(d.height > 0 && d.height < 100000)) return;
      it.frame.style.height = Math.ceil(d.height) + "px";
      return;
    }
  });

  function scan() {
    var els = document.querySelectorAll("[data-accord-explorer]");
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
