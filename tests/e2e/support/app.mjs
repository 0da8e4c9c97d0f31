// Helpers shared by the end-to-end journeys: one server and browser per test file.
import { after, before } from "node:test";

import { launch, openPage } from "./browser.mjs";
import { startServer } from "./server.mjs";
import { DIST } from "./paths.mjs";

/** Starts dist/ on loopback and Chromium for the tests of one file. */
export function useApp() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await startServer({ root: DIST });
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  /**
   * Opens the explorer at `query` and waits until the app runs (`live: false`: as a first
   * visit leaves it, the page built with the default view, the app not started).
   */
  app.open = async (query = "", { live = true, ...options } = {}) => {
    const opened = await openPage(app.browser, options);
    await opened.page.goto(app.server.url + query);
    if (live) await startApp(opened.page);
    await opened.page.locator("#results").waitFor();
    return opened;
  };
  return app;
}

/** The `data-position-id`s of the cards on the page, in order. */
export function cardIds(page) {
  return page.locator("[data-position-id]").evaluateAll((els) => els.map((e) => e.dataset.positionId));
}

/** The `data-event-id`s of the timeline events on the page, in order. */
export function eventIds(page) {
  return page.locator("[data-event-id]").evaluateAll((els) => els.map((e) => e.dataset.eventId));
}

/** Opens the page's "Options" menu (embed, export, print, open a file, language, theme). */
export async function openOptions(page) {
  if ((await page.locator("#options-panel:popover-open").count()) === 0) await page.locator("#options-button").click();
  await page.locator("#options-panel:popover-open").waitFor();
}

/**
 * Starts the app on `page` if it is not running yet and waits until it runs: a first
 * visit to the default view only loads it at the reader's first move (assets/start.js).
 */
export async function startApp(page) {
  await page.waitForFunction(() => window.briefingExplorer);
  await page.evaluate(() => window.briefingExplorer.start());
}

/**
 * The value of `read()` once `done(value)` holds, read again on each of the page's
 * animation frames for at most `frames` of them: a condition to wait on, where a fixed
 * pause would guess. Returns the last value read either way, for the test's own message.
 */
export async function whenSettled(page, read, done, frames = 120) {
  let value = await read();
  for (let i = 0; i < frames && !done(value); i++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    value = await read();
  }
  return value;
}
