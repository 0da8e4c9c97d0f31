// What the benchmark records inside a page, installed before any of the page's own scripts
// (Playwright's addInitScript). Everything is timed on the page's own clock, whose zero is
// the navigation start, so the driver's round trips are never counted.
//
// - First content: a MutationObserver notices the first element matching `selector` (and,
//   when `text` is given, containing that text) as soon as the page inserts it. Before the
//   browser can paint it, the element and everything inside it get an `elementtiming`
//   attribute, so Element Timing reports when the frame holding its text was painted
//   (`firstPaint`, the measure). Also kept: when it entered the DOM (`firstInDom`) and the
//   task after the next frame (`firstFrame`, requestAnimationFrame then setTimeout, the
//   method of the latency figures), for when Element Timing reports nothing.
// - Layout shifts: every `layout-shift` entry (buffered, so shifts before the observer ran
//   count too) with what moved; the page's CLS is the largest session window (shifts less than 1 s apart,
//   at most 5 s long, without recent input), as Chromium and Lighthouse define it.
// - First contentful paint and largest contentful paint, for information.
// - For the interaction figures: the wasm memory Trunk reports, and for each key press or
//   click, the time from the event to the task after the next frame painted after it.
export function instrument({ selector, text = null }) {
  const b = (window.__bench = {
    firstInDom: null,
    firstPaint: null,
    firstFrame: null,
    fcp: null,
    lcp: null,
    shifts: [],
    memory: null,
    latencies: [],
  });
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {}
  };
  observe("element", (e) => {
    if (e.identifier === "bench-first-content" && b.firstPaint == null) b.firstPaint = e.renderTime || e.loadTime;
  });
  // What moved: each source's element (tag, id, classes) and its rectangles before and after.
  const describe = (n) =>
    !n ? "?" : n.nodeType !== 1 ? n.nodeName : n.localName + (n.id ? "#" + n.id : "") + [...n.classList].map((c) => "." + c).join("");
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  observe("layout-shift", (e) =>
    b.shifts.push({
      t: e.startTime,
      value: e.value,
      input: e.hadRecentInput,
      sources: (e.sources ?? []).map((s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
    }),
  );
  observe("paint", (e) => {
    if (e.name === "first-contentful-paint") b.fcp = e.startTime;
  });
  observe("largest-contentful-paint", (e) => {
    b.lcp = e.renderTime || e.loadTime || e.startTime;
  });
  addEventListener("TrunkApplicationStarted", (e) => {
    b.memory = e.detail?.wasm?.memory ?? null;
  });

  const find = () => {
    for (const el of document.querySelectorAll(selector)) {
      if (text == null || el.textContent.includes(text)) return el;
    }
    return null;
  };
  const seen = (observer) => {
    const el = find();
    if (!el) return false;
    b.firstInDom = performance.now();
    observer?.disconnect();
    for (const node of [el, ...el.querySelectorAll("*")]) node.setAttribute("elementtiming", "bench-first-content");
    requestAnimationFrame(() => setTimeout(() => (b.firstFrame = performance.now()), 0));
    return true;
  };
  const observer = new MutationObserver(() => seen(observer));
  observer.observe(document, { childList: true, subtree: true, characterData: true });

  const time = (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => b.latencies.push(performance.now() - start), 0));
  };
  addEventListener("keydown", time, true);
  addEventListener("click", time, true);
}

/** The largest session window of layout shifts up to `until` ms (Chromium's CLS). */
export function cumulativeLayoutShift(shifts, until = Infinity) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.input || s.t > until) continue;
    if (s.t - last >= 1000 || s.t - first >= 5000) {
      sum = 0;
      first = s.t;
    }
    sum += s.value;
    last = s.t;
    best = Math.max(best, sum);
  }
  return best;
}
