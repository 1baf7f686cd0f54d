/* Accord Explorer shell: registers the service worker, offers updates, shows when offline.
   Plain script outside the wasm so it works before the app starts and even if it cannot. Where no
   service worker can run (a sandboxed embed, a browser that refuses) it does nothing, quietly. */
(function () {
  "use strict";
  // The colour theme named in the URL or remembered from an earlier visit, on the root element
  // before the prerendered page first paints (the app sets the same once it runs).
  try {
    var named = /[?&]theme=(light|dark)(&|$)/.exec(location.search);
    // The key is THEME_KEY of src/ui/remembered.rs.
    var theme = named ? named[1] : localStorage.getItem("accord-explorer-theme");
    if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  } catch (e) { /* storage denied or an opaque origin: follow the system */ }
  // A returning reader who collapsed the home page's introduction sees it collapsed from the first
  // paint (the key is INTRO_KEY of src/ui/remembered.rs; the app reads the same once it runs).
  try {
    if (localStorage.getItem("accord-explorer-intro") === "collapsed") document.documentElement.setAttribute("data-intro", "collapsed");
  } catch (e) { /* no storage: the introduction shows */ }
  // A panic in the app's wasm ends in a trap, which arrives here as an uncaught
  // WebAssembly.RuntimeError (from an event handler, or from a promise such as the start-up).
  // The module is unusable after it: log it, and show one visible message with a way to reload.
  // Built here, in plain script, because nothing in the wasm can be trusted after a trap.
  function crashed(error) {
    if (typeof WebAssembly === "undefined" || !(error instanceof WebAssembly.RuntimeError)) return;
    console.error("Accord Explorer stopped: its WebAssembly panicked or faulted (" + error + ")");
    if (document.querySelector(".crash") || !document.body) return;
    var panel = document.createElement("div");
    panel.className = "crash";
    panel.setAttribute("role", "alert");
    var msg = document.createElement("p");
    msg.textContent = "Something went wrong and Accord Explorer stopped working. Reloading the page usually fixes it.";
    // A link to this very URL reloads without needing any more script to run.
    var reload = document.createElement("a");
    reload.href = location.href;
    reload.className = "button";
    reload.setAttribute("role", "button");
    reload.textContent = "Reload";
    panel.appendChild(msg);
    panel.appendChild(reload);
    document.body.prepend(panel);
  }
  addEventListener("error", function (e) { crashed(e.error); });
  addEventListener("unhandledrejection", function (e) { crashed(e.reason); });
  function banner(id, text, button, onclick) {
    var el = document.getElementById(id);
    if (!el) {
      el = document.createElement("div");
      el.id = id;
      el.className = "shell-banner";
      el.setAttribute("role", "status");
      document.body.appendChild(el);
    }
    el.textContent = text;
    if (button) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = button;
      b.addEventListener("click", onclick);
      el.appendChild(b);
    }
    return el;
  }
  function offline() {
    var el = document.getElementById("offline-indicator");
    if (navigator.onLine) { if (el) el.remove(); return; }
    banner("offline-indicator", "Offline: search, filters and every view keep working.");
  }
  addEventListener("online", offline);
  addEventListener("offline", offline);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", offline); else offline();

  // A tap before the app is ready: the prerendered buttons have no listeners yet (hydration
  // attaches them), so a click on one is held, and given again once `data-app="ready"` is set to
  // the button of #app with the same label (its aria-label, else its first element's text, such
  // as a filter's name without its count, else its whole text), one click a task so that the app renders in
  // between, as it would have. Links need nothing: they work without the app.
  var held = [];
  function label(button) {
    var first = button.firstElementChild;
    return (button.getAttribute("aria-label") || (first ? first.textContent : button.textContent)).trim();
  }
  function early(e) {
    if (document.documentElement.getAttribute("data-app") === "ready") return;
    var app = document.getElementById("app");
    var button = e.target && e.target.closest ? e.target.closest("button") : null;
    if (!app || !button || !app.contains(button)) return;
    held.push(label(button));
    e.preventDefault();
    e.stopPropagation();
  }
  document.addEventListener("click", early, true);
  function replay() {
    var want = held.shift();
    if (want === undefined) return;
    var app = document.getElementById("app");
    var all = app ? app.querySelectorAll("button") : [];
    for (var i = 0; i < all.length; i++) {
      if (label(all[i]) === want) { all[i].click(); break; }
    }
    setTimeout(replay, 0);
  }
  new MutationObserver(function (records, observer) {
    if (document.documentElement.getAttribute("data-app") !== "ready") return;
    observer.disconnect();
    document.removeEventListener("click", early, true);
    // After the app's own first effects.
    setTimeout(replay, 0);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-app"] });

  var embedded = /[?&]embed=1(&|$)/.test(location.search);
  var sw;
  try { sw = navigator.serviceWorker; } catch (e) { sw = null; }
  if (!sw || embedded) return;
  // Reload only when the person asked for the new version: the first install also changes the
  // controller, and that must not reload the page under them.
  var asked = false;
  function prompt(worker) {
    banner("update-prompt", "A new version is available. ", "Reload", function () {
      asked = true;
      worker.postMessage("accord-explorer:activate");
    });
  }
  sw.addEventListener("controllerchange", function () {
    if (!asked) return;
    asked = false;
    location.reload();
  });
  // After the page has loaded: the worker's precache downloads must not compete with the first
  // load, and they can then come from the HTTP cache.
  function register() {
    sw.register("./sw.js").then(function (reg) {
      if (reg.waiting && sw.controller) prompt(reg.waiting);
      reg.addEventListener("updatefound", function () {
        var w = reg.installing;
        if (!w) return;
        w.addEventListener("statechange", function () {
          if (w.state === "installed" && sw.controller) prompt(w);
        });
      });
      addEventListener("focus", function () { reg.update().catch(function () {}); });
    }).catch(function () { /* refused: the app works as a normal page */ });
  }
  if (document.readyState === "complete") register(); else addEventListener("load", register);
})();
