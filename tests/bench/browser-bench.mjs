// The browser benchmark, run by scripts/bench.sh (which builds the release, generates the
// synthetic briefings and installs tests/bench/node_modules first):
//
//   node tests/bench/browser-bench.mjs DIST_COPY [KEYSTROKES]
//
// 1. Side by side: the explorer (at `/` and `?view=matrix`) and TimelineJS 3.9.11 showing
//    the default briefing's events (tests/bench/timelinejs.mjs), each served from its own
//    server on 127.0.0.1, visited in alternating order in headless Chromium: time to first
//    content, cumulative layout shift, first-visit gzip size, requests to other hosts. A
//    page of one line of text, visited with them, gives the floor of first content.
// 2. The explorer over the default and synthetic briefings (tests/bench/synthetic.mjs).
// 3. Lighthouse, mobile, the four categories, alternating the same three pages.
// 4. The first tap (tests/bench/tap.mjs): how fast the explorer answers a reader's first tap
//    ("Stance matrix", "Filters", a filter choice, typing in search, "Show in source"),
//    0.5, 2 and 4 s after the load event, alternating with TimelineJS moving to its next
//    event; on Lighthouse's mobile profile (390×844 touch, 150 ms round trip, 1.6 Mbit/s,
//    CPU 4× slower, through CDP) and unthrottled at 1280×900; both served gzip-compressed
//    from a copy of the build (target/tap-dist), a fresh context and real touch events per
//    run, timed in the page from the input event to the first frame showing the answer.
//    Then one traced tap (CDP Tracing and Resource Timing) says where the time goes.
//    Its raw figures: target/bench-results/tap.json (and the trace, tap-trace.json).
// Then it prints the tables and the targets table, and writes every raw figure and the
// Lighthouse reports to target/bench-results/. A part that fails prints "—" and why.
//
// Environment: BENCH_RUNS (alternating runs per page, default 11), BENCH_LH_RUNS (Lighthouse
// runs per page, default 5), BENCH_SETTLE_MS (how long after navigation layout shifts are
// counted, default 3000), BENCH_SIZES (synthetic sizes, default 1000,10000,100000),
// BENCH_SKIP (any of side-by-side,synthetic,lighthouse,tap), BENCH_LH_TIMEOUT_MS (one Lighthouse
// run, default 180000), CHROME_PATH (default
// /usr/bin/chromium), BENCH_TIMEOUT_MS (the whole run, default 60 minutes). The first tap:
// BENCH_TAP_RUNS (rounds, default 5), BENCH_TAP_DELAYS (ms after the load event, default
// 500,2000,4000), BENCH_TAP_PROFILES (default mobile,unthrottled), BENCH_TAP_ACTIONS
// (default matrix,filters,choice,search,source), BENCH_TAP_TRACE (0: no traced tap).
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { startServer } from "../e2e/support/server.mjs";
import { FLAGS } from "./flags.mjs";
import { endAllLighthouseChildren, lighthouseRun, lighthouseUnavailable } from "./lighthouse.mjs";
import { sideBySide, visit } from "./side-by-side.mjs";
import { measureBriefing, measureViews } from "./synthetic.mjs";
import { measureFirstTaps, reportFirstTaps, tapSettings } from "./tap.mjs";
import { writeTimelinePage } from "./timelinejs.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const [dist = join(ROOT, "target/bench-dist"), keystrokes = "40"] = process.argv.slice(2);
const env = process.env;
const RUNS = Number(env.BENCH_RUNS ?? 11);
const LH_RUNS = Number(env.BENCH_LH_RUNS ?? 5);
const LH_TIMEOUT_MS = Number(env.BENCH_LH_TIMEOUT_MS ?? 180_000);
const SETTLE_MS = Number(env.BENCH_SETTLE_MS ?? 3000);
const SIZES = (env.BENCH_SIZES ?? "1000,10000,100000").split(",").filter(Boolean).map(Number);
const SKIP = new Set((env.BENCH_SKIP ?? "").split(",").filter(Boolean));
const CHROME_PATH = env.CHROME_PATH ?? "/usr/bin/chromium";
const TIMEOUT_MS = Number(env.BENCH_TIMEOUT_MS ?? 60 * 60_000);
const OUT = join(ROOT, "target/bench-results");
const TL_DIR = join(ROOT, "target/bench-timelinejs");

const started = Date.now();
const log = (s) => process.stderr.write(`[bench] ${s}\n`);
let browser = null;
const servers = [];
async function shutdown(code, why) {
  if (why) log(why);
  endAllLighthouseChildren();
  await browser?.close().catch(() => {});
  for (const s of servers) await s.close().catch(() => {});
  process.exit(code);
}
setTimeout(() => shutdown(3, `gave up: the benchmark ran past BENCH_TIMEOUT_MS (${TIMEOUT_MS / 60000} min)`), TIMEOUT_MS).unref();
process.on("SIGINT", () => shutdown(130, "interrupted"));
process.on("SIGTERM", () => shutdown(143, "terminated"));

// ---- figures --------------------------------------------------------------------------

const sorted = (xs) => xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
const p95 = (xs) => {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : null;
};
const range = (xs) => {
  const s = sorted(xs);
  return s.length ? [s[0], s.at(-1)] : null;
};
const DASH = "—";
const ms = (x) => (x == null ? DASH : x < 10 ? x.toFixed(2) : x.toFixed(0));
const sec = (x) => (x == null ? DASH : `${(x / 1000).toFixed(1)} s`);
const kb = (n) => (n == null ? DASH : `${(n / 1024).toFixed(1)} KB`);
const cls = (x) => (x == null ? DASH : x.toFixed(3));
const withRange = (xs, f = ms) => {
  const r = range(xs);
  return r ? `${f(median(xs))} (${f(r[0])}–${f(r[1])})` : DASH;
};
const hosts = (urls) => {
  const counts = new Map();
  for (const u of urls) {
    const h = new URL(u).host;
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  return counts.size ? [...counts].map(([h, n]) => `${h} ×${n}`).join(", ") : "none";
};

// ---- the pages ------------------------------------------------------------------------

const problems = [];
const briefing = JSON.parse(readFileSync(join(ROOT, "data/briefing.json"), "utf8"));
const ours = await startServer({ root: dist, lifetimeMs: TIMEOUT_MS });
servers.push(ours);
const PAGES = [
  { key: "ours", label: "explorer `/`", url: ours.url, selector: "[data-position-id]" },
  { key: "matrix", label: "explorer `?view=matrix`", url: ours.url + "?view=matrix", selector: "th[data-actor-id]" },
];
let TIMELINEJS_VERSION = "3.9.11";
let theirs = null;
try {
  TIMELINEJS_VERSION = JSON.parse(
    readFileSync(new URL("./node_modules/@knight-lab/timelinejs/package.json", import.meta.url), "utf8"),
  ).version;
  const tl = writeTimelinePage(TL_DIR, briefing);
  theirs = await startServer({ root: TL_DIR, lifetimeMs: TIMEOUT_MS });
  servers.push(theirs);
  // Alternating: ours, theirs, ours with the matrix, ours, theirs, …
  PAGES.splice(1, 0, {
    key: "timelinejs",
    label: `TimelineJS ${TIMELINEJS_VERSION}`,
    url: theirs.url,
    // Its first slide's headline, holding the first event's title as a text node.
    selector: `[id="${tl.firstId}"] .tl-headline`,
    text: tl.firstTitle,
  });
} catch (e) {
  problems.push(`TimelineJS: not measured (${e.message.split("\n")[0]}; scripts/bench.sh installs it with npm ci in tests/bench)`);
}
// The floor: how soon this Chromium paints a page of one line of text, the least any page
// can do (side by side only, not in Lighthouse).
const FLOOR_DIR = join(ROOT, "target/bench-floor");
mkdirSync(FLOOR_DIR, { recursive: true });
writeFileSync(
  join(FLOOR_DIR, "index.html"),
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>One line</title><p data-floor>One line of text.</p>\n',
);
const floor = await startServer({ root: FLOOR_DIR, lifetimeMs: TIMEOUT_MS });
servers.push(floor);
PAGES.push({ key: "floor", label: "one line of text (the floor)", url: floor.url, selector: "[data-floor]", lighthouse: false });
const LH_PAGES = PAGES.filter((p) => p.lighthouse !== false);
mkdirSync(OUT, { recursive: true });
const load = () => loadavg().map((x) => x.toFixed(1)).join(" / ");
const results = { started: new Date().toISOString(), runs: RUNS, lighthouseRuns: LH_RUNS, settleMs: SETTLE_MS, load: { start: load() } };

const launchBrowser = () => chromium.launch({ executablePath: CHROME_PATH, args: FLAGS, headless: true, timeout: 60_000 });

// ---- 1. side by side ------------------------------------------------------------------

if (!SKIP.has("side-by-side")) {
  try {
    browser = await launchBrowser();
    results.browser = browser.version();
    log(`side by side: ${RUNS} alternating runs of ${PAGES.map((p) => p.key).join(", ")} (${browser.version()})`);
    results.sideBySide = await sideBySide(browser, PAGES, { runs: RUNS, settleMs: SETTLE_MS, log });
    if (theirs) {
      log("TimelineJS with its default font option: what it asks other hosts for");
      results.timelinejsDefaults = await visit(
        browser,
        { ...PAGES.find((p) => p.key === "timelinejs"), url: theirs.url + "audit.html" },
        { settleMs: SETTLE_MS },
      );
    }
  } catch (e) {
    problems.push(`side by side: ${e.message.split("\n")[0]}`);
  }
}

// ---- 2. the synthetic briefings -------------------------------------------------------

if (!SKIP.has("synthetic")) {
  try {
    browser ??= await launchBrowser();
    const runs = [["default briefing", ""]];
    for (const n of SIZES) {
      try {
        statSync(join(dist, `synthetic-${n}.json`));
        runs.push([`synthetic ${n.toLocaleString("en")}`, `?src=synthetic-${n}.json`, n]);
      } catch {
        problems.push(`synthetic ${n}: ${dist}/synthetic-${n}.json is missing`);
      }
    }
    results.synthetic = [];
    for (const [name, query, n] of runs) {
      log(`${name}…`);
      results.synthetic.push({ n, ...(await measureBriefing(browser, ours.url, name, query, Number(keystrokes))) });
    }
    // The other views, for the default briefing and the 10k one (each view costs a page).
    for (const r of results.synthetic.filter((r) => r.n == null || r.n === 10000)) {
      const query = runs.find(([name]) => name === r.name)[1];
      log(`${r.name}, other views…`);
      r.views = await measureViews(browser, ours.url, query);
    }
  } catch (e) {
    problems.push(`synthetic briefings: ${e.message.split("\n")[0]}`);
  }
}
await browser?.close().catch(() => {});
browser = null;

// ---- 3. Lighthouse --------------------------------------------------------------------

const lhSkipped = SKIP.has("lighthouse") ? "skipped (BENCH_SKIP)" : lighthouseUnavailable(CHROME_PATH);
if (!lhSkipped) {
  results.lighthouse = Object.fromEntries(LH_PAGES.map((p) => [p.key, []]));
  for (let i = 0; i < LH_RUNS; i++) {
    for (const p of LH_PAGES) {
      log(`Lighthouse ${i + 1} of ${LH_RUNS}: ${p.key}`);
      const t = Date.now();
      const r = await lighthouseRun(p.url, {
        chromePath: CHROME_PATH,
        timeoutMs: LH_TIMEOUT_MS,
        saveAs: join(OUT, `lighthouse-${p.key}-${i + 1}.json`),
      });
      r.seconds = (Date.now() - t) / 1000;
      if (r.error) log(`  ${r.error}`);
      results.lighthouse[p.key].push(r);
    }
  }
}
for (const s of servers) await s.close();

// ---- 4. the first tap -----------------------------------------------------------------

let tap = null;
if (!SKIP.has("tap")) {
  try {
    browser = await launchBrowser();
    const settings = tapSettings(env);
    log(`first tap: ${settings.runs} rounds of ${settings.profiles.join(", ")} × ${settings.delays.join(", ")} ms × TimelineJS, ${settings.actions.join(", ")} (${browser.version()})`);
    tap = await measureFirstTaps(browser, { dist, briefing, settings, log, timeoutMs: TIMEOUT_MS });
  } catch (e) {
    problems.push(`first tap: ${e.message.split("\n")[0]}`);
  }
  await browser?.close().catch(() => {});
  browser = null;
}

results.seconds = (Date.now() - started) / 1000;
results.load.end = load();
writeFileSync(join(OUT, "results.json"), JSON.stringify(results, null, 2));

// ---- report ---------------------------------------------------------------------------

const out = [];
const say = (s = "") => out.push(s);
say(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB; ` +
    `load average (1 / 5 / 15 min) ${results.load.start} at the start, ${results.load.end} at the end.`,
);
say();

// Side by side.
const sbs = results.sideBySide;
const firstContent = {};
let method = "Element Timing";
if (sbs) {
  // The same method for both pages: Element Timing's paint time when every run has one,
  // else the task after the next frame.
  const all = Object.values(sbs.runs).flat().filter((r) => !r.error);
  const key = all.length && all.every((r) => r.firstPaint != null) ? "firstPaint" : "firstFrame";
  if (key === "firstFrame") method = "the task after the next frame (Element Timing reported nothing in some runs)";
  for (const p of PAGES) firstContent[p.key] = sbs.runs[p.key].map((r) => r[key]);
  say(`### Side by side: first visits, ${RUNS} alternating runs per page (median, min–max)`);
  say();
  say(
    `${results.browser ? `Chromium ${results.browser}` : "Chromium"}, headless, 1280×900, a fresh browser context per visit; one warm-up round not counted. ` +
      `First content: ${method}.`,
  );
  say();
  say("| page | first content painted (ms) | in the DOM (ms) | first contentful paint (ms) | largest contentful paint (ms) | layout shift, first " + (SETTLE_MS / 1000) + " s | first visit gzip | responses | requests to other hosts | failed runs |");
  say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
  for (const p of PAGES) {
    const runs = sbs.runs[p.key];
    const ok = runs.filter((r) => !r.error);
    const w = sbs.warmup[p.key];
    const gz = w?.files ? w.files.filter((f) => !f.afterLoad).reduce((s, f) => s + f.gzip, 0) : null;
    const idle = w?.files ? w.files.filter((f) => f.afterLoad).reduce((s, f) => s + f.gzip, 0) : 0;
    const foreign = [...(w?.foreign ?? []), ...runs.flatMap((r) => r.foreign ?? [])];
    say(
      `| ${p.label} | ${p.key === "matrix" ? DASH + " (not compared)" : withRange(firstContent[p.key])} | ${withRange(ok.map((r) => r.firstInDom))} | ${withRange(ok.map((r) => r.fcp))} | ${withRange(ok.map((r) => r.lcp))} | ${withRange(ok.map((r) => r.cls), cls)} | ${kb(gz)}${idle ? ` (then ${kb(idle)} when idle)` : ""} | ${w?.files?.length ?? DASH} | ${hosts(foreign)} | ${runs.length - ok.length} |`,
    );
    for (const r of runs.filter((r) => r.error)) problems.push(`${p.label}: ${r.error}`);
    const errs = new Set([...(w?.errors ?? []), ...runs.flatMap((r) => r.errors ?? [])]);
    for (const e of errs) problems.push(`${p.label}: console error: ${e.slice(0, 200)}`);
  }
  say();
  for (const p of PAGES.filter((p) => p.key !== "matrix")) {
    const files = sbs.warmup[p.key]?.files;
    if (!files) continue;
    const list = (fs) => fs.map((f) => `${f.path} ${kb(f.gzip)}`).join(", ");
    const idle = files.filter((f) => f.afterLoad);
    say(
      `First visit of ${p.label}: ${list(files.filter((f) => !f.afterLoad))} (gzip -9 of each response body)` +
        (idle.length ? `; after the load event, fetched while the page is idle: ${list(idle)}.` : "."),
    );
  }
  if (firstContent.ours && firstContent.timelinejs) {
    // The same comparison round by round: each round's two visits ran next to each other,
    // so a slow stretch of the machine weighs on both.
    const paired = firstContent.ours.map((x, i) => (x != null && firstContent.timelinejs[i] ? x / firstContent.timelinejs[i] : null));
    say(`Round by round, ours / TimelineJS: median ${withRange(paired, (x) => (x == null ? DASH : x.toFixed(2)))}; the targets table uses the ratio of the medians.`);
  }
  const least = median(firstContent.floor ?? []);
  if (least != null && firstContent.ours && firstContent.timelinejs) {
    say(
      `Above the floor (a page of one line of text, first painted at ${ms(least)} ms): ours ${ms(median(firstContent.ours) - least)} ms, ` +
        `TimelineJS ${ms(median(firstContent.timelinejs) - least)} ms; a ratio of 0.33 would need ours at ${ms(median(firstContent.timelinejs) / 3)} ms.`,
    );
  }
  for (const p of PAGES) {
    const largest = sbs.runs[p.key].map((r) => r.largestShift).filter(Boolean).sort((a, b) => b.value - a.value)[0];
    if (largest) {
      say(`Largest layout shift of ${p.label} in any run: ${largest.value.toFixed(3)} at ${ms(largest.t)} ms, ${largest.sources.slice(0, 2).join("; ")}${largest.sources.length > 2 ? "; …" : ""}.`);
    }
  }
  const d = results.timelinejsDefaults;
  if (d) {
    say();
    say(
      `TimelineJS with its default font option (\`font: "default"\`) asks other hosts for: ${hosts(d.foreign ?? [])}` +
        (d.foreign?.length ? " (all blocked here; the measured page sets `font: null`)." : "."),
    );
  }
  say();
}

// Lighthouse.
const lh = results.lighthouse;
const lhMedian = {};
if (lh) {
  const version = Object.values(lh).flat().find((r) => r.lighthouse);
  say(`### Lighthouse ${version?.lighthouse ?? ""} mobile (default form factor, simulated throttling), median of ${LH_RUNS} runs per page`.replace("  ", " "));
  say();
  say(`${version?.chrome ? version.chrome + "; " : ""}Chromium from CHROME_PATH=${CHROME_PATH}, flags ${"`--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync`"}.`);
  say();
  say("| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS (worst) | speed index | performance, all runs | requests to other hosts | runs ok |");
  say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |");
  for (const p of LH_PAGES) {
    const runs = lh[p.key];
    const ok = runs.filter((r) => !r.error);
    const m = (f) => median(ok.map(f));
    lhMedian[p.key] = ok.length
      ? {
          scores: ["performance", "accessibility", "best-practices", "seo"].map((c) => m((r) => r.scores[c])),
          fcp: m((r) => r.fcp),
          lcp: m((r) => r.lcp),
          tbt: m((r) => r.tbt),
          cls: m((r) => r.cls),
          clsMax: Math.max(...ok.map((r) => r.cls ?? 0)),
          si: m((r) => r.si),
        }
      : { error: runs[0]?.error ?? "no run" };
    const x = lhMedian[p.key];
    say(
      x.error
        ? `| ${p.label} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${x.error} | ${DASH} | 0 / ${runs.length} |`
        : `| ${p.label} | ${x.scores.map((s) => s ?? DASH).join(" | ")} | ${sec(x.fcp)} | ${sec(x.lcp)} | ${ms(x.tbt)} ms | ${cls(x.cls)} (${cls(x.clsMax)}) | ${sec(x.si)} | ${ok.map((r) => r.scores.performance).join(", ")} | ${hosts(ok.flatMap((r) => r.foreign))} | ${ok.length} / ${runs.length} |`,
    );
    for (const r of runs.filter((r) => r.error)) problems.push(`Lighthouse, ${p.label}: ${r.error}`);
  }
  say();
  for (const p of LH_PAGES) {
    const ok = lh[p.key].filter((r) => !r.error);
    // Each audit that cost points, in how many runs, with its figure in the last such run.
    const counts = new Map();
    const last = new Map();
    for (const f of ok.flatMap((r) => r.failing)) {
      const [id, detail] = [f.replace(/ \(.*/, ""), f.match(/\((.*)\)$/)?.[1] ?? ""];
      counts.set(id, (counts.get(id) ?? 0) + 1);
      last.set(id, detail);
    }
    if (counts.size) {
      say(`Audits costing ${p.label} points: ${[...counts].map(([id, n]) => `${id} in ${n} of ${ok.length} (last: ${last.get(id)})`).join("; ")}.`);
    }
  }
  say();
} else {
  say(`### Lighthouse: ${DASH} (${lhSkipped})`);
  say();
}

// Synthetic briefings.
const syn = results.synthetic;
if (syn) {
  say(`### The explorer over the default and synthetic briefings (${keystrokes} keystrokes, 10 filter clicks each)`);
  say();
  say("| briefing | first card in the DOM (ms) | load + validate (ms) | of which parse + validate (ms) | keystroke→paint median / p95 (ms) | actor filter median (ms) | click that changes nothing, median (ms) | wasm heap (MB) |");
  say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of syn) {
    if (r.error) {
      say(`| ${r.name} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${DASH} | ${DASH} |`);
      problems.push(`${r.name}: ${r.error}`);
      continue;
    }
    say(
      `| ${r.name} | ${ms(r.firstCard)} | ${ms(r.load?.total)} | ${ms(r.load?.validate)} | ${ms(median(r.typing))} / ${ms(p95(r.typing))} | ${ms(median(r.filtering))} | ${ms(median(r.idle ?? []))} | ${r.heap == null ? DASH : (r.heap / 1048576).toFixed(1)} |`,
    );
  }
  say();
  say(
    "A click that changes nothing (on the result count, 10 times) measures the method's floor: the wait for the next frame and its paint, " +
      "which any change shown on screen pays too.",
  );
  say();
  const withViews = syn.filter((r) => r.views);
  if (withViews.length) {
    say("Actor filter click → paint in each view, median of 10 (ms):");
    say();
    say("| briefing | cards | timeline | matrix | source |");
    say("| --- | ---: | ---: | ---: | ---: |");
    for (const r of withViews) {
      const cell = (v) => {
        const x = r.views[v];
        if (x?.error) problems.push(`${r.name}, ${v}: ${x.error}`);
        return Array.isArray(x) ? ms(median(x)) : DASH;
      };
      say(`| ${r.name} | ${ms(median(r.filtering))} | ${cell("timeline")} | ${cell("matrix")} | ${cell("source")} |`);
    }
    say();
  }
}

// Targets.
const verdict = (pairs) => {
  // pairs: [[value, target], …]; met when every value is at most its target, else how
  // many times its target each part is ("ok" for the parts within theirs).
  if (pairs.some(([v]) => v == null)) return DASH;
  const factors = pairs.map(([v, t]) => v / t);
  if (factors.every((f) => f <= 1)) return "met";
  return `missed (${factors.map((f) => (f <= 1 ? "ok" : `${f.toFixed(1)}×`)).join(" / ")})`;
};
const ratio =
  median(firstContent.ours ?? []) != null && median(firstContent.timelinejs ?? []) != null
    ? median(firstContent.ours) / median(firstContent.timelinejs)
    : null;
const syn10k = syn?.find((r) => r.n === 10000 && !r.error);
const gz = (k) => {
  const f = sbs?.warmup[k]?.files;
  // What the page needs, to its load event; not what it fetches in the background after.
  return f ? f.filter((x) => !x.afterLoad).reduce((s, x) => s + x.gzip, 0) : null;
};
const inPageCls = (k) => median((sbs?.runs[k] ?? []).filter((r) => !r.error).map((r) => r.cls));
const inPageClsMax = (k) => sorted((sbs?.runs[k] ?? []).filter((r) => !r.error).map((r) => r.cls)).at(-1) ?? null;
const L = (k) => lhMedian[k] ?? { error: lhSkipped ?? "not measured" };
const lhCell = (k, f) => (L(k).error ? `${DASH}` : f(L(k)));
// A Lighthouse figure that is missing shows "—"; why is said once, under the table.
const why = () => "";
if (lhSkipped) problems.push(`Lighthouse: ${lhSkipped}`);
const rows = [
  ["first content, median (ms)", DASH, ms(median(firstContent.ours ?? [])), ms(median(firstContent.timelinejs ?? [])), DASH, DASH],
  [
    "first content, ours / TimelineJS in the same run",
    "1.03",
    ratio == null ? DASH : ratio.toFixed(2),
    DASH,
    "≤ 0.33",
    verdict([[ratio, 0.33]]),
  ],
  // Layout shift: a shift that happens in some loads only is still one the reader sees, so
  // the verdict goes by the worst run; the cells give the median, then the worst.
  [
    "cumulative layout shift, Lighthouse mobile, default: median (worst)",
    "0.058",
    lhCell("ours", (x) => `${cls(x.cls)} (${cls(x.clsMax)})`) + why("ours"),
    lhCell("timelinejs", (x) => `${cls(x.cls)} (${cls(x.clsMax)})`),
    "≤ 0.01",
    verdict([[L("ours").clsMax ?? null, 0.01]]),
  ],
  [
    "cumulative layout shift, Lighthouse mobile, `?view=matrix`: median (worst)",
    "0.058",
    lhCell("matrix", (x) => `${cls(x.cls)} (${cls(x.clsMax)})`) + why("matrix"),
    DASH,
    "≤ 0.01",
    verdict([[L("matrix").clsMax ?? null, 0.01]]),
  ],
  [
    `cumulative layout shift, in page (1280×900, first ${SETTLE_MS / 1000} s), default / \`?view=matrix\`: median (worst)`,
    DASH,
    `${cls(inPageCls("ours"))} (${cls(inPageClsMax("ours"))}) / ${cls(inPageCls("matrix"))} (${cls(inPageClsMax("matrix"))})`,
    `${cls(inPageCls("timelinejs"))} (${cls(inPageClsMax("timelinejs"))})`,
    "≤ 0.01",
    verdict([
      [inPageClsMax("ours"), 0.01],
      [inPageClsMax("matrix"), 0.01],
    ]),
  ],
  [
    "Lighthouse mobile largest contentful paint / total blocking time",
    "5.6 s / 490 ms",
    lhCell("ours", (x) => `${sec(x.lcp)} / ${ms(x.tbt)} ms`) + why("ours"),
    lhCell("timelinejs", (x) => `${sec(x.lcp)} / ${ms(x.tbt)} ms`),
    "≤ 1.5 s / 50 ms",
    verdict([
      [L("ours").lcp ?? null, 1500],
      [L("ours").tbt ?? null, 50],
    ]),
  ],
  [
    "first visit, gzip",
    "320 KB",
    kb(gz("ours")),
    kb(gz("timelinejs")),
    "≤ 200 KB (stretch 150)",
    verdict([[gz("ours"), 200 * 1024]]) + (gz("ours") != null && gz("ours") <= 200 * 1024 ? (gz("ours") <= 150 * 1024 ? ", stretch met" : ", stretch missed") : ""),
  ],
  [
    "10k keystroke → paint, median / p95",
    "34 / 83 ms",
    syn10k ? `${ms(median(syn10k.typing))} / ${ms(p95(syn10k.typing))} ms` : DASH,
    DASH,
    "≤ 16 / 50 ms",
    syn10k ? verdict([[median(syn10k.typing), 16], [p95(syn10k.typing), 50]]) : DASH,
  ],
  ["10k filter change → paint", "63 ms", syn10k ? `${ms(median(syn10k.filtering))} ms` : DASH, DASH, "≤ 16 ms", syn10k ? verdict([[median(syn10k.filtering), 16]]) : DASH],
  ["10k load + validate", "410 ms", syn10k?.load ? `${ms(syn10k.load.total)} ms` : DASH, DASH, "≤ 150 ms", syn10k?.load ? verdict([[syn10k.load.total, 150]]) : DASH],
  [
    "Lighthouse mobile performance / accessibility / best practices / SEO",
    "66 / 100 / 100 / 100",
    lhCell("ours", (x) => x.scores.map((s) => s ?? DASH).join(" / ")) + why("ours"),
    lhCell("timelinejs", (x) => x.scores.map((s) => s ?? DASH).join(" / ")),
    "100 / 100 / 100 / 100",
    L("ours").error
      ? DASH
      : L("ours").scores.every((s) => s === 100)
        ? "met"
        : `missed (${L("ours").scores.map((s) => (s === 100 ? "ok" : s ?? DASH)).join(" / ")})`,
  ],
];
say(`### Targets (medians; ours = the explorer, TimelineJS ${TIMELINEJS_VERSION} in the same runs)`);
say();
say("| measure | issue's \"now\" | ours | TimelineJS | target | verdict |");
say("| --- | ---: | ---: | ---: | ---: | --- |");
for (const r of rows) say(`| ${r.join(" | ")} |`);
say();
// The first tap (its own tables; raw figures in target/bench-results/tap.json).
if (tap) reportFirstTaps(tap, say, problems);
if (problems.length) {
  say("Problems:");
  for (const p of [...new Set(problems)]) say(`- ${p}`);
  say();
}
say(`Benchmark time: ${Math.floor(results.seconds / 60)} min ${Math.round(results.seconds % 60)} s. Raw figures and Lighthouse reports: target/bench-results/.`);
console.log(out.join("\n"));
process.exit(0);
