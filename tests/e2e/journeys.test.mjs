// Reader journeys that must never lose the reader (issue 14): printing what you see, an
// embed with options, back to your place, a search that forgives, plain messages, and the
// smaller snags that broke them, each reproduced as the reader met it.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { axeViolations } from "./support/axe.mjs";
import { useApp, cardIds, eventIds, openOptions, whenSettled } from "./support/app.mjs";
import { openPage } from "./support/browser.mjs";
import { startServer } from "./support/server.mjs";
import { BRIEFING, RESEND_AFTER_MS } from "./support/paths.mjs";

const app = useApp();
const PHONE = { viewport: { width: 390, height: 844 } };

/** A host page on its own origin holding `frames` (src queries), with the host script. */
async function hostPage(frames) {
  const dir = mkdtempSync(join(tmpdir(), "journey-host-"));
  const iframes = frames
    .map(
      (query, i) =>
        `<iframe id="f${i}" src="${app.server.url}${query}" title="Explorer ${i}" width="100%" height="150" style="border:0" data-briefing-explorer></iframe><p>Text between.</p>`,
    )
    .join("\n");
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><h1>An article</h1><p>Its first paragraph.</p>${iframes}<script src="${app.server.url}embed.js" async></script></body></html>`,
  );
  return startServer({ root: dir });
}

describe("1. print follows what the reader sees", () => {
  test("a host page printing an embedded timeline prints only the timeline", async () => {
    const host = await hostPage(["?view=timeline&embed=1"]);
    const { page, context } = await openPage(app.browser);
    try {
      await page.goto(host.url);
      const frame = page.frameLocator("#f0");
      await frame.locator("[data-event-id]").first().waitFor();
      await page.emulateMedia({ media: "print" });
      await frame.locator(".print-header").waitFor({ state: "visible" });
      assert.equal(await frame.locator("[data-position-id]").count(), 0, "no cards that were never embedded");
      assert.equal(await frame.locator("[data-event-id]").count(), BRIEFING.events.length);
      assert.match(await frame.locator(".print-header").textContent(), /^Timeline · 13 events shown/);
    } finally {
      await context.close();
      await host.close();
    }
  });
});

describe("2. on a phone, a search or a filter leads to its results", () => {
  test("searching in the sheet, then Enter or 'Show N positions', lands on the results", async () => {
    const { page, context } = await app.open("", PHONE);
    try {
      await page.locator("#filters-button").click();
      await page.locator("#search").fill("canada");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.id === "results");
      const top = await page.locator("#results").evaluate((r) => r.getBoundingClientRect().top);
      assert.ok(top >= -1 && top < 844, `the results start on screen, at ${top}px`);
      assert.ok((await cardIds(page)).length > 0);

      await page.locator("#filters-button").click();
      await page.locator('input[data-actor-id="canada"]').check();
      const show = page.locator(".show-results");
      assert.match(await show.textContent(), /^Show \d+ positions?$/);
      await show.click();
      await page.waitForFunction(() => document.activeElement?.id === "results");
      const after = await page.locator("#results").evaluate((r) => r.getBoundingClientRect().top);
      assert.ok(after >= -1 && after < 844, `the results start on screen, at ${after}px`);
    } finally {
      await context.close();
    }
  });
});

describe("3. embeds with options", () => {
  for (const width of [1280, 390]) {
    test(`an embed with a maximum height stays within it in a host page ${width}px wide`, async () => {
      const host = await hostPage(["?view=timeline&embed=1&maxheight=600"]);
      const { page, context } = await openPage(app.browser, { viewport: { width, height: 900 } });
      try {
        // The page's clock, to take the frame past every report it repeats.
        await page.clock.install();
        await page.goto(host.url);
        const frame = page.frameLocator("#f0");
        await frame.locator("[data-event-id]").first().waitFor();
        await page.waitForFunction(() => document.querySelector("#f0").getAttribute("height") !== "150");
        await page.clock.runFor(Math.max(...RESEND_AFTER_MS) + 100);
        const height = await page.locator("#f0").evaluate((f) => f.getBoundingClientRect().height);
        assert.ok(height <= 600 && height > 300, `the frame is ${height}px tall`);
        // The rest scrolls inside the frame.
        const inside = await frame.locator("html").evaluate((h) => h.scrollHeight);
        assert.ok(inside > 600, `its content is ${inside}px tall`);
        // A timeline-only embed speaks of events only.
        assert.equal(await frame.locator(".result-count").textContent(), "13 events shown");
      } finally {
        await context.close();
        await host.close();
      }
    });
  }

  test("the embed dialog offers the options, previews the frame and writes them into the code", async () => {
    const { page, context } = await app.open("?view=timeline&actor=canada");
    try {
      await openOptions(page);
      await page.getByRole("button", { name: "Embed" }).click();
      const dialog = page.getByRole("dialog", { name: "Embed this view" });
      await dialog.waitFor();
      await dialog.getByLabel("Height").selectOption("600");
      await dialog.getByLabel("Compact: tighter type and spacing").check();
      await dialog.getByLabel("Show the filter controls").check();
      const code = await dialog.locator("textarea").inputValue();
      assert.ok(code.includes("?actor=canada&amp;view=timeline&amp;embed=1&amp;maxheight=600&amp;density=compact&amp;filters=1"), code);
      assert.match(code, / height="([1-5]\d\d|600)"/, "the frame starts no taller than its maximum");
      const preview = dialog.locator("iframe.embed-preview");
      assert.match(await preview.getAttribute("src"), /maxheight=600&density=compact&filters=1$/);
      const inside = page.frameLocator("iframe.embed-preview");
      await inside.locator("[data-event-id]").first().waitFor();
      assert.ok(await inside.locator("#filters-button").isVisible(), "the preview shows the filter controls");
      assert.equal(await inside.locator("#app.compact").count(), 1, "and the compact density");
      // Tab never leaves the open dialog.
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press("Tab");
        assert.ok(await page.evaluate(() => !!document.activeElement?.closest("dialog")), `Tab ${i + 1} left the dialog`);
      }
      // The dialog does not jump when "Copied" appears.
      const before = await dialog.evaluate((d) => d.getBoundingClientRect().height);
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.server.origin });
      await dialog.getByRole("button", { name: "Copy code" }).click();
      await dialog.locator(".embed-status", { hasText: /./ }).waitFor();
      const afterCopy = await dialog.evaluate((d) => d.getBoundingClientRect().height);
      assert.equal(afterCopy, before, "the dialog keeps its height");
    } finally {
      await context.close();
    }
  });

  test("a host page with two embeds logs no warning, load after load", async () => {
    const host = await hostPage(["?view=matrix&embed=1", "?view=timeline&embed=1"]);
    try {
      for (let i = 0; i < 4; i++) {
        const { page, context, warnings } = await openPage(app.browser);
        try {
          await page.clock.install();
          await page.goto(host.url);
          await page.frameLocator("#f1").locator("[data-event-id]").first().waitFor();
          // Past every report the frames repeat, where a warning would come from.
          await page.clock.runFor(Math.max(...RESEND_AFTER_MS) + 100);
          assert.deepEqual(warnings, [], `load ${i + 1}`);
        } finally {
          await context.close();
        }
      }
    } finally {
      await host.close();
    }
  });
});

describe("4. back brings the reader to their place", () => {
  test("'Show in source' then Back: the card at the same height, the link focused", async () => {
    const { page, context } = await app.open("", PHONE);
    try {
      const card = page.locator('[data-position-id="officials--sanctions"]');
      await card.scrollIntoViewIfNeeded();
      const link = card.getByRole("link", { name: "Show in source" });
      await link.focus();
      // Where the reader was: the card's place on the screen.
      const place = () => card.evaluate((c) => Math.round(c.getBoundingClientRect().top));
      const before = await place();
      await link.click();
      await page.locator(".cite:focus").waitFor();
      await page.goBack();
      await page.waitForFunction(() => document.activeElement?.matches('[data-position-id="officials--sanctions"] a.show-in-source'));
      const after = await whenSettled(page, place, (top) => Math.abs(top - before) <= 10);
      assert.ok(Math.abs(after - before) <= 10, `the card is back at ${after}px down the screen, was ${before}px`);
    } finally {
      await context.close();
    }
  });

  test("the 'cited by' link back to a card keeps the reader's filters", async () => {
    const { page, context } = await app.open("?actor=canada&view=source");
    try {
      await page.locator(".source-text .cite").first().click();
      const panel = page.locator("#cite-panel");
      await panel.getByRole("link", { name: /Canada ·/ }).first().click();
      await page.locator('button[data-view="cards"][aria-pressed="true"]').waitFor();
      const canada = BRIEFING.positions.filter((p) => p.actor === "canada").map((p) => p.id);
      assert.deepEqual((await cardIds(page)).sort(), canada.sort(), "Canada's cards, all of them");
      assert.match(page.url(), /actor=canada&cite=/);
      assert.doesNotMatch(page.url(), /topic=/);
    } finally {
      await context.close();
    }
  });
});

describe("5. long search text never widens the page", () => {
  for (const [label, text] of [
    ["a 300-character word", "x".repeat(300)],
    ["5,000 characters without a space", "y".repeat(5000)],
  ]) {
    for (const width of [1280, 390]) {
      test(`${label} at ${width}px`, async () => {
        const { page, context } = await app.open("", { viewport: { width, height: 900 } });
        try {
          if (width < 900) await page.locator("#filters-button").click();
          await page.locator("#search").fill(text);
          if (width < 900) await page.locator("#filters-close").click();
          await page.locator(".empty-state").waitFor();
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(wide <= width, `the page is ${wide}px wide`);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe("6. the search forgives", () => {
  test("misspellings, hyphens and old spellings find what the right word finds", async () => {
    const { page, context } = await app.open();
    try {
      for (const [typo, right] of [
        ["sanctons", "sanctions"],
        ["ceasfire", "ceasefire"],
        ["cease-fire", "ceasefire"],
        ["Kiev", "Kyiv"],
      ]) {
        await page.locator("#search").fill(right);
        const expected = await cardIds(page);
        assert.ok(expected.length > 0, right);
        await page.locator("#search").fill(typo);
        await page.waitForFunction((n) => document.querySelectorAll("[data-position-id]").length === n, expected.length);
        assert.deepEqual(await cardIds(page), expected, `${typo} finds what ${right} finds`);
      }
      await page.locator("#search").fill("sanctons");
      assert.equal(await page.locator(".search-note").textContent(), "Also showing matches for “\u2068sanctions\u2069”: you typed “\u2068sanctons\u2069”.");
      assert.ok((await page.locator("[data-position-id] mark").count()) > 0, "the corrected word is marked");
    } finally {
      await context.close();
    }
  });

  test("a word too short to guess gets 'did you mean', and a phrase is quoted once", async () => {
    const { page, context } = await app.open("?q=kyvi");
    try {
      const empty = page.locator(".empty-state");
      await empty.waitFor();
      await empty.getByRole("link", { name: "kyiv" }).click();
      await page.waitForFunction(() => document.querySelectorAll("[data-position-id]").length > 0);
      assert.match(page.url(), /q=kyiv/);
      await page.goto(`${app.server.url}?q=${encodeURIComponent('"ceasefire immediate"')}`);
      await page.locator(".empty-state").waitFor();
      const text = await page.locator(".empty-state").textContent();
      assert.ok(text.includes("Nothing contains “\u2068ceasefire immediate\u2069” with these filters."), text);
      assert.ok(!text.includes('“"'), text);
    } finally {
      await context.close();
    }
  });
});

describe("7. the timeline says what its time words are", () => {
  test("each event shows 'When, in the source's words' beside the words", async () => {
    const { page, context } = await app.open("?view=timeline");
    try {
      const when = page.locator('[data-event-id="coordination-intensified"] .when');
      assert.ok(await when.locator(".when-label").isVisible());
      assert.match(await when.textContent(), /^When, in the source's words: “.+”$/);
      assert.equal((await eventIds(page)).length, BRIEFING.events.length);
    } finally {
      await context.close();
    }
  });
});

describe("8. a briefing that cannot be loaded is explained in plain words", () => {
  test("a missing file says what happened and what to do; the details are folded", async () => {
    const { page, context } = await app.open("?src=examples/missing.json", { allowErrors: /status of 404/ });
    try {
      const failed = page.locator(".load-failed");
      await failed.waitFor();
      const why = await failed.locator(".load-failed-why").textContent();
      assert.match(why, /^There is no file at that address \(the server answered “not found”\)\. Check the link/);
      const details = failed.locator("details");
      assert.equal(await details.evaluate((d) => d.open), false, "technical details are folded");
      assert.match(await details.textContent(), /HTTP 404/);
      assert.equal(await page.getByRole("button", { name: "Back to the briefing" }).count(), 0);
      await page.getByRole("button", { name: "Dismiss" }).click();
      assert.equal(await failed.count(), 0);
      assert.equal((await cardIds(page)).length, BRIEFING.positions.length, "the briefing stayed");
    } finally {
      await context.close();
    }
  });
});

describe("9. the smaller snags", () => {
  test("'Clear all filters' is there only when something can be cleared", async () => {
    const { page, context } = await app.open();
    try {
      const clear = page.locator(".clear-all");
      assert.equal(await clear.isVisible(), false);
      await page.locator('input[data-actor-id="canada"]').check();
      assert.ok(await clear.isVisible());
      await clear.click();
      assert.equal(await clear.isVisible(), false);
    } finally {
      await context.close();
    }
  });

  test("parameter values match ids whatever their case", async () => {
    const { page, context } = await app.open("?actor=Canada&stance=SUPPORTS");
    try {
      const wanted = BRIEFING.positions.filter((p) => p.actor === "canada" && p.stance === "supports").map((p) => p.id);
      assert.ok(wanted.length > 0);
      assert.deepEqual((await cardIds(page)).sort(), wanted.sort());
    } finally {
      await context.close();
    }
  });

  test("a shared filtered link shows a result on a phone's first screen, with chips that read whole", async () => {
    const query = "?actor=canada&topic=sovereignty-borders,humanitarian&q=support";
    const { page, context } = await app.open(query, { ...PHONE, hasTouch: true, isMobile: true });
    try {
      const top = (selector) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + scrollY);
      const card = await top("[data-position-id]");
      assert.ok(card < 844 - 100, `the first card starts at y = ${card}, below the first screen`);
      // Each chip's kind stays on one line ("Topics:", not "Topic / s:").
      const kinds = await page.locator(".chip-kind").evaluateAll((els) =>
        els.map((e) => ({ text: e.textContent, lines: Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight || "20")) })),
      );
      assert.ok(kinds.length >= 3);
      for (const k of kinds) assert.ok(k.lines <= 1, `${k.text} runs over ${k.lines} lines`);
      assert.deepEqual(await axeViolations(page), []);
      await page.goto(`${app.server.url}?view=source&actor=canada`);
      await page.locator(".source-text .cite").first().waitFor();
      const passage = await top(".source-text .cite");
      assert.ok(passage < 844, `the first passage starts at y = ${passage}`);
    } finally {
      await context.close();
    }
  });

  test("a card's links and buttons are finger-sized on a touch phone", async () => {
    const { page, context } = await app.open("", { ...PHONE, hasTouch: true, isMobile: true });
    try {
      const card = page.locator("[data-position-id]").first();
      for (const name of ["Show in source", "Copy citation"]) {
        const box = await card.getByRole(name === "Show in source" ? "link" : "button", { name }).boundingBox();
        assert.ok(box.height >= 44, `${name} is ${box.height}px tall`);
      }
    } finally {
      await context.close();
    }
  });
});
