// What the first-tap benchmark (tests/bench/tap.mjs) records inside a page, installed
// before any of the page's own scripts (Playwright's addInitScript). Everything is on the
// page's own clock (performance.now(), zero at navigation start); `abs` figures add
// performance.timeOrigin, so that a tap and an answer in two documents (a tap that
// navigates) can still be compared.
//
// - Every pointerdown, touchstart, keydown, click and input, in the capture phase on the
//   window (before any of the page's listeners): its `event.timeStamp` (when the browser
//   received the input) and when the page got to run it.
// - The explorer's start-up events (`briefing-explorer:starting`, `…:prebuilt`, `…:ready`)
//   and the load event.
// - Long tasks (`longtask`, buffered).
// - `__tap.arm(key, arg)`: from now on, checks the answer condition `key` in every
//   animation frame; the first frame in which it holds is the answer, timed as the task
//   after that frame (requestAnimationFrame then setTimeout, as the other latency figures
//   of the benchmark: the frame has been painted by then). `__tap.done` resolves then.
//   What was armed, and the first touch and key, are kept in sessionStorage, so that if the
//   tap navigates, the next document goes on watching and the answer there still counts.
export function tapInstrument() {
  const STORE = "__tap_bench";
  const t = (window.__tap = {
    inputs: [],
    load: null,
    starting: null,
    prebuilt: null,
    ready: null,
    longtasks: [],
    armed: null,
    answer: null,
    carried: null,
    origin: performance.timeOrigin,
  });
  let answered;
  t.done = new Promise((ok) => (answered = ok));

  const describe = (n) =>
    !(n instanceof Element)
      ? String(n?.nodeName ?? "?")
      : n.localName + (n.id ? "#" + n.id : "") + [...n.classList].slice(0, 2).map((c) => "." + c).join("");
  const saved = () => {
    try {
      return JSON.parse(sessionStorage.getItem(STORE) ?? "null");
    } catch {
      return null;
    }
  };
  const save = (x) => {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(x));
    } catch {}
  };
  for (const type of ["pointerdown", "touchstart", "keydown", "click", "input"]) {
    addEventListener(
      type,
      (e) => {
        const now = performance.now();
        t.inputs.push({ type, t: e.timeStamp, ran: now, trusted: e.isTrusted, target: describe(e.target), key: e.key ?? null });
        // The first touch and the first key survive a navigation.
        if (t.armed != null && (type === "pointerdown" || type === "keydown")) {
          const s = saved();
          if (s && s[type] == null) {
            s[type] = t.origin + e.timeStamp;
            save(s);
          }
        }
      },
      { capture: true, passive: true },
    );
  }
  addEventListener("load", () => (t.load = performance.now()));
  for (const [name, field] of [
    ["briefing-explorer:starting", "starting"],
    ["briefing-explorer:prebuilt", "prebuilt"],
    ["briefing-explorer:ready", "ready"],
  ]) {
    addEventListener(name, () => {
      if (t[field] == null) t[field] = performance.now();
    });
  }
  try {
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => t.longtasks.push({ start: e.startTime, duration: e.duration })),
    ).observe({ type: "longtask", buffered: true });
  } catch {}

  // ---- answers ----
  const onScreen = (el) => {
    if (!(el instanceof Element)) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    const s = getComputedStyle(el);
    return s.visibility !== "hidden" && s.opacity !== "0";
  };
  const any = (selector) => [...document.querySelectorAll(selector)].some(onScreen);
  const count = () => document.querySelector(".result-count")?.textContent.trim() ?? null;
  const CONDITIONS = {
    // The stance matrix on screen: the app's view, or the built view file's.
    matrix: () => any(".matrix-view"),
    // The filter panel (on a phone, the sheet) on screen.
    filters: () => any("#filters"),
    // The actor's box checked, and the result count changed.
    choice: (init, arg) =>
      [...document.querySelectorAll(`input[data-actor-id="${arg}"]`)].some((c) => c.checked) &&
      count() != null &&
      count() !== init.count,
    // The cards filtered: the result count changed.
    search: (init) => count() != null && count() !== init.count,
    // The source view on screen with the cited passage in it.
    source: () => any(".source-view") && any(".source-view [data-cite-target]"),
    // TimelineJS: the next event's marker is the active one (its slide the current one).
    next: (init, arg) => !!document.getElementById(`${arg}-marker`)?.classList.contains("tl-timemarker-active"),
  };
  const watch = (key, arg, init) => {
    const holds = CONDITIONS[key];
    const frame = () => {
      let ok = false;
      try {
        ok = holds(init, arg);
      } catch {}
      if (!ok) return requestAnimationFrame(frame);
      const at = performance.now();
      setTimeout(() => {
        const painted = performance.now();
        t.answer = { frame: at, painted, abs: t.origin + painted };
        const s = saved();
        if (s) save({ ...s, answered: true });
        answered(t.answer);
      }, 0);
    };
    requestAnimationFrame(frame);
  };
  t.arm = (key, arg) => {
    t.armed = performance.now();
    const init = { count: count() };
    save({ key, arg, init, armed: t.origin + t.armed, pointerdown: null, keydown: null, answered: false });
    performance.mark("tap-bench:armed");
    watch(key, arg, init);
    return init;
  };
  // A tap that navigated: watch on in this document.
  const carried = saved();
  if (carried && !carried.answered) {
    t.carried = carried;
    t.armed = carried.armed - t.origin;
    watch(carried.key, carried.arg, carried.init);
  }
}
