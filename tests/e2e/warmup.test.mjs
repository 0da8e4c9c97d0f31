// The app made ready in the background (assets/start.js): once a first visit's page is
// idle, the wasm is fetched and compiled and the scripts preloaded, without running the
// app; the first move then starts the app from the compiled module, fetching nothing. A
// reader whose browser asks to save data (Save-Data) gets nothing fetched until then.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { useApp, cardIds } from "./support/app.mjs";
import { openPage, savingData } from "./support/browser.mjs";
import { BRIEFING } from "./support/paths.mjs";

const app = useApp();

describe("the app made ready while the reader reads", () => {
  test("once the page is idle the wasm is compiled without running the app, and a tap starts it from that", async () => {
    const { page, context, requests } = await openPage(app.browser);
    try {
      let ready = false;
      await page.exposeFunction("__ready", () => (ready = true));
      await page.addInitScript(() => addEventListener("briefing-explorer:ready", () => window.__ready()));
      await page.goto(app.server.url);
      // Compiled in the background, from the page's idle time.
      await page.waitForFunction(() => window.briefingExplorerWasm instanceof Promise);
      const compiled = await page.evaluate(() => window.briefingExplorerWasm.then((m) => m instanceof WebAssembly.Module));
      assert.equal(compiled, true, "the wasm compiled");
      assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 1);
      // Not run: the page is still the one built at build time.
      assert.equal(ready, false);
      assert.equal(await page.locator("#app[data-prerendered]").count(), 1);
      // The first tap starts the app from the compiled module: no wasm is fetched again.
      await page.locator('button[data-view="matrix"]').click();
      await page.locator(".matrix-view").waitFor();
      await page.waitForFunction(() => !document.querySelector("#app[data-prerendered]"));
      assert.equal(ready, true);
      assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 1, "the wasm was fetched once");
      assert.match(page.url(), /\?view=matrix$/);
    } finally {
      await context.close();
    }
  });

  test("with Save-Data nothing is fetched until the first move, and the app still starts", async () => {
    const { page, context, requests } = await openPage(app.browser);
    try {
      await savingData(page);
      await page.clock.install();
      await page.goto(app.server.url);
      await page.locator("[data-position-id]").first().waitFor();
      await page.waitForLoadState("load");
      // Well past the idle time's deadline.
      await page.clock.runFor(10_000);
      assert.equal(await page.evaluate(() => window.briefingExplorerWasm), undefined);
      assert.deepEqual(requests.filter((u) => /\.wasm$|loader-|briefing-explorer-/.test(u)), []);
      await page.locator('input[data-actor-id="canada"]').click();
      await page.waitForFunction(() => !document.querySelector("#app[data-prerendered]"));
      await page.waitForFunction((n) => document.querySelectorAll("[data-position-id]").length === n, BRIEFING.positions.filter((p) => p.actor === "canada").length);
      assert.deepEqual(await cardIds(page), BRIEFING.positions.filter((p) => p.actor === "canada").map((p) => p.id));
    } finally {
      await context.close();
    }
  });
});
