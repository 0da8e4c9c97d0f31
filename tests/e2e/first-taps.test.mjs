// The first taps on a phone, made before the app runs (assets/start.js), with the network
// and the CPU slowed as on Lighthouse's mobile profile: what the built page holds is
// answered at once by the page (another view, "Show in source", Back, the filter sheet);
// what needs the app (a filter's box, typing) is taken at once, shown as taken, and done
// once the app runs, in the order the reader did it; nothing typed is lost.
//
// The app is kept from running until the test lets it (its wasm is held back), so every
// tap below is surely made before it runs. No time is asserted (scripts/bench.sh times).
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { useApp, cardIds } from "./support/app.mjs";
import { openPage } from "./support/browser.mjs";
import { BRIEFING } from "./support/paths.mjs";

const app = useApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * A phone's page, throttled, whose app cannot run until `release()` (the wasm's response
 * is held), open at the explorer with its built cards on screen. `ready()` tells whether
 * the app runs.
 */
async function phone() {
  const opened = await openPage(app.browser, PHONE);
  const { page } = opened;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1638400 / 8, uploadThroughput: 675000 / 8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => addEventListener("briefing-explorer:ready", () => (window.__ready = true)));
  const ready = () => page.evaluate(() => window.__ready === true);
  await page.goto(app.server.url);
  await page.locator("[data-position-id]").first().waitFor();
  return { ...opened, release, ready };
}

/** Waits until the app has taken the page over. */
async function appRuns(page) {
  await page.waitForFunction(() => window.__ready === true && !document.querySelector("#app[data-prerendered]"), null, { timeout: 60_000 });
}

describe("the first taps, before the app runs", () => {
  test("the view switch, Show in source and Back are answered by the page; the app starts where the reader is", async () => {
    const { page, context, release, ready } = await phone();
    try {

      await page.locator('button[data-view="matrix"]').tap();
      await page.locator("#app[data-prerendered] .matrix-view").waitFor();
      assert.match(page.url(), /\?view=matrix$/);
      assert.equal(await page.locator('#app button[data-view="matrix"]').getAttribute("aria-pressed"), "true");
      assert.match(await page.title(), /Stance matrix/);
      assert.ok(await page.locator('button[data-view="matrix"]').evaluate((el) => el === document.activeElement), "the focus stays on the view's button");

      await page.goBack();
      await page.locator("#app[data-prerendered] [data-position-id]").first().waitFor();
      assert.doesNotMatch(page.url(), /view=/);

      const first = BRIEFING.positions[0].id;
      const link = page.locator(`[data-position-id="${first}"] a.show-in-source`);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await page.locator("#app[data-prerendered] .source-view").waitFor();
      assert.match(page.url(), new RegExp(`view=source&cite=${first}`));
      assert.equal(await ready(), false, "all of that before the app ran");

      release();
      await appRuns(page);
      await page.locator(".source-view").waitFor();
      assert.match(page.url(), new RegExp(`view=source&cite=${first}`));
      // The app goes on from there: Back returns to the cards, by the app now.
      await page.goBack();
      await page.locator("#app:not([data-prerendered]) [data-position-id]").first().waitFor();
    } finally {
      await context.close();
    }
  });

  test("the filter sheet opens at once; choices and typing are shown as taken and done in order once the app runs", async () => {
    const { page, context, release, ready } = await phone();
    try {

      await page.locator("#filters-button").tap();
      await page.locator("#app[data-prerendered] #filters.open").waitFor();
      assert.equal(await page.locator("#filters-button").getAttribute("aria-expanded"), "true");
      assert.ok(await page.locator("#filters-close").evaluate((el) => el === document.activeElement), "the focus moves into the sheet");
      assert.equal(await page.locator("#results").getAttribute("inert"), "", "the page behind the sheet is out of reach");

      // Ukraine, Canada, Ukraine again: Canada alone, once the app runs.
      for (const id of ["ukraine", "canada", "ukraine"]) await page.locator(`label[for="f-actor-${id}"]`).tap();
      assert.equal(await page.locator("#f-actor-canada").isChecked(), true, "the box is ticked at once");
      assert.equal(await page.locator("#f-actor-ukraine").isChecked(), false);
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains("app-pending")), "the page shows it took the tap");
      assert.equal(await page.locator("#app[data-prerendered]").getAttribute("aria-busy"), "true");
      await page.locator("#search").tap();
      await page.keyboard.type("support", { delay: 30 });
      assert.equal(await ready(), false, "all of that before the app ran");

      release();
      await appRuns(page);
      await page.waitForFunction(() => /actor=canada/.test(location.search) && /q=support/.test(location.search));
      assert.doesNotMatch(page.url(), /ukraine/);
      assert.equal(await page.locator("#search").inputValue(), "support", "nothing typed is lost");
      assert.equal(await page.locator("#f-actor-canada").isChecked(), true);
      assert.equal(await page.locator("#filters.open").count(), 1, "the sheet stays open");
      assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains("app-pending"))), "no longer shown as waiting");
      const expected = BRIEFING.positions
        .filter((p) => p.actor === "canada" && JSON.stringify(p).toLowerCase().includes("support"))
        .map((p) => p.id);
      assert.ok(expected.length > 0);
      const shown = await cardIds(page);
      assert.ok(shown.length > 0);
      assert.deepEqual(shown.filter((id) => !expected.includes(id)), [], "only Canada's positions that say support");
    } finally {
      await context.close();
    }
  });
  test("typing goes on into the search box while the app starts, and no key is lost", async () => {
    const { page, context, release } = await phone();
    try {
      await page.locator("#filters-button").tap();
      await page.locator("#search").tap();
      await page.keyboard.type("mos", { delay: 30 });
      // The app starts while the reader types on, its sheet open as the reader left it.
      release();
      await page.keyboard.type("cow", { delay: 60 });
      await appRuns(page);
      await page.waitForFunction(() => /q=moscow/.test(location.search));
      assert.equal(await page.locator("#search").inputValue(), "moscow");
      assert.ok(await page.locator("#search").evaluate((el) => el === document.activeElement), "the focus stays in the box");
      await page.keyboard.type(" x");
      assert.equal(await page.locator("#search").inputValue(), "moscow x");
    } finally {
      await context.close();
    }
  });
  test("filters set before the app runs stay set on the other views the page shows", async () => {
    const { page, context } = await openPage(app.browser);
    try {
      await page.route("**/*.wasm", () => new Promise(() => {}));
      await page.goto(app.server.url);
      await page.locator("label[for=f-actor-canada]").click();
      await page.locator("#search").fill("support");
      await page.locator('button[data-view="timeline"]').click();
      await page.locator("#app[data-prerendered] .timeline-view").waitFor();
      assert.equal(await page.locator("#f-actor-canada").isChecked(), true);
      assert.equal(await page.locator("#search").inputValue(), "support");
      assert.equal(await page.locator('label[for=f-actor-canada]').count(), 1);
    } finally {
      await context.close();
    }
  });
});
