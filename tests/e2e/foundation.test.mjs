// The foundation: the release dist/ works at / and under a sub-path, talks to no other host,
// is accessible, and never leaves a blank page on a panic or a failed start.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { launch, openPage, foreignRequests } from "./support/browser.mjs";
import { startServer } from "./support/server.mjs";
import { BRIEFING, DIST, FAULT_DIST } from "./support/paths.mjs";
import { axeViolations } from "./support/axe.mjs";
import { startApp } from "./support/app.mjs";

/** Asks the page to start the app, without waiting for it (the start is meant to fail). */
const askToStart = (page) => page.evaluate(() => void window.briefingExplorer.start());

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Loads `url` and checks the first page: landmarks, title, summary, source. */
async function checkFirstPage(url, origin) {
  const { page, context, requests, errors, warnings } = await openPage(browser);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    assert.equal(response.status(), 200);
    await page.locator("main#main").waitFor({ state: "attached" });
    assert.equal(await page.locator("h1").count(), 1, "exactly one <h1>");
    assert.equal((await page.locator("h1").textContent()).trim(), BRIEFING.title);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.match(await page.locator(".page-header .summary").textContent(), new RegExp(BRIEFING.summary.slice(0, 30)));
    assert.match(await page.locator(".provenance").textContent(), /\u2068Untitled article\u2069 — \u2068publisher not given\u2069, \u2068date not given\u2069/);
    // The page was built with its content; the app starts at the reader's first move.
    assert.equal(await page.locator("#app[data-prerendered]").count(), 1, "the built page");
    assert.equal(await page.locator("#boot").isVisible(), false, "no loading notice over the built page");
    // While the reader reads, the wasm is compiled in the background (start.js), not run.
    await page.waitForFunction(() => window.briefingExplorerWasm instanceof Promise);
    assert.equal(await page.evaluate(() => window.briefingExplorerWasm.then((m) => m instanceof WebAssembly.Module)), true);
    assert.equal(await page.locator("#app[data-prerendered]").count(), 1, "the app does not run yet");
    await startApp(page);
    assert.equal(await page.locator("#app[data-prerendered]").count(), 0, "the app took the page over");
    assert.equal(await page.locator("#boot").count(), 0, "the loading notice is gone");
    assert.equal((await page.locator("h1").textContent()).trim(), BRIEFING.title);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(foreignRequests(requests, origin), [], "requests to other hosts");
    assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 1, "the wasm was loaded once, from the page's own server");
    assert.deepEqual(errors, [], "console errors");
    assert.deepEqual(warnings, [], "console warnings");
    return page;
  } finally {
    await context.close();
  }
}

describe("release build", () => {
  test("works when served at /", async () => {
    const server = await startServer({ root: DIST });
    try {
      await checkFirstPage(server.url, server.origin);
    } finally {
      await server.close();
    }
  });

  test("works under the sub-path /news/explorer/", async () => {
    const server = await startServer({ root: DIST, prefix: "/news/explorer/" });
    try {
      await checkFirstPage(server.url, server.origin);
      // Nothing is served outside the prefix, so a root-relative asset path would have 404'd.
      const res = await fetch(server.origin + "/index.html");
      assert.equal(res.status, 404);
    } finally {
      await server.close();
    }
  });

  test("has no accessibility violations (axe-core, WCAG 2.2 AA + best practices)", async () => {
    const server = await startServer({ root: DIST });
    const { page, context } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.locator("main#main").waitFor({ state: "attached" });
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test("a WebAssembly module that fails to load shows a readable message", async () => {
    const server = await startServer({ root: DIST });
    // The failed download and the start-up it stops are what this test provokes.
    const { page, context } = await openPage(browser, { allowErrors: /status of 500|could not start/ });
    try {
      await page.route("**/*.wasm", (route) => route.fulfill({ status: 500, body: "broken" }));
      await page.goto(server.url);
      await askToStart(page);
      const alert = page.locator("#fatal-error[role=alert]");
      await alert.waitFor();
      assert.match(await alert.textContent(), /could not start/);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test("a loader script that fails to load shows a readable message", async () => {
    const server = await startServer({ root: DIST });
    const { page, context } = await openPage(browser, { allowErrors: /status of 404|could not start/ });
    try {
      await page.route("**/loader-*.js", (route) => route.fulfill({ status: 404, body: "gone" }));
      await page.goto(server.url);
      await askToStart(page);
      const alert = page.locator("#fatal-error[role=alert]");
      await alert.waitFor();
      assert.match(await alert.textContent(), /could not start.*Could not load .*loader-/s);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe("fault-injection build", () => {
  test("a panic while rendering shows its message instead of a blank page", async () => {
    const server = await startServer({ root: FAULT_DIST });
    const { page, context, errors, allowErrors } = await openPage(browser);
    // The deliberate panic is logged as an error, and the aborted start-up with it.
    allowErrors(/./);
    try {
      await page.goto(server.url);
      await askToStart(page);
      const alert = page.locator("#fatal-error[role=alert]");
      await alert.waitFor();
      const text = await alert.textContent();
      assert.match(text, /stopped because of an internal error/);
      assert.match(text, /fault injection: a deliberate panic while rendering the app/);
      assert.ok(errors.some((e) => e.includes("Briefing Explorer stopped")), "the panic is logged to the console");
    } finally {
      await context.close();
      await server.close();
    }
  });
});
