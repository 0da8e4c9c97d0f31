// Drives headless Chromium against the release build and prints, per briefing: time to
// the first position card, keystroke-to-paint in the search box (median, p95), time to
// apply an actor filter, time to load and validate (synthetic files), and the wasm heap.
// Run through scripts/bench.sh, which builds and generates the data.
import { statSync } from "node:fs";
import { join } from "node:path";

import { launch } from "../e2e/support/browser.mjs";
import { startServer } from "../e2e/support/server.mjs";

const [root = "target/bench-dist", keystrokes = "40"] = process.argv.slice(2);
const KEYS = Number(keystrokes);

// Recorded in the page before the app starts: first card time, wasm memory, and for each
// key press or click, the time from the event to the next frame painted after it. Measured
// inside the page, so the driver's own round trips are not counted.
function instrument(cardSelector) {
  window.__bench = { firstCard: null, memory: null, latencies: [] };
  addEventListener("TrunkApplicationStarted", (e) => {
    window.__bench.memory = e.detail?.wasm?.memory ?? null;
  });
  new MutationObserver((_, observer) => {
    if (document.querySelector(cardSelector)) {
      window.__bench.firstCard = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  // The app reacts to the event in the same task and in microtasks after it; the frame
  // after that is the one that shows the result, and a task queued from its animation
  // callback runs once it has been painted.
  const time = (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__bench.latencies.push(performance.now() - start), 0));
  };
  addEventListener("keydown", time, true);
  addEventListener("click", time, true);
}

/** Runs `act` and waits until the page has recorded its latency; returns it. */
async function latency(page, act) {
  const before = await page.evaluate(() => window.__bench.latencies.length);
  await act();
  await page.waitForFunction((n) => window.__bench.latencies.length > n, before);
  return page.evaluate(() => window.__bench.latencies.at(-1));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => (x == null ? "—" : x < 10 ? x.toFixed(2) : x.toFixed(0));

async function measure(browser, server, name, query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A synthetic briefing's own first card, not the default shown while it loads.
  const cardSelector = query ? '[data-position-id^="position-"]' : "[data-position-id]";
  await page.addInitScript(instrument, cardSelector);
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.__bench.firstCard !== null, null, { timeout: 120_000 });
  const firstCard = await page.evaluate(() => window.__bench.firstCard);
  const load = await page.evaluate(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
    const [fetch, read, validated] = [at("briefing:fetch"), at("briefing:read"), at("briefing:validated")];
    return fetch == null ? null : { total: validated - fetch, validate: validated - read };
  });

  // Keystroke to paint: type a query and erase it, one key at a time.
  await page.locator("#search").focus();
  const text = "actor 1 case";
  const keys = [];
  while (keys.length < KEYS) {
    for (const ch of text) keys.push(ch === " " ? "Space" : ch);
    for (let i = 0; i < text.length; i++) keys.push("Backspace");
  }
  const typing = [];
  for (const key of keys.slice(0, KEYS)) {
    typing.push(await latency(page, () => page.keyboard.press(key)));
  }
  await page.locator("#search").fill("");
  await page.waitForTimeout(200);

  // Actor filter: check and uncheck the first actor a few times.
  const filtering = [];
  const box = page.locator("input[data-actor-id]").first();
  for (let i = 0; i < 10; i++) {
    filtering.push(await latency(page, () => box.click()));
  }
  const heap = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? null);
  await context.close();
  return { name, firstCard, load, typing, filtering, heap };
}

const server = await startServer({ root });
const browser = await launch();
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const runs = [["default briefing", ""]];
for (const n of sizes) {
  try {
    statSync(join(root, `synthetic-${n}.json`));
    runs.push([`synthetic ${n.toLocaleString("en")}`, `?src=synthetic-${n}.json`]);
  } catch {}
}
const rows = [];
for (const [name, query] of runs) {
  process.stderr.write(`[bench] ${name}…\n`);
  rows.push(await measure(browser, server, name, query));
}
await browser.close();
await server.close();

console.log("| briefing | first card (ms) | load + validate (ms) | of which validate (ms) | keystroke→paint median / p95 (ms) | actor filter median (ms) | wasm heap (MB) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${ms(r.firstCard)} | ${ms(r.load?.total)} | ${ms(r.load?.validate)} | ${ms(median(r.typing))} / ${ms(p95(r.typing))} | ${ms(median(r.filtering))} | ${r.heap == null ? "—" : (r.heap / 1048576).toFixed(1)} |`,
  );
}
