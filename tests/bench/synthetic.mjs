// The explorer over the default and synthetic briefings (1k, 10k, 100k positions): time to
// the first position card, keystroke-to-paint in the search box (median, p95), time to
// apply an actor filter, a click that changes nothing (the floor of the method), time to
// load and validate (synthetic files), and the wasm heap.
// Times are taken inside the page (see instrument.mjs), from the input event's timestamp
// to the task after the next frame painted after it.
import { instrument } from "./instrument.mjs";
import { VIEWPORT } from "./side-by-side.mjs";

/** Runs `act` and waits until the page has recorded its latency; returns it. */
async function latency(page, act) {
  const before = await page.evaluate(() => window.__bench.latencies.length);
  await act();
  await page.waitForFunction((n) => window.__bench.latencies.length > n, before, { timeout: 30_000 });
  return page.evaluate(() => window.__bench.latencies.at(-1));
}

/** One briefing: `query` is "" for the default one or `?src=synthetic-N.json`. */
export async function measureBriefing(browser, url, name, query, keystrokes) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  try {
    // A synthetic briefing's own first card, not the default shown while it loads.
    const selector = query ? '[data-position-id^="position-"]' : "[data-position-id]";
    await page.addInitScript(instrument, { selector });
    await page.goto(url + query);
    await page.waitForFunction(() => window.__bench.firstFrame !== null, null, { timeout: 120_000 });
    const firstCard = await page.evaluate(() => window.__bench.firstInDom);
    // The default view arrives built into the page and the app starts at the reader's
    // first move; the interaction figures are the running app's, so start it now.
    await page.evaluate(() => window.briefingExplorer?.start());
    const load = await page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const [fetch, read, validated] = [at("briefing:fetch"), at("briefing:read"), at("briefing:validated")];
      return fetch == null ? null : { total: validated - fetch, validate: validated - read };
    });

    // Keystroke to paint: type a query and erase it, one key at a time.
    await page.locator("#search").focus();
    const text = "actor 1 case";
    const keys = [];
    while (keys.length < keystrokes) {
      for (const ch of text) keys.push(ch === " " ? "Space" : ch);
      for (let i = 0; i < text.length; i++) keys.push("Backspace");
    }
    const typing = [];
    for (const key of keys.slice(0, keystrokes)) {
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
    // The method's floor: a click on the result count, which changes nothing, still
    // waits for the next frame to be painted.
    const idle = [];
    const count = page.locator(".result-count").first();
    for (let i = 0; i < 10; i++) {
      idle.push(await latency(page, () => count.click()));
    }
    const heap = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? null);
    return { name, firstCard, load, typing, filtering, idle, heap };
  } catch (e) {
    return { name, error: String(e?.message ?? e).split("\n")[0] };
  } finally {
    await context.close().catch(() => {});
  }
}

/** The other views, each as the reader filters it: the median of 10 actor-filter clicks
 * (check, uncheck, …) in the timeline, the stance matrix and the source text of the
 * briefing at `query`. */
export async function measureViews(browser, url, query) {
  const views = { timeline: "[data-event-id]", matrix: ".matrix", source: ".source-text" };
  const out = {};
  for (const [view, selector] of Object.entries(views)) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    try {
      await page.addInitScript(instrument, { selector });
      await page.goto(url + (query ? `${query}&` : "?") + `view=${view}`);
      await page.waitForFunction(() => window.__bench.firstFrame !== null, null, { timeout: 120_000 });
      await page.evaluate(() => window.briefingExplorer?.start());
      const box = page.locator("input[data-actor-id]").first();
      await box.waitFor();
      const clicks = [];
      for (let i = 0; i < 10; i++) clicks.push(await latency(page, () => box.click()));
      out[view] = clicks;
    } catch (e) {
      out[view] = { error: String(e?.message ?? e).split("\n")[0] };
    } finally {
      await context.close().catch(() => {});
    }
  }
  return out;
}
