/* Smoke-test only: records what went wrong in the page, for engines whose WebDriver has no
 * log API (Firefox, WebKit). The smoke test's server puts it first in <head>, so it sees
 * everything the app does; the journey reads window.__smokeErrors after every step.
 * Never part of dist/. */
(function () {
  "use strict";
  var errors = (window.__smokeErrors = []);
  function describe(value) {
    if (value instanceof Error) return value.name + ": " + value.message;
    if (typeof value === "string") return value;
    try {
      return JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }
  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && target !== window && target.tagName) {
        // A script, stylesheet or image that failed to load (these do not bubble).
        errors.push("could not load <" + target.tagName.toLowerCase() + "> " + (target.src || target.href || ""));
      } else {
        var where = event.filename ? " (" + event.filename + ":" + event.lineno + ")" : "";
        errors.push("uncaught " + (event.error ? describe(event.error) : event.message) + where);
      }
    },
    true
  );
  window.addEventListener("unhandledrejection", function (event) {
    errors.push("unhandled rejection: " + describe(event.reason));
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push("console.error: " + Array.prototype.map.call(arguments, describe).join(" "));
    return consoleError.apply(console, arguments);
  };
})();
