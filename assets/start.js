/*! Briefing Explorer start-up (a plain script in the page's head, no dependencies).
 *
 * The page arrives with the default view already in it (rendered at build time), so a
 * reader can read at once, and a first visit loads no WebAssembly at all. This script
 * decides, before the page is first painted:
 *
 * - When the address asks for the default view in English (no parameters, or only
 *   `theme=` or `lang=en`), the page is what the reader should see. The app loads at the
 *   first sign that the reader wants more than to read: a pointer over or a press on a
 *   control, a key, a touch. A click on a control before it is ready is kept and replayed
 *   once it is; text typed in the search box is carried over.
 * - Another view or an embed in English (only `view=` and `embed=1`): that first view was
 *   built too, into a file of its own (`views/matrix.html`, `views/cards-embed.html`; see
 *   crates/cli/src/prerender.rs). The built page stays hidden behind the loading notice while that
 *   file is fetched, and is replaced by it before it is ever painted; then as above (an
 *   embed loads the app at once, to tell its host its height). If the file cannot be had,
 *   the app loads at once instead.
 * - Otherwise (filters, another language, `src=`, embed options), the built page would be
 *   the wrong content: it is hidden behind the loading notice and the app loads at once
 *   (no flash of the default view).
 *
 * Once the page has loaded and the browser is idle, the app's files are fetched in the
 * background at low priority and its WebAssembly compiled (off the main thread), without
 * running it: a reader who reads for a few seconds and then taps waits only for the app to
 * start, not for its files to arrive. Not when the reader asked the browser to save data
 * (Save-Data): then nothing is fetched until the first move, as before.
 *
 * `window.briefingExplorer.start()` starts the app now and resolves once it is running
 * (for hosts and tests); `briefing-explorer:ready` is fired on the window then.
 */
(function () {
  "use strict";
  var root = document.documentElement;
  // Scripts run: the controls that need the app are shown (style/main.css).
  root.classList.add("js");
  var script = document.currentScript;
  var loader = script && script.getAttribute("data-loader");
  var params = new URLSearchParams(location.search);

  // The theme the address asks for, before anything is painted.
  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);

  // The interface language the app will choose: `lang=`, else the first the browser
  // prefers among English, French and Ukrainian, else English.
  var LANGS = ["en", "fr", "uk"];
  function primary(tag) {
    return String(tag || "").split(/[-_]/)[0].toLowerCase();
  }
  function language() {
    var asked = primary(params.get("lang"));
    if (LANGS.indexOf(asked) >= 0) return asked;
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < prefs.length; i++) {
      if (LANGS.indexOf(primary(prefs[i])) >= 0) return primary(prefs[i]);
    }
    return "en";
  }

  // What else the address asks for: the view and whether it is an embed, when that is
  // all it asks for (`known`).
  var english = language() === "en";
  var view = "cards";
  var embed = false;
  var known = true;
  var seen = {};
  params.forEach(function (value, key) {
    if (key === "theme") return;
    if (key === "lang" && primary(value) === "en") return;
    if (seen[key]) known = false;
    seen[key] = true;
    if (key === "view" && ["cards", "matrix", "timeline", "source"].indexOf(value) >= 0) view = value;
    else if (key === "embed" && value === "1") embed = true;
    else known = false;
  });
  var asIs = english && known && view === "cards" && !embed;
  var prebuilt = english && known && !asIs ? "views/" + view + (embed ? "-embed" : "") + ".html" : null;
  if (!asIs) root.classList.add("takeover");

  var state = { started: false, warmed: false, ready: false, queue: [], waiting: [] };

  function start() {
    if (!state.started) {
      state.started = true;
      root.classList.add("app-loading");
      window.dispatchEvent(new Event("briefing-explorer:starting"));
      if (loader) {
        var url = new URL(loader, document.baseURI).href;
        import(url).catch(function (error) {
          console.error("Briefing Explorer could not start:", error);
          // watchdog.js says so in the page.
          window.dispatchEvent(new CustomEvent("briefing-explorer:failed", { detail: "Could not load " + url }));
        });
      }
    }
    return new Promise(function (resolve) {
      if (state.ready) resolve();
      else state.waiting.push(resolve);
    });
  }

  // A selector that finds an element again in the app's own copy of the page: its
  // nearest ancestor (or itself) with an id or a stable data- hook, then its tag and
  // first class (the app's focus memory does the same).
  var HOOKS = ["data-position-id", "data-event-id", "data-cite-at", "data-view", "data-actor-id", "data-topic-id", "data-stance", "data-phase"];
  function quote(value) {
    return '"' + String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
  }
  function keyOf(element) {
    for (var el = element; el && el !== document.body; el = el.parentElement) {
      var named = null;
      for (var i = 0; i < HOOKS.length && !named; i++) {
        if (el.hasAttribute(HOOKS[i])) named = "[" + HOOKS[i] + "=" + quote(el.getAttribute(HOOKS[i])) + "]";
      }
      if (!named && el.id) named = "[id=" + quote(el.id) + "]";
      if (named) {
        if (el === element) return named;
        var cls = element.classList.length ? "." + element.classList[0] : "";
        return named + " " + element.tagName.toLowerCase() + cls;
      }
    }
    return null;
  }

  // Before the app runs, a click on one of its controls does nothing by itself: it is
  // kept (and the browser's own action held back) to be replayed once the app runs.
  // The options menu opens without the app and is left alone.
  var CONTROLS = "button:not(#options-button), a[href], input[type=checkbox], input[type=radio], [role=button]";
  document.addEventListener(
    "click",
    function (event) {
      if (state.ready || !asIs) return;
      var target = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
      if (!target || !target.closest("#app")) return;
      var key = keyOf(target);
      if (!key) return;
      event.preventDefault();
      event.stopPropagation();
      state.queue.push(key);
      start();
    },
    true
  );

  // A file chosen in the built page's "Open a briefing file" before the app runs (the
  // chooser opens at once and the reader may take a while): once the app runs, the file
  // goes to the app's own file input, as if chosen there.
  function carryFiles(input) {
    if (input.__carried) return;
    input.__carried = true;
    input.addEventListener("change", function () {
      if (!input.files || input.files.length === 0) return;
      var key = keyOf(input);
      var files = input.files;
      start().then(function () {
        var again = key && document.querySelector(key);
        if (!again || again === input) return;
        again.files = files;
        again.dispatchEvent(new Event("change", { bubbles: true }));
      });
    });
  }
  document.addEventListener(
    "click",
    function (event) {
      var target = event.target;
      if (!state.ready && target instanceof HTMLInputElement && target.type === "file" && target.closest("#app[data-prerendered]")) {
        carryFiles(target);
        start();
      }
    },
    true
  );
  document.addEventListener(
    "change",
    function (event) {
      var target = event.target;
      if (!state.ready && target instanceof HTMLInputElement && target.type === "file" && target.closest("#app[data-prerendered]") && !target.__carried) {
        carryFiles(target);
        target.dispatchEvent(new Event("change"));
      }
    },
    true
  );

  // The app's files, fetched and compiled in the background once the page is idle (see the
  // top of this file). The loader starts from the compiled module when there is one
  // (`window.briefingExplorerWasm`, scripts/externalize-loader.mjs), and fetches as before
  // when its compiling failed.
  function saveData() {
    return Boolean(navigator.connection && navigator.connection.saveData);
  }
  function warm() {
    if (state.started || state.warmed || saveData()) return;
    state.warmed = true;
    var wasm = script && script.getAttribute("data-wasm");
    if (wasm && window.WebAssembly && WebAssembly.compileStreaming) {
      var response = fetch(new URL(wasm, document.baseURI).href, { credentials: "same-origin", priority: "low" });
      window.briefingExplorerWasm = WebAssembly.compileStreaming(response);
      // A failure is the loader's to handle: it fetches the wasm itself then.
      window.briefingExplorerWasm.catch(function () {});
    }
    var scripts = ((script && script.getAttribute("data-scripts")) || "").split(" ").concat(loader || []);
    scripts.forEach(function (src) {
      if (!src) return;
      var link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = src;
      link.setAttribute("fetchpriority", "low");
      document.head.appendChild(link);
    });
  }
  function warmWhenIdle() {
    var idle = function () {
      if (window.requestIdleCallback) requestIdleCallback(warm, { timeout: 3000 });
      else setTimeout(warm, 1000);
    };
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
  }

  // Loads the app at the first sign that the reader is about to use the explorer rather
  // than only read it.
  function startOnIntent() {
    var intent = function (event) {
      var target = event.target instanceof Element ? event.target : null;
      if (event.type === "pointerover" && !(target && target.closest("button, input, select, a[href], label, summary"))) return;
      start();
      ["pointerover", "pointerdown", "keydown", "touchstart", "focusin"].forEach(function (type) {
        document.removeEventListener(type, intent, true);
      });
    };
    ["pointerover", "pointerdown", "keydown", "touchstart", "focusin"].forEach(function (type) {
      document.addEventListener(type, intent, { capture: true, passive: true });
    });
  }

  // Puts the built view the address asks for (the text of its file) in place of the
  // page's own, once the page is parsed. Unless the app started meanwhile.
  function showPrebuilt(html) {
    if (state.started) return;
    var parsed = document.createElement("template");
    parsed.innerHTML = html;
    var app = parsed.content.querySelector("#app[data-prerendered]");
    var built = document.querySelector("#app[data-prerendered]");
    if (!app || !built) {
      start();
      return;
    }
    var title = parsed.content.querySelector("title");
    if (title) document.title = title.textContent;
    built.replaceWith(app);
    asIs = true;
    root.classList.remove("takeover");
    window.dispatchEvent(new Event("briefing-explorer:prebuilt"));
    if (embed) start();
    else {
      startOnIntent();
      warmWhenIdle();
    }
  }

  if (asIs) {
    startOnIntent();
    warmWhenIdle();
  } else if (prebuilt) {
    // A slow or missing file does not leave the reader waiting: the app starts instead.
    var late = setTimeout(start, 3000);
    fetch(new URL(prebuilt, document.baseURI).href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(prebuilt + ": " + response.status);
        return response.text();
      })
      .then(function (html) {
        clearTimeout(late);
        if (document.readyState === "loading") {
          document.addEventListener("DOMContentLoaded", function () {
            showPrebuilt(html);
          });
        } else {
          showPrebuilt(html);
        }
      })
      .catch(function (error) {
        clearTimeout(late);
        console.warn("Briefing Explorer: the built view could not be shown, the app starts instead.", error);
        start();
      });
  } else {
    start();
  }

  // The app says it runs: replay what the reader did meanwhile.
  window.addEventListener("briefing-explorer:ready", function () {
    state.ready = true;
    root.classList.remove("app-loading");
    var queue = state.queue.splice(0);
    queue.forEach(function (key) {
      var again = document.querySelector(key);
      if (again) again.click();
    });
    state.waiting.splice(0).forEach(function (resolve) {
      resolve();
    });
  });

  window.briefingExplorer = { start: start };
})();
