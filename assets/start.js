/*! Briefing Explorer start-up (a plain script in the page's head, no dependencies).
 *
 * The page arrives with the default view already in it (rendered at build time), so a
 * reader can read at once, and a first visit loads no WebAssembly at all. This script
 * decides, before the page is first painted:
 *
 * - When the address asks for the default view in English (no parameters, or only
 *   `theme=` or `lang=en`), the page is what the reader should see. The app loads at the
 *   first sign that the reader wants more than to read: a pointer over or a press on a
 *   control, a key, a touch (then once the tap is answered). Until it runs, the page
 *   answers what it can itself: the view switch, "Show in source" and Back show the other
 *   views' built files, the filter sheet opens and closes. Any other tap on a control is
 *   kept, shown as taken (a box is ticked, the control marked, a bar at the top) and
 *   replayed once the app runs, in order; text typed in the search box is carried over.
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
  // Another view or an embed, built into a file of its own (`fileOf`, below).
  var prebuilt = english && known && !asIs;
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

  // Before the app runs, a tap on one of its controls is answered by the page where the
  // page holds the answer (`answer`, below): another view, the filter sheet. Otherwise it
  // is kept, the page shows that it took it, and it is replayed once the app runs: a box
  // of a filter is ticked at once (the results follow with the app), any other control's
  // own action is held back. The options menu opens without the app and is left alone.
  var CONTROLS = "button:not(#options-button), a[href], input[type=checkbox], input[type=radio], [role=button], .sheet-backdrop";
  document.addEventListener(
    "click",
    function (event) {
      if (state.ready || !asIs) return;
      var target = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
      if (!target || !target.closest("#app")) return;
      // The app starts after the answer is on screen, never before it.
      afterPaint(start);
      if (answer(target, event)) return;
      var key = keyOf(target);
      if (!key) return;
      if (!target.matches("input[type=checkbox], input[type=radio]")) event.preventDefault();
      event.stopPropagation();
      state.queue.push(key);
      pending(target);
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
    // The other views, for the view switch (see "The built views").
    if (english && !embed) {
      NAMES.forEach(function (name) {
        if (name !== view && !copies[name]) fileOf(name, true).catch(function () {});
      });
    }
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
  // than only read it. On a touch or a press, once the tap's answer is on screen: starting
  // the app takes the main thread for a while, and the tap must not wait behind it.
  var INTENTS = ["pointerover", "pointerdown", "keydown", "touchstart", "focusin"];
  function startOnIntent() {
    var intent = function (event) {
      var target = event.target instanceof Element ? event.target : null;
      if (event.type === "pointerover" && !(target && target.closest("button, input, select, a[href], label, summary"))) return;
      // A finger or a pen is over a control only as it presses it: that is a tap.
      var tap = event.type === "pointerdown" || event.type === "touchstart" || (event.type === "pointerover" && event.pointerType !== "mouse");
      INTENTS.forEach(function (type) {
        document.removeEventListener(type, intent, true);
      });
      if (tap) afterTap(start);
      else start();
    };
    INTENTS.forEach(function (type) {
      document.addEventListener(type, intent, { capture: true, passive: true });
    });
  }

  // Whether a pointer is pressed: the app's takeover waits for its release and the click
  // after it (`window.briefingExplorerCalm`, awaited by the loader before it starts the
  // app), since a click whose press and release land on two copies of the page is lost.
  var pressing = false;
  var calm = [];
  document.addEventListener("pointerdown", function () {
    pressing = true;
  }, { capture: true, passive: true });
  ["pointerup", "pointercancel"].forEach(function (type) {
    document.addEventListener(type, function () {
      pressing = false;
      calm.splice(0).forEach(afterPaint);
    }, { capture: true, passive: true });
  });
  window.briefingExplorerCalm = function () {
    return new Promise(function (resolve) {
      if (pressing) calm.push(resolve);
      else resolve();
    });
  };

  // Calls `then` once the page has painted what a tap just changed.
  function afterPaint(then) {
    requestAnimationFrame(function () {
      setTimeout(then, 0);
    });
  }
  // Calls `then` after the tap now under way (its click, or its end without one).
  function afterTap(then) {
    var done = false;
    var ENDS = ["click", "pointercancel", "touchcancel", "contextmenu"];
    var end = function () {
      if (done) return;
      done = true;
      ENDS.forEach(function (type) {
        document.removeEventListener(type, end, true);
      });
      afterPaint(then);
    };
    ENDS.forEach(function (type) {
      document.addEventListener(type, end, { capture: true, passive: true });
    });
    // A press held without a click.
    setTimeout(end, 800);
  }

  // ---- The built views, shown by the page itself ---------------------------------------
  // Every view was built into a file (`views/matrix.html`, …; the cards are this page):
  // before the app runs, the view switch, "Show in source" and Back show them at once,
  // and the address says which, so the app starts on the same view. Each copy shown once
  // is kept as the reader left it (ticked boxes, text typed, its scroll inside).
  var NAMES = ["cards", "matrix", "timeline", "source"];
  var copies = {};
  var files = {};

  // The built view of a page's text: its app and its title.
  function parseView(html) {
    var parsed = document.createElement("template");
    parsed.innerHTML = html;
    var app = parsed.content.querySelector("#app[data-prerendered]");
    var title = parsed.content.querySelector("title");
    return app ? { app: app, title: title ? title.textContent : document.title } : null;
  }
  // The text of view `name`'s built file, fetched once (and again after a failure).
  function fileOf(name, low) {
    if (!files[name]) {
      var url = new URL("views/" + name + (embed ? "-embed" : "") + ".html", document.baseURI).href;
      files[name] = fetch(url, { credentials: "same-origin", priority: low ? "low" : "auto" }).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.text();
      });
      files[name].catch(function () {
        delete files[name];
      });
    }
    return files[name];
  }
  // View `name`'s copy: as the reader left it, or from its file (parsed only when wanted,
  // not while the page is idle: parsing takes the main thread).
  function builtView(name) {
    if (copies[name]) return Promise.resolve(copies[name]);
    return fileOf(name).then(function (html) {
      if (!copies[name]) copies[name] = parseView(html);
      if (!copies[name]) throw new Error("no built view in views/" + name + ".html");
      return copies[name];
    });
  }
  // Puts `copy` in place of the view shown, keeping the one it replaces; the focus goes to
  // the same control in the new copy, and `anchor` (a selector) stays where it was on
  // screen, or the top of the results comes into view (`anchor` null).
  function put(name, copy, anchor) {
    var shown = document.querySelector("#app[data-prerendered]");
    if (!shown) return false;
    var focused = document.activeElement && shown.contains(document.activeElement) ? keyOf(document.activeElement) : null;
    var mark = anchor && shown.querySelector(anchor);
    var before = mark ? mark.getBoundingClientRect().top : 0;
    copies[view] = { app: shown, title: document.title };
    // The filters the reader set on this copy (boxes ticked, text typed) are theirs on the
    // next: the app applies them once it runs.
    Array.prototype.forEach.call(shown.querySelectorAll("#filters input[id]"), function (input) {
      var same = copy.app.querySelector("[id=" + quote(input.id) + "]");
      if (same && same.type === input.type) {
        same.checked = input.checked;
        same.value = input.value;
      }
    });
    shown.replaceWith(copy.app);
    document.title = copy.title;
    view = name;
    var again = mark && copy.app.querySelector(anchor);
    if (again) window.scrollBy(0, again.getBoundingClientRect().top - before);
    else if (!anchor) {
      var results = copy.app.querySelector("#results");
      if (results && results.getBoundingClientRect().top < 0) results.scrollIntoView();
    }
    var target = focused && copy.app.querySelector(focused);
    if (target) target.focus({ preventScroll: true });
    return true;
  }
  // The view an address asks for.
  function viewOf(search) {
    var asked = new URLSearchParams(search).get("view");
    return NAMES.indexOf(asked) >= 0 ? asked : "cards";
  }
  // Shows view `name` for the address `href` (added to the history), from a tap on
  // `control`; or, once the app runs, has the app do it.
  function go(name, href, control) {
    control.setAttribute("data-pending", "");
    builtView(name)
      .then(function (copy) {
        control.removeAttribute("data-pending");
        if (state.ready) return replay(keyOf(control));
        if (view === name && !/cite=/.test(href)) return;
        history.pushState(null, "", href);
        put(name, copy, /cite=/.test(href) ? null : ".view-bar");
      })
      .catch(function (error) {
        // Not to be had: the app does it once it runs.
        console.warn("Briefing Explorer: the built view could not be shown; the app will.", error);
        control.removeAttribute("data-pending");
        state.queue.push(keyOf(control));
        pending(control);
      });
  }
  // Back and Forward before the app runs.
  window.addEventListener("popstate", function () {
    var name = viewOf(location.search);
    if (state.ready || !asIs || !english || name === view) return;
    builtView(name).then(function (copy) {
      if (!state.ready && viewOf(location.search) === name) put(name, copy, ".view-bar");
    });
  });

  // ---- The filter sheet (phones), opened and closed by the page itself ----------------
  // The app's copy starts as the reader left it (open or not: `Startup::filters_open`),
  // with the focus where it was: nothing to replay.
  function sheet(open, toResults) {
    var app = document.querySelector("#app[data-prerendered]");
    var panel = app && app.querySelector("#filters");
    if (!panel) return;
    panel.classList.toggle("open", open);
    var backdrop = app.querySelector(".sheet-backdrop");
    if (backdrop) backdrop.hidden = !open;
    var button = app.querySelector("#filters-button");
    if (button) button.setAttribute("aria-expanded", open ? "true" : "false");
    // The page behind the sheet is out of reach, as the app does it.
    [".masthead", "#results"].forEach(function (selector) {
      var el = document.querySelector(selector);
      if (el) el.toggleAttribute("inert", open);
    });
    var focus = app.querySelector(open ? "#filters-close" : toResults ? "#results" : "#filters-button");
    if (focus) focus.focus();
  }
  document.addEventListener(
    "keydown",
    function (event) {
      if (state.ready || event.key !== "Escape" || !document.querySelector("#app[data-prerendered] #filters.open")) return;
      sheet(false);
    },
    true
  );

  // Answers a tap on `target` before the app runs, when the page holds the answer;
  // whether it did.
  function answer(target, event) {
    var hit = function () {
      event.preventDefault();
      event.stopPropagation();
      return true;
    };
    var native = english && !embed;
    if (native && target.matches("button[data-view]")) {
      var name = target.getAttribute("data-view");
      var params = new URLSearchParams(location.search);
      params.delete("cite");
      if (name === "cards") params.delete("view");
      else params.set("view", name);
      var search = params.toString();
      go(name, location.pathname + (search ? "?" + search : "") + location.hash, target);
      return hit();
    }
    if (native && target.matches("a.show-in-source")) {
      var href = new URL(target.getAttribute("href"), location.href);
      go(viewOf(href.search), href.pathname + href.search + href.hash, target);
      return hit();
    }
    var open = target.matches("#filters-button");
    if (open || target.matches("#filters-close, .show-results, .sheet-backdrop")) {
      sheet(open, target.matches(".show-results"));
      return hit();
    }
    return false;
  }

  // The page shows that it took a tap the app is to answer: the control is marked, a bar
  // moves at the top of the page, and the page says it is busy, until the app runs.
  function pending(control) {
    if (control) control.setAttribute("data-pending", "");
    root.classList.add("app-pending");
    var app = document.querySelector("#app[data-prerendered]");
    if (app) app.setAttribute("aria-busy", "true");
  }
  // Does again, in the app's page, what the reader did on the built one.
  function replay(key) {
    var again = key && document.querySelector(key);
    if (again) again.click();
  }

  // Puts the built view the address asks for (the text of its file) in place of the
  // page's own, once the page is parsed. Unless the app started meanwhile.
  function showPrebuilt(html) {
    if (state.started) return;
    var copy = parseView(html);
    var built = document.querySelector("#app[data-prerendered]");
    if (!copy || !built) {
      start();
      return;
    }
    copies.cards = { app: built, title: document.title };
    built.replaceWith(copy.app);
    document.title = copy.title;
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
    fileOf(view)
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
    root.classList.remove("app-pending");
    state.queue.splice(0).forEach(replay);
    state.waiting.splice(0).forEach(function (resolve) {
      resolve();
    });
  });

  window.briefingExplorer = { start: start };
})();
