// Headless Chromium for the end-to-end tests, driven by playwright-core.
//
// Uses Debian's /usr/bin/chromium (Playwright's own browser download is not possible here)
// with the flags that keep it from calling home, and records, for every page, each request
// and each console error so tests can assert "no foreign request" and "no console error".
import { afterEach } from "node:test";
import { chromium } from "playwright-core";

import { CHROMIUM_FLAGS as FLAGS } from "./flags.mjs";

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: FLAGS,
    headless: true,
  });
}

/** The pages opened by the test running now, checked for errors when it ends. */
const opened = [];

// Every test fails on a console error or an uncaught exception in any page it opened,
// unless the test said that error is what it provokes (`allowErrors`). Only under the
// test runner: the benchmark and screenshot scripts use these helpers too.
if (process.env.NODE_TEST_CONTEXT) afterEach(() => {
  const pages = opened.splice(0);
  const unexpected = pages.flatMap((p) => p.errors.filter((e) => !p.allowed.some((re) => re.test(e))));
  if (unexpected.length > 0) {
    throw new Error(`console errors or uncaught exceptions:\n  ${unexpected.join("\n  ")}`);
  }
});

/**
 * Opens a fresh page that records requests, console errors and uncaught exceptions, and
 * console warnings apart. Errors fail the test when it ends; `allowErrors(re)` declares
 * the ones the test provokes on purpose (a download that fails, a deliberate panic); the
 * option `allowErrors` declares them before the page loads anything.
 * @returns {Promise<{page: import("playwright-core").Page, requests: string[], errors: string[], warnings: string[], allowErrors: (re: RegExp) => void}>}
 */
export async function openPage(browser, { allowErrors, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const warnings = [];
  const allowed = allowErrors ? [allowErrors] : [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
    if (m.type() === "warning") warnings.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  opened.push({ errors, allowed });
  return { page, context, requests, errors, warnings, allowErrors: (re) => allowed.push(re) };
}

/** Every URL in `requests` whose origin is not `origin` (data: and blob: URLs are local). */
export function foreignRequests(requests, origin) {
  return requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin);
}

/**
 * Makes `page`'s browser say that the reader wants to save data (`navigator.connection`'s
 * `saveData`), before any of its scripts run: start.js then fetches nothing of the app
 * until the reader's first move, so a test can see what reading alone loads.
 */
export async function savingData(page) {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "connection", { get: () => ({ saveData: true }), configurable: true });
  });
}
