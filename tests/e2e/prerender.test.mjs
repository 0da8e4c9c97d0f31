// The page built with its content (issue 15): the default briefing readable without any
// script, the meta and JSON-LD that search engines and link previews read, checked against
// the briefing, and an app that takes over the built page without moving anything.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { useApp, startApp } from "./support/app.mjs";
import { openPage, savingData } from "./support/browser.mjs";
import { BRIEFING } from "./support/paths.mjs";

const app = useApp();
const flat = (text) => text.replace(/\s+/g, " ").trim();

describe("without JavaScript", () => {
  test("the whole default briefing is readable, with a note that filtering needs JavaScript", async () => {
    const { page, context, requests } = await openPage(app.browser, { javaScriptEnabled: false });
    try {
      await page.goto(app.server.url);
      // What is rendered, as a reader sees it (innerText, not textContent: hidden text
      // would not count). Cards far down the page are only rendered once near the screen
      // (content-visibility: auto), so each is scrolled to before it is read.
      const header = flat(await page.locator("header.page-header").innerText());
      assert.ok(header.includes(flat(BRIEFING.title)), "the title");
      assert.ok(header.includes(flat(BRIEFING.summary)), "the summary");
      assert.equal(await page.locator("[data-position-id]").count(), BRIEFING.positions.length);
      for (const p of BRIEFING.positions) {
        const card = page.locator(`[data-position-id="${p.id}"]`);
        await card.scrollIntoViewIfNeeded();
        // Drawn a frame or two after it comes near the screen. (Polled from here: with
        // JavaScript off, nothing can be awaited in the page.)
        let text = "";
        for (let i = 0; i < 40 && !text; i++) {
          text = flat(await card.innerText());
          if (!text) await new Promise((r) => setTimeout(r, 25));
        }
        assert.ok(text.includes(flat(p.summary)), `the summary of ${p.id}`);
        for (const q of p.quotes) assert.ok(text.includes(flat(q.text)), `a quote of ${p.id}: ${q.text.slice(0, 40)}…`);
      }
      const note = page.locator(".noscript-note");
      assert.ok(await note.isVisible(), "the note is shown");
      assert.match(await note.innerText(), /JavaScript/);
      assert.equal(await page.locator("#boot").isVisible(), false, "no loading notice that would never end");
      // No control that needs the app is offered.
      for (const control of ["#filters", ".view-bar", "#options-button", ".card-actions"]) {
        assert.equal(await page.locator(control).first().isVisible(), false, `${control} is not shown`);
      }
      assert.equal(await page.locator("button:visible, input:visible, select:visible").count(), 0, "no control is shown");
      assert.ok(!requests.some((u) => u.endsWith(".wasm")), "no wasm is fetched");
    } finally {
      await context.close();
    }
  });
});

describe("what search engines and link previews read", () => {
  test("the title, description, Open Graph and Twitter tags and JSON-LD say what the briefing says", async () => {
    const { page, context } = await openPage(app.browser, { javaScriptEnabled: false });
    try {
      await page.goto(app.server.url);
      const meta = (attr, name) => page.locator(`head meta[${attr}="${name}"]`).getAttribute("content");
      assert.equal(await page.title(), `${BRIEFING.title} — Positions · Briefing Explorer`);
      assert.equal(await page.locator("head title").count(), 1);
      assert.equal(await meta("name", "description"), BRIEFING.summary);
      assert.equal(await meta("property", "og:title"), BRIEFING.title);
      assert.equal(await meta("property", "og:description"), BRIEFING.summary);
      assert.equal(await meta("property", "og:type"), "article");
      assert.equal(await meta("name", "twitter:card"), "summary");
      assert.equal(await meta("name", "twitter:title"), BRIEFING.title);

      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      assert.equal(blocks.length, 1);
      const ld = JSON.parse(blocks[0]);
      assert.equal(ld["@context"], "https://schema.org");
      assert.equal(ld["@type"], "Article");
      assert.equal(ld.headline, BRIEFING.title);
      assert.equal(ld.description, BRIEFING.summary);
      assert.equal(ld.inLanguage, BRIEFING.language);
      assert.deepEqual(ld.about.map((t) => t.name), BRIEFING.topics.map((t) => t.label));
      assert.deepEqual(ld.mentions.map((a) => a.name), BRIEFING.actors.map((a) => a.name));
      assert.equal(ld.isBasedOn.length, BRIEFING.sources.length);
      BRIEFING.sources.forEach((s, i) => {
        const work = ld.isBasedOn[i];
        assert.equal(work.identifier.value, s.sha256, "the source's digest identifies it");
        // Only what the briefing states: the default source states no title, publisher,
        // address or date, so none may appear.
        assert.equal(work.name, s.title ?? undefined);
        assert.equal(work.publisher?.name, s.publisher ?? undefined);
        assert.equal(work.url, s.url ?? undefined);
        assert.equal(work.datePublished, s.published ?? undefined);
      });
      assert.equal(ld.datePublished, undefined, "no invented date");
      assert.equal(ld.temporalCoverage, BRIEFING.as_of ?? undefined);
    } finally {
      await context.close();
    }
  });
});

/** Records every layout shift not caused by input, from the first paint on. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) {
          window.__shifts.push({
            value: e.value,
            nodes: (e.sources || []).map((s) => (s.node && s.node.nodeType === 1 ? s.node.outerHTML.slice(0, 80) : String(s.node))),
          });
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/**
 * Watches every frame until the app runs for the page's own built view (the cards, not
 * embedded: the built embed of the cards is what `?embed=1` asks for) being visible:
 * `window.__sawDefault`. Also records the order of `prebuilt` and `ready` (`__order`)
 * and where `#app` was when a built view was put in place (`__builtRect`).
 */
async function watchForDefault(page) {
  await page.addInitScript(() => {
    window.__sawDefault = false;
    window.__order = [];
    const look = () => {
      const built = document.querySelector("#app[data-prerendered]:not(.embedded)");
      if (built?.querySelector(".cards-view") && built.getClientRects().length > 0 && getComputedStyle(built).display !== "none") {
        window.__sawDefault = true;
      }
      if (!window.__ready) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    addEventListener("briefing-explorer:prebuilt", () => {
      window.__order.push("prebuilt");
      window.__builtRect = document.querySelector("#app").getBoundingClientRect().toJSON();
    });
    addEventListener("briefing-explorer:ready", () => {
      window.__order.push("ready");
      window.__ready = true;
    });
  });
}

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));

describe("the app takes over the built page", () => {
  for (const scheme of ["light", "dark"]) {
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ]) {
      test(`without moving anything: the default view at ${width}×${height}, ${scheme}`, async () => {
        const { page, context } = await openPage(app.browser, { viewport: { width, height }, colorScheme: scheme });
        try {
          await recordShifts(page);
          await page.goto(app.server.url);
          await page.locator("[data-position-id]").first().waitFor();
          await settle(page);
          const before = await page.evaluate(() => document.querySelector("#app").getBoundingClientRect().toJSON());
          await startApp(page);
          await settle(page);
          const shifts = await page.evaluate(() => window.__shifts);
          const total = shifts.reduce((sum, s) => sum + s.value, 0);
          assert.ok(total <= 0.01, `layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
          // It is the app's page now, in the same place.
          assert.equal(await page.locator("#app[data-prerendered]").count(), 0);
          assert.equal(await page.locator("#app").count(), 1);
          const after = await page.evaluate(() => document.querySelector("#app").getBoundingClientRect().toJSON());
          assert.deepEqual(after, before);
          assert.equal(await page.locator("[data-position-id]").count(), BRIEFING.positions.length);
        } finally {
          await context.close();
        }
      });
    }
  }

  // Another first view, or an embed: built too, in a file of its own that start.js puts in
  // place of the default view before that is ever painted.
  const FIRST_VIEWS = [
    { query: "?view=matrix", drawn: ".matrix-view th[data-actor-id]", name: "Stance matrix" },
    { query: "?view=timeline", drawn: ".timeline-view [data-event-id]", name: "Timeline" },
    { query: "?view=source&theme=dark", drawn: ".source-view [data-cite-at]", name: "Source text" },
    { query: "?view=matrix&embed=1", drawn: ".matrix-view th[data-actor-id]", name: "Stance matrix", embed: true },
    { query: "?embed=1&lang=en", drawn: ".cards-view [data-position-id]", name: "Positions", embed: true },
  ];
  for (const first of FIRST_VIEWS) {
    for (const [width, height, scheme] of [
      [1280, 900, "light"],
      [390, 844, "dark"],
    ]) {
      test(`${first.query} is shown built, without a flash of the default view or a shift when the app takes over, at ${width}×${height}, ${scheme}`, async () => {
        const { page, context, requests } = await openPage(app.browser, { viewport: { width, height }, colorScheme: scheme });
        try {
          // What the built view needs: nothing of the app (which is otherwise fetched in
          // the background once the page is idle).
          await savingData(page);
          await recordShifts(page);
          await watchForDefault(page);
          await page.goto(app.server.url + first.query);
          await page.locator(`#app[data-prerendered] ${first.drawn}`).first().waitFor({ state: "visible" });
          assert.equal(await page.title(), `${BRIEFING.title} — ${first.name} · Briefing Explorer`);
          if (!first.embed) {
            await page.waitForLoadState("networkidle");
            assert.ok(!requests.some((u) => u.endsWith(".wasm")), "reading the built view loads no wasm");
          }
          await startApp(page);
          await settle(page);
          assert.equal(await page.evaluate(() => window.__sawDefault), false, "the default view never showed");
          assert.deepEqual(await page.evaluate(() => window.__order), ["prebuilt", "ready"], "the built view came first");
          const shifts = await page.evaluate(() => window.__shifts);
          const total = shifts.reduce((sum, s) => sum + s.value, 0);
          assert.ok(total <= 0.01, `layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
          assert.equal(await page.locator("#app[data-prerendered]").count(), 0, "the app's page now");
          // In the same place. (Not the same height: cards far down the page have their
          // estimated height until first drawn, content-visibility: auto.)
          const place = ({ x, y, width }) => ({ x, y, width });
          assert.deepEqual(
            place(await page.evaluate(() => document.querySelector("#app").getBoundingClientRect().toJSON())),
            place(await page.evaluate(() => window.__builtRect)),
          );
          assert.ok(await page.locator(first.drawn).first().isVisible());
          assert.equal(await page.title(), `${BRIEFING.title} — ${first.name} · Briefing Explorer`);
        } finally {
          await context.close();
        }
      });
    }
  }

  test("without its built file, another first view is drawn by the app, never the default view first", async () => {
    const { page, context } = await openPage(app.browser, { allowErrors: /status of 404/ });
    try {
      await page.route("**/views/**", (route) => route.fulfill({ status: 404, body: "" }));
      await watchForDefault(page);
      await page.goto(app.server.url + "?view=timeline");
      // No call to start the app: it starts by itself when the file is missing.
      await page.locator("#app:not([data-prerendered]) .timeline-view [data-event-id]").first().waitFor();
      assert.equal(await page.evaluate(() => window.__sawDefault), false, "the default view never showed");
    } finally {
      await context.close();
    }
  });

  test("a click on a filter before the app runs is kept and done once it runs", async () => {
    const { page, context, requests } = await openPage(app.browser);
    try {
      // Nothing of the app loaded yet: the click is the first move.
      await savingData(page);
      await page.goto(app.server.url);
      await page.locator("[data-position-id]").first().waitFor();
      await page.waitForLoadState("networkidle");
      assert.ok(!requests.some((u) => u.endsWith(".wasm")), "reading alone loads no wasm");
      const canada = BRIEFING.actors.find((a) => a.name === "Canada");
      const expected = BRIEFING.positions.filter((p) => p.actor === canada.id).length;
      await page.locator(`#f-actor-${canada.id}`).click();
      await page.waitForFunction((n) => document.querySelectorAll("#app:not([data-prerendered]) [data-position-id]").length === n, expected);
      assert.ok(requests.some((u) => u.endsWith(".wasm")));
      assert.match(page.url(), /actor=canada/);
    } finally {
      await context.close();
    }
  });

  test("text typed in the search box before the app runs is searched", async () => {
    const { page, context } = await openPage(app.browser);
    try {
      await page.goto(app.server.url);
      await page.locator("#search").waitFor();
      await page.locator("#search").pressSequentially("canada", { delay: 20 });
      await page.waitForFunction(() => /q=canada/.test(location.search));
      assert.equal(await page.locator("#search").inputValue(), "canada");
      assert.ok(await page.locator("#search").evaluate((el) => el === document.activeElement), "focus stays in the box");
    } finally {
      await context.close();
    }
  });
});
