// Lighthouse (npm `lighthouse`, installed in tests/bench/node_modules) against a URL on
// loopback: mobile (its default form factor, with its simulated throttling), the four
// categories. Each run gets its own Chromium, started here from CHROME_PATH with the
// benchmark's flags and a fresh profile, and Lighthouse's CLI connects to it (--port); both
// run under a deadline and are ended by their process group, so a hung run cannot stall
// the benchmark. A run that fails returns `{error}` instead of figures.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { CHROMIUM_FLAGS } from "../e2e/support/flags.mjs";

const LIGHTHOUSE_CLI = new URL("./node_modules/lighthouse/cli/index.js", import.meta.url).pathname;

/** The Chromium flags of every Lighthouse run: the project's, headless. */
export const LIGHTHOUSE_CHROME_FLAGS = ["--headless", ...CHROMIUM_FLAGS];

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Every child started here, so an interrupted benchmark can end them (by group id). */
const children = new Set();
function endGroup(child) {
  if (child.exitCode != null || child.signalCode != null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }, 3000).unref();
}
export function endAllLighthouseChildren() {
  for (const c of children) endGroup(c);
}

function start(cmd, args, options = {}) {
  const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "ignore", "pipe"], ...options });
  children.add(child);
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((ok) => child.on("close", (code, signal) => ok({ code, signal })));
  child.on("error", () => {});
  exited.then(() => children.delete(child));
  return { child, exited, stderr: () => stderr };
}

/** Is Lighthouse installed and can it run here? Returns null, or the reason it cannot. */
export function lighthouseUnavailable(chromePath) {
  if (!existsSync(LIGHTHOUSE_CLI)) return "not installed (tests/bench/node_modules/lighthouse is missing; scripts/bench.sh installs it)";
  if (!existsSync(chromePath)) return `no Chromium at CHROME_PATH=${chromePath}`;
  return null;
}

/**
 * One Lighthouse run of `url`. `saveAs`: where to keep the full JSON report.
 * @returns {Promise<{scores, lcp, tbt, cls, fcp, si, bytes, foreign: string[], failing: string[], warnings: string[], chrome: string} | {error: string}>}
 */
export async function lighthouseRun(url, { chromePath, timeoutMs = 180_000, saveAs = null } = {}) {
  const profile = mkdtempSync(join(tmpdir(), "bench-lh-"));
  const chrome = start(chromePath, [...LIGHTHOUSE_CHROME_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"]);
  const started = Date.now();
  const deadline = started + timeoutMs;
  let lh = null;
  try {
    // Chromium writes the port it chose to DevToolsActivePort in its profile.
    let port = null;
    while (port == null) {
      if (chrome.child.exitCode != null) return { error: `Chromium exited (${chrome.child.exitCode}): ${chrome.stderr().trim().split("\n").at(-1)}` };
      if (Date.now() - started > 30_000) return { error: "Chromium did not open its debugging port within 30 s" };
      try {
        port = Number(readFileSync(join(profile, "DevToolsActivePort"), "utf8").split("\n")[0]) || null;
      } catch {}
      if (port == null) await sleep(100);
    }
    const out = join(profile, "report.json");
    lh = start(process.execPath, [
      LIGHTHOUSE_CLI,
      url,
      `--port=${port}`,
      "--output=json",
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      "--max-wait-for-load=60000",
      "--quiet",
    ]);
    const left = Math.max(1000, deadline - Date.now());
    const result = await Promise.race([lh.exited, sleep(left).then(() => null)]);
    if (result == null) return { error: `Lighthouse did not finish within ${Math.round(timeoutMs / 1000)} s` };
    if (!existsSync(out)) {
      const why = lh.stderr().trim().split("\n").filter(Boolean).slice(-2).join(" / ") || `exit ${result.code ?? result.signal}`;
      return { error: `Lighthouse failed: ${why}` };
    }
    const text = readFileSync(out, "utf8");
    if (saveAs) writeFileSync(saveAs, text);
    return summarise(JSON.parse(text), url);
  } catch (e) {
    return { error: `Lighthouse failed: ${e?.message ?? e}` };
  } finally {
    if (lh) endGroup(lh.child);
    endGroup(chrome.child);
    await Promise.race([chrome.exited, sleep(5000)]);
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

function summarise(lhr, url) {
  if (lhr.runtimeError?.code) return { error: `Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message ?? ""}`.trim() };
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  );
  const origin = new URL(url).origin;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const foreign = requests
    .map((r) => r.url)
    .filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
  // The audits that cost points: scored, weighted in a category, below full marks.
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score != null && a.score < 1) {
        failing.push(`${c}: ${ref.id} (${a.displayValue ? a.displayValue + ", " : ""}score ${Math.round(a.score * 100)})`);
      }
    }
  }
  return {
    scores,
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    si: audit("speed-index"),
    bytes: audit("total-byte-weight"),
    foreign,
    failing,
    warnings: lhr.runWarnings ?? [],
    lighthouse: lhr.lighthouseVersion,
    chrome: lhr.environment?.hostUserAgent?.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? "",
  };
}
