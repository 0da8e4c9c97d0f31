// The first tap: how fast the page answers a reader's first tap, the explorer side by side
// with TimelineJS, in one alternating run (issue 24). Part 4 of tests/bench/browser-bench.mjs,
// or alone:
//
//   node tests/bench/tap.mjs [DIST]        (DIST: default dist/)
//
// The files are copied to target/tap-dist first (the build may be replaced while this runs)
// and served gzip-compressed (tests/e2e/support/server.mjs with `gzip: true`), as a static
// host serves them; so is TimelineJS's page (tests/bench/timelinejs.mjs). Each run is a
// fresh browser context (empty cache) and one tap, with real touch events
// (`page.touchscreen.tap` at the control's centre), made 0.5, 2 and 4 s after the load
// event, on two profiles:
//
// - mobile: Lighthouse's mobile profile, 390×844 with touch (isMobile, a device scale of 2),
//   150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (CDP Network.emulateNetworkConditions)
//   and the CPU slowed 4× (Emulation.setCPUThrottlingRate). A phone has no hover: the tap
//   is the reader's first move.
// - unthrottled: 1280×900 with touch (a touch laptop: again no hover before the tap), no
//   throttling.
//
// What the reader taps, and when the page has answered (tests/bench/tap-page.mjs):
//
// 1. "Stance matrix" (`button[data-view="matrix"]`): the matrix view on screen.
// 2. "Filters" (`#filters-button`, a phone's only way to the filters): the panel on screen.
//    At 1280 px the filters are beside the results and there is no such button: "n/a".
// 3. A filter choice: on a phone "Filters", then, as soon as the sheet is on screen, the
//    box of the actor "Canada"; at 1280 px the box at once. Answered when the box is
//    checked and the result count changed; timed from the first tap (also kept: from the
//    tap on the box).
// 4. Typing "moscow" in search (a phone: "Filters", then the search box in the sheet; at
//    1280 px the search box at once): one key every 100 ms,
//    timed from the first key's keydown to the result count changing.
// 5. "Show in source" on the first card (`a.show-in-source`; scrolled on screen before, by
//    script, so no touch comes before the tap): the source view with the cited passage.
// - TimelineJS: the next event's marker on its time line, answered when that marker is
//   the active one (its slide the current one). Not its "next" arrow (`.tl-slidenav-next`):
//   hidden on a phone, and at 1280 px with touch covered by TimelineJS's "Swipe to
//   Navigate" hint until a first tap dismisses it; the report says which, run by run.
//
// Time from the tap to the answer, inside the page: the input event's timeStamp (the first
// pointerdown, or keydown for typing) to the task after the first animation frame in which
// the answer shows. So the driver's round trips are not counted. A control that is not on
// screen, or a tap never answered within the deadline, is a failed run with its reason,
// never skipped.
//
// Per round, per profile, per delay: TimelineJS, then each of the explorer's taps, each
// in a fresh context; BENCH_TAP_RUNS rounds. Then one more tap on "Stance matrix", 2 s
// after load, on the mobile profile, with a Chromium trace (CDP Tracing) and the page's
// Resource Timing, to say where the time goes: the loader script, the glue script, the
// wasm (request, arrival, transfer size), the app's `briefing-explorer:ready`, the answer,
// and the main thread's tasks over 50 ms after the tap. (The answer's check in each
// animation frame reads layout: in the trace, that layout counts under FireAnimationFrame.)
// With the defaults the part takes about 14 minutes (2 cores).
//
// Environment: BENCH_TAP_RUNS (rounds, default 5), BENCH_TAP_DELAYS (ms after the load
// event, default 500,2000,4000), BENCH_TAP_PROFILES (default mobile,unthrottled),
// BENCH_TAP_ACTIONS (default matrix,filters,choice,search,source), BENCH_TAP_TRACE (0 to
// leave out the trace), CHROME_PATH. Raw figures: target/bench-results/tap.json.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

import { startServer } from "../e2e/support/server.mjs";
import { tapInstrument } from "./tap-page.mjs";
import { writeTimelinePage } from "./timelinejs.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The two profiles every tap is measured on. */
export const PROFILES = {
  mobile: {
    label: "mobile profile: 390×844, touch, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower",
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    network: { offline: false, latency: 150, downloadThroughput: 1638400 / 8, uploadThroughput: 675000 / 8 },
    cpu: 4,
    deadlineMs: 45_000,
  },
  unthrottled: {
    label: "unthrottled: 1280×900, touch, no network or CPU throttling",
    context: { viewport: { width: 1280, height: 900 }, hasTouch: true },
    network: null,
    cpu: 1,
    deadlineMs: 20_000,
  },
};

/** The explorer's taps, in the order of the tables. */
export const ACTIONS = {
  matrix: { label: '"Stance matrix" (view switch)' },
  filters: { label: '"Filters"' },
  choice: { label: 'a filter choice ("Canada"; on a phone after "Filters"), from the first tap' },
  search: { label: 'typing "moscow" in search, from the first key' },
  source: { label: '"Show in source" on the first card' },
};
const ACTOR = "canada";
const TYPED = "moscow";
const KEY_DELAY_MS = 100;

const DASH = "—";
const sorted = (xs) => xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
const fmt = (x) => (x == null ? DASH : Math.round(x).toLocaleString("en"));
const withRange = (xs) => {
  const s = sorted(xs);
  return s.length ? `${fmt(median(s))} (${fmt(s[0])}–${fmt(s.at(-1))})` : DASH;
};
const firstLine = (e) => String(e?.message ?? e).split("\n")[0];

/** `promise`, or an error once `ms` have passed. */
function within(ms, promise, what = "no answer from the page") {
  let timer;
  const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

// ---- one run ----------------------------------------------------------------------------

/** A fresh context with the profile's viewport, touch and throttling, and the recorder. */
async function openPage(browser, profile) {
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", profile.network);
  }
  if (profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  await page.addInitScript(tapInstrument);
  return { context, page, cdp };
}

/**
 * The centre of the first element matching one of `selectors` that has a box, scrolled on
 * screen by script if it is not (no input event). Null, with why, when none has a box.
 */
async function placeOf(page, selectors) {
  return page.evaluate((selectors) => {
    const why = [];
    for (const selector of selectors) {
      const els = [...document.querySelectorAll(selector)];
      if (!els.length) {
        why.push(`no ${selector}`);
        continue;
      }
      const el = els.find((e) => e.getClientRects().length && e.getBoundingClientRect().width > 0);
      if (!el) {
        why.push(`${selector} not displayed (display: ${getComputedStyle(els[0]).display})`);
        continue;
      }
      let r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
        el.scrollIntoView({ block: "center", inline: "center" });
        r = el.getBoundingClientRect();
      }
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      // What a tap there would hit, when it is not the control (or inside it, or its label).
      const hit = document.elementFromPoint(x, y);
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
      const covered =
        hit && !el.contains(hit) && !hit.contains(el) && !(label && label.contains(hit))
          ? hit.localName + (hit.id ? "#" + hit.id : "") + [...hit.classList].slice(0, 2).map((c) => "." + c).join("")
          : null;
      return { x, y, selector, covered };
    }
    return { why: why.join("; ") };
  }, selectors);
}

async function tapOn(page, selectors) {
  const at = await placeOf(page, selectors);
  if (at.why) throw new Error(`cannot tap: ${at.why}`);
  if (at.covered) throw new Error(`cannot tap ${at.selector}: ${at.covered} covers its centre`);
  await page.touchscreen.tap(at.x, at.y);
  return at.selector;
}

/** Waits in the page (no polling by the driver) until `selector` is on screen. */
async function waitOnScreen(page, selector, ms) {
  return page.evaluate(
    ([selector, ms]) =>
      new Promise((ok) => {
        const until = performance.now() + ms;
        const check = () => {
          const el = [...document.querySelectorAll(selector)].find((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(e).visibility !== "hidden";
          });
          if (el) ok(performance.now());
          else if (performance.now() > until) ok(null);
          else requestAnimationFrame(check);
        };
        check();
      }),
    [selector, ms],
  );
}

/** What the page recorded, for the result and for a failure's reason. */
const snapshot = (page) =>
  page.evaluate((actor) => {
    const t = window.__tap ?? {};
    return {
      inputs: t.inputs,
      load: t.load,
      starting: t.starting,
      prebuilt: t.prebuilt,
      ready: t.ready,
      armed: t.armed,
      answer: t.answer,
      carried: t.carried,
      origin: t.origin,
      longtasks: t.longtasks,
      url: location.href,
      state: {
        count: document.querySelector(".result-count")?.textContent.trim() ?? null,
        search: document.querySelector("#search")?.value ?? null,
        checked: [...document.querySelectorAll(`input[data-actor-id="${actor}"]`)].some((c) => c.checked),
        view: document.querySelector(".view-switch [aria-pressed=true]")?.dataset.view ?? null,
        sheet: document.querySelector("#filters")?.classList.contains("open") ?? null,
        loading: document.documentElement.classList.contains("app-loading"),
      },
    };
  }, ACTOR);

/** Waits for the answer, across a navigation the tap may cause. */
async function waitForAnswer(page, deadline) {
  let navigated = false;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return { answer: null, navigated };
    try {
      const answer = await within(
        left + 2000,
        page.evaluate((ms) => Promise.race([window.__tap.done, new Promise((ok) => setTimeout(() => ok(null), ms))]), left),
      );
      return { answer, navigated };
    } catch (e) {
      if (!/context was destroyed|navigat|Target closed/i.test(firstLine(e))) throw e;
      navigated = true;
      await page.waitForLoadState("domcontentloaded", { timeout: Math.max(1000, deadline - Date.now()) }).catch(() => {});
    }
  }
}

/**
 * One first visit and one tap (or the taps the action needs). `kind`: an ACTIONS key, or
 * "next" for TimelineJS.
 */
export async function tapRun(browser, { url, kind, delay, profile, nextId = null, trace = false }) {
  const { context, page, cdp } = await openPage(browser, profile);
  const errors = [];
  page.on("pageerror", (e) => errors.push(firstLine(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text().slice(0, 200)));
  const out = { kind, delay, errors };
  const began = Date.now();
  let tracing = null;
  try {
    if (trace) tracing = await startTrace(cdp);
    await page.goto(url, { waitUntil: "load", timeout: profile.deadlineMs });
    const deadline = Date.now() + profile.deadlineMs;
    // A phone reaches the filters only through "Filters" (the sheet); 1280 px shows them.
    const phone = kind !== "next" && (await placeOf(page, ["#filters-button"])).why == null;
    if (kind === "filters" && !phone) {
      out.na = "no Filters button at this width: the filters are beside the results";
      return out;
    }
    // Controls below the fold are put on screen now, by script, long before the tap.
    if (kind === "source") await placeOf(page, ["a.show-in-source"]);
    if (kind === "choice" && !phone) await placeOf(page, [`input[data-actor-id="${ACTOR}"]`, `label[for="f-actor-${ACTOR}"]`]);
    // The delay after the load event, waited out in the page.
    await page.evaluate((d) => new Promise((ok) => setTimeout(ok, Math.max(0, window.__tap.load + d - performance.now()))), delay);
    const armKey = kind === "next" ? "next" : kind;
    const arg = kind === "next" ? nextId : kind === "choice" ? ACTOR : null;
    out.initial = await page.evaluate(([k, a]) => window.__tap.arm(k, a), [armKey, arg]);
    const steps = [];
    const step = (what, at) => steps.push({ what, at });
    if (kind === "next") {
      // Its "next" arrow, where shown (not on a phone), is under TimelineJS's "Swipe to
      // Navigate" hint on a touch screen until that is dismissed: noted, and the next
      // event's marker on the time line, which nothing covers, is tapped.
      const arrow = await placeOf(page, [".tl-slidenav-next"]);
      out.arrow = arrow.why ? { hidden: arrow.why } : { covered: arrow.covered };
      step("tap", await tapOn(page, [`[id="${nextId}-marker"] .tl-timemarker-content-container`]));
    } else if (kind === "matrix") {
      step("tap", await tapOn(page, ['button[data-view="matrix"]']));
    } else if (kind === "filters") {
      step("tap", await tapOn(page, ["#filters-button"]));
    } else if (kind === "choice" || kind === "search") {
      if (phone) {
        step("tap", await tapOn(page, ["#filters-button"]));
        const shown = await waitOnScreen(page, kind === "choice" ? `input[data-actor-id="${ACTOR}"], label[for="f-actor-${ACTOR}"]` : "#search", Math.max(0, deadline - Date.now()));
        if (shown == null) throw new Error(`the filter sheet did not open within ${profile.deadlineMs / 1000} s of the page's load`);
        out.sheetShown = shown;
      }
      if (kind === "choice") {
        step("tap", await tapOn(page, [`input[data-actor-id="${ACTOR}"]`, `label[for="f-actor-${ACTOR}"]`]));
      } else {
        step("tap", await tapOn(page, ["#search"]));
        await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
        step("typed", TYPED);
      }
    } else if (kind === "source") {
      step("tap", await tapOn(page, ["a.show-in-source"]));
    }
    out.steps = steps;
    const { answer, navigated } = await waitForAnswer(page, deadline);
    out.navigated = navigated;
    if (navigated) await page.waitForLoadState("load", { timeout: 10_000 }).catch(() => {});
    // Typing: let the last keys land before reading what the box holds.
    if (kind === "search" && answer) await page.waitForTimeout(1000);
    const s = await within(10_000, snapshot(page));
    Object.assign(out, figures(s, { kind, answer, navigated }));
    if (trace && tracing) out.trace = await endTrace(cdp, tracing, s);
    if (!answer) {
      out.error = `no answer within ${profile.deadlineMs / 1000} s of the load event` + describeState(s);
    }
    return out;
  } catch (e) {
    out.error = firstLine(e);
    try {
      const s = await within(5000, snapshot(page));
      out.error += describeState(s);
    } catch {}
    return out;
  } finally {
    await within(10_000, context.close()).catch(() => {});
    out.seconds = (Date.now() - began) / 1000;
  }
}

const describeState = (s) =>
  ` (app ${s.ready != null ? "ready" : s.starting != null ? "loading" : "not started"}; view ${s.state.view ?? DASH}; ` +
  `count "${s.state.count ?? DASH}"; sheet ${s.state.sheet ? "open" : "closed"}; box ${s.state.checked ? "checked" : "unchecked"}; ` +
  `search "${s.state.search ?? ""}"${s.carried ? `; now at ${new URL(s.url).search}` : ""})`;

/** The run's figures, on the page's clock (or absolute, when the tap navigated). */
function figures(s, { kind, answer }) {
  // The first touch (pointerdown) and the first key, in the document that saw them.
  const inputs = s.inputs ?? [];
  const after = (type) => inputs.filter((i) => i.type === type && s.armed != null && i.t >= s.armed - 1);
  const touches = after("pointerdown");
  const keys = after("keydown");
  const carried = s.carried;
  const abs = (t) => (t == null ? null : s.origin + t);
  const firstTouchAbs = carried ? carried.pointerdown : abs(touches[0]?.t);
  const firstKeyAbs = carried ? carried.keydown : abs(keys[0]?.t);
  const lastTouchAbs = carried ? carried.pointerdown : abs(touches.at(-1)?.t);
  const startAbs = kind === "search" ? firstKeyAbs : firstTouchAbs;
  const answerAbs = answer?.abs ?? null;
  const since = (x) => (x == null || startAbs == null ? null : x - startAbs);
  const f = {
    ms: answerAbs != null && startAbs != null ? answerAbs - startAbs : null,
    fromFirstTouch: answerAbs != null && firstTouchAbs != null ? answerAbs - firstTouchAbs : null,
    fromLastTouch: answerAbs != null && lastTouchAbs != null ? answerAbs - lastTouchAbs : null,
    tapAfterLoad: !carried && touches[0] && s.load != null ? touches[0].t - s.load : null,
    // The first touch on the page's clock (for the trace's account).
    tapPage: !carried && touches[0] ? touches[0].t : null,
    // How long the first touch waited for the page's main thread.
    inputDelay: !carried && touches[0] ? touches[0].ran - touches[0].t : null,
    touches: touches.length,
    keys: keys.length,
    // The app's start-up, from the first touch (the first move, for typing too).
    starting: carried || firstTouchAbs == null || s.starting == null ? null : abs(s.starting) - firstTouchAbs,
    ready: firstTouchAbs == null || s.ready == null ? null : abs(s.ready) - firstTouchAbs,
    answerFrame: answer && !carried ? since(abs(answer.frame)) : null,
    answeredBeforeReady: answer ? s.ready == null || answer.abs <= abs(s.ready) : null,
    // The longest main-thread task between the tap and the answer (or the end).
    longestTask: null,
    state: s.state,
  };
  if (!carried && startAbs != null) {
    const from = startAbs - s.origin;
    const to = answer ? answer.painted : Infinity;
    const tasks = (s.longtasks ?? []).filter((l) => l.start + l.duration > from && l.start < to);
    f.longTasks = tasks.length;
    f.longestTask = tasks.length ? Math.max(...tasks.map((l) => l.duration)) : 0;
  }
  if (kind === "search") f.lost = s.state.search !== TYPED ? `the box held "${s.state.search ?? ""}"` : null;
  return f;
}

// ---- the trace ----------------------------------------------------------------------------

const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "v8",
  "v8.wasm",
  "blink.user_timing",
  "toplevel",
  "loading",
];

async function startTrace(cdp) {
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: "recordAsMuchAsPossible" }, transferMode: "ReportEvents" });
  return { events, complete };
}

/** Ends the trace and reads from it, and from the page, where the tap's time went. */
async function endTrace(cdp, tracing, s) {
  const timing = await cdp
    .send("Runtime.evaluate", {
      expression: `JSON.stringify({
        resources: performance.getEntriesByType("resource").map((r) => ({ name: r.name, type: r.initiatorType, start: r.startTime, requestStart: r.requestStart, responseStart: r.responseStart, end: r.responseEnd, transfer: r.transferSize, encoded: r.encodedBodySize, decoded: r.decodedBodySize })),
        marks: performance.getEntriesByType("mark").map((m) => ({ name: m.name, t: m.startTime })),
        measures: performance.getEntriesByType("measure").map((m) => ({ name: m.name, t: m.startTime, duration: m.duration })),
      })`,
      returnByValue: true,
    })
    .then((r) => JSON.parse(r.result.value));
  await cdp.send("Tracing.end");
  await within(60_000, tracing.complete, "no end of the trace");
  const events = tracing.events;
  // The trace's clock to the page's: the mark made when the tap was armed.
  const mark = events.find((e) => e.name === "tap-bench:armed" && e.ph !== "e");
  const armedMark = timing.marks.find((m) => m.name === "tap-bench:armed");
  const out = { ...timing, events: events.length, tasks: [], mainThreadBusy: null };
  Object.defineProperty(out, "raw", { value: events, enumerable: false });
  if (!mark || !armedMark) return { ...out, note: "the trace holds no tap-bench:armed mark" };
  const toPage = (ts) => ts / 1000 - mark.ts / 1000 + armedMark.t;
  const main = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === mark.pid);
  const tid = main?.tid ?? mark.tid;
  const onMain = events.filter((e) => e.pid === mark.pid && e.tid === tid && e.ph === "X" && e.dur != null);
  // The main thread's tasks: the outermost task events (a task may be recorded twice,
  // by the scheduler and by the thread controller, one inside the other).
  const isTask = (e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask";
  const byStart = onMain.slice().sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  let reachTop = -Infinity;
  for (const e of byStart) {
    if (!isTask(e) || e.ts < reachTop) continue;
    top.push(e);
    reachTop = e.ts + e.dur;
  }
  const tap = (s.inputs ?? []).find((i) => i.type === "pointerdown" && i.t >= s.armed - 1)?.t ?? null;
  const end = s.answer?.painted ?? Infinity;
  if (tap == null) return out;
  const inWindow = top.filter((e) => toPage(e.ts + e.dur) > tap && toPage(e.ts) < end);
  out.mainThreadBusy = inWindow.reduce((sum, e) => sum + e.dur / 1000, 0);
  // The events directly inside `parent`, looking through the scheduler's wrappers.
  const WRAPPERS = /^(RunTask|ThreadControllerImpl::RunTask|BlinkScheduler_PerformMicrotaskCheckpoint|RunMicrotasks|V8\.RunMicrotasks|FunctionCall|v8\.callFunction|V8\.Execute|EvaluateScript|v8\.run|v8\.callModuleMethod.*)$/;
  const children = (parent) => {
    const inside = byStart.filter((e) => e !== parent && e.ts >= parent.ts && e.ts + e.dur <= parent.ts + parent.dur);
    const direct = [];
    let reach = -Infinity;
    for (const e of inside) {
      if (e.ts >= reach) {
        direct.push(e);
        reach = e.ts + e.dur;
      }
    }
    return direct;
  };
  const leaves = (parent, depth = 0) => {
    const direct = children(parent);
    const out = [];
    for (const e of direct) {
      // A wrapper that takes most of its parent is looked into.
      if (depth < 6 && WRAPPERS.test(e.name) && children(e).length) out.push(...leaves(e, depth + 1).map((x) => ({ ...x, via: [nameOf(e), ...x.via] })));
      else out.push({ e, via: [] });
    }
    const covered = direct.reduce((sum, e) => sum + e.dur, 0);
    if (parent.dur - covered > 5000) out.push({ e: { name: `${nameOf(parent)}, own time`, dur: parent.dur - covered, args: {} }, via: [] });
    return out;
  };
  // Each task over 50 ms: what ran in it, by the largest events inside it.
  for (const task of inWindow.filter((e) => e.dur >= 50_000)) {
    const byName = new Map();
    for (const { e } of leaves(task)) {
      const what = nameOf(e);
      byName.set(what, (byName.get(what) ?? 0) + e.dur / 1000);
    }
    out.tasks.push({
      start: toPage(task.ts) - tap,
      duration: task.dur / 1000,
      what: [...byName].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, d]) => ({ name: n, ms: d })),
    });
  }
  // Wasm compilation off the main thread (streaming compile), for the account.
  const wasm = events.filter((e) => e.pid === mark.pid && e.ph === "X" && /wasm/i.test(e.name) && e.tid !== tid);
  out.wasmOffMain = wasm.length
    ? { events: wasm.length, ms: wasm.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0), first: toPage(Math.min(...wasm.map((e) => e.ts))) - tap, last: toPage(Math.max(...wasm.map((e) => e.ts + (e.dur ?? 0)))) - tap }
    : null;
  return out;
}

/** A trace event's name with what it ran, where the trace says (a script's file). */
function nameOf(e) {
  const url = e.args?.data?.url || e.args?.data?.stackTrace?.[0]?.url || e.args?.fileName || "";
  const file = url ? basename(new URL(url, "http://x/").pathname) : "";
  return file ? `${e.name} ${file}` : e.name;
}

// ---- the whole part ---------------------------------------------------------------------

/** Settings from the environment (see the header). */
export function tapSettings(env = process.env) {
  const list = (v, d) => (v ?? d).split(",").map((x) => x.trim()).filter(Boolean);
  return {
    runs: Number(env.BENCH_TAP_RUNS ?? 5),
    delays: list(env.BENCH_TAP_DELAYS, "500,2000,4000").map(Number),
    profiles: list(env.BENCH_TAP_PROFILES, "mobile,unthrottled").filter((p) => PROFILES[p]),
    actions: list(env.BENCH_TAP_ACTIONS, Object.keys(ACTIONS).join(",")).filter((a) => ACTIONS[a]),
    trace: env.BENCH_TAP_TRACE !== "0",
  };
}

/**
 * Copies `dist` to target/tap-dist, writes TimelineJS's page, serves both gzip-compressed,
 * and measures. Returns everything (also written to target/bench-results/tap.json).
 */
export async function measureFirstTaps(browser, { dist, briefing, settings = tapSettings(), log = () => {}, timeoutMs = 60 * 60_000 }) {
  const copy = join(ROOT, "target/tap-dist");
  rmSync(copy, { recursive: true, force: true });
  // The synthetic briefings of the other parts are not needed here.
  cpSync(dist, copy, { recursive: true, filter: (src) => !/synthetic-\d+\.json$/.test(src) });
  const servers = [];
  const result = {
    started: new Date().toISOString(),
    browser: browser.version(),
    settings,
    profiles: Object.fromEntries(settings.profiles.map((p) => [p, PROFILES[p]])),
    load: { start: loadavg().map((x) => x.toFixed(1)).join(" / ") },
    runs: [],
    problems: [],
  };
  try {
    const ours = await startServer({ root: copy, gzip: true, lifetimeMs: timeoutMs });
    servers.push(ours);
    let theirs = null;
    let nextId = null;
    try {
      result.timelinejs = JSON.parse(readFileSync(new URL("./node_modules/@knight-lab/timelinejs/package.json", import.meta.url), "utf8")).version;
      const dir = join(ROOT, "target/tap-timelinejs");
      writeTimelinePage(dir, briefing);
      nextId = [...briefing.events].sort((a, b) => a.order - b.order)[1].id;
      theirs = await startServer({ root: dir, gzip: true, lifetimeMs: timeoutMs });
      servers.push(theirs);
    } catch (e) {
      result.problems.push(`TimelineJS: not measured (${firstLine(e)}; scripts/bench.sh installs it with npm ci in tests/bench)`);
    }
    const total = settings.runs * settings.profiles.length * settings.delays.length * (settings.actions.length + (theirs ? 1 : 0));
    let done = 0;
    for (let round = 1; round <= settings.runs; round++) {
      for (const p of settings.profiles) {
        for (const delay of settings.delays) {
          log(`first tap: round ${round} of ${settings.runs}, ${p}, ${delay} ms after load (${done} of ${total} runs done)`);
          const kinds = [...(theirs ? ["next"] : []), ...settings.actions];
          for (const kind of kinds) {
            const url = kind === "next" ? theirs.url : ours.url;
            const r = await tapRun(browser, { url, kind, delay, profile: PROFILES[p], nextId });
            result.runs.push({ page: kind === "next" ? "timelinejs" : "explorer", profile: p, round, ...r });
            if (r.error) log(`  ${kind}: ${r.error}`);
            done++;
          }
        }
      }
    }
    if (settings.trace && settings.profiles.includes("mobile")) {
      log('first tap: one traced tap on "Stance matrix", 2 s after load, mobile profile');
      result.trace = await tapRun(browser, { url: ours.url, kind: "matrix", delay: 2000, profile: PROFILES.mobile, trace: true });
      // The whole trace, for Chromium's DevTools or Perfetto.
      const raw = result.trace.trace?.raw;
      if (raw) {
        mkdirSync(join(ROOT, "target/bench-results"), { recursive: true });
        writeFileSync(join(ROOT, "target/bench-results/tap-trace.json"), JSON.stringify({ traceEvents: raw }));
        result.trace.trace.file = "target/bench-results/tap-trace.json";
      }
      if (result.trace.error) log(`  traced tap: ${result.trace.error}`);
    }
  } finally {
    for (const s of servers) await s.close().catch(() => {});
  }
  result.load.end = loadavg().map((x) => x.toFixed(1)).join(" / ");
  result.seconds = (Date.now() - Date.parse(result.started)) / 1000;
  const out = join(ROOT, "target/bench-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "tap.json"), JSON.stringify(result, null, 2));
  return result;
}

// ---- the report -------------------------------------------------------------------------

/** The tables, through `say` (markdown, as the other parts); failures go to `problems`. */
export function reportFirstTaps(r, say, problems = []) {
  const s = r.settings;
  const tl = r.timelinejs ? `TimelineJS ${r.timelinejs}` : "TimelineJS";
  const delays = s.delays;
  const when = (d) => `${d / 1000} s after load`;
  say(`### First tap: from the tap to the page's answer, the explorer and ${tl} in one alternating run (median, min–max, ms)`);
  say();
  say(
    `Chromium ${r.browser}, headless; both pages served gzip-compressed from 127.0.0.1; a fresh browser context per run (empty cache), ` +
      `${s.runs} runs per cell; one tap with touch events (\`page.touchscreen.tap\`) at the control's centre, ${delays.map((d) => d / 1000).join(", ")} s after the load event. ` +
      "Timed inside the page: from the input event's timestamp to the task after the first animation frame in which the answer is on screen. " +
      `Load average ${r.load.start} at the start, ${r.load.end} at the end; ${Math.round(r.seconds / 60)} min.`,
  );
  say();
  for (const p of s.profiles) {
    const runs = r.runs.filter((x) => x.profile === p);
    say(`#### ${r.profiles[p].label[0].toUpperCase()}${r.profiles[p].label.slice(1)}`);
    say();
    say(`| the reader taps… | ${delays.map(when).join(" | ")} | app ready after the first tap, median | answered before the app ran | longest task from the timed input to the answer, median | failed runs |`);
    say(`| --- | ${delays.map(() => "---:").join(" | ")} | ---: | ---: | ---: | ---: |`);
    // `field`: which time of the runs (a second line of the same runs shows only that).
    const row = (label, kind, field = "ms") => {
      const mine = runs.filter((x) => x.kind === kind);
      if (!mine.length) return;
      const na = mine.find((x) => x.na);
      if (na) {
        say(`| ${label} | ${delays.map(() => "n/a").join(" | ")} | — | — | — | n/a: ${na.na} |`);
        return;
      }
      const ok = mine.filter((x) => !x.error);
      const cells = delays.map((d) => withRange(ok.filter((x) => x.delay === d).map((x) => x[field])));
      if (field !== "ms") {
        say(`| ${label} | ${cells.join(" | ")} | ${DASH} | ${DASH} | ${DASH} | ${DASH} |`);
        return;
      }
      const before = ok.filter((x) => x.answeredBeforeReady).length;
      const ready = kind === "next" ? DASH : fmt(median(ok.map((x) => x.ready)));
      const failed = mine.length - ok.length;
      say(`| ${label} | ${cells.join(" | ")} | ${ready} | ${kind === "next" ? DASH : `${before} / ${ok.length}`} | ${fmt(median(ok.map((x) => x.longestTask)))} | ${failed ? `${failed} / ${mine.length}` : 0} |`);
    };
    for (const kind of s.actions) {
      row(ACTIONS[kind].label, kind);
      const mine = runs.filter((x) => x.kind === kind && !x.error && !x.na);
      if (kind === "choice" && mine.some((x) => x.touches > 1)) row("… of which from the tap on the box", kind, "fromLastTouch");
      if (kind === "search" && mine.some((x) => x.touches > 1)) row('… from the first tap ("Filters")', kind, "fromFirstTouch");
    }
    row(`${tl}: the next event (its marker on the time line)`, "next");
    say();
    // What the reader may not see: lost typing, failures.
    const lost = runs.filter((x) => x.kind === "search" && !x.error && x.lost);
    if (lost.length) say(`Typing lost characters in ${lost.length} of ${runs.filter((x) => x.kind === "search" && !x.error).length} runs: ${[...new Set(lost.map((x) => x.lost))].join("; ")}.`);
    const arrows = runs.filter((x) => x.kind === "next" && x.arrow);
    const hidden = arrows.filter((x) => x.arrow.hidden);
    const covered = arrows.filter((x) => x.arrow.covered);
    if (hidden.length) say(`${tl}'s "next" arrow is not shown at this size (${hidden.length} of ${arrows.length} runs): the next event's marker on its time line is tapped.`);
    if (covered.length) {
      say(
        `${tl}'s "next" arrow was covered by ${[...new Set(covered.map((x) => x.arrow.covered))].join(", ")} in ${covered.length} of ${arrows.length} runs ` +
          "(its \"Swipe to Navigate\" hint, shown over the slides on a touch screen until a tap dismisses it: a first tap on the arrow only dismisses the hint); " +
          "the next event's marker on its time line, which nothing covers, is tapped.",
      );
    }
    const tapAfterLoad = runs.filter((x) => x.tapAfterLoad != null);
    if (tapAfterLoad.length) {
      const slip = tapAfterLoad.map((x) => x.tapAfterLoad - x.delay);
      say(`The taps came ${fmt(median(slip))} ms (${fmt(sorted(slip)[0])}–${fmt(sorted(slip).at(-1))}) after the intended moment (the driver's round trips); each waited ${withRange(tapAfterLoad.map((x) => x.inputDelay))} ms for the main thread.`);
    }
    for (const x of runs.filter((x) => x.error)) problems.push(`first tap, ${p}, ${x.page === "timelinejs" ? tl : x.kind}, ${x.delay} ms after load, round ${x.round}: ${x.error}`);
    say();
  }
  const t = r.trace;
  if (t) {
    say('### Where the time goes: one tap on "Stance matrix" 2 s after load, mobile profile (traced)');
    say();
    if (t.error) {
      say(`${DASH} (${t.error})`);
      problems.push(`first tap, traced run: ${t.error}`);
    } else if (t.trace) {
      const tr = t.trace;
      say("| step | ms after the tap |");
      say("| --- | ---: |");
      say(`| the tap (pointerdown, ${fmt(t.tapAfterLoad)} ms after the load event; it waited ${fmt(t.inputDelay)} ms for the main thread) | 0 |`);
      if (t.starting != null) say(`| start.js asks for the app (\`briefing-explorer:starting\`) | ${fmt(t.starting)} |`);
      for (const line of traceLines(t)) say(line);
      say(`| \`briefing-explorer:ready\` | ${fmt(t.ready)} |`);
      say(`| the answer: the matrix on screen (its frame / the task after it) | ${fmt(t.answerFrame)} / ${fmt(t.ms)} |`);
      say();
      say(
        `Main thread between the tap and the answer: ${fmt(tr.mainThreadBusy)} ms in tasks; tasks over 50 ms: ` +
          (tr.tasks.length
            ? tr.tasks.map((k) => `at ${fmt(k.start)} ms, ${fmt(k.duration)} ms (${k.what.map((w) => `${w.name} ${fmt(w.ms)}`).join(", ") || "?"})`).join("; ")
            : "none") +
          ".",
      );
      say("(The benchmark's own check of the answer runs in each animation frame and reads layout: that layout counts under FireAnimationFrame.)");
      if (tr.wasmOffMain) say(`WebAssembly work off the main thread (streaming compilation): ${fmt(tr.wasmOffMain.ms)} ms in ${tr.wasmOffMain.events} trace events, from ${fmt(tr.wasmOffMain.first)} to ${fmt(tr.wasmOffMain.last)} ms after the tap.`);
      const marks = (tr.marks ?? []).filter((m) => m.name !== "tap-bench:armed");
      if (marks.length) say(`User Timing marks: ${marks.map((m) => `${m.name} at ${fmt(m.t - t.tapPage)} ms`).join(", ")}.`);
      if (tr.note) say(tr.note);
      say();
    }
  }
  if (r.problems?.length) problems.push(...r.problems);
}

/** The traced run's requests after the tap, one table line each (Resource Timing). */
function traceLines(t) {
  const tr = t.trace;
  if (t.tapPage == null) return [];
  const at = (x) => fmt(x - t.tapPage);
  const lines = [];
  const kindOf = (name) => {
    const file = basename(new URL(name).pathname);
    if (/^loader-.*\.js$/.test(file)) return "the loader script";
    if (/_bg\.wasm$/.test(file)) return "the wasm";
    if (/-boot\.js$/.test(file)) return "the start-up failure script";
    if (/^briefing-explorer-.*\.js$/.test(file)) return "the glue script";
    return file || name;
  };
  for (const x of (tr.resources ?? []).filter((x) => x.start >= t.tapPage - 1).sort((a, b) => a.start - b.start)) {
    const file = basename(new URL(x.name).pathname);
    const size = x.transfer ? `, ${(x.transfer / 1024).toFixed(1)} KB transferred${x.decoded ? `, ${(x.decoded / 1024).toFixed(0)} KB unpacked` : ""}` : "";
    lines.push(`| ${kindOf(x.name)} (\`${file}\`${size}): requested / first byte / arrived | ${at(x.start)} / ${at(x.responseStart)} / ${at(x.end)} |`);
  }
  return lines;
}

// ---- alone --------------------------------------------------------------------------------

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import("playwright-core");
  const { FLAGS } = await import("./flags.mjs");
  const dist = process.argv[2] ?? join(ROOT, "dist");
  const log = (s) => process.stderr.write(`[bench] ${s}\n`);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: FLAGS, headless: true, timeout: 60_000 });
  const briefing = JSON.parse(readFileSync(join(ROOT, "data/briefing.json"), "utf8"));
  const r = await measureFirstTaps(browser, { dist, briefing, log });
  await browser.close();
  const lines = [];
  const problems = [];
  const say = (x = "") => lines.push(x);
  say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB.`);
  say();
  reportFirstTaps(r, say, problems);
  if (problems.length) {
    say("Problems:");
    for (const p of [...new Set(problems)]) say(`- ${p}`);
    say();
  }
  say("Raw figures: target/bench-results/tap.json.");
  console.log(lines.join("\n"));
}
