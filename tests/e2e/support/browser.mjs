// Headless Chromium for the end-to-end tests, driven by playwright-core.
//
// Uses Debian's /usr/bin/chromium (Playwright's own browser download is not possible here)
// with the flags that keep it from calling home, and records, for every page, each request
// and each console error so tests can assert "no foreign request" and "no console error".
import { chromium } from "playwright-core";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: FLAGS,
    headless: true,
  });
}

/**
 * Opens a fresh page that records requests, console errors and uncaught exceptions, and
 * console warnings apart.
 * @returns {Promise<{page: import("playwright-core").Page, requests: string[], errors: string[], warnings: string[]}>}
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const warnings = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
    if (m.type() === "warning") warnings.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return { page, context, requests, errors, warnings };
}

/** Every URL in `requests` whose origin is not `origin` (data: and blob: URLs are local). */
export function foreignRequests(requests, origin) {
  return requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin);
}
