// A long card list draws only what is near the screen (crates/ui/src/views/cards.rs,
// crates/explore/src/window.rs): over a synthetic briefing of 1,000 positions, the page holds a
// screenful of cards yet scrolls, tabs, lands, filters and prints as if all were there.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startApp } from "./support/app.mjs";
import { axeViolations } from "./support/axe.mjs";
import { launch, openPage } from "./support/browser.mjs";
import { startServer } from "./support/server.mjs";
import { DIST, ROOT } from "./support/paths.mjs";

const N = 1000;
let server;
let browser;
let dir;
let briefing;

before(async () => {
  // The built site plus a synthetic briefing beside it, so `src=` can name it.
  dir = mkdtempSync(join(tmpdir(), "windowing-"));
  cpSync(DIST, dir, { recursive: true });
  const json = execFileSync("cargo", ["run", "--offline", "--quiet", "-p", "briefing-cli", "--", "synthetic", String(N), "1"], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(join(dir, "synthetic.json"), json);
  briefing = JSON.parse(json);
  server = await startServer({ root: dir });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The position ids in the order the cards view lists them: by actor, in briefing order. */
function listed(filter = () => true) {
  return briefing.actors.flatMap((a) => briefing.positions.filter((p) => p.actor === a.id && filter(p)).map((p) => p.id));
}

/** Opens the synthetic briefing at `query` and waits for `ready`, a drawn windowed list. */
async function openAt(query, ready) {
  const opened = await openPage(browser);
  await opened.page.goto(server.url + "?src=synthetic.json" + query);
  await startApp(opened.page);
  await opened.page.locator(ready).first().waitFor();
  return opened;
}

const open = (query = "") => openAt(query, ".cards-view.windowed [data-position-id]");
const openTimeline = (query = "") => openAt("&view=timeline" + query, ".timeline-view.windowed [data-event-id]");
const openSource = (query = "") => openAt("&view=source" + query, ".source-view.windowed .line");

/**
 * What a list draws: the elements matching `selector` in page order, each named by its
 * `attribute`, their text, how many are on screen and how far the farthest is from it,
 * the page's height, and where the first element matching `marker` stands among them.
 */
const drawnOf = (page, selector, attribute, marker = null) =>
  page.evaluate(
    ([selector, attribute, marker]) => {
      const all = [...document.querySelectorAll(marker ? `${selector}, ${marker}` : selector)];
      const items = all.filter((e) => e.matches(selector));
      const off = items.map((c) => {
        const r = c.getBoundingClientRect();
        return r.bottom < 0 ? -r.bottom : r.top > innerHeight ? r.top - innerHeight : 0;
      });
      return {
        ids: items.map((e) => e.getAttribute(attribute)),
        text: items.map((e) => e.textContent).join(""),
        marker: marker ? all.findIndex((e) => !e.matches(selector)) : -1,
        onScreen: off.filter((d) => d === 0).length,
        farthest: Math.max(...off),
        height: document.documentElement.scrollHeight,
      };
    },
    [selector, attribute, marker],
  );

/** What is drawn: the cards' ids, and how far the nearest and farthest are from the screen. */
const drawn = (page) => drawnOf(page, "[data-position-id]", "data-position-id");

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

describe("a long card list draws what is near the screen", () => {
  test("a screenful is drawn, and scrolling draws the cards that come into view", async () => {
    const { page, context } = await open();
    try {
      const order = listed();
      let d = await drawn(page);
      assert.ok(d.ids.length > 0 && d.ids.length <= 40, `${d.ids.length} of ${N} cards drawn`);
      assert.deepEqual(d.ids, order.slice(0, d.ids.length), "from the first card, in the list's order");
      // Rows of at most four cards of some 250 px: the whole list is far taller than the screen.
      assert.ok(d.height > N * 50, `the page is as tall as the whole list (${d.height} px)`);
      // Each drawn card says where it is in its group, for screen readers.
      const first = page.locator(".cards > li").first();
      const inFirstGroup = briefing.positions.filter((p) => p.actor === briefing.actors[0].id).length;
      assert.equal(await first.getAttribute("aria-posinset"), "1");
      assert.equal(await first.getAttribute("aria-setsize"), String(inFirstGroup));

      for (const share of [0.3, 0.7, 1]) {
        await page.evaluate((s) => scrollTo(0, s * (document.documentElement.scrollHeight - innerHeight)), share);
        await settle(page);
        d = await drawn(page);
        assert.ok(d.onScreen > 0, `at ${share * 100}% cards are on screen`);
        assert.ok(d.ids.length <= 40, `at ${share * 100}%: ${d.ids.length} cards drawn`);
        assert.ok(d.farthest < 900 * 1.5, `nothing drawn far off screen (${d.farthest} px)`);
        const at = order.indexOf(d.ids[0]);
        assert.deepEqual(d.ids, order.slice(at, at + d.ids.length), "a run of the list, in order");
      }
      assert.equal(d.ids.at(-1), order.at(-1), "the end of the page is the end of the list");
    } finally {
      await context.close();
    }
  });

  test("Tab goes from card to card past the drawn ones, and focus is never dropped", async () => {
    const { page, context } = await open();
    try {
      await page.locator(".card-actions a").first().focus();
      const seen = new Set();
      // Three controls a card (Show in source, Copy citation, Copy link): 130 Tabs pass
      // over 40 cards, more than are drawn at first.
      for (let i = 0; i < 130; i++) {
        await page.keyboard.press("Tab");
        const where = await page.evaluate(() => document.activeElement.closest("[data-position-id]")?.dataset.positionId ?? document.activeElement.localName);
        assert.notEqual(where, "body", `focus was dropped at Tab ${i + 1}`);
        seen.add(where);
      }
      const order = listed();
      assert.deepEqual([...seen], order.slice(0, seen.size), "every card in turn, none skipped");
      assert.ok(seen.size >= 40, `${seen.size} cards reached, more than were drawn at first`);
    } finally {
      await context.close();
    }
  });

  test("cite= lands on a card far down the list, drawn and focused", async () => {
    // Halfway: neither the first screen nor the end of the page, where it would be anyway.
    const target = listed()[N / 2];
    const { page, context } = await open(`&cite=${target}`);
    try {
      await page.waitForFunction((id) => document.activeElement?.dataset.positionId === id, target);
      const box = await page.locator(`[data-position-id="${target}"]`).boundingBox();
      assert.ok(box.y + box.height > 0 && box.y < 900, `on screen at ${box.y}`);
    } finally {
      await context.close();
    }
  });

  test("a filter that leaves a short list draws it whole; print draws every card", async () => {
    const { page, context } = await open();
    try {
      const actor = briefing.actors[3].id;
      await page.locator(`input[data-actor-id="${actor}"]`).check();
      await page.locator(".cards-view:not(.windowed)").waitFor();
      assert.deepEqual((await drawn(page)).ids, listed((p) => p.actor === actor));
      await page.locator(`input[data-actor-id="${actor}"]`).uncheck();
      await page.locator(".cards-view.windowed").waitFor();

      await page.emulateMedia({ media: "print" });
      await page.waitForFunction((n) => document.querySelectorAll("[data-position-id]").length === n, N);
      await page.emulateMedia({ media: "screen" });
      await page.waitForFunction(() => document.querySelectorAll("[data-position-id]").length <= 40);
    } finally {
      await context.close();
    }
  });

  test("the windowed list passes axe, on a phone and on a desktop", async () => {
    const { page, context } = await open();
    try {
      await page.evaluate(() => scrollTo(0, 20_000));
      await settle(page);
      assert.deepEqual(await axeViolations(page), []);
      await page.setViewportSize({ width: 390, height: 844 });
      await settle(page);
      const d = await drawn(page);
      assert.ok(d.onScreen > 0 && d.ids.length <= 20, `${d.ids.length} cards drawn on a phone`);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
});

/** The event ids in the order the timeline lists them: past, present, future, each in source order. */
function timeline() {
  return ["past", "present", "future"].flatMap((phase) =>
    briefing.events
      .filter((e) => e.phase === phase)
      .sort((a, b) => a.order - b.order)
      .map((e) => e.id),
  );
}

/** What the timeline draws: event ids in page order, the "now" marker's place among them, how far off screen. */
const drawnEvents = async (page) => {
  const d = await drawnOf(page, "[data-event-id]", "data-event-id", ".now-marker");
  return { ...d, now: d.marker };
};

describe("a long timeline draws what is near the screen", () => {
  test("a screenful of events is drawn in order, scrolling draws the rest, and 'now' stands between past and present", async () => {
    const { page, context } = await openTimeline();
    try {
      const order = timeline();
      assert.ok(order.length > 60, `${order.length} events: enough to be windowed`);
      let d = await drawnEvents(page);
      assert.ok(d.ids.length > 0 && d.ids.length <= 20, `${d.ids.length} of ${order.length} events drawn`);
      assert.deepEqual(d.ids, order.slice(0, d.ids.length), "from the first event, in timeline order");
      assert.ok(d.height > order.length * 100, `the page is as tall as the whole timeline (${d.height} px)`);
      let sawNow = false;
      for (let share = 0.1; share <= 1.001; share += 0.1) {
        await page.evaluate((s) => scrollTo(0, s * (document.documentElement.scrollHeight - innerHeight)), share);
        await settle(page);
        d = await drawnEvents(page);
        const label = `at ${Math.round(share * 100)}%`;
        assert.ok(d.onScreen > 0, `${label} events are on screen`);
        assert.ok(d.ids.length <= 20, `${label}: ${d.ids.length} events drawn`);
        assert.ok(d.farthest < 900 * 1.5, `${label} nothing drawn far off screen (${d.farthest} px)`);
        const at = order.indexOf(d.ids[0]);
        assert.deepEqual(d.ids, order.slice(at, at + d.ids.length), `${label} a run of the timeline, in order`);
        if (d.now >= 0) {
          sawNow = true;
          // Drawn events before the marker are past ones, those after it are not.
          const phase = (id) => briefing.events.find((e) => e.id === id).phase;
          assert.ok(d.ids.slice(0, d.now).every((id) => phase(id) === "past"), `${label} only past events before 'now'`);
          assert.ok(d.ids.slice(d.now).every((id) => phase(id) !== "past"), `${label} no past event after 'now'`);
        }
      }
      assert.ok(sawNow, "the 'now' marker was drawn on the way down");
      assert.equal(d.ids.at(-1), order.at(-1), "the end of the page is the end of the timeline");
    } finally {
      await context.close();
    }
  });

  test("cite= lands on an event far down the timeline, drawn and focused", async () => {
    const order = timeline();
    const target = order[Math.floor(order.length * 0.6)];
    const { page, context } = await openTimeline(`&cite=${target}`);
    try {
      await page.waitForFunction((id) => document.activeElement?.closest("[data-event-id]")?.dataset.eventId === id, target);
      const box = await page.locator(`[data-event-id="${target}"]`).boundingBox();
      assert.ok(box.y + box.height > 0 && box.y < 900, `on screen at ${box.y}`);
    } finally {
      await context.close();
    }
  });

  test("print draws every event, and the windowed timeline passes axe on a phone", async () => {
    const { page, context } = await openTimeline();
    try {
      const n = timeline().length;
      await page.emulateMedia({ media: "print" });
      await page.waitForFunction((n) => document.querySelectorAll("[data-event-id]").length === n, n);
      await page.emulateMedia({ media: "screen" });
      await page.waitForFunction(() => document.querySelectorAll("[data-event-id]").length <= 20);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
      await settle(page);
      const d = await drawnEvents(page);
      assert.ok(d.onScreen > 0, "events on screen at half way on a phone");
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
});

/** The lines the source reader draws: their numbers, their text, how far off screen. */
const drawnLines = async (page) => {
  const d = await drawnOf(page, ".source-text .line", "data-item");
  return { ...d, numbers: d.ids.map(Number) };
};

describe("a long source text draws the lines near the screen", () => {
  test("a screenful of lines is drawn, each a run of the text in order, and the end of the page is its end", async () => {
    const { page, context } = await openSource();
    try {
      const text = briefing.sources[0].text;
      const total = text.split("\n").length;
      assert.ok(total > 100, `${total} lines: enough to be windowed`);
      let d = await drawnLines(page);
      assert.ok(d.numbers.length > 0 && d.numbers.length <= 30, `${d.numbers.length} of ${total} lines drawn`);
      assert.equal(d.numbers[0], 0);
      assert.ok(text.startsWith(d.text), "the first lines are the text's beginning, word for word");
      for (const share of [0.3, 0.7, 1]) {
        await page.evaluate((s) => scrollTo(0, s * (document.documentElement.scrollHeight - innerHeight)), share);
        await settle(page);
        d = await drawnLines(page);
        const label = `at ${share * 100}%`;
        assert.ok(d.onScreen > 0, `${label} lines are on screen`);
        assert.ok(d.numbers.length <= 30, `${label}: ${d.numbers.length} lines drawn`);
        assert.ok(d.farthest < 900 * 1.5, `${label} nothing drawn far off screen (${d.farthest} px)`);
        assert.deepEqual(d.numbers, d.numbers.map((_, i) => d.numbers[0] + i), `${label} consecutive lines`);
        assert.ok(text.includes(d.text), `${label} the drawn lines are a run of the text, word for word`);
      }
      assert.ok(text.endsWith(d.text), "the end of the page is the end of the text");
    } finally {
      await context.close();
    }
  });

  test("cite= lands on a passage far down the text, drawn, focused and listed", async () => {
    // A position whose quote is some 60% into the text.
    const text = briefing.sources[0].text;
    const target = briefing.positions.find((p) => p.quotes[0].start > text.length * 0.6);
    const { page, context } = await openSource(`&cite=${target.id}`);
    try {
      await page.waitForFunction(() => document.activeElement?.matches?.("[data-cite-target]"));
      const box = await page.locator("[data-cite-target]").boundingBox();
      assert.ok(box.y + box.height > 0 && box.y < 900, `on screen at ${box.y}`);
      assert.equal(await page.locator("[data-cite-target]").textContent(), target.quotes[0].text);
      await page.locator(`#cite-panel [href*="${target.id}"]`).first().waitFor();
    } finally {
      await context.close();
    }
  });

  test("print draws every line, and the windowed text passes axe on a phone", async () => {
    const { page, context } = await openSource();
    try {
      const total = briefing.sources[0].text.split("\n").length;
      await page.emulateMedia({ media: "print" });
      await page.waitForFunction((n) => document.querySelectorAll(".source-text .line").length >= n - 1, total);
      await page.emulateMedia({ media: "screen" });
      await page.waitForFunction(() => document.querySelectorAll(".source-text .line").length <= 30);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
      await settle(page);
      assert.ok((await drawnLines(page)).onScreen > 0, "lines on screen at half way on a phone");
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
});

describe("a matrix of many actors draws the rows near the screen", () => {
  const openMatrix = () => openAt("&view=matrix", ".matrix-view.windowed tbody tr[data-item]");
  /** The drawn rows' actor ids, how many are in view (of the box on a wide screen), and the box's scroll. */
  const drawnRows = (page) =>
    page.evaluate(() => {
      const box = document.querySelector(".matrix-scroll").getBoundingClientRect();
      const [top, bottom] = [Math.max(0, box.top), Math.min(innerHeight, box.bottom)];
      const rows = [...document.querySelectorAll(".matrix tbody tr[data-item]")];
      return {
        ids: rows.map((r) => r.querySelector("th").dataset.actorId),
        indexes: rows.map((r) => Number(r.getAttribute("aria-rowindex"))),
        inView: rows.filter((r) => r.getBoundingClientRect().bottom > top && r.getBoundingClientRect().top < bottom).length,
        count: Number(document.querySelector(".matrix").getAttribute("aria-rowcount")),
      };
    });
  const scrollList = (page, share) =>
    page.evaluate((s) => {
      const box = document.querySelector(".matrix-scroll");
      if (box.scrollHeight > box.clientHeight + 5) box.scrollTop = s * (box.scrollHeight - box.clientHeight);
      else scrollTo(0, s * (document.documentElement.scrollHeight - innerHeight));
    }, share);

  for (const width of [1280, 390]) {
    test(`at ${width} px, scrolling draws the rows that come into view, in order, to the last actor`, async () => {
      const { page, context } = await openMatrix();
      try {
        await page.setViewportSize({ width, height: 900 });
        await settle(page);
        const actors = briefing.actors.map((a) => a.id);
        let d = await drawnRows(page);
        assert.equal(d.count, actors.length + 1, "aria-rowcount counts every row and the headers");
        assert.deepEqual(d.ids, actors.slice(0, d.ids.length), "from the first actor");
        for (const share of [0.3, 0.7, 1]) {
          await scrollList(page, share);
          await settle(page);
          d = await drawnRows(page);
          const label = `at ${share * 100}%`;
          assert.ok(d.inView > 0, `${label} rows are in view`);
          assert.ok(d.ids.length <= 30, `${label}: ${d.ids.length} of ${actors.length} rows drawn`);
          const at = actors.indexOf(d.ids[0]);
          assert.deepEqual(d.ids, actors.slice(at, at + d.ids.length), `${label} a run of the actors, in order`);
          assert.deepEqual(d.indexes, d.ids.map((_, i) => at + i + 2), `${label} each row says its place`);
        }
        assert.equal(d.ids.at(-1), actors.at(-1), "the end of the list is the last actor");
        // Scrolled: on a phone, nothing is half hidden under the sheet's head or foot.
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }

  test("print draws every row", async () => {
    const { page, context } = await openMatrix();
    try {
      await page.emulateMedia({ media: "print" });
      await page.waitForFunction((n) => document.querySelectorAll(".matrix tbody tr[data-item]").length === n, briefing.actors.length);
    } finally {
      await context.close();
    }
  });
});

describe("a facet of many choices draws those in the filter panel's view", () => {
  /** The drawn actor choices: their ids, places, counts and check marks, and how many are in the panel's view. */
  const drawnChoices = (page) =>
    page.evaluate(() => {
      // What scrolls: the panel beside the results, or the sheet's body on a phone.
      const panel = [...document.querySelectorAll("#filters, #filters .filters-body")]
        .find((e) => e.scrollHeight > e.clientHeight + 5)
        .getBoundingClientRect();
      const [top, bottom] = [Math.max(0, panel.top), Math.min(innerHeight, panel.bottom)];
      const rows = [...document.querySelectorAll(".facet-actor li[data-item]")];
      return {
        ids: rows.map((li) => li.querySelector("input").dataset.actorId),
        places: rows.map((li) => Number(li.getAttribute("aria-posinset"))),
        sizes: [...new Set(rows.map((li) => li.getAttribute("aria-setsize")))],
        counts: rows.map((li) => Number(li.querySelector(".count").textContent)),
        checked: rows.filter((li) => li.querySelector("input").checked).map((li) => li.querySelector("input").dataset.actorId),
        inView: rows.filter((li) => li.getBoundingClientRect().bottom > top && li.getBoundingClientRect().top < bottom).length,
        // How far the farthest drawn choice is from the panel's view, against that view's height.
        farthest:
          Math.max(0, ...rows.map((li) => {
            const r = li.getBoundingClientRect();
            return r.bottom < top ? top - r.bottom : r.top > bottom ? r.top - bottom : 0;
          })) / (bottom - top),
      };
    });
  /** Scrolls the panel so that `share` of the actor list has gone by. */
  const scrollPanel = (page, share) =>
    page.evaluate((s) => {
      const panel = [...document.querySelectorAll("#filters, #filters .filters-body")].find((e) => e.scrollHeight > e.clientHeight + 5);
      const list = document.querySelector(".facet-actor .choices-list");
      const start = list.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
      panel.scrollTop = start + s * (list.offsetHeight - panel.clientHeight / 2);
    }, share);
  const openFilters = async (width) => {
    const opened = await openAt("", ".cards-view.windowed [data-position-id]");
    await opened.page.setViewportSize({ width, height: 844 });
    if (width < 960) await opened.page.locator("#filters-button").click();
    await opened.page.locator(".facet-actor .choices-list.windowed li[data-item]").first().waitFor();
    await settle(opened.page);
    return opened;
  };
  const positionsOf = (id) => briefing.positions.filter((p) => p.actor === id).length;

  for (const width of [1280, 390]) {
    test(`at ${width} px, scrolling the panel draws the choices that come into view, in order, with their counts, to the last actor`, async () => {
      const { page, context } = await openFilters(width);
      try {
        const actors = briefing.actors.map((a) => a.id);
        assert.ok(actors.length > 40, `${actors.length} actors: a windowed facet`);
        let d = await drawnChoices(page);
        assert.deepEqual(d.ids, actors.slice(0, d.ids.length), "from the first actor");
        assert.ok(!d.ids.includes(actors.at(-1)), `not to the last: ${d.ids.length} of ${actors.length} drawn`);
        for (const share of [0.3, 0.7, 1]) {
          await scrollPanel(page, share);
          await settle(page);
          d = await drawnChoices(page);
          const label = `at ${share * 100}%`;
          assert.ok(d.inView > 0, `${label} choices are in the panel's view`);
          // Half the view's height above and below it, give or take a choice.
          assert.ok(d.farthest < 0.6, `${label}: nothing drawn far from the view (${d.farthest.toFixed(2)} of its height)`);
          const at = actors.indexOf(d.ids[0]);
          assert.deepEqual(d.ids, actors.slice(at, at + d.ids.length), `${label} a run of the actors, in order`);
          assert.deepEqual(d.places, d.ids.map((_, i) => at + i + 1), `${label} each choice says its place`);
          assert.deepEqual(d.sizes, [String(actors.length)], `${label} and how many there are`);
          assert.deepEqual(d.counts, d.ids.map(positionsOf), `${label} each with its count`);
        }
        assert.equal(d.ids.at(-1), actors.at(-1), "the end of the list is the last actor");
        // Scrolled: on a phone, nothing is half hidden under the sheet's head or foot.
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }

  test("a choice far down the list filters, and stays checked when scrolled away and back", async () => {
    const { page, context } = await openFilters(1280);
    try {
      await scrollPanel(page, 0.8);
      await settle(page);
      const d = await drawnChoices(page);
      const id = d.ids[Math.floor(d.ids.length / 2)];
      await page.locator(`.facet-actor input[data-actor-id="${id}"]`).click();
      await page.waitForFunction((id) => new URLSearchParams(location.search).getAll("actor").includes(id), id);
      const expected = positionsOf(id);
      await page.waitForFunction((n) => document.querySelectorAll("[data-position-id]").length === n, expected);
      await scrollPanel(page, 0);
      await settle(page);
      assert.ok(!(await drawnChoices(page)).ids.includes(id), "scrolled out of the drawn choices");
      await scrollPanel(page, 0.8);
      await settle(page);
      assert.deepEqual((await drawnChoices(page)).checked, [id], "checked again when drawn again");
    } finally {
      await context.close();
    }
  });

  test("Tab goes from choice to choice past the drawn ones, and focus is never dropped", async () => {
    const { page, context } = await openFilters(1280);
    try {
      await page.locator(".facet-actor input").first().focus();
      const seen = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        const where = await page.evaluate(() => document.activeElement.dataset.actorId ?? document.activeElement.localName);
        assert.notEqual(where, "body", `focus was dropped at Tab ${i + 1}`);
        seen.push(where);
      }
      const actors = briefing.actors.map((a) => a.id);
      assert.deepEqual(seen.slice(0, actors.length - 1), actors.slice(1), "every actor in turn, none skipped");
    } finally {
      await context.close();
    }
  });
});
