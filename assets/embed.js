/*! Briefing Explorer host script: sizes every embedded explorer on the page.
 *
 * Add `data-briefing-explorer` to each <iframe> and load this script once. It listens for
 * the explorer's own resize message and applies the height only to the iframe whose
 * window sent it, and only when the message comes from that iframe's origin. Each resize
 * also fires a `briefing-explorer:state` event on the iframe ({detail: {query, height}})
 * so the host page can mirror the reader's state in its own URL. No dependencies.
 */
(function () {
  "use strict";
  if (window.__briefingExplorerHost) return;
  window.__briefingExplorerHost = true;

  var SELECTOR = "iframe[data-briefing-explorer]";

  function frameFor(event) {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        return null;
      }
      return origin === event.origin ? frame : null;
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "briefing-explorer:resize") return;
    var frame = frameFor(event);
    if (!frame) return;
    var height = Math.ceil(Number(data.height));
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    frame.style.height = height + "px";
    frame.setAttribute("height", String(height));
    var query = typeof data.query === "string" ? data.query : "";
    frame.dispatchEvent(
      new CustomEvent("briefing-explorer:state", { bubbles: true, detail: { query: query, height: height } })
    );
  });
})();
