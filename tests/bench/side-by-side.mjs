// First visits of the explorer and of the TimelineJS reference page in one browser, in
// alternating order, each in a fresh browser context (empty cache, as a first visit):
// time to first content, layout shifts over the first seconds, and, once per page, what
// the visit transferred (gzip) and whether it asked any other host for anything.
import { constants, gzipSync } from "node:zlib";

import { cumulativeLayoutShift, instrument } from "./instrument.mjs";

/** Every visit's window: the explorer's usual desktop size, as in the other benchmarks. */
export const VIEWPORT = { width: 1280, height: 900 };

/** `promise`, or an error once `ms` have passed. */
function within(ms, promise) {
  let timer;
  const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`no answer from the page within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const isLocal = (u) => u.startsWith("data:") || u.startsWith("blob:") || u.startsWith("about:");

/**
 * One first visit of `page.url`. Waits (at most `timeoutMs`) for the first content, then
 * until `settleMs` after navigation start, and returns what the page recorded. With
 * `sizes`, also the gzip size of every response.
 */
export async function visit(browser, page, { settleMs, timeoutMs = 60_000, sizes = false }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  const origin = new URL(page.url).origin;
  const requests = [];
  const failed = [];
  const responses = [];
  const errors = [];
  tab.on("request", (r) => requests.push(r.url()));
  tab.on("requestfailed", (r) => failed.push(`${r.url()} (${r.failure()?.errorText ?? "failed"})`));
  // Whether each response came after the load event: the explorer fetches its app in the
  // background once the page is idle (assets/start.js), which is not what the page needs.
  let loaded = false;
  tab.on("load", () => (loaded = true));
  tab.on("response", (r) => sizes && responses.push({ r, afterLoad: loaded }));
  tab.on("pageerror", (e) => errors.push(String(e)));
  tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await tab.addInitScript(instrument, { selector: page.selector, text: page.text ?? null });
    await tab.goto(page.url, { waitUntil: "commit", timeout: timeoutMs });
    // Waits inside the page (a 25 ms timer there), not by the driver asking again and
    // again, so the driver adds no work to the frames being measured.
    const seen = await within(timeoutMs + 5000, tab.evaluate(
      (ms) =>
        new Promise((ok) => {
          const until = performance.now() + ms;
          const check = () =>
            window.__bench?.firstFrame != null ? ok(true) : performance.now() > until ? ok(false) : setTimeout(check, 25);
          check();
        }),
      timeoutMs,
    ));
    if (!seen) throw new Error(`no ${page.selector} within ${timeoutMs / 1000} s`);
    await within(settleMs + 5000, tab.evaluate((ms) => new Promise((ok) => setTimeout(ok, Math.max(0, ms - performance.now()))), settleMs));
    const b = await within(
      10_000,
      tab.evaluate(() => {
        const { firstInDom, firstPaint, firstFrame, fcp, lcp, shifts } = window.__bench;
        return { firstInDom, firstPaint, firstFrame, fcp, lcp, shifts, now: performance.now() };
      }),
    );
    const result = {
      firstInDom: b.firstInDom,
      firstPaint: b.firstPaint,
      firstFrame: b.firstFrame,
      fcp: b.fcp,
      lcp: b.lcp,
      cls: cumulativeLayoutShift(b.shifts, settleMs),
      shifts: b.shifts.length,
      // The largest shift counted, and what moved in it, to tell where the CLS comes from.
      largestShift: b.shifts.filter((x) => !x.input && x.t <= settleMs).sort((x, y) => y.value - x.value)[0] ?? null,
      foreign: requests.filter((u) => !isLocal(u) && new URL(u).origin !== origin),
      failed,
      errors,
    };
    if (sizes) {
      await tab.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
      result.files = await within(30_000, gzipSizes(responses, origin));
    }
    return result;
  } catch (e) {
    return { error: String(e?.message ?? e).split("\n")[0], foreign: requests.filter((u) => !isLocal(u) && new URL(u).origin !== origin), failed, errors };
  } finally {
    await within(10_000, context.close()).catch(() => {});
  }
}

/** Gzip (level 9, as tests/e2e/size.test.mjs) of each distinct URL the visit loaded. */
async function gzipSizes(responses, origin) {
  const seen = new Map();
  for (const { r, afterLoad } of responses) {
    const url = r.url();
    if (seen.has(url) || isLocal(url) || new URL(url).origin !== origin) continue;
    try {
      const body = await r.body();
      seen.set(url, {
        path: new URL(url).pathname,
        status: r.status(),
        raw: body.length,
        gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length,
        afterLoad,
      });
    } catch (e) {
      seen.set(url, { path: new URL(url).pathname, status: r.status(), raw: 0, gzip: 0, afterLoad, note: "body unavailable" });
    }
  }
  return [...seen.values()];
}

/**
 * `pages`: [{key, url, selector, text?}]. One warm-up round (not counted; it records the
 * sizes), then `runs` rounds visiting each page in turn: A, B, C, A, B, C, …
 * @returns {Promise<{runs: Record<string, object[]>, warmup: Record<string, object>}>}
 */
export async function sideBySide(browser, pages, { runs, settleMs, log = () => {} }) {
  const out = { runs: Object.fromEntries(pages.map((p) => [p.key, []])), warmup: {} };
  for (const page of pages) {
    log(`warm-up and sizes: ${page.key}`);
    out.warmup[page.key] = await visit(browser, page, { settleMs, sizes: true });
  }
  for (let i = 0; i < runs; i++) {
    log(`round ${i + 1} of ${runs}: ${pages.map((p) => p.key).join(", ")}`);
    for (const page of pages) out.runs[page.key].push(await visit(browser, page, { settleMs }));
  }
  return out;
}
