/*! Start-up watchdog of Briefing Explorer and Briefing Studio (a plain script, no
 * dependencies).
 *
 * The wasm loader reports its own failures (assets/boot.js), and a panic reports itself
 * (crates/ui/src/panic_report.rs). Neither can run if the loader script itself never loads
 * (a 404 after a partial upload, a proxy that alters files so their integrity check
 * fails). This script covers that: it says so in the page instead of leaving "Loading…"
 * forever. Its panel repeats boot.js's on purpose: each must work when the other never
 * loaded.
 *
 * Each page says what to call itself and when its app starts loading on this script's
 * own tag, which is in the page whether or not the script arrived (boot.js reads it too):
 *   data-heading="The studio could not start"
 *   data-started-by="load"   (an event on window; the explorer's is start.js's
 *                             "briefing-explorer:starting")
 */
(function () {
  "use strict";
  var tag = document.currentScript;
  var heading = (tag && tag.dataset.heading) || "The app could not start";
  var startedBy = (tag && tag.dataset.startedBy) || "load";
  function show(detail) {
    var boot = document.getElementById("boot");
    // Started (the app removes #boot), or already explained.
    if (!boot || document.getElementById("fatal-error")) return;
    // Over the explorer's page built with the default view (still worth reading), the
    // panel goes on top; in place of the loading notice otherwise.
    var waiting = document.documentElement.classList.contains("takeover");
    var panel = document.createElement("section");
    panel.id = "fatal-error";
    panel.className = "fatal-error";
    panel.setAttribute("role", "alert");
    var title = document.createElement("h2");
    title.textContent = heading;
    var advice = document.createElement("p");
    advice.textContent =
      "Part of it did not load. Reloading may help; if it keeps happening, the site may be serving an incomplete copy.";
    var pre = document.createElement("pre");
    pre.textContent = detail;
    panel.appendChild(title);
    panel.appendChild(advice);
    panel.appendChild(pre);
    if (waiting || startedBy === "load") boot.replaceChildren(panel);
    else document.body.prepend(panel);
  }
  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && target.tagName === "SCRIPT") show("Could not load " + (target.src || "a script"));
    },
    true
  );
  // start.js could not load the loader (a dynamic import fires no error on any element).
  window.addEventListener("briefing-explorer:failed", function (event) {
    show(String(event.detail || "Could not load the app"));
  });
  // From when the app begins to load: at once, at the page's load, or (the explorer) at
  // the reader's first move.
  window.addEventListener(startedBy, function () {
    setTimeout(function () {
      show("It had not started 30 seconds after it began to load.");
    }, 30000);
  });
})();
