/*! Briefing Explorer host script: sizes every embedded explorer on the page.
 *
 * Add `data-briefing-explorer` to each <iframe> and load this script once, before or after
 * the iframes. It listens for the explorer's own resize message and applies the height
 * only to the iframe whose window sent it, and only when the message comes from that
 * iframe's origin (an iframe redirected to another origin is left alone). Each resize
 * also fires a `briefing-explorer:state` event on the iframe ({detail: {query, height}})
 * so the host page can mirror the reader's state in its own URL. On start, and whenever
 * an iframe (re)loads, it asks each explorer for its height, in case the first report
 * came before this script. No dependencies.
 */
(function () {
  "use strict";
  if (window.__briefingExplorerHost) return;
  window.__briefingExplorerHost = true;

  var SELECTOR = "iframe[data-briefing-explorer]";

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  function frameFor(event) {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      return originOf(frame) === event.origin ? frame : null;
    }
    return null;
  }

  // The only thing an explorer accepts from its host: "send your height again".
  function ping(frame) {
    var origin = originOf(frame);
    if (origin && origin !== "null" && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: "briefing-explorer:ping" }, origin);
    }
  }

  // True while the frame still shows its first, empty document: a message addressed to
  // the explorer's origin would reach about:blank instead, and the browser would warn. That
  // document is the host's own, so it can be read; the explorer's, from elsewhere, cannot.
  function stillBlank(frame) {
    try {
      return frame.contentWindow.location.href === "about:blank";
    } catch (e) {
      return false;
    }
  }

  function watch(frame) {
    if (frame.__briefingExplorerWatched) return;
    frame.__briefingExplorerWatched = true;
    frame.addEventListener("load", function () {
      ping(frame);
    });
    // A frame still loading is asked once it has loaded (above).
    if (!stillBlank(frame)) ping(frame);
  }

  function watchAll() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) watch(frames[i]);
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

  watchAll();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchAll);
})();
